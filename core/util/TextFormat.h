// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace clv::text {

/// Locale-independent fixed-point formatting ("12.50", "-0.25"); never prints "-0.00".
std::string fixed(double value, int decimals);
/// Shortest round-trip representation of a double (std::to_chars), e.g. for JSON.
std::string shortest(double value);
/// Parses a plain decimal number ("12", "-3.5", "1e3") in the C locale; whole string must match.
std::optional<double> parseDouble(std::string_view text);
/// JSON string literal with quotes and escapes.
std::string jsonString(std::string_view value);
/// CSV field quoted per RFC 4180 when it holds a delimiter, quote, CR or LF.
std::string csvField(std::string_view value);
/// Trims ASCII spaces and tabs at both ends.
std::string_view trim(std::string_view text);
/// ASCII lower case.
std::string toLower(std::string_view text);

}  // namespace clv::text
