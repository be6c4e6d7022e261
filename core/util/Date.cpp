// SPDX-License-Identifier: MIT
#include "core/util/Date.h"

#include <charconv>
#include <cstdio>

namespace clv {
namespace {

// Days-from-civil and its inverse (the well-known era-based algorithm, public domain by H. Hinnant).
int daysFromCivil(int y, unsigned m, unsigned d)
{
    y -= m <= 2 ? 1 : 0;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3u : 9u)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<int>(doe) - 719468;
}

struct Civil {
    int y;
    unsigned m;
    unsigned d;
};

Civil civilFromDays(int z)
{
    z += 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int y = static_cast<int>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return {y + (m <= 2 ? 1 : 0), m, d};
}

bool readNumber(std::string_view text, std::size_t pos, std::size_t len, int& out)
{
    if (pos + len > text.size())
        return false;
    for (std::size_t i = pos; i < pos + len; ++i)
        if (text[i] < '0' || text[i] > '9')
            return false;
    std::from_chars(text.data() + pos, text.data() + pos + len, out);
    return true;
}

}  // namespace

bool isValidCivil(int year, unsigned month, unsigned day)
{
    if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1)
        return false;
    static constexpr unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    const unsigned maxDay = month == 2 && leap ? 29 : kDays[month - 1];
    return day <= maxDay;
}

Date Date::fromCivil(int year, unsigned month, unsigned day) { return Date{daysFromCivil(year, month, day)}; }

std::optional<Date> Date::parse(std::string_view text)
{
    int y = 0, m = 0, d = 0;
    std::size_t end = 0;
    if (readNumber(text, 0, 4, y) && text.size() >= 10 && (text[4] == '-' || text[4] == '/') && text[7] == text[4]
        && readNumber(text, 5, 2, m) && readNumber(text, 8, 2, d)) {
        end = 10;
    } else if (readNumber(text, 0, 8, y)) {
        m = y / 100 % 100;
        d = y % 100;
        y /= 10000;
        end = 8;
    } else {
        return std::nullopt;
    }
    if (end < text.size() && text[end] != 'T' && text[end] != ' ')
        return std::nullopt;
    if (!isValidCivil(y, static_cast<unsigned>(m), static_cast<unsigned>(d)))
        return std::nullopt;
    return fromCivil(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
}

int Date::year() const { return civilFromDays(days).y; }
unsigned Date::month() const { return civilFromDays(days).m; }
unsigned Date::day() const { return civilFromDays(days).d; }

std::string Date::toIso() const
{
    const Civil c = civilFromDays(days);
    char buf[32];  // room for any int year, so -O3 proves no truncation
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", c.y, c.m, c.d);
    return buf;
}

}  // namespace clv
