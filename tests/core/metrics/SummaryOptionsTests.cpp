// SPDX-License-Identifier: MIT
// Returns policies, calibration/holdout split and the project loader of the customer summary.
#include "core/import/OrderImporter.h"
#include "core/metrics/CustomerSummary.h"
#include "core/storage/Project.h"

#include "../TestSupport.h"

#include <catch2/catch.hpp>

#include <map>
#include <set>

using namespace clv;

namespace {

Date d(int year, unsigned month, unsigned day) { return Date::fromCivil(year, month, day); }

// Same customers as SummaryTests.cpp plus customer 7, whose only purchase is refunded in full.
std::vector<OrderRecord> fixture()
{
    return {
        {1, d(2024, 1, 1), 10.0}, {1, d(2024, 1, 1), 5.0}, {1, d(2024, 1, 8), 20.0}, {1, d(2024, 1, 15), 30.0},
        {1, d(2024, 1, 20), -10.0}, {2, d(2024, 1, 10), 50.0}, {3, d(2024, 2, 5), 70.0}, {4, d(2024, 1, 3), -5.0},
        {5, d(2024, 1, 4), -10.0}, {5, d(2024, 1, 5), 40.0}, {6, d(2024, 1, 2), 10.0}, {6, d(2024, 1, 3), 10.0},
        {6, d(2024, 1, 3), -10.0}, {7, d(2024, 1, 5), 20.0}, {7, d(2024, 1, 6), -20.0},
    };
}

std::map<std::int64_t, CustomerSummaryRow> byCustomer(const CustomerSummary& s)
{
    std::map<std::int64_t, CustomerSummaryRow> out;
    for (const auto& r : s.rows)
        out[r.customer] = r;
    return out;
}

}  // namespace

TEST_CASE("returns policies on a hand-made fixture", "[summary][returns]")
{
    SummaryOptions opt;
    opt.end = d(2024, 1, 31);
    // Refunds up to Jan 31: customers 1, 4, 5, 6, 7 (one each). Netted into a period: 1 (Jan 15), 5 (Jan 5),
    // 6 (Jan 3), 7 (Jan 5). Non-positive after netting: 6 (Jan 3 = 0) and 7 (Jan 5 = 0).
    SECTION("net (default)")
    {
        auto s = summarize(fixture(), opt);
        REQUIRE(s);
        auto rows = byCustomer(*s);
        CHECK(rows.size() == 5);
        CHECK(rows[1].monetaryValue == Approx(20.0));
        CHECK(rows[1].totalValue == Approx(55.0));
        CHECK(rows[1].lastPurchase == d(2024, 1, 15));
        CHECK(rows[5].totalValue == Approx(30.0));
        CHECK(rows[6].frequency == 1);
        CHECK(rows[7].frequency == 0);
        CHECK(rows[7].totalValue == Approx(0.0).margin(1e-12));
        const ReturnsReport& r = s->returns;
        CHECK(r.refundOrders == 5);
        CHECK(r.customersWithRefunds == 5);
        CHECK(r.nettedPeriods == 4);
        CHECK(r.nettedCustomers == 4);
        CHECK(r.nonPositivePeriods == 2);
        CHECK(r.nonPositiveCustomers == 2);
        CHECK(r.droppedCustomers == 0);
    }
    SECTION("drop periods whose net is <= 0")
    {
        opt.returns = ReturnsPolicy::DropNonPositive;
        auto s = summarize(fixture(), opt);
        REQUIRE(s);
        auto rows = byCustomer(*s);
        CHECK(rows.size() == 4);
        CHECK(rows.count(7) == 0);
        CHECK(rows[6].frequency == 0);
        CHECK(rows[6].recency == 0.0);
        CHECK(rows[6].lastPurchase == d(2024, 1, 2));
        CHECK(rows[1].monetaryValue == Approx(20.0));
        CHECK(s->returns.droppedCustomers == 1);
        CHECK(s->returns.nonPositivePeriods == 2);
    }
    SECTION("ignore refunds")
    {
        opt.returns = ReturnsPolicy::Ignore;
        auto rows = byCustomer(*summarize(fixture(), opt));
        CHECK(rows[1].monetaryValue == Approx(25.0));
        CHECK(rows[5].totalValue == Approx(40.0));
        CHECK(rows[6].monetaryValue == Approx(10.0));
        CHECK(rows[7].totalValue == Approx(20.0));
    }
    CHECK(parseReturnsPolicy("drop") == ReturnsPolicy::DropNonPositive);
    CHECK(std::string(returnsPolicyName(ReturnsPolicy::Ignore)) == "ignore");
    CHECK_FALSE(parseReturnsPolicy("none"));
}

