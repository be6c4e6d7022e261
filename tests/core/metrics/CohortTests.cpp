// SPDX-License-Identifier: MIT
#include "core/metrics/Cohorts.h"

#include <catch2/catch.hpp>

using namespace clv;

namespace {

Date d(int year, unsigned month, unsigned day) { return Date::fromCivil(year, month, day); }

OrderTable fixture()
{
    return makeOrderTable({
        {1, d(2024, 1, 5), 100.0}, {1, d(2024, 1, 20), 50.0}, {1, d(2024, 3, 2), 30.0},
        {2, d(2024, 1, 31), 40.0}, {2, d(2024, 2, 1), -10.0},
        {3, d(2024, 2, 10), 60.0}, {3, d(2024, 2, 10), 20.0}, {3, d(2024, 4, 1), 10.0},
        {4, d(2024, 5, 1), 99.0},  // after the end date: ignored
    });
}

}  // namespace

TEST_CASE("monthly cohorts on a hand-made fixture", "[cohorts]")
{
    CohortOptions opt;
    opt.end = d(2024, 4, 15);
    auto t = computeCohorts(fixture(), opt);
    REQUIRE(t);
    CHECK(t->customers == 3);
    REQUIRE(t->cohorts.size() == 2);
    const Cohort& jan = t->cohorts[0];
    CHECK(jan.label == "2024-01");
    CHECK(jan.start == d(2024, 1, 1));
    CHECK(jan.size == 2);
    REQUIRE(jan.cells.size() == 4);  // Jan .. Apr
    // M0: both active, revenue 150 + 40; customer 1 repeats on Jan 20.
    CHECK(jan.cells[0].activeCustomers == 2);
    CHECK(jan.cells[0].revenue == Approx(190.0));
    CHECK(jan.cells[0].repeatCustomers == 1);
    CHECK(jan.cells[0].cumulativeRepeatRate == Approx(0.5));
    CHECK(jan.cells[0].cumulativeRevenuePerCustomer == Approx(95.0));
    // M1: only customer 2's refund; nobody active.
    CHECK(jan.cells[1].activeCustomers == 0);
    CHECK(jan.cells[1].revenue == Approx(-10.0));
    CHECK(jan.cells[1].revenueRetention == Approx(-10.0 / 190.0));
    CHECK(jan.cells[1].cumulativeRevenuePerCustomer == Approx(90.0));
    // M2: customer 1 buys again.
    CHECK(jan.cells[2].activeCustomers == 1);
    CHECK(jan.cells[2].activeRate == Approx(0.5));
    CHECK(jan.cells[2].revenueRetention == Approx(30.0 / 190.0));
    CHECK(jan.cells[2].cumulativeRevenuePerCustomer == Approx(105.0));
    CHECK(jan.cells[2].complete);
    CHECK_FALSE(jan.cells[3].complete);  // April ends after Apr 15
    CHECK(jan.cells[3].repeatCustomers == 1);

    const Cohort& feb = t->cohorts[1];
    CHECK(feb.label == "2024-02");
    CHECK(feb.size == 1);
    REQUIRE(feb.cells.size() == 3);
    CHECK(feb.cells[0].revenue == Approx(80.0));
    CHECK(feb.cells[0].repeatCustomers == 0);  // same-day orders are not a repeat
    CHECK(feb.cells[1].activeCustomers == 0);
    CHECK(feb.cells[2].activeCustomers == 1);
    CHECK(feb.cells[2].cumulativeRepeatRate == Approx(1.0));

    // Cohort LTV at k: size-weighted over cohorts whose month k is complete.
    CHECK(*cohortRevenuePerCustomerAt(*t, 1) == Approx((90.0 * 2 + 80.0) / 3.0));
    CHECK(*cohortRevenuePerCustomerAt(*t, 2) == Approx(105.0));
    CHECK_FALSE(cohortRevenuePerCustomerAt(*t, 3));
}

TEST_CASE("week and quarter cohorts, labels and errors", "[cohorts]")
{
    CohortOptions opt;
    opt.end = d(2024, 4, 15);
    opt.grain = CohortGrain::Quarter;
    auto q = computeCohorts(fixture(), opt);
    REQUIRE(q);
    REQUIRE(q->cohorts.size() == 1);
    CHECK(q->cohorts[0].label == "2024-Q1");
    CHECK(q->cohorts[0].size == 3);
    REQUIRE(q->cohorts[0].cells.size() == 2);
    CHECK(q->cohorts[0].cells[1].activeCustomers == 1);  // customer 3 on Apr 1
    CHECK(q->cohorts[0].cells[0].revenue == Approx(180.0 + 30.0 + 80.0));

    opt.grain = CohortGrain::Week;
    auto w = computeCohorts(fixture(), opt);
    REQUIRE(w);
    CHECK(w->cohorts[0].label == "2024-W01");  // Friday 2024-01-05; 2024-01-01 is a Monday
    CHECK(w->cohorts[0].start == d(2024, 1, 1));
    std::int64_t sizes = 0;
    for (const auto& c : w->cohorts)
        sizes += c.size;
    CHECK(sizes == 3);

    auto y2021 = computeCohorts(makeOrderTable({{1, d(2021, 1, 1), 5.0}}), opt = {CohortGrain::Week, {}});
    REQUIRE(y2021);
    CHECK(y2021->cohorts[0].label == "2020-W53");

    CohortOptions early;
    early.end = d(2023, 12, 31);
    CHECK(computeCohorts(fixture(), early).error().code == ErrorCode::InvalidArgument);
    CHECK(parseCohortGrain("quarter") == CohortGrain::Quarter);
    CHECK_FALSE(parseCohortGrain("year"));
}
