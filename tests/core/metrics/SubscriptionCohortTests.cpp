// SPDX-License-Identifier: MIT
#include "core/metrics/SubscriptionCohorts.h"
#include "core/storage/Project.h"

#include "../TestSupport.h"

#include <catch2/catch.hpp>

#include <random>
#include <set>

using namespace clv;

namespace {

Date d(int year, unsigned month, unsigned day) { return Date::fromCivil(year, month, day); }

// Hand-made: customer 1 churns in February and reactivates in March on a dearer plan; customer 2 expands in
// February and contracts back on the end day; customer 3 cancels on the last day of January; customer 4 joins in
// February and cancels after the end; customer 5 starts after the end.
std::vector<SubscriptionRecord> fixture()
{
    return {
        {1, d(2024, 1, 10), d(2024, 2, 15), 10.0}, {1, d(2024, 3, 5), std::nullopt, 20.0},
        {2, d(2024, 1, 20), std::nullopt, 30.0},   {2, d(2024, 2, 10), d(2024, 3, 31), 5.0},
        {3, d(2024, 1, 25), d(2024, 1, 31), 15.0}, {4, d(2024, 2, 3), d(2024, 5, 1), 50.0},
        {5, d(2024, 4, 2), std::nullopt, 99.0},
    };
}

struct Expected {
    std::int64_t atStart, subscribed, churned, reactivated;
    double mrr, nrr, grr;
};

void checkCell(const SubscriptionCohortCell& c, const Expected& e)
{
    INFO("period " << c.period);
    CHECK(c.customersAtStart == e.atStart);
    CHECK(c.subscribedCustomers == e.subscribed);
    CHECK(c.churnedCustomers == e.churned);
    CHECK(c.reactivatedCustomers == e.reactivated);
    CHECK(c.mrr == Approx(e.mrr));
    CHECK(c.netRevenueRetention == Approx(e.nrr));
    CHECK(c.grossRevenueRetention == Approx(e.grr));
}

}  // namespace

TEST_CASE("monthly subscription cohorts on a hand-made fixture", "[cohorts][subscriptions]")
{
    SubscriptionCohortOptions opt;
    opt.end = d(2024, 3, 31);
    auto t = computeSubscriptionCohorts(fixture(), opt);
    REQUIRE(t);
    CHECK(t->customers == 4);
    CHECK(t->subscriptions == 6);
    REQUIRE(t->cohorts.size() == 2);

    const SubscriptionCohort& jan = t->cohorts[0];
    CHECK(jan.label == "2024-01");
    CHECK(jan.size == 3);
    REQUIRE(jan.cells.size() == 3);
    // Jan 31: 1 (10) and 2 (30) subscribed, 3 cancelled that day. Feb 29: 2 (30 + 5). Mar 31: 1 back (20), 2 (30).
    checkCell(jan.cells[0], {3, 2, 1, 0, 40.0, 1.0, 1.0});
    checkCell(jan.cells[1], {2, 1, 1, 0, 35.0, 35.0 / 40.0, 30.0 / 40.0});
    checkCell(jan.cells[2], {1, 2, 0, 1, 50.0, 50.0 / 40.0, 30.0 / 40.0});
    CHECK(jan.cells[0].measuredAt == d(2024, 1, 31));
    CHECK(jan.cells[1].measuredAt == d(2024, 2, 29));
    CHECK(jan.cells[0].retention == Approx(2.0 / 3.0));
    CHECK(jan.cells[0].churnRate == Approx(1.0 / 3.0));
    CHECK(jan.cells[1].retention == Approx(1.0 / 3.0));
    CHECK(jan.cells[1].churnRate == Approx(0.5));
    CHECK(jan.cells[2].churnRate == 0.0);
    CHECK(jan.cells[2].complete);

    const SubscriptionCohort& feb = t->cohorts[1];
    CHECK(feb.label == "2024-02");
    CHECK(feb.size == 1);
    REQUIRE(feb.cells.size() == 2);
    checkCell(feb.cells[0], {1, 1, 0, 0, 50.0, 1.0, 1.0});
    checkCell(feb.cells[1], {1, 1, 0, 0, 50.0, 1.0, 1.0});  // the May cancellation is after the end

    SECTION("an end inside a period measures the last cell on the end date")
    {
        opt.end = d(2024, 3, 10);
        auto early = computeSubscriptionCohorts(fixture(), opt);
        REQUIRE(early);
        const SubscriptionCohortCell& march = early->cohorts[0].cells[2];
        CHECK_FALSE(march.complete);
        CHECK(march.measuredAt == d(2024, 3, 10));
        CHECK(march.mrr == Approx(20.0 + 30.0 + 5.0));  // 2's add-on still runs on March 10
    }
    SECTION("quarter grain: one cohort measured at the end of Q1")
    {
        opt.grain = CohortGrain::Quarter;
        auto q = computeSubscriptionCohorts(fixture(), opt);
        REQUIRE(q);
        REQUIRE(q->cohorts.size() == 1);
        CHECK(q->cohorts[0].label == "2024-Q1");
        CHECK(q->cohorts[0].size == 4);
        checkCell(q->cohorts[0].cells[0], {4, 3, 1, 0, 100.0, 1.0, 1.0});
    }
    SECTION("default end: the latest start or cancel day")
    {
        auto all = computeSubscriptionCohorts(fixture(), {});
        REQUIRE(all);
        CHECK(all->end == d(2024, 5, 1));
        CHECK(all->customers == 5);
    }
}

