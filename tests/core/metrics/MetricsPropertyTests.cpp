// SPDX-License-Identifier: MIT
// Property checks on random data: summary invariants under every option, RFM segments partition the customers,
// cohort sizes sum to the customer count.
#include "core/metrics/Cohorts.h"
#include "core/metrics/CustomerSummary.h"
#include "core/metrics/Rfm.h"
#include "core/metrics/Survival.h"

#include <catch2/catch.hpp>

#include <random>
#include <set>

using namespace clv;

namespace {

std::vector<OrderRecord> randomOrders(unsigned seed, int customers)
{
    std::mt19937 rng(seed);
    std::vector<OrderRecord> orders;
    for (int c = 0; c < customers; ++c) {
        const int n = 1 + static_cast<int>(rng() % 12);
        const int first = static_cast<int>(rng() % 300);
        for (int i = 0; i < n; ++i) {
            const double amount = (rng() % 8 == 0 ? -1.0 : 1.0) * static_cast<double>(rng() % 10000) / 100.0;
            orders.push_back({c * 3 + 1, Date{19000 + first + static_cast<int>(rng() % 400)}, amount});
        }
    }
    return orders;
}

}  // namespace

TEST_CASE("summary invariants hold under every returns policy and with a holdout split", "[property]")
{
    const auto orders = randomOrders(7, 1500);
    for (ReturnsPolicy policy : {ReturnsPolicy::Net, ReturnsPolicy::DropNonPositive, ReturnsPolicy::Ignore})
        for (bool split : {false, true})
            for (TimeUnit period : {TimeUnit::Day, TimeUnit::Week}) {
                SummaryOptions opt;
                opt.returns = policy;
                opt.period = period;
                opt.unit = TimeUnit::Week;
                opt.end = Date{19650};
                if (split)
                    opt.calibrationEnd = Date{19450};
                auto s = summarize(orders, opt);
                REQUIRE(s);
                for (const auto& r : s->rows) {
                    INFO("customer " << r.customer << " policy " << returnsPolicyName(policy) << " split " << split);
                    REQUIRE(r.recency >= 0.0);
                    REQUIRE(r.T >= r.recency);
                    REQUIRE((r.recency == 0.0) == (r.frequency == 0));
                    REQUIRE(r.holdoutFrequency >= 0);
                    REQUIRE((split || r.holdoutFrequency == 0));
                    REQUIRE(r.lastPurchase >= r.firstPurchase);
                    if (policy == ReturnsPolicy::Ignore)
                        REQUIRE(r.totalValue >= 0.0);
                    if (policy == ReturnsPolicy::DropNonPositive && r.frequency > 0)
                        REQUIRE(r.monetaryValue > 0.0);
                }
                CHECK(s->returns.nonPositivePeriods >= s->returns.nonPositiveCustomers);
                CHECK(s->returns.customersWithRefunds <= s->returns.refundOrders);
            }
}

TEST_CASE("RFM segments partition the customers under every preset", "[property][rfm]")
{
    auto s = summarize(randomOrders(11, 2000), {});
    REQUIRE(s);
    for (const char* preset : {"grid", "quartile", "rfm-package"}) {
        auto rfm = computeRfm(*s, {}, *rfmPreset(preset));
        REQUIRE(rfm);
        std::set<std::size_t> seen;
        std::int64_t total = 0;
        for (std::size_t g = 0; g < rfm->segments.size(); ++g) {
            total += rfm->segments[g].customers;
            for (std::size_t m : rfm->segments[g].members) {
                CHECK(seen.insert(m).second);
                CHECK(rfm->customers[m].segment == g);
            }
        }
        CHECK(total == static_cast<std::int64_t>(s->rows.size()));
        CHECK(seen.size() == s->rows.size());
        for (const auto& c : rfm->customers) {
            CHECK(c.r >= 1);
            CHECK(c.r <= rfm->bins);
            CHECK(c.f >= 1);
            CHECK(c.m <= rfm->bins);
        }
    }
}

TEST_CASE("cohort sizes sum to the summary's customer count for every grain", "[property][cohorts]")
{
    const auto orders = randomOrders(13, 2000);
    const OrderTable table = makeOrderTable(orders);
    SummaryOptions so;
    so.end = Date{19500};
    auto s = summarizeTable(table, so);
    REQUIRE(s);
    for (CohortGrain grain : {CohortGrain::Week, CohortGrain::Month, CohortGrain::Quarter}) {
        CohortOptions co;
        co.grain = grain;
        co.end = so.end;
        auto t = computeCohorts(table, co);
        REQUIRE(t);
        std::int64_t sizes = 0;
        for (const auto& c : t->cohorts) {
            sizes += c.size;
            for (const auto& cell : c.cells) {
                CHECK(cell.activeCustomers <= c.size);
                CHECK(cell.repeatCustomers <= c.size);
            }
            CHECK(c.cells.front().activeCustomers == c.size);
        }
        CHECK(sizes == t->customers);
        CHECK(sizes == static_cast<std::int64_t>(s->rows.size()));
    }
    LapseOptions lo;
    lo.end = so.end;
    auto lapse = lapseCurve(table, lo);
    REQUIRE(lapse);
    CHECK(lapse->lapsed + lapse->active == static_cast<std::int64_t>(s->rows.size()));
    double previous = 1.0;
    for (const auto& step : lapse->curve.steps) {
        CHECK(step.survival <= previous);
        CHECK(step.lower <= step.survival);
        CHECK(step.upper >= step.survival);
        previous = step.survival;
    }
}
