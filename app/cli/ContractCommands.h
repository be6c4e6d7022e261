// SPDX-License-Identifier: MIT
// Entry points of the contract/backtest command group, for routing from other commands (clv fit --model sbg).
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace clv::cli {

/// `clv sbg`: sBG fit per monthly acquisition cohort of the project's subscriptions. Accepts --project, --end,
/// --periods, --discount, --format, plus --model sbg and --unit month so that `clv fit --model sbg ...` can forward
/// its arguments unchanged. Returns an ExitCode.
int runSbgFit(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

/// `clv backtest`: calibration/holdout backtest of a repeat-purchase model on the project's orders.
int runBacktestCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace clv::cli
