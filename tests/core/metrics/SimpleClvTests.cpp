// SPDX-License-Identifier: MIT
#include "core/metrics/SimpleClv.h"

#include <catch2/catch.hpp>

using namespace clv;

namespace {

Date d(int year, unsigned month, unsigned day) { return Date::fromCivil(year, month, day); }

}  // namespace

TEST_CASE("textbook CLV formulas", "[ltv]")
{
    CHECK(*clvArpuLifetime(100.0, 2.0) == Approx(2400.0));              // $100 x 12 x 2
    CHECK(*clvAovFrequencyLifespan(200.0, 2.0, 3.0) == Approx(1200.0));  // 200 x 2 x 3
    CHECK(*clvB2b(50000.0, 0.2) == Approx(200000.0));                    // 50,000 x 0.8 / 0.2
    CHECK(*clvArpuMarginChurn(100.0, 0.8, 0.05) == Approx(1600.0));
    CHECK(*cacPaybackMonths(1000.0, 100.0, 0.8) == Approx(12.5));
    CHECK(monthlyFromAnnualChurn(1.0 - 0.9 * 0.9) == Approx(1.0 - std::pow(0.81, 1.0 / 12.0)));
}

TEST_CASE("formula inputs are validated", "[ltv]")
{
    auto zero = clvArpuMarginChurn(100.0, 0.8, 0.0);
    REQUIRE_FALSE(zero);
    CHECK(zero.error().code == ErrorCode::InvalidArgument);
    CHECK(zero.error().detail.find("infinite") != std::string::npos);
    CHECK_FALSE(clvB2b(1000.0, 0.0));
    CHECK_FALSE(clvB2b(1000.0, 1.5));
    CHECK_FALSE(clvArpuLifetime(-1.0, 2.0));
    CHECK_FALSE(clvAovFrequencyLifespan(std::nan(""), 1.0, 1.0));
    CHECK_FALSE(cacPaybackMonths(100.0, 0.0, 0.5));
    CHECK_FALSE(clvArpuMarginChurn(100.0, 0.0, 0.1));
}

TEST_CASE("inputs measured from orders and the full report", "[ltv]")
{
    // End 2024-12-31; window [2024-01-02, 2024-12-31] (365 days); previous window [2023-01-02, 2024-01-02).
    const OrderTable t = makeOrderTable({
        {1, d(2023, 3, 1), 50.0}, {1, d(2024, 3, 1), 100.0},                                  // retained
        {2, d(2023, 5, 1), 20.0},                                                             // churned
        {3, d(2024, 6, 1), 60.0}, {3, d(2024, 7, 1), 40.0}, {3, d(2024, 7, 2), -10.0},        // new
        {4, d(2022, 12, 1), 30.0},                                                            // before both windows
    });
    auto in = measureClvInputs(t, d(2024, 12, 31));
    REQUIRE(in);
    CHECK(in->windowDays == 365);
    CHECK(in->orders == 3);
    CHECK(in->activeCustomers == 2);
    CHECK(in->revenue == Approx(190.0));
    CHECK(in->averageOrderValue == Approx(190.0 / 3.0));
    CHECK(in->purchasesPerYear == Approx(1.5 * 365.25 / 365.0));
    CHECK(in->arpuPerMonth == Approx(95.0 / (365.0 / 30.4375)));
    REQUIRE(in->annualChurn);
    CHECK(*in->annualChurn == Approx(0.5));

    SimpleClvOptions opt;
    opt.grossMargin = 0.5;
    opt.cac = 10.0;
    auto rep = simpleClv(*in, opt);
    REQUIRE(rep);
    CHECK(rep->lifespanYears == Approx(2.0));
    auto value = [&](const std::string& key) {
        for (const auto& f : rep->formulas)
            if (f.key == key)
                return f.value;
        return std::optional<double>();
    };
    CHECK(*value("aov_frequency_lifespan") == Approx(190.0 / 3.0 * 1.5 * 365.25 / 365.0 * 2.0));
    CHECK(*value("arpu_lifetime") == Approx(in->arpuPerMonth * 24.0));
    const double monthly = 1.0 - std::sqrt(std::sqrt(std::cbrt(0.5)));
    CHECK(*value("arpu_margin_churn") == Approx(in->arpuPerMonth * 0.5 / monthly));
    CHECK(*value("b2b_retention_churn") == Approx(in->arpuPerMonth * 12.0));
    CHECK_FALSE(value("cohort_revenue_per_customer"));
    REQUIRE(rep->ltvToCac);
    CHECK(*rep->ltvToCac == Approx(in->arpuPerMonth * 0.5 / monthly / 10.0));
    CHECK(rep->ltvToCacHealthy == (*rep->ltvToCac >= 3.0));
    CHECK(*value("cac_payback_months") == Approx(10.0 / (in->arpuPerMonth * 0.5)));

    SECTION("short data: churn unknown unless given")
    {
        auto shortIn = measureClvInputs(t, d(2023, 6, 1));
        REQUIRE(shortIn);
        CHECK_FALSE(shortIn->annualChurn);
        auto r = simpleClv(*shortIn, {});
        REQUIRE(r);
        CHECK_FALSE(r->formulas[0].value);
        CHECK_FALSE(r->formulas[0].note.empty());
        SimpleClvOptions given;
        given.annualChurn = 0.25;
        CHECK(simpleClv(*shortIn, given)->lifespanYears == Approx(4.0));
        given.annualChurn = 0.0;
        CHECK(simpleClv(*shortIn, given).error().code == ErrorCode::InvalidArgument);
    }
    CHECK(measureClvInputs(t, d(2020, 1, 1)).error().code == ErrorCode::InvalidArgument);
}