TEST_CASE("subscription cohorts validate their input", "[cohorts][subscriptions]")
{
    CHECK(computeSubscriptionCohorts({}, {}).error().code == ErrorCode::NoData);
    CHECK(computeSubscriptionCohorts({{1, d(2024, 2, 1), d(2024, 1, 1), 10.0}}, {}).error().code
          == ErrorCode::InvalidArgument);
    CHECK(computeSubscriptionCohorts({{1, d(2024, 2, 1), std::nullopt, -1.0}}, {}).error().code
          == ErrorCode::InvalidArgument);
    SubscriptionCohortOptions early;
    early.end = d(2023, 12, 31);
    CHECK(computeSubscriptionCohorts(fixture(), early).error().code == ErrorCode::NoData);
}

TEST_CASE("subscription cohorts read the project's subscriptions table", "[cohorts][subscriptions][project]")
{
    test::TempDir dir;
    auto db = project::open(dir.file("s.clvw"), Database::OpenMode::CreateIfMissing);
    REQUIRE(db);
    CHECK(subscriptionCohortsOfProject(*db, {}).error().code == ErrorCode::NoData);
    std::string sql = "INSERT INTO imports (id, file_name, fingerprint, imported_at, kind) "
                      "VALUES (1, 's.csv', 'x', '2024-06-01', 'subscriptions');";
    for (int c = 1; c <= 5; ++c)
        sql += "INSERT INTO customers (id, external_id) VALUES (" + std::to_string(c) + ", 'c" + std::to_string(c) + "');";
    for (const SubscriptionRecord& s : fixture())
        sql += "INSERT INTO subscriptions (customer_id, import_id, price_cents, start_day, cancel_day) VALUES ("
               + std::to_string(s.customer) + ", 1, " + std::to_string(static_cast<int>(s.monthlyPrice * 100)) + ", "
               + std::to_string(s.start.days) + ", " + (s.cancel ? std::to_string(s.cancel->days) : "NULL") + ");";
    REQUIRE(db->exec(sql));
    auto loaded = loadSubscriptions(*db);
    REQUIRE(loaded);
    CHECK(loaded->size() == 7);
    SubscriptionCohortOptions opt;
    opt.end = d(2024, 3, 31);
    auto fromDb = subscriptionCohortsOfProject(*db, opt);
    auto inMemory = computeSubscriptionCohorts(fixture(), opt);
    REQUIRE(fromDb);
    REQUIRE(inMemory);
    REQUIRE(fromDb->cohorts.size() == inMemory->cohorts.size());
    for (std::size_t c = 0; c < fromDb->cohorts.size(); ++c)
        for (std::size_t k = 0; k < fromDb->cohorts[c].cells.size(); ++k) {
            CHECK(fromDb->cohorts[c].cells[k].mrr == Approx(inMemory->cohorts[c].cells[k].mrr));
            CHECK(fromDb->cohorts[c].cells[k].subscribedCustomers == inMemory->cohorts[c].cells[k].subscribedCustomers);
        }
}

TEST_CASE("subscription cohort invariants on random data", "[property][cohorts][subscriptions]")
{
    std::mt19937 rng(7);
    std::uniform_int_distribution<int> startDay(d(2023, 1, 1).days, d(2024, 6, 30).days), length(0, 400), plans(0, 3),
        extra(0, 2);
    const double prices[] = {0.0, 9.0, 29.0, 99.0};
    std::vector<SubscriptionRecord> subs;
    std::set<std::int64_t> customers;
    for (std::int64_t c = 1; c <= 400; ++c) {
        customers.insert(c);
        for (int n = 0; n <= extra(rng); ++n) {
            const Date start{startDay(rng)};
            const int len = length(rng);
            subs.push_back({c, start, len > 300 ? std::nullopt : std::optional<Date>(Date{start.days + len}),
                            prices[plans(rng)]});
        }
    }
    for (CohortGrain grain : {CohortGrain::Week, CohortGrain::Month, CohortGrain::Quarter}) {
        SubscriptionCohortOptions opt;
        opt.grain = grain;
        opt.end = d(2024, 12, 31);
        auto t = computeSubscriptionCohorts(subs, opt);
        REQUIRE(t);
        std::int64_t sizes = 0;
        for (const SubscriptionCohort& cohort : t->cohorts) {
            sizes += cohort.size;
            for (std::size_t k = 0; k < cohort.cells.size(); ++k) {
                const SubscriptionCohortCell& c = cohort.cells[k];
                CHECK(c.subscribedCustomers == c.customersAtStart - c.churnedCustomers + c.reactivatedCustomers);
                CHECK(c.customersAtStart == (k == 0 ? cohort.size : cohort.cells[k - 1].subscribedCustomers));
                CHECK(c.grossRevenueRetention >= 0.0);
                CHECK(c.grossRevenueRetention <= 1.0 + 1e-12);
                if (k > 0)
                    CHECK(c.grossRevenueRetention <= cohort.cells[k - 1].grossRevenueRetention + 1e-12);
                if (cohort.cells[0].mrr > 0.0)
                    CHECK(c.grossRevenueRetention <= c.netRevenueRetention + 1e-12);
                CHECK(c.retention >= 0.0);
                CHECK(c.retention <= 1.0);
            }
        }
        CHECK(sizes == static_cast<std::int64_t>(customers.size()));
        CHECK(t->customers == sizes);
    }
}
