// SPDX-License-Identifier: MIT
#pragma once

#include "Commands.h"

#include "core/util/Date.h"
#include "core/util/Error.h"
#include "core/util/Result.h"

#include <charconv>
#include <optional>
#include <ostream>
#include <string>

namespace clv::cli {

class CliArgs;

/// Prints "clv COMMAND: MESSAGE" and a hint to --help; returns kExitUsage.
int usageError(std::ostream& err, const char* command, const std::string& message);
/// Prints "clv COMMAND: error: FILE:LINE:COLUMN: DETAIL"; returns kExitFailure.
int runtimeError(std::ostream& err, const char* command, const Error& error);
/// Reads --NAME as a YYYY-MM-DD date into `out` (unchanged when absent). False with `error` set when malformed.
bool parseDateOption(const CliArgs& args, const char* name, std::optional<Date>& out, std::string& error);
/// Writes `content` to a temporary file and renames it over `path`, so a failed write never leaves half a file.
Result<void> writeFileAtomically(const std::string& path, const std::string& content);

/// Parses a whole string as an integer (no sign for unsigned types).
template <typename T>
bool parseInteger(const std::string& text, T& out)
{
    auto res = std::from_chars(text.data(), text.data() + text.size(), out);
    return res.ec == std::errc() && res.ptr == text.data() + text.size();
}

}  // namespace clv::cli
