// SPDX-License-Identifier: MIT
#include "core/import/TextSource.h"
#include "core/import/ValueParsers.h"

#include <catch2/catch.hpp>

using namespace clv;

namespace {

std::string iso(std::string_view text, DateOrder order, TimeBasis basis = TimeBasis::LocalDate)
{
    auto v = parseDateTime(text, order);
    return v ? v->day(basis).toIso() : std::string("none");
}

std::int64_t cents(std::string_view text, DecimalSeparator sep = DecimalSeparator::Auto)
{
    auto v = parseAmountCents(text, sep);
    return v ? *v : -999999999;
}

}  // namespace

TEST_CASE("values: year-first dates always parse, d/m/y and m/d/y only with an order", "[values]")
{
    CHECK(iso("2024-03-01", DateOrder::Auto) == "2024-03-01");
    CHECK(iso("2024/3/1", DateOrder::Auto) == "2024-03-01");
    CHECK(iso("20240301", DateOrder::Auto) == "2024-03-01");
    CHECK(iso("2024\xE5\xB9\xB4" "3\xE6\x9C\x88" "1\xE6\x97\xA5", DateOrder::Auto) == "2024-03-01");
    CHECK(iso("01/03/2024", DateOrder::Auto) == "none");
    CHECK(iso("01/03/2024", DateOrder::DayFirst) == "2024-03-01");
    CHECK(iso("01.03.2024", DateOrder::DayFirst) == "2024-03-01");
    CHECK(iso("01/03/2024", DateOrder::MonthFirst) == "2024-01-03");
    CHECK(iso("12/1/2010 8:26", DateOrder::MonthFirst) == "2010-12-01");
    CHECK(iso("13/01/2024", DateOrder::MonthFirst) == "none");
    CHECK(iso("2024-02-30", DateOrder::Auto) == "none");
    CHECK(iso("1/2/24", DateOrder::DayFirst) == "none");  // two-digit years are never guessed
    CHECK(iso("2024-01-01 garbage", DateOrder::Auto) == "none");
    CHECK(iso("  2024-01-01  ", DateOrder::Auto) == "2024-01-01");
}

TEST_CASE("values: timestamps with UTC offsets keep the local date or convert to UTC", "[values]")
{
    auto v = parseDateTime("2026-01-09 17:47:34 +0500", DateOrder::Auto);
    REQUIRE(v);
    CHECK(v->minuteOfDay == 17 * 60 + 47);
    REQUIRE(v->offsetMinutes);
    CHECK(*v->offsetMinutes == 300);
    CHECK(iso("2026-01-09 01:15:00 +0500", DateOrder::Auto) == "2026-01-09");
    CHECK(iso("2026-01-09 01:15:00 +0500", DateOrder::Auto, TimeBasis::Utc) == "2026-01-08");
    CHECK(iso("2026-01-09 22:00:00 -05:00", DateOrder::Auto, TimeBasis::Utc) == "2026-01-10");
    CHECK(iso("2024-03-01T10:00:00Z", DateOrder::Auto, TimeBasis::Utc) == "2024-03-01");
    CHECK(iso("2024-03-01T10:00:00.123+05:30", DateOrder::Auto) == "2024-03-01");
    CHECK(iso("2024-03-01 23:30 UTC", DateOrder::Auto) == "2024-03-01");
    CHECK(iso("2024-03-01 23:30 UTC+01:00", DateOrder::Auto, TimeBasis::Utc) == "2024-03-01");
    CHECK(iso("1/5/2024 3:04:05 PM", DateOrder::MonthFirst) == "2024-01-05");
    CHECK(iso("2024-03-01 25:00", DateOrder::Auto) == "none");
    CHECK(iso("2024-03-01 10:00 +1500", DateOrder::Auto) == "none");
    CHECK(iso("2024-03-01 10:00 CET", DateOrder::Auto) == "none");
    CHECK(iso("2024-03-01 13:00 PM", DateOrder::Auto) == "none");
}

TEST_CASE("values: the date order is decided over the whole column, never guessed", "[values]")
{
    DateOrderDetector iso;
    iso.add("2024-01-02", 2);
    CHECK(iso.verdict() == DateOrderVerdict::YearFirst);

    DateOrderDetector dayFirst;
    dayFirst.add("01/02/2024", 2);
    dayFirst.add("13/02/2024", 3);
    CHECK(dayFirst.verdict() == DateOrderVerdict::DayFirst);
    CHECK(dayFirst.order() == DateOrder::DayFirst);

    DateOrderDetector monthFirst;
    monthFirst.add("01/02/2024", 2);
    monthFirst.add("02/28/2024 10:00", 3);
    CHECK(monthFirst.verdict() == DateOrderVerdict::MonthFirst);

    DateOrderDetector ambiguous;
    ambiguous.add("01/02/2024", 2);
    ambiguous.add("05/05/2024", 3);
    ambiguous.add("2024-01-01", 4);
    CHECK(ambiguous.verdict() == DateOrderVerdict::Ambiguous);
    CHECK(ambiguous.firstAmbiguousLine() == 2);
    CHECK_FALSE(ambiguous.order());

    DateOrderDetector conflicting;
    conflicting.add("13/02/2024", 2);
    conflicting.add("02/13/2024", 7);
    CHECK(conflicting.verdict() == DateOrderVerdict::Conflicting);
    CHECK_FALSE(conflicting.order());

    DateOrderDetector symmetric;
    symmetric.add("05/05/2024", 2);
    CHECK(symmetric.order().has_value());
}

