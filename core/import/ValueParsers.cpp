// SPDX-License-Identifier: MIT
#include "core/import/ValueParsers.h"

#include <array>
#include <cstring>

namespace clv {
namespace {

constexpr int kMaxOffsetMinutes = 14 * 60;

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// Reads up to `maxDigits` digits at `pos`; returns the digit count (0 when none).
int readDigits(std::string_view s, std::size_t& pos, int maxDigits, int& value)
{
    int count = 0;
    value = 0;
    while (pos < s.size() && isDigit(s[pos]) && count < maxDigits) {
        value = value * 10 + (s[pos] - '0');
        ++pos;
        ++count;
    }
    return count;
}

bool startsWith(std::string_view s, std::size_t pos, std::string_view prefix)
{
    return s.size() >= pos + prefix.size() && s.substr(pos, prefix.size()) == prefix;
}

bool startsWithNoCase(std::string_view s, std::size_t pos, std::string_view prefix)
{
    if (s.size() < pos + prefix.size())
        return false;
    for (std::size_t i = 0; i < prefix.size(); ++i)
        if (lower(s[pos + i]) != prefix[i])
            return false;
    return true;
}

enum class DateKind { None, YearFirst, Numeric };

// The date part of a value: year-first forms resolved, "a/b/yyyy" forms kept as (a, b, y).
struct DateParts {
    DateKind kind = DateKind::None;
    int a = 0, b = 0, y = 0;  // YearFirst: y-a(month)-b(day); Numeric: a/b/y
    std::size_t end = 0;      // position after the date
};

DateParts readDateParts(std::string_view s)
{
    DateParts p;
    std::size_t pos = 0;
    int first = 0;
    const int n1 = readDigits(s, pos, 8, first);
    if (n1 == 8) {
        if (pos < s.size() && isDigit(s[pos]))
            return p;
        p = {DateKind::YearFirst, first / 100 % 100, first % 100, first / 10000, pos};
        return p;
    }
    if (n1 == 4 && startsWith(s, pos, "\xE5\xB9\xB4")) {  // 2024年1月5日
        pos += 3;
        int m = 0, d = 0;
        if (readDigits(s, pos, 2, m) == 0 || !startsWith(s, pos, "\xE6\x9C\x88"))
            return p;
        pos += 3;
        if (readDigits(s, pos, 2, d) == 0 || !startsWith(s, pos, "\xE6\x97\xA5"))
            return p;
        return {DateKind::YearFirst, m, d, first, pos + 3};
    }
    if ((n1 != 4 && n1 != 1 && n1 != 2) || pos >= s.size())
        return p;
    const char sep = s[pos];
    if (sep != '-' && sep != '/' && sep != '.')
        return p;
    ++pos;
    int second = 0, third = 0;
    if (readDigits(s, pos, 2, second) == 0 || pos >= s.size() || s[pos] != sep)
        return p;
    ++pos;
    const int n3 = readDigits(s, pos, 4, third);
    if (pos < s.size() && isDigit(s[pos]))
        return p;
    if (n1 == 4 && (n3 == 1 || n3 == 2))
        return {DateKind::YearFirst, second, third, first, pos};
    if (n1 <= 2 && n3 == 4)
        return {DateKind::Numeric, first, second, third, pos};
    return p;
}

// Parses "[T| ]H:MM[:SS[.fff]][ AM|PM][ ][Z|+HH[:MM]|UTC[+HH[:MM]]|GMT..]" from `pos` to the end.
bool readTimeAndOffset(std::string_view s, std::size_t pos, DateTimeValue& out)
{
    if (pos == s.size())
        return true;
    if (s[pos] == 'T' || s[pos] == 't')
        ++pos;
    while (pos < s.size() && s[pos] == ' ')
        ++pos;
    int hour = 0, minute = 0, second = 0;
    if (readDigits(s, pos, 2, hour) == 0 || pos >= s.size() || s[pos] != ':')
        return false;
    ++pos;
    if (readDigits(s, pos, 2, minute) != 2)
        return false;
    if (pos < s.size() && s[pos] == ':') {
        ++pos;
        if (readDigits(s, pos, 2, second) != 2)
            return false;
        if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
            ++pos;
            const std::size_t fracStart = pos;
            while (pos < s.size() && isDigit(s[pos]))
                ++pos;
            if (pos == fracStart)
                return false;
        }
    }
    std::size_t p = pos;
    while (p < s.size() && s[p] == ' ')
        ++p;
    if (startsWithNoCase(s, p, "am") || startsWithNoCase(s, p, "pm")) {
        if (hour < 1 || hour > 12)
            return false;
        const bool pm = lower(s[p]) == 'p';
        hour = hour % 12 + (pm ? 12 : 0);
        pos = p + 2;
    }
    if (hour > 23 || minute > 59 || second > 60)
        return false;
    out.minuteOfDay = hour * 60 + minute;
    while (pos < s.size() && s[pos] == ' ')
        ++pos;
    if (pos == s.size())
        return true;
    bool named = false;
    if (s[pos] == 'Z' || s[pos] == 'z') {
        out.offsetMinutes = 0;
        ++pos;
    } else if (startsWith(s, pos, "UTC") || startsWith(s, pos, "GMT")) {
        out.offsetMinutes = 0;
        pos += 3;
        named = true;
    }
    if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) {
        if (out.offsetMinutes && !named)
            return false;  // "Z+01"
        const int sign = s[pos] == '-' ? -1 : 1;
        ++pos;
        int hh = 0, mm = 0;
        const int digits = readDigits(s, pos, 4, hh);
        if (digits == 4) {
            mm = hh % 100;
            hh /= 100;
        } else if (digits == 1 || digits == 2) {
            if (pos < s.size() && s[pos] == ':') {
                ++pos;
                if (readDigits(s, pos, 2, mm) != 2)
                    return false;
            }
        } else {
            return false;
        }
        const int total = hh * 60 + mm;
        if (mm > 59 || total > kMaxOffsetMinutes)
            return false;
        out.offsetMinutes = sign * total;
    }
    return pos == s.size() && out.offsetMinutes.has_value();
}