TEST_CASE("calibration and holdout split", "[summary][holdout]")
{
    const std::vector<OrderRecord> orders = {
        // A: calibration Jan 1 (10), Jan 10 (20); holdout Feb 5 (30), Feb 10 (40) with a refund of 30 on Feb 12.
        {1, d(2024, 1, 1), 10.0}, {1, d(2024, 1, 10), 20.0}, {1, d(2024, 2, 5), 30.0}, {1, d(2024, 2, 10), 40.0},
        {1, d(2024, 2, 12), -30.0},
        // B: first purchase in the holdout period -> left out.
        {2, d(2024, 2, 3), 15.0},
        // C: calibration only.
        {3, d(2024, 1, 20), 5.0},
    };
    SummaryOptions opt;
    opt.end = d(2024, 2, 29);
    opt.calibrationEnd = d(2024, 1, 31);
    auto s = summarize(orders, opt);
    REQUIRE(s);
    auto rows = byCustomer(*s);
    REQUIRE(rows.size() == 2);
    CHECK(rows[1].frequency == 1);
    CHECK(rows[1].recency == 9.0);
    CHECK(rows[1].T == 30.0);
    CHECK(rows[1].monetaryValue == Approx(20.0));
    CHECK(rows[1].holdoutFrequency == 2);
    CHECK(rows[1].holdoutMonetary == Approx(20.0));  // (30 + (40 - 30)) / 2
    CHECK(rows[3].T == 11.0);
    CHECK(rows[3].holdoutFrequency == 0);
    CHECK(rows[3].holdoutMonetary == 0.0);
    CHECK(s->holdoutDuration == 29.0);
    REQUIRE(s->calibrationEnd);
    CHECK(*s->calibrationEnd == d(2024, 1, 31));

    SECTION("the calibration end must lie before the end and not before the first order")
    {
        opt.calibrationEnd = d(2024, 2, 29);
        CHECK(summarize(orders, opt).error().code == ErrorCode::InvalidArgument);
        opt.calibrationEnd = d(2023, 12, 31);
        CHECK(summarize(orders, opt).error().code == ErrorCode::InvalidArgument);
    }
}

