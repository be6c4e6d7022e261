// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace clv {

/// A calendar date in the proleptic Gregorian calendar, stored as days since 1970-01-01 (negative before).
struct Date {
    int days = 0;

    static Date fromCivil(int year, unsigned month, unsigned day);
    /// Parses "YYYY-MM-DD", "YYYYMMDD" or "YYYY/MM/DD", optionally followed by a time part
    /// ("T" or space, then anything), which is ignored: the date is the calendar date as written.
    static std::optional<Date> parse(std::string_view text);

    int year() const;
    unsigned month() const;  ///< 1..12
    unsigned day() const;    ///< 1..31
    std::string toIso() const;  ///< "YYYY-MM-DD"

    /// Months since 1970-01 (0 = January 1970); used for month cohorts and monthly revenue.
    int monthIndex() const { return (year() - 1970) * 12 + static_cast<int>(month()) - 1; }

    friend bool operator==(Date a, Date b) { return a.days == b.days; }
    friend auto operator<=>(Date a, Date b) { return a.days <=> b.days; }
};

/// True for a valid Gregorian date.
bool isValidCivil(int year, unsigned month, unsigned day);

}  // namespace clv
