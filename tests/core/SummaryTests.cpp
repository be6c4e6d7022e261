// SPDX-License-Identifier: MIT
#include "core/metrics/CustomerSummary.h"

#include <catch2/catch.hpp>

#include <map>
#include <random>

using namespace clv;

namespace {

Date d(int year, unsigned month, unsigned day) { return Date::fromCivil(year, month, day); }

// Hand-made fixture; expected values are worked out in the comments.
std::vector<OrderRecord> fixture()
{
    return {
        // Customer 1: two orders on Jan 1 (merged: 15), Jan 8 (20), Jan 15 (30) with a refund of 10 on Jan 20
        // netted into Jan 15 -> periods 15, 20, 20: frequency 2, recency 14 days, monetary (20 + 20) / 2 = 20.
        {1, d(2024, 1, 1), 10.0}, {1, d(2024, 1, 1), 5.0}, {1, d(2024, 1, 8), 20.0}, {1, d(2024, 1, 15), 30.0},
        {1, d(2024, 1, 20), -10.0},
        // Customer 2: one order -> frequency 0, recency 0, T 21 days, monetary 0.
        {2, d(2024, 1, 10), 50.0},
        // Customer 3: first order after the end date -> not in the summary.
        {3, d(2024, 2, 5), 70.0},
        // Customer 4: only a refund -> no purchase, not in the summary.
        {4, d(2024, 1, 3), -5.0},
        // Customer 5: a refund dated before the only order is netted into it -> frequency 0.
        {5, d(2024, 1, 4), -10.0}, {5, d(2024, 1, 5), 40.0},
        // Customer 6: Jan 2 (10) and Jan 3 (10 then refunded) -> frequency 1, monetary 0.
        {6, d(2024, 1, 2), 10.0}, {6, d(2024, 1, 3), 10.0}, {6, d(2024, 1, 3), -10.0},
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

TEST_CASE("summary: lifetimes definitions on a hand-made fixture (days)", "[summary]")
{
    SummaryOptions opt;
    opt.end = d(2024, 1, 31);
    auto s = summarize(fixture(), opt);
    REQUIRE(s);
    auto rows = byCustomer(*s);
    REQUIRE(rows.size() == 4);
    CHECK(rows.count(3) == 0);
    CHECK(rows.count(4) == 0);

    CHECK(rows[1].frequency == 2);
    CHECK(rows[1].recency == 14.0);
    CHECK(rows[1].T == 30.0);
    CHECK(rows[1].monetaryValue == Approx(20.0));
    CHECK(rows[1].firstPurchase == d(2024, 1, 1));

    CHECK(rows[2].frequency == 0);
    CHECK(rows[2].recency == 0.0);
    CHECK(rows[2].T == 21.0);
    CHECK(rows[2].monetaryValue == 0.0);

    CHECK(rows[5].frequency == 0);
    CHECK(rows[5].T == 26.0);

    CHECK(rows[6].frequency == 1);
    CHECK(rows[6].recency == 1.0);
    CHECK(rows[6].monetaryValue == Approx(0.0).margin(1e-12));
}

TEST_CASE("summary: units scale recency and T, and periods merge orders", "[summary]")
{
    SummaryOptions opt;
    opt.end = d(2024, 1, 31);
    SECTION("weekly unit, daily periods")
    {
        opt.unit = TimeUnit::Week;
        auto rows = byCustomer(*summarize(fixture(), opt));
        CHECK(rows[1].frequency == 2);
        CHECK(rows[1].recency == Approx(2.0));
        CHECK(rows[1].T == Approx(30.0 / 7.0));
    }
    SECTION("monthly unit")
    {
        opt.unit = TimeUnit::Month;
        auto rows = byCustomer(*summarize(fixture(), opt));
        CHECK(rows[2].T == Approx(21.0 / 30.4375));
    }
    SECTION("weekly periods merge Jan 2 and Jan 3 (same ISO week)")
    {
        opt.period = TimeUnit::Week;
        auto rows = byCustomer(*summarize(fixture(), opt));
        CHECK(rows[6].frequency == 0);
        CHECK(rows[1].frequency == 2);  // Jan 1, 8 and 15 are in three different weeks
        CHECK(rows[1].recency == 14.0);
        CHECK(rows[1].T == 28.0);  // end Jan 31 lies in the week starting Jan 29: 4 whole weeks after Jan 1
    }
    SECTION("monthly periods merge all of January")
    {
        opt.period = TimeUnit::Month;
        auto rows = byCustomer(*summarize(fixture(), opt));
        CHECK(rows[1].frequency == 0);
        CHECK(rows[1].recency == 0.0);
        CHECK(rows[1].monetaryValue == 0.0);
    }
}

TEST_CASE("summary: end date defaults to the last order and must not precede the first", "[summary]")
{
    auto s = summarize(fixture(), {});
    REQUIRE(s);
    CHECK(s->end == d(2024, 2, 5));
    CHECK(byCustomer(*s).count(3) == 1);

    SummaryOptions early;
    early.end = d(2023, 12, 31);
    auto bad = summarize(fixture(), early);
    REQUIRE_FALSE(bad);
    CHECK(bad.error().code == ErrorCode::InvalidArgument);
    CHECK(bad.error().detail.find("2023-12-31") != std::string::npos);

    CHECK(summarize({}, {}).error().code == ErrorCode::NoData);
}

TEST_CASE("summary: invariants hold on random data", "[summary][property]")
{
    std::mt19937 rng(42);
    std::vector<OrderRecord> orders;
    for (int c = 0; c < 2000; ++c) {
        const int n = 1 + static_cast<int>(rng() % 12);
        const int first = static_cast<int>(rng() % 300);
        for (int i = 0; i < n; ++i) {
            const double amount = (rng() % 10 == 0 ? -1.0 : 1.0) * static_cast<double>(rng() % 10000) / 100.0;
            orders.push_back({c, Date{19000 + first + static_cast<int>(rng() % 400)}, amount});
        }
    }
    for (TimeUnit unit : {TimeUnit::Day, TimeUnit::Week, TimeUnit::Month})
        for (TimeUnit period : {TimeUnit::Day, TimeUnit::Week, TimeUnit::Month}) {
            SummaryOptions opt;
            opt.unit = unit;
            opt.period = period;
            opt.end = Date{19000 + 500};
            auto s = summarize(orders, opt);
            REQUIRE(s);
            for (const auto& r : s->rows) {
                INFO("customer " << r.customer << " unit " << timeUnitName(unit) << " period " << timeUnitName(period));
                REQUIRE(r.frequency >= 0);
                REQUIRE(r.recency >= 0.0);
                REQUIRE(r.T >= r.recency);
                REQUIRE((r.recency == 0.0) == (r.frequency == 0));
                if (r.frequency == 0)
                    REQUIRE(r.monetaryValue == 0.0);
            }
        }
}