// Strips ASCII spaces and tabs, and UTF-8 no-break spaces (U+00A0, U+202F) at both ends.
std::string_view trimAll(std::string_view s)
{
    for (;;) {
        if (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
            s.remove_prefix(1);
        else if (startsWith(s, 0, "\xC2\xA0"))
            s.remove_prefix(2);
        else if (startsWith(s, 0, "\xE2\x80\xAF"))
            s.remove_prefix(3);
        else
            break;
    }
    for (;;) {
        if (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
            s.remove_suffix(1);
        else if (s.size() >= 2 && s.substr(s.size() - 2) == "\xC2\xA0")
            s.remove_suffix(2);
        else if (s.size() >= 3 && s.substr(s.size() - 3) == "\xE2\x80\xAF")
            s.remove_suffix(3);
        else
            break;
    }
    return s;
}

}  // namespace

Date DateTimeValue::day(TimeBasis basis) const
{
    if (basis == TimeBasis::LocalDate || !offsetMinutes || minuteOfDay < 0)
        return localDay;
    const int utcMinute = minuteOfDay - *offsetMinutes;
    const int shift = utcMinute < 0 ? -1 : (utcMinute >= 24 * 60 ? 1 : 0);
    return Date{localDay.days + shift};
}

std::optional<DateTimeValue> parseDateTime(std::string_view text, DateOrder order)
{
    const std::string_view s = trimAll(text);
    const DateParts p = readDateParts(s);
    int y = 0, m = 0, d = 0;
    if (p.kind == DateKind::YearFirst) {
        y = p.y;
        m = p.a;
        d = p.b;
    } else if (p.kind == DateKind::Numeric && order == DateOrder::DayFirst) {
        d = p.a;
        m = p.b;
        y = p.y;
    } else if (p.kind == DateKind::Numeric && order == DateOrder::MonthFirst) {
        m = p.a;
        d = p.b;
        y = p.y;
    } else {
        return std::nullopt;
    }
    if (!isValidCivil(y, static_cast<unsigned>(m), static_cast<unsigned>(d)))
        return std::nullopt;
    DateTimeValue value;
    value.localDay = Date::fromCivil(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
    if (p.end < s.size() && s[p.end] != 'T' && s[p.end] != 't' && s[p.end] != ' ')
        return std::nullopt;
    if (!readTimeAndOffset(s, p.end, value))
        return std::nullopt;
    return value;
}

void DateOrderDetector::add(std::string_view value, long line)
{
    const DateParts p = readDateParts(trimAll(value));
    if (p.kind == DateKind::YearFirst) {
        ++m_yearFirst;
        return;
    }
    if (p.kind != DateKind::Numeric)
        return;
    const auto validAs = [&](int day, int month) {
        return isValidCivil(p.y, static_cast<unsigned>(month), static_cast<unsigned>(day));
    };
    const bool dayFirst = validAs(p.a, p.b);
    const bool monthFirst = validAs(p.b, p.a);
    if (dayFirst && monthFirst) {
        if (p.a == p.b) {
            ++m_symmetric;
        } else {
            ++m_ambiguous;
            if (!m_firstAmbiguousLine)
                m_firstAmbiguousLine = line;
        }
    } else if (dayFirst) {
        ++m_dayFirst;
        if (!m_firstDayFirstLine)
            m_firstDayFirstLine = line;
    } else if (monthFirst) {
        ++m_monthFirst;
        if (!m_firstMonthFirstLine)
            m_firstMonthFirstLine = line;
    }
}

DateOrderVerdict DateOrderDetector::verdict() const
{
    if (m_dayFirst > 0 && m_monthFirst > 0)
        return DateOrderVerdict::Conflicting;
    if (m_dayFirst > 0)
        return DateOrderVerdict::DayFirst;
    if (m_monthFirst > 0)
        return DateOrderVerdict::MonthFirst;
    if (m_ambiguous > 0)
        return DateOrderVerdict::Ambiguous;
    if (m_symmetric > 0)
        return DateOrderVerdict::DayFirst;  // only values like 05/05/2024: both orders give the same dates
    return m_yearFirst > 0 ? DateOrderVerdict::YearFirst : DateOrderVerdict::Unknown;
}

std::optional<DateOrder> DateOrderDetector::order() const
{
    switch (verdict()) {
    case DateOrderVerdict::Unknown:
    case DateOrderVerdict::YearFirst: return DateOrder::YearFirst;
    case DateOrderVerdict::DayFirst: return DateOrder::DayFirst;
    case DateOrderVerdict::MonthFirst: return DateOrder::MonthFirst;
    case DateOrderVerdict::Ambiguous:
    case DateOrderVerdict::Conflicting: break;
    }
    return std::nullopt;
}

namespace {

// Currency words accepted next to an amount: local abbreviations and the ISO 4217 codes seen in exports.
// A three-letter word outside this list ("pcs", "qty") makes the value invalid rather than silently accepted.
constexpr std::array<std::string_view, 52> kCurrencyWords{
    "kr",  "rs",  "fr",  "ft",  "rm",  "r",   "zl",  "usd", "eur", "gbp", "jpy", "cny", "rmb",
    "hkd", "twd", "sgd", "aud", "nzd", "cad", "chf", "sek", "nok", "dkk", "pln", "czk", "huf",
    "ron", "bgn", "try", "rub", "uah", "inr", "idr", "myr", "thb", "php", "vnd", "krw", "brl",
    "mxn", "ars", "clp", "cop", "pen", "zar", "ngn", "egp", "aed", "sar", "ils", "isk", "kes"};

// Checks the text around the number: currency symbols/words, spaces and at most one sign. Sets `negative`.
bool checkAffix(std::string_view affix, bool& negative, int& signs)
{
    std::size_t i = 0;
    while (i < affix.size()) {
        const char c = affix[i];
        if (c == '-' || c == '+') {
            negative = negative || c == '-';
            ++signs;
            ++i;
        } else if (startsWith(affix, i, "\xE2\x88\x92")) {  // U+2212 MINUS SIGN
            negative = true;
            ++signs;
            i += 3;
        } else if (c == ' ' || c == '$' || c == '\t') {
            ++i;
        } else if (static_cast<unsigned char>(c) >= 0x80) {
            ++i;  // €, £, ¥, ₹, 元, no-break spaces...
        } else if (isAlpha(c)) {
            std::string word;
            while (i < affix.size() && isAlpha(affix[i]))
                word += lower(affix[i++]);
            bool known = false;
            for (std::string_view w : kCurrencyWords)
                known = known || word == w;
            if (!known)
                return false;
            if (i < affix.size() && affix[i] == '.')
                ++i;  // "Rs.", "Fr."
        } else {
            return false;
        }
    }
    return signs <= 1;
}

bool isGroupSeparator(std::string_view s, std::size_t i, char decimalMark, std::size_t& width)
{
    width = 1;
    const char c = s[i];
    if (c == ' ' || c == '\'' || (c == ',' && decimalMark == '.') || (c == '.' && decimalMark == ','))
        return true;
    if (startsWith(s, i, "\xC2\xA0")) {
        width = 2;
        return true;
    }
    if (startsWith(s, i, "\xE2\x80\xAF")) {
        width = 3;
        return true;
    }
    return false;
}

// Parses the numeric body "1.234,50" with a fixed decimal mark into cents (magnitude only).
std::optional<std::int64_t> parseBody(std::string_view s, char decimalMark)
{
    std::int64_t units = 0;
    int digitsInGroup = 0, groups = 0, intDigits = 0;
    bool leadingZeroGroup = false;
    std::size_t i = 0;
    std::string groupSep;
    for (; i < s.size() && s[i] != decimalMark; ++i) {
        std::size_t width = 1;
        if (isDigit(s[i])) {
            if (intDigits >= 13)
                return std::nullopt;
            units = units * 10 + (s[i] - '0');
            if (digitsInGroup == 0 && groups == 0)
                leadingZeroGroup = s[i] == '0';
            ++digitsInGroup;
            ++intDigits;
        } else if (isGroupSeparator(s, i, decimalMark, width)) {
            const std::string sep(s.substr(i, width));
            if (groupSep.empty())
                groupSep = sep;
            if (sep != groupSep || digitsInGroup == 0 || (groups == 0 && (digitsInGroup > 3 || leadingZeroGroup))
                || (groups > 0 && digitsInGroup != 3))
                return std::nullopt;
            ++groups;
            digitsInGroup = 0;
            i += width - 1;
        } else {
            return std::nullopt;
        }
    }
    if (groups > 0 && digitsInGroup != 3)
        return std::nullopt;
    std::int64_t cents = units * 100;
    if (i < s.size()) {  // decimal part
        ++i;
        if (i == s.size())
            return std::nullopt;
        int fracDigits = 0;
        for (; i < s.size(); ++i) {
            if (!isDigit(s[i]))
                return std::nullopt;
            const int digit = s[i] - '0';
            if (fracDigits == 0)
                cents += digit * 10;
            else if (fracDigits == 1)
                cents += digit;
            else if (fracDigits == 2 && digit >= 5)
                cents += 1;  // half away from zero (the magnitude is rounded up)
            ++fracDigits;
        }
    } else if (intDigits == 0) {
        return std::nullopt;
    }
    return cents;
}

std::optional<std::int64_t> parseFixed(std::string_view text, char decimalMark)
{
    std::string_view s = trimAll(text);
    bool negative = false;
    int signs = 0;
    if (s.size() >= 2 && s.front() == '(' && s.back() == ')') {
        negative = true;
        ++signs;
        s = trimAll(s.substr(1, s.size() - 2));
    }
    std::size_t first = 0;
    while (first < s.size() && !isDigit(s[first]))
        ++first;
    if (first == s.size())
        return std::nullopt;
    std::size_t last = s.size() - 1;
    while (!isDigit(s[last]))
        --last;
    if (first > 0 && s[first - 1] == decimalMark)
        --first;  // ".50"
    if (!checkAffix(s.substr(0, first), negative, signs) || !checkAffix(s.substr(last + 1), negative, signs))
        return std::nullopt;
    auto cents = parseBody(s.substr(first, last + 1 - first), decimalMark);
    if (!cents)
        return std::nullopt;
    return negative ? -*cents : *cents;
}

}  // namespace

std::optional<std::int64_t> parseAmountCents(std::string_view text, DecimalSeparator decimal)
{
    if (decimal == DecimalSeparator::Point)
        return parseFixed(text, '.');
    if (decimal == DecimalSeparator::Comma)
        return parseFixed(text, ',');
    const auto point = parseFixed(text, '.');
    const auto comma = parseFixed(text, ',');
    if (point && comma)
        return *point == *comma ? point : std::nullopt;
    return point ? point : comma;
}

void DecimalDetector::add(std::string_view value, long line)
{
    const auto point = parseFixed(value, '.');
    const auto comma = parseFixed(value, ',');
    if (point && comma && *point != *comma) {
        ++m_ambiguous;
        if (!m_firstAmbiguousLine)
            m_firstAmbiguousLine = line;
    } else if (point && !comma) {
        ++m_point;
    } else if (comma && !point) {
        ++m_comma;
    }
}

DecimalVerdict DecimalDetector::verdict() const
{
    if (m_point > 0 && m_comma > 0)
        return DecimalVerdict::Conflicting;
    if (m_point > 0)
        return DecimalVerdict::Point;
    if (m_comma > 0)
        return DecimalVerdict::Comma;
    return m_ambiguous > 0 ? DecimalVerdict::Ambiguous : DecimalVerdict::Unknown;
}

std::optional<DecimalSeparator> DecimalDetector::separator() const
{
    switch (verdict()) {
    case DecimalVerdict::Unknown:
    case DecimalVerdict::Point: return DecimalSeparator::Point;
    case DecimalVerdict::Comma: return DecimalSeparator::Comma;
    case DecimalVerdict::Ambiguous:
    case DecimalVerdict::Conflicting: break;
    }
    return std::nullopt;
}

}  // namespace clv
