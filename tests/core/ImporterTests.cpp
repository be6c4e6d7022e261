// SPDX-License-Identifier: MIT
#include "TestSupport.h"

#include "core/import/OrderImporter.h"
#include "core/metrics/OrderTable.h"
#include "core/metrics/Revenue.h"
#include "core/storage/Project.h"

#include <catch2/catch.hpp>

using namespace clv;

namespace {

Database newProject(const test::TempDir& dir)
{
    auto db = project::open(dir.file("p.clvw"), Database::OpenMode::CreateIfMissing);
    REQUIRE(db);
    return std::move(*db);
}

}  // namespace

TEST_CASE("import: a clean file is stored in one go and logged", "[import]")
{
    test::TempDir dir;
    auto db = newProject(dir);
    const auto csv = dir.write("o.csv", "Order ID,Customer ID,Created At,Total\n"
                                        "1,A,2024-01-01,10.00\n2,A,2024-01-01 12:30:00,5.50\n"
                                        "3,B,2024-02-03,\"$1,234.50\"\n4,B,2024-02-10,(20.00)\n");
    auto report = importOrdersCsv(db, csv);
    REQUIRE(report);
    CHECK(report->rowsRead == 4);
    CHECK(report->rowsImported == 4);
    CHECK(report->rowsRejected == 0);
    CHECK(report->newCustomers == 2);
    CHECK(report->customerColumn == "Customer ID");
    CHECK(report->dateColumn == "Created At");
    CHECK(report->amountColumn == "Total");
    CHECK(report->orderIdColumn == "Order ID");
    CHECK(report->fingerprint.size() == 64);
    CHECK(*db.queryInt("SELECT sum(amount_cents) FROM orders") == 1000 + 550 + 123450 - 2000);
    CHECK(*db.queryInt("SELECT rows_imported FROM imports") == 4);
    auto counts = project::counts(db);
    REQUIRE(counts);
    CHECK(counts->customers == 2);
    CHECK(counts->orders == 4);
    CHECK(counts->netRevenue == Approx(10.0 + 5.5 + 1234.5 - 20.0));
}

TEST_CASE("revenue: one entry per calendar month, gaps filled, refunds netted", "[revenue]")
{
    test::TempDir dir;
    auto db = newProject(dir);
    REQUIRE(importOrdersCsv(db, dir.write("o.csv", "customer_id,order_date,amount\n"
                                                   "A,2023-11-05,10\nB,2023-11-20,5\nA,2023-11-21,-2\n"
                                                   "A,2024-02-01,7.25\n")));
    auto months = monthlyRevenue(db);
    REQUIRE(months);
    REQUIRE(months->size() == 4);  // 2023-11, 2023-12, 2024-01, 2024-02
    CHECK((*months)[0].year == 2023);
    CHECK((*months)[0].month == 11);
    CHECK((*months)[0].revenue == Approx(13.0));
    CHECK((*months)[0].orders == 2);
    CHECK((*months)[0].customers == 2);
    CHECK((*months)[1].month == 12);
    CHECK((*months)[1].revenue == 0.0);
    CHECK((*months)[2].year == 2024);
    CHECK((*months)[2].month == 1);
    CHECK((*months)[3].revenue == Approx(7.25));

    // The same months computed from the loaded orders, without SQL.
    auto table = loadOrderTable(db);
    REQUIRE(table);
    const auto fromTable = monthlyRevenue(*table);
    REQUIRE(fromTable.size() == months->size());
    for (std::size_t m = 0; m < fromTable.size(); ++m) {
        INFO("month " << m);
        CHECK(fromTable[m].year == (*months)[m].year);
        CHECK(fromTable[m].month == (*months)[m].month);
        CHECK(fromTable[m].revenue == (*months)[m].revenue);
        CHECK(fromTable[m].orders == (*months)[m].orders);
        CHECK(fromTable[m].customers == (*months)[m].customers);
    }
    CHECK(fromTable[0].customers == 2);
    CHECK(monthlyRevenue(OrderTable{}).empty());

    auto empty = project::open(dir.file("empty.clvw"), Database::OpenMode::CreateIfMissing);
    REQUIRE(empty);
    CHECK(monthlyRevenue(*empty)->empty());
}