TEST_CASE("values: amounts with currency, thousands separators, decimal comma and negatives", "[values]")
{
    CHECK(cents("10") == 1000);
    CHECK(cents("12.5") == 1250);
    CHECK(cents("$1,234.50") == 123450);
    CHECK(cents("1.234,50") == 123450);
    CHECK(cents("1 234,50 \xE2\x82\xAC") == 123450);   // 1 234,50 €
    CHECK(cents("1\xC2\xA0" "234,50") == 123450);       // no-break space
    CHECK(cents("CHF 1'234.50") == 123450);
    CHECK(cents("USD 5") == 500);
    CHECK(cents("5 usd") == 500);
    CHECK(cents("\xC2\xA3" "7.99") == 799);              // £7.99
    CHECK(cents("(12.50)") == -1250);
    CHECK(cents("-$12.96") == -1296);
    CHECK(cents("$-12.96") == -1296);
    CHECK(cents("12.96-") == -1296);
    CHECK(cents("\xE2\x88\x92" "3") == -300);            // U+2212 minus
    CHECK(cents(".5") == 50);
    CHECK(cents("0.125") == 13);                         // half away from zero
    CHECK(cents("-0.125") == -13);
    CHECK(cents("Rs. 250") == 25000);
    CHECK(cents("0,500") == 50);                         // a leading zero group is not thousands
    CHECK(cents("ten") == -999999999);
    CHECK(cents("12 pcs") == -999999999);
    CHECK(cents("--5") == -999999999);
    CHECK(cents("-(5)") == -999999999);
    CHECK(cents("1,23,456.00") == -999999999);           // not groups of three
    CHECK(cents("") == -999999999);
    CHECK(cents("99999999999999") == -999999999);        // over 1e13
    CHECK(cents("1,234") == -999999999);                 // ambiguous without a column decision
    CHECK(cents("1,234", DecimalSeparator::Point) == 123400);
    CHECK(cents("1,234", DecimalSeparator::Comma) == 123);
    CHECK(cents("1.234,50", DecimalSeparator::Point) == -999999999);
    CHECK(cents("1,234.50", DecimalSeparator::Comma) == -999999999);
}

TEST_CASE("values: the decimal separator is decided over the whole column", "[values]")
{
    DecimalDetector point;
    point.add("1,234", 2);
    point.add("12.50", 3);
    CHECK(point.verdict() == DecimalVerdict::Point);
    DecimalDetector comma;
    comma.add("1.234", 2);
    comma.add("3,5", 3);
    CHECK(comma.separator() == DecimalSeparator::Comma);
    DecimalDetector ambiguous;
    ambiguous.add("1,234", 4);
    ambiguous.add("7", 5);
    CHECK(ambiguous.verdict() == DecimalVerdict::Ambiguous);
    CHECK(ambiguous.firstAmbiguousLine() == 4);
    DecimalDetector conflicting;
    conflicting.add("1,5", 2);
    conflicting.add("1.5", 3);
    CHECK(conflicting.verdict() == DecimalVerdict::Conflicting);
    DecimalDetector whole;
    whole.add("12", 2);
    CHECK(whole.verdict() == DecimalVerdict::Unknown);
    CHECK(whole.separator() == DecimalSeparator::Point);
}

TEST_CASE("values: strict UTF-8 validation", "[values]")
{
    CHECK(findInvalidUtf8("plain ascii text, long enough for the fast path") == std::string_view::npos);
    CHECK(findInvalidUtf8("\xE5\xAE\xA2\xE6\x88\xB7") == std::string_view::npos);  // 客户
    CHECK(findInvalidUtf8("\xF0\x9F\x98\x80") == std::string_view::npos);          // emoji
    CHECK(findInvalidUtf8("ab\xC0\xAF") == 2);      // overlong '/'
    CHECK(findInvalidUtf8("\xED\xA0\x80") == 0);    // surrogate
    CHECK(findInvalidUtf8("\xF4\x90\x80\x80") == 0);  // above U+10FFFF
    CHECK(findInvalidUtf8("abc\xE5\xAE") == 3);     // truncated
    CHECK(findInvalidUtf8("\xC4\xE3\xBA\xC3") == 0);  // GBK bytes
    CHECK(findInvalidUtf8(std::string_view("a\0b", 3)) == 1);
}