TEST_CASE("a project summary reads the orders table in one scan and matches the in-memory summary", "[summary][project]")
{
    test::TempDir dir;
    const std::string csv = dir.write("orders.csv", "customer_id,order_date,amount\n"
                                                    "b,2024-01-05,20.00\n"
                                                    "a,2024-01-03,10.00\n"
                                                    "b,2024-01-02,5.00\n"
                                                    "a,2024-01-03,2.50\n"
                                                    "c,2024-01-09,-4.00\n"
                                                    "a,2024-01-20,7.00\n"
                                                    "a,2024-01-21,-7.00\n");
    auto db = project::open(dir.file("p.clvw"), Database::OpenMode::CreateIfMissing);
    REQUIRE(db);
    REQUIRE(importOrdersCsv(*db, csv));
    auto table = loadOrderTable(*db);
    REQUIRE(table);
    REQUIRE(table->customerCount() == 3);
    CHECK(table->orderCount() == 7);
    CHECK(table->firstDay == d(2024, 1, 2));
    CHECK(table->lastDay == d(2024, 1, 21));
    for (std::size_t c = 0; c < table->customerCount(); ++c)
        for (std::size_t i = table->offsets[c] + 1; i < table->offsets[c + 1]; ++i)
            CHECK(table->days[i - 1] <= table->days[i]);

    auto s = summarizeProject(*db, {});
    REQUIRE(s);
    REQUIRE(s->rows.size() == 2);  // c has only a refund
    std::map<std::string, CustomerSummaryRow> rows;
    for (const auto& r : s->rows)
        rows[r.customerId] = r;
    CHECK(rows["a"].frequency == 1);
    CHECK(rows["a"].recency == 17.0);
    CHECK(rows["a"].monetaryValue == Approx(0.0).margin(1e-9));
    CHECK(rows["a"].totalValue == Approx(12.5));
    CHECK(rows["b"].frequency == 1);
    CHECK(rows["b"].firstPurchase == d(2024, 1, 2));
    CHECK(rows["b"].monetaryValue == Approx(20.0));

    auto empty = project::open(dir.file("empty.clvw"), Database::OpenMode::CreateIfMissing);
    REQUIRE(empty);
    CHECK(loadOrderTable(*empty).error().code == ErrorCode::NoData);
}

TEST_CASE("loading orders through the covering index and by a table scan gives the same table", "[summary][project]")
{
    test::TempDir dir;
    std::string csv = "customer_id,order_date,amount\n";
    const char* customers[] = {"k", "b", "z", "a", "m"};
    for (int i = 0; i < 60; ++i)  // rows out of customer and date order, refunds and same-day orders included
        csv += std::string(customers[(i * 7) % 5]) + ",2024-0" + std::to_string(1 + (i * 5) % 9) + "-"
               + std::to_string(10 + (i * 11) % 18) + "," + (i % 9 == 4 ? "-" : "") + std::to_string(5 + i) + ".25\n";
    auto db = project::open(dir.file("p.clvw"), Database::OpenMode::CreateIfMissing);
    REQUIRE(db);
    REQUIRE(importOrdersCsv(*db, dir.write("o.csv", csv)));
    auto viaIndex = loadOrderTable(*db);
    REQUIRE(viaIndex);
    REQUIRE(db->exec("DROP INDEX orders_natural_key"));
    auto viaTable = loadOrderTable(*db);
    REQUIRE(viaTable);
    CHECK(viaIndex->customerIds == viaTable->customerIds);
    CHECK(viaIndex->externalIds == viaTable->externalIds);
    CHECK(viaIndex->offsets == viaTable->offsets);
    CHECK(viaIndex->days == viaTable->days);
    CHECK(viaIndex->firstDay == viaTable->firstDay);
    CHECK(viaIndex->lastDay == viaTable->lastDay);
    CHECK(viaIndex->externalIds.front() == "k");  // ids ascend in import order
    for (std::size_t c = 0; c < viaIndex->customerCount(); ++c) {  // same orders per customer and day
        std::multiset<std::pair<int, double>> a, b;
        for (std::size_t i = viaIndex->offsets[c]; i < viaIndex->offsets[c + 1]; ++i) {
            a.emplace(viaIndex->days[i], viaIndex->amounts[i]);
            b.emplace(viaTable->days[i], viaTable->amounts[i]);
        }
        CHECK(a == b);
    }
    auto s1 = summarizeTable(*viaIndex, {});
    auto s2 = summarizeTable(*viaTable, {});
    REQUIRE(s1);
    REQUIRE(s2);
    REQUIRE(s1->rows.size() == s2->rows.size());
    for (std::size_t i = 0; i < s1->rows.size(); ++i) {
        CHECK(s1->rows[i].frequency == s2->rows[i].frequency);
        CHECK(s1->rows[i].monetaryValue == Approx(s2->rows[i].monetaryValue));
    }
}
