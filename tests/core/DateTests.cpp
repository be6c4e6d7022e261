// SPDX-License-Identifier: MIT
#include "core/util/Date.h"
#include "core/util/TextFormat.h"

#include <catch2/catch.hpp>

using clv::Date;

TEST_CASE("date: civil round trip over four centuries", "[date]")
{
    for (int days = Date::fromCivil(1900, 1, 1).days; days <= Date::fromCivil(2300, 12, 31).days; days += 17) {
        const Date d{days};
        REQUIRE(Date::fromCivil(d.year(), d.month(), d.day()) == d);
    }
    CHECK(Date::fromCivil(1970, 1, 1).days == 0);
    CHECK(Date::fromCivil(2000, 3, 1).days - Date::fromCivil(2000, 2, 28).days == 2);  // leap year
    CHECK(Date::fromCivil(1900, 3, 1).days - Date::fromCivil(1900, 2, 28).days == 1);  // not a leap year
}

TEST_CASE("date: parse accepts ISO, compact and slashed forms with an optional time", "[date]")
{
    CHECK(Date::parse("1997-09-30")->toIso() == "1997-09-30");
    CHECK(Date::parse("19970930")->toIso() == "1997-09-30");
    CHECK(Date::parse("1997/09/30")->toIso() == "1997-09-30");
    CHECK(Date::parse("2024-02-29T23:59:59+05:00")->toIso() == "2024-02-29");
    CHECK(Date::parse("2024-02-29 10:00")->toIso() == "2024-02-29");
    CHECK(Date::parse("2024-03-05")->monthIndex() == (2024 - 1970) * 12 + 2);
}

TEST_CASE("date: parse rejects impossible or malformed dates", "[date]")
{
    for (const char* bad : {"", "2023-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "24-01-01", "2024-1-5",
                            "2024-01-01x", "2024/01-01", "abcdefgh", "31/12/2024"})
        CHECK_FALSE(Date::parse(bad).has_value());
}

TEST_CASE("text: fixed formatting is locale independent and has no negative zero", "[text]")
{
    CHECK(clv::text::fixed(12.5, 2) == "12.50");
    CHECK(clv::text::fixed(-0.001, 2) == "0.00");
    CHECK(clv::text::fixed(-3.14159, 3) == "-3.142");
    CHECK(clv::text::parseDouble("1e3") == 1000.0);
    CHECK_FALSE(clv::text::parseDouble("12abc"));
    CHECK(clv::text::csvField("a,b") == "\"a,b\"");
    CHECK(clv::text::csvField("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(clv::text::jsonString("a\"b\n") == "\"a\\\"b\\n\"");
}
