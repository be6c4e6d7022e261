// SPDX-License-Identifier: MIT
#pragma once

#include "core/util/Date.h"

#include <cstdint>
#include <optional>
#include <string_view>

namespace clv {

/// Order of the day, month and year parts in a date column.
enum class DateOrder {
    Auto,        ///< detect across the whole column (see DateOrderDetector); ISO values never need a decision
    YearFirst,   ///< 2024-03-01, 2024/3/1, 20240301, 2024年3月1日 (these are always accepted)
    DayFirst,    ///< 01/03/2024, 1.3.2024, 01-03-2024 (plus the year-first forms)
    MonthFirst,  ///< 03/01/2024, 3/1/2024 8:26 PM (plus the year-first forms)
};

/// Whether a timestamp's calendar date is taken as written (the shop's local date, as Shopify shows it in the
/// admin and as its users expect) or converted to UTC using the value's own offset. Values without an offset are
/// taken as written in both cases.
enum class TimeBasis { LocalDate, Utc };

/// Decimal separator of an amount column.
enum class DecimalSeparator {
    Auto,   ///< detect across the whole column (see DecimalDetector)
    Point,  ///< 1,234.50 (',' ' ' or '\'' group thousands)
    Comma,  ///< 1.234,50 (',' is the decimal mark; '.' ' ' or '\'' group thousands)
};

/// A parsed date or timestamp. `localDay` is the calendar date as written; `offsetMinutes` is set when the value
/// carried a UTC offset ("Z", "+0500", "+05:30", "UTC"); `minuteOfDay` is -1 when there was no time part.
struct DateTimeValue {
    Date localDay;
    int minuteOfDay = -1;
    std::optional<int> offsetMinutes;

    /// The date to store: `localDay`, or for TimeBasis::Utc and a value with offset and time, the UTC date.
    Date day(TimeBasis basis) const;
};

/// Parses a date or timestamp. Accepted: a date (year-first always; day-/month-first per `order`, with '/', '.'
/// or '-' separators and a four-digit year), optionally followed by 'T' or spaces and a time "H:MM[:SS[.fff]]"
/// with an optional AM/PM, then an optional offset ("Z", "+05", "+0500", "+05:30", "UTC", "GMT", "UTC+01:00").
/// Anything else (two-digit years, unknown zone names, trailing text, invalid calendar dates) gives nullopt.
/// With DateOrder::Auto only year-first dates parse.
std::optional<DateTimeValue> parseDateTime(std::string_view text, DateOrder order);

/// What a whole column says about the order of day and month.
enum class DateOrderVerdict {
    Unknown,      ///< no value looked like a date
    YearFirst,    ///< only year-first dates: no decision needed
    DayFirst,     ///< some value has a first part > 12 and none has a second part > 12
    MonthFirst,   ///< some value has a second part > 12 and none has a first part > 12
    Ambiguous,    ///< every d/m value has both parts <= 12 and some differ: ask the user
    Conflicting,  ///< some values are only valid day-first, others only month-first: ask the user
};

/// Streaming detector: feed every value of a date column, then read `verdict()`.
class DateOrderDetector {
public:
    void add(std::string_view value, long line);
    DateOrderVerdict verdict() const;
    /// The resolved order for a definite verdict; nullopt for Ambiguous/Conflicting/Unknown.
    std::optional<DateOrder> order() const;
    long firstAmbiguousLine() const { return m_firstAmbiguousLine; }
    long firstDayFirstLine() const { return m_firstDayFirstLine; }
    long firstMonthFirstLine() const { return m_firstMonthFirstLine; }

private:
    std::int64_t m_yearFirst = 0, m_dayFirst = 0, m_monthFirst = 0, m_ambiguous = 0, m_symmetric = 0;
    long m_firstAmbiguousLine = 0, m_firstDayFirstLine = 0, m_firstMonthFirstLine = 0;
};

/// Parses an amount into cents (rounded half away from zero). Accepted: currency symbols (any non-ASCII sign,
/// "$") and codes (three letters, e.g. "USD", "usd", or kr/Rs/Fr/Ft/RM/R) before or after the number; thousands
/// separators in groups of three; a leading or trailing '-' or U+2212 minus, "-$5", "$-5" and accounting
/// parentheses "(12.50)" for negatives. With DecimalSeparator::Auto a lone ',' or '.' followed by exactly three
/// digits is rejected as ambiguous (use a DecimalDetector over the column first). Magnitudes over 1e13 are refused.
std::optional<std::int64_t> parseAmountCents(std::string_view text, DecimalSeparator decimal);

/// What a whole column says about its decimal separator.
enum class DecimalVerdict {
    Unknown,      ///< no value had a separator (whole numbers): either setting gives the same result
    Point,
    Comma,
    Ambiguous,    ///< only values like "1,234" or "1.234": thousands or decimals? ask the user
    Conflicting,  ///< some values need '.' and others ',' as the decimal mark
};

/// Streaming detector for the decimal separator of an amount column.
class DecimalDetector {
public:
    void add(std::string_view value, long line);
    DecimalVerdict verdict() const;
    /// The separator to use: the detected one; Point for Unknown; nullopt for Ambiguous/Conflicting.
    std::optional<DecimalSeparator> separator() const;
    long firstAmbiguousLine() const { return m_firstAmbiguousLine; }

private:
    std::int64_t m_point = 0, m_comma = 0, m_ambiguous = 0;
    long m_firstAmbiguousLine = 0;
};

}  // namespace clv
