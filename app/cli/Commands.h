// SPDX-License-Identifier: MIT
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace clv::cli {

/// Exit codes of the clv tool.
enum ExitCode : int { kExitOk = 0, kExitFailure = 1, kExitUsage = 2 };

struct Command {
    const char* name;
    const char* summary;
    const char* usage;  ///< full help text of the command
    int (*run)(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
};

/// All subcommands, in the order `clv --help` lists them. Each area contributes its own list, defined in its own
/// file (FoundationCommands.cpp, ...), and is added in Commands.cpp.
const std::vector<Command>& commands();

std::vector<Command> foundationCommands();  ///< simulate, import, summary, info
std::vector<Command> analyticsCommands();   ///< rfm, cohorts, churn, ltv (AnalyticsCommands.cpp)
std::vector<Command> modelCommands();       ///< fit, predict, clv, forecast, scenario (ModelCommands.cpp)
std::vector<Command> contractCommands();    ///< sbg, backtest (ContractCommands.cpp)
std::vector<Command> projectCommands();     ///< project, imports, undo-import (ProjectCommands.cpp)

}  // namespace clv::cli
