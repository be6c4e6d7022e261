// SPDX-License-Identifier: MIT
#include "core/util/TextFormat.h"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace clv::text {

std::string fixed(double value, int decimals)
{
    if (!std::isfinite(value))
        return std::isnan(value) ? "nan" : (value > 0 ? "inf" : "-inf");
    char buf[64];
    auto res = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed, decimals);
    std::string out(buf, res.ptr);
    if (out[0] == '-' && out.find_first_not_of("-0.") == std::string::npos)
        out.erase(0, 1);
    return out;
}

std::string shortest(double value)
{
    if (!std::isfinite(value))
        return "null";
    char buf[64];
    auto res = std::to_chars(buf, buf + sizeof buf, value);
    return std::string(buf, res.ptr);
}

std::optional<double> parseDouble(std::string_view textValue)
{
    if (textValue.empty())
        return std::nullopt;
    const char* first = textValue.data();
    if (*first == '+')
        ++first;
    double value = 0.0;
    auto res = std::from_chars(first, textValue.data() + textValue.size(), value);
    if (res.ec != std::errc() || res.ptr != textValue.data() + textValue.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::string jsonString(std::string_view value)
{
    std::string out = "\"";
    for (char ch : value) {
        const auto c = static_cast<unsigned char>(ch);
        switch (ch) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (c < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += ch;
            }
        }
    }
    out += '"';
    return out;
}

std::string csvField(std::string_view value)
{
    if (value.find_first_of(",\"\r\n") == std::string_view::npos)
        return std::string(value);
    std::string out = "\"";
    for (char ch : value) {
        if (ch == '"')
            out += '"';
        out += ch;
    }
    out += '"';
    return out;
}

std::string_view trim(std::string_view textValue)
{
    const auto first = textValue.find_first_not_of(" \t");
    if (first == std::string_view::npos)
        return {};
    const auto last = textValue.find_last_not_of(" \t");
    return textValue.substr(first, last - first + 1);
}

std::string toLower(std::string_view textValue)
{
    std::string out(textValue);
    for (char& ch : out)
        if (ch >= 'A' && ch <= 'Z')
            ch = static_cast<char>(ch - 'A' + 'a');
    return out;
}

}  // namespace clv::text
