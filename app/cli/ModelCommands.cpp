// SPDX-License-Identifier: MIT
#include "Commands.h"

namespace clv::cli {

std::vector<Command> modelCommands() { return {}; }

}  // namespace clv::cli
