// SPDX-License-Identifier: MIT
// Commands of the contractual models and backtests area: sbg, backtest.
#include "Commands.h"

namespace clv::cli {

std::vector<Command> contractCommands()
{
    return {};
}

}  // namespace clv::cli