TEST_CASE("import: every bad row is reported with line, column and value", "[import]")
{
    test::TempDir dir;
    auto db = newProject(dir);
    const auto csv = dir.write("o.csv", "customer_id,order_date,amount\n"
                                        "A,2024-01-01,10\n"      // line 2 ok
                                        ",2024-01-02,10\n"       // line 3 missing customer
                                        "B,2024-02-30,10\n"      // line 4 bad date
                                        "C,2024-01-05,ten\n"     // line 5 bad amount
                                        "D,2024-01-05\n"         // line 6 ragged
                                        "E,2024-01-06,7.25\n");  // line 7 ok
    auto report = importOrdersCsv(db, csv);
    REQUIRE(report);
    CHECK(report->rowsRead == 6);
    CHECK(report->rowsImported == 2);
    CHECK(report->rowsRejected == 4);
    REQUIRE(report->issues.size() == 4);
    CHECK(report->issues[0].line == 3);
    CHECK(report->issues[0].column == 1);
    CHECK(report->issues[0].reason == "missing-customer-id");
    CHECK(report->issues[1].line == 4);
    CHECK(report->issues[1].column == 2);
    CHECK(report->issues[1].field == "order_date");
    CHECK(report->issues[1].value == "2024-02-30");
    CHECK(report->issues[1].reason == "bad-date");
    CHECK(report->issues[2].line == 5);
    CHECK(report->issues[2].column == 3);
    CHECK(report->issues[2].reason == "bad-amount");
    CHECK(report->issues[3].line == 6);
    CHECK(report->issues[3].reason == "ragged-row");
    CHECK(*db.queryInt("SELECT count(*) FROM orders") == 2);
}

TEST_CASE("import: nothing valid means nothing stored, and bad headers and empty files are errors", "[import]")
{
    test::TempDir dir;
    auto db = newProject(dir);
    SECTION("no valid row")
    {
        auto report = importOrdersCsv(db, dir.write("bad.csv", "customer_id,order_date,amount\nA,never,1\n"));
        REQUIRE(report);
        CHECK(report->rowsImported == 0);
        CHECK(report->rowsRejected == 1);
        CHECK(*db.queryInt("SELECT count(*) FROM imports") == 0);
        CHECK(*db.queryInt("SELECT count(*) FROM customers") == 0);
    }
    SECTION("header without an amount column")
    {
        auto report = importOrdersCsv(db, dir.write("h.csv", "customer_id,order_date,colour\nA,2024-01-01,red\n"));
        REQUIRE_FALSE(report);
        CHECK(report.error().code == ErrorCode::Parse);
        CHECK(report.error().line == 1);
        CHECK(report.error().detail.find("amount") != std::string::npos);
    }
    SECTION("empty and header-only files")
    {
        auto empty = importOrdersCsv(db, dir.write("e.csv", ""));
        REQUIRE_FALSE(empty);
        CHECK(empty.error().code == ErrorCode::NoData);
        auto headerOnly = importOrdersCsv(db, dir.write("ho.csv", "customer_id,order_date,amount\n"));
        REQUIRE_FALSE(headerOnly);
        CHECK(headerOnly.error().code == ErrorCode::NoData);
    }
    SECTION("missing file")
    {
        auto missing = importOrdersCsv(db, dir.file("missing.csv"));
        REQUIRE_FALSE(missing);
        CHECK(missing.error().code == ErrorCode::FileNotFound);
    }
}

TEST_CASE("import: cancel rolls everything back and the project keeps what it had", "[import]")
{
    test::TempDir dir;
    auto db = newProject(dir);
    REQUIRE(importOrdersCsv(db, dir.write("first.csv", "customer_id,order_date,amount\nA,2024-01-01,1\n")));
    std::string big = "customer_id,order_date,amount\n";
    for (int i = 0; i < 20000; ++i)
        big += "C" + std::to_string(i % 500) + ",2024-03-01,9.99\n";
    const auto bigPath = dir.write("big.csv", big);

    std::stop_source stop;
    int calls = 0;
    TaskContext ctx{stop.get_token(), [&](double) {
                        if (++calls == 1)
                            stop.request_stop();
                    }};
    auto report = importOrdersCsv(db, bigPath, ctx);
    REQUIRE_FALSE(report);
    CHECK(report.error().code == ErrorCode::Cancelled);
    CHECK(*db.queryInt("SELECT count(*) FROM orders") == 1);
    CHECK(*db.queryInt("SELECT count(*) FROM customers") == 1);
    CHECK(*db.queryInt("SELECT count(*) FROM imports") == 1);
}

TEST_CASE("import: semicolon files and progress reaching 1", "[import]")
{
    test::TempDir dir;
    auto db = newProject(dir);
    double last = 0.0;
    TaskContext ctx{{}, [&](double f) { last = f; }};
    auto report = importOrdersCsv(db, dir.write("s.csv", "customer;date;revenue\nA;2024-01-01;3.5\n"), ctx);
    REQUIRE(report);
    CHECK(report->rowsImported == 1);
    CHECK(last == 1.0);
}
