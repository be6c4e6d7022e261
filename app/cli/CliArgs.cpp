// SPDX-License-Identifier: MIT
#include "CliArgs.h"

namespace clv::cli {

std::optional<CliArgs> CliArgs::parse(const std::vector<std::string>& args, const OptionSpec& spec, std::string& error)
{
    CliArgs out;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg.size() < 3 || arg.compare(0, 2, "--") != 0) {
            if (arg.size() > 1 && arg[0] == '-' && arg != "-") {
                error = "unknown option '" + arg + "'";
                return std::nullopt;
            }
            out.m_positionals.push_back(arg);
            continue;
        }
        std::string name = arg.substr(2);
        std::optional<std::string> inlineValue;
        if (const auto eq = name.find('='); eq != std::string::npos) {
            inlineValue = name.substr(eq + 1);
            name.resize(eq);
        }
        if (spec.flags.count(name)) {
            if (inlineValue) {
                error = "option --" + name + " takes no value";
                return std::nullopt;
            }
            out.m_flags.insert(name);
        } else if (spec.valued.count(name)) {
            if (!inlineValue) {
                if (i + 1 >= args.size()) {
                    error = "option --" + name + " needs a value";
                    return std::nullopt;
                }
                inlineValue = args[++i];
            }
            if (out.m_values.count(name)) {
                error = "option --" + name + " given twice";
                return std::nullopt;
            }
            out.m_values[name] = *inlineValue;
        } else {
            error = "unknown option '--" + name + "'";
            return std::nullopt;
        }
    }
    return out;
}

std::optional<std::string> CliArgs::value(const std::string& name) const
{
    auto it = m_values.find(name);
    if (it == m_values.end())
        return std::nullopt;
    return it->second;
}

}  // namespace clv::cli
