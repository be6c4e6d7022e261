// SPDX-License-Identifier: MIT
#include "Commands.h"
#include "core/util/Allocator.h"

#include <iostream>
#include <string>
#include <vector>

namespace {

void printHelp(std::ostream& out)
{
    out << "clv " CLV_VERSION " - CLV Workbench command-line tool\n\n"
           "Usage: clv COMMAND [OPTIONS]\n       clv COMMAND --help\n\nCommands:\n";
    for (const auto& cmd : clv::cli::commands()) {
        std::string name = cmd.name;
        name.resize(12, ' ');
        out << "  " << name << cmd.summary << '\n';
    }
    out << "\nOptions:\n  --help       show this help\n  --version    show the version\n";
}

}  // namespace

int main(int argc, char** argv)
{
    clv::tuneAllocatorForColumns();  // as the applications do: big columns reuse heap memory
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty()) {
        printHelp(std::cerr);
        return clv::cli::kExitUsage;
    }
    const std::string& first = args.front();
    if (first == "--help" || first == "-h" || first == "help") {
        if (first == "help" && args.size() > 1)
            for (const auto& cmd : clv::cli::commands())
                if (args[1] == cmd.name) {
                    std::cout << cmd.usage;
                    return clv::cli::kExitOk;
                }
        printHelp(std::cout);
        return clv::cli::kExitOk;
    }
    if (first == "--version" || first == "-V") {
        std::cout << "clv " CLV_VERSION "\n";
        return clv::cli::kExitOk;
    }
    for (const auto& cmd : clv::cli::commands()) {
        if (first != cmd.name)
            continue;
        std::vector<std::string> rest(args.begin() + 1, args.end());
        for (const auto& a : rest)
            if (a == "--help" || a == "-h") {
                std::cout << cmd.usage;
                return clv::cli::kExitOk;
            }
        return cmd.run(rest, std::cout, std::cerr);
    }
    std::cerr << "clv: unknown command '" << first << "'\nRun 'clv --help' for the list of commands.\n";
    return clv::cli::kExitUsage;
}
