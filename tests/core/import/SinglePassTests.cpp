// SPDX-License-Identifier: MIT
// The generic import reads a large file once: columns and value formats come from its first 20,000 rows and the
// rest is checked while it is written. These tests put the evidence that matters after that head.
#include "core/import/OrderImporter.h"
#include "core/storage/Project.h"

#include "ImportTestSupport.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <string>

using namespace clv;

namespace {

constexpr int kHead = 20000;  // core/import/OrderImporter.cpp kHeadRows

Database newProjectAt(const test::TempDir& dir, const std::string& name)
{
    auto db = project::open(dir.file(name), Database::OpenMode::CreateIfMissing);
    REQUIRE(db);
    return std::move(*db);
}

/// `rows` rows "C<i % 997>;2024-01-01 + i days;<amount(i)>" with a semicolon delimiter.
template <typename Amount, typename Day>
std::string semicolonCsv(int rows, Amount amount, Day day)
{
    std::string csv = "customer_id;order_date;amount\n";
    for (int i = 0; i < rows; ++i)
        csv += "C" + std::to_string(i % 997) + ';' + day(i) + ';' + amount(i) + '\n';
    return csv;
}

std::string isoDay(int i)
{
    const int d = i % 28 + 1;
    return std::string("2024-0") + std::to_string(1 + (i / 28) % 9) + (d < 10 ? "-0" : "-") + std::to_string(d);
}

}  // namespace

TEST_CASE("single pass: a decimal comma that first appears after the head is still read as a decimal comma",
          "[import][single-pass]")
{
    test::TempDir dir;
    // The head only has whole amounts ("either separator reads them the same"), so it assumes '.'; row 25,000 on
    // has "12,50": the whole column says ','. The import must end as if it had looked at everything first.
    const auto path = dir.write("late-comma.csv", semicolonCsv(
                                                      30000,
                                                      [](int i) {
                                                          return i < 25000 ? std::to_string(10 + i % 90)
                                                                           : std::to_string(10 + i % 90) + ",50";
                                                      },
                                                      isoDay));
    auto db = newProjectAt(dir, "p.clvw");
    auto report = importOrdersCsv(db, path);
    REQUIRE(report);
    CHECK(report->decimal == DecimalSeparator::Comma);
    CHECK(report->rowsImported == 30000);
    CHECK(report->rowsRejected == 0);
    CHECK(*db.queryInt("SELECT count(*) FROM orders") == 30000);
    CHECK(*db.queryInt("SELECT count(*) FROM imports") == 1);
    // Row 25,000 (0-based i = 25000): 10 + 25000 % 90 = 80, so 80,50 = 8050 cents.
    CHECK(*db.queryInt("SELECT amount_cents FROM orders WHERE source_line = 25002") == 8050);
    CHECK(*db.queryInt("SELECT amount_cents FROM orders WHERE source_line = 2") == 1000);
    CHECK(test::integrity(db) == "ok");
}

TEST_CASE("single pass: a format conflict after the head fails the import and stores nothing", "[import][single-pass]")
{
    test::TempDir dir;
    // Day-first dates in the head (13/01/2024 ...), one month-first-only date far below it.
    std::string csv = "customer_id,order_date,amount\n";
    for (int i = 0; i < kHead + 5000; ++i)
        csv += "C" + std::to_string(i % 500) + "," + std::to_string(13 + i % 15) + "/01/2024,5.00\n";
    csv += "C1,01/25/2024,5.00\n";
    const auto path = dir.write("conflict.csv", csv);
    auto db = newProjectAt(dir, "p.clvw");
    const std::string before = test::snapshot(db);
    auto report = importOrdersCsv(db, path);
    REQUIRE_FALSE(report);
    CHECK(report.error().code == ErrorCode::Parse);
    CHECK(report.error().detail.find("conflicting-date-order") != std::string::npos);
    CHECK(test::snapshot(db) == before);
    CHECK(*db.queryInt("PRAGMA foreign_keys") == 1);  // restored after the failed import

    SECTION("choosing the order imports it, rejecting the row that does not fit")
    {
        ImportOptions options;
        options.dateOrder = DateOrder::DayFirst;
        auto chosen = importOrdersCsv(db, path, options);
        REQUIRE(chosen);
        CHECK(chosen->rowsImported == kHead + 5000);
        CHECK(chosen->rowsRejected == 1);
        REQUIRE(chosen->issues.size() == 1);
        CHECK(chosen->issues[0].line == kHead + 5000 + 2);
        CHECK(chosen->issues[0].reason == "bad-date");
    }
}

TEST_CASE("single pass: invalid UTF-8 after the head names its line and column, nothing is stored",
          "[import][single-pass]")
{
    test::TempDir dir;
    std::string csv = "customer_id,order_date,amount\n";
    for (int i = 0; i < kHead + 100; ++i)
        csv += "C" + std::to_string(i % 300) + "," + isoDay(i) + ",7.25\n";
    csv += "C\xE9t\xE9,2024-02-01,7.25\n";  // Latin-1 bytes: not UTF-8
    const auto path = dir.write("latin1-tail.csv", csv);
    auto db = newProjectAt(dir, "p.clvw");
    const std::string before = test::snapshot(db);
    auto report = importOrdersCsv(db, path);
    REQUIRE_FALSE(report);
    CHECK(report.error().code == ErrorCode::Parse);
    CHECK(report.error().line == kHead + 100 + 2);
    CHECK(report.error().column == 1);
    CHECK(test::snapshot(db) == before);
}

TEST_CASE("single pass: the stored fingerprint is that of the whole file and a re-import adds nothing",
          "[import][single-pass]")
{
    test::TempDir dir;
    const auto path = dir.write("big.csv", test::largeOrdersCsv(kHead * 2, 4000));
    auto db = newProjectAt(dir, "p.clvw");
    auto first = importOrdersCsv(db, path);
    REQUIRE(first);
    CHECK(first->previousImportId == 0);
    auto profile = profileOrdersCsv(path);
    REQUIRE(profile);
    CHECK(first->fingerprint == profile->fingerprint);
    CHECK(*db.queryInt("SELECT count(*) FROM imports WHERE fingerprint = '" + profile->fingerprint + "'") == 1);
    auto again = importOrdersCsv(db, path);
    REQUIRE(again);
    CHECK(again->previousImportId == first->importId);
    CHECK(again->rowsImported == 0);
    CHECK(again->rowsSkipped == kHead * 2);
    CHECK(*db.queryInt("SELECT count(*) FROM orders") == kHead * 2);
}
