// SPDX-License-Identifier: MIT
#include "Commands.h"

namespace clv::cli {

std::vector<Command> analyticsCommands() { return {}; }

}  // namespace clv::cli
