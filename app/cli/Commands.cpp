// SPDX-License-Identifier: MIT
#include "Commands.h"

namespace clv::cli {

const std::vector<Command>& commands()
{
    static const std::vector<Command> kCommands = [] {
        std::vector<Command> all;
        for (auto group : {foundationCommands, analyticsCommands, modelCommands, contractCommands, projectCommands})
            for (auto& cmd : group())
                all.push_back(cmd);
        return all;
    }();
    return kCommands;
}

}  // namespace clv::cli
