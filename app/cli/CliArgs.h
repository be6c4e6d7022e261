// SPDX-License-Identifier: MIT
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace clv::cli {

/// The options a command accepts: names (without "--") that take a value, and flags that do not.
struct OptionSpec {
    std::set<std::string> valued;
    std::set<std::string> flags;
};

/// Parsed command line of one subcommand: "--name value", "--name=value", flags, and positionals.
class CliArgs {
public:
    /// Parses args (after the command name). On a usage error returns nullopt and sets `error`.
    static std::optional<CliArgs> parse(const std::vector<std::string>& args, const OptionSpec& spec, std::string& error);

    bool has(const std::string& name) const { return m_values.count(name) > 0 || m_flags.count(name) > 0; }
    std::optional<std::string> value(const std::string& name) const;
    const std::vector<std::string>& positionals() const { return m_positionals; }

private:
    std::map<std::string, std::string> m_values;
    std::set<std::string> m_flags;
    std::vector<std::string> m_positionals;
};

}  // namespace clv::cli
