// SPDX-License-Identifier: MIT
// Scenario engine: baseline equals the CLV valuation, money inputs act exactly, behaviour inputs move the fitted
// parameters as documented, and LTV:CAC / payback follow from the unconditional forecast.
#include "core/models/Scenario.h"

#include "ModelTestData.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace clv;

namespace {

const BgNbd kBtyd{0.2425982, 4.4136842, 0.7929899, 2.4261667};
const GammaGamma kSpend{6.25, 3.74, 15.44};

ScenarioEngine makeEngine(const std::vector<RfmObservation>& data, const PurchaseModel& model,
                          std::span<const std::uint32_t> groups = {}, std::size_t groupCount = 1)
{
    auto base = CustomerBase::build(data, groups, groupCount);
    REQUIRE(base);
    auto engine = ScenarioEngine::create(std::move(*base), model, kSpend);
    REQUIRE(engine);
    return std::move(*engine);
}

}  // namespace

TEST_CASE("Scenario: the baseline is the CLV valuation, money inputs act exactly", "[scenario][cdnow]")
{
    const auto data = test::readCdnow();
    std::vector<std::uint32_t> groups;
    for (const auto& o : data)
        groups.push_back(o.frequency > 0 ? 1u : 0u);
    const PurchaseModel model(kBtyd, TimeUnit::Week);
    auto engine = makeEngine(data, model, groups, 2);
    ScenarioInputs in;
    in.grossMargin = 0.3;
    in.monthlyDiscountRate = 0.01;
    in.horizonMonths = 24;
    auto base = engine.evaluate(in);
    REQUIRE(base);

    auto cb = CustomerBase::build(data, groups, 2);
    REQUIRE(cb);
    auto v = valueCustomers(*cb, data, model, kSpend, {24, 0.01, 0.3, 0.0});
    REQUIRE(v);
    CHECK(base->totalClv == Approx(v->totals.totalClv).epsilon(1e-12));
    CHECK(base->groupClv[1] == Approx(v->totals.groupClv[1]).epsilon(1e-12));
    CHECK(base->meanClv == Approx(v->totals.totalClv / 2357.0));
    REQUIRE(base->monthlyRevenue.size() == 24);

    auto price = in;
    price.priceChangePercent = 10.0;
    auto p = engine.evaluate(price);
    REQUIRE(p);
    CHECK(p->totalClv == Approx(1.1 * base->totalClv).epsilon(1e-12));
    CHECK(p->monthlyRevenue[5] == Approx(1.1 * base->monthlyRevenue[5]).epsilon(1e-12));
    CHECK(p->monthlyPurchases[5] == Approx(base->monthlyPurchases[5]).epsilon(1e-12));

    auto margin = in;
    margin.grossMargin = 0.6;
    CHECK(engine.evaluate(margin)->totalClv == Approx(2.0 * base->totalClv).epsilon(1e-12));
    auto discount = in;
    discount.monthlyDiscountRate = 0.0;
    auto undiscounted = engine.evaluate(discount);
    REQUIRE(undiscounted);
    double revenue = 0.0;
    for (double r : undiscounted->monthlyRevenue)
        revenue += r;
    CHECK(undiscounted->totalClv == Approx(0.3 * revenue).epsilon(1e-12));
    CHECK(undiscounted->totalClv > base->totalClv);
}

TEST_CASE("Scenario: retention and frequency changes move the fitted parameters", "[scenario]")
{
    const PurchaseModel bg(kBtyd, TimeUnit::Week);
    CHECK(bg.retention() == Approx(kBtyd.b / (kBtyd.a + kBtyd.b)));
    auto up = bg.adjusted({5.0, 0.0});
    REQUIRE(up);
    CHECK(up->retention() == Approx(bg.retention() + 0.05).epsilon(1e-12));
    CHECK(up->parameters()[2] + up->parameters()[3] == Approx(kBtyd.a + kBtyd.b).epsilon(1e-12));
    auto faster = bg.adjusted({0.0, 25.0});
    REQUIRE(faster);
    CHECK(faster->parameters()[1] == Approx(kBtyd.alpha / 1.25).epsilon(1e-12));
    // A 25 % higher purchase rate scales a new customer's expected purchases before any dropout by 1.25.
    CHECK(faster->expectedPurchases(0.01) / bg.expectedPurchases(0.01) == Approx(1.25).epsilon(1e-3));
    CHECK_FALSE(bg.adjusted({80.0, 0.0}));
    CHECK_FALSE(bg.adjusted({0.0, -100.0}));

    const PurchaseModel pareto(ParetoNbd{0.553, 10.58, 0.606, 11.656}, TimeUnit::Week);
    const double m = 30.4375 / 7.0;
    CHECK(pareto.retention() == Approx(std::pow(11.656 / (11.656 + m), 0.606)));
    auto pUp = pareto.adjusted({3.0, 0.0});
    REQUIRE(pUp);
    CHECK(pUp->retention() == Approx(pareto.retention() + 0.03).epsilon(1e-12));
    CHECK(pUp->parameters()[2] == 0.606);

    const auto data = test::readCdnow();
    for (const PurchaseModel& model : {bg, pareto}) {
        auto engine = makeEngine(data, model);
        ScenarioInputs in;
        auto base = engine.evaluate(in);
        REQUIRE(base);
        in.retentionPoints = 5.0;
        auto better = engine.evaluate(in);
        REQUIRE(better);
        CHECK(better->totalClv > base->totalClv);
        in.retentionPoints = 0.0;
        in.frequencyPercent = 20.0;
        auto more = engine.evaluate(in);
        REQUIRE(more);
        CHECK(more->totalClv > base->totalClv);
        CHECK(more->monthlyPurchases[0] > base->monthlyPurchases[0]);
        in.frequencyPercent = 0.0;
        auto again = engine.evaluate(in);  // served from the cache, identical
        REQUIRE(again);
        CHECK(again->totalClv == base->totalClv);
        in.retentionPoints = 500.0;
        CHECK_FALSE(engine.evaluate(in));
    }
}

TEST_CASE("Scenario: new-customer LTV, LTV:CAC and payback", "[scenario]")
{
    const std::vector<RfmObservation> data{{2, 30.43, 38.86, 20.0}, {0, 0, 38.86, 0.0}};
    const PurchaseModel model(kBtyd, TimeUnit::Week);
    auto engine = makeEngine(data, model);
    ScenarioInputs in;
    in.grossMargin = 0.5;
    in.monthlyDiscountRate = 0.0;
    in.horizonMonths = 18;
    in.cac = 25.0;
    auto out = engine.evaluate(in);
    REQUIRE(out);
    const double unit = 0.5 * kSpend.populationMean();
    // Undiscounted: first purchase plus E[X(18 months)] repeat purchases (Hardie's closed form), at the mean spend.
    const double ltv = unit * (1.0 + kBtyd.expectedPurchases(18 * 30.4375 / 7.0));
    CHECK(out->newCustomerLtv == Approx(ltv).epsilon(1e-10));
    REQUIRE(out->ltvToCac);
    CHECK(*out->ltvToCac == Approx(ltv / 25.0).epsilon(1e-10));
    REQUIRE(out->paybackMonths);
    const int m = *out->paybackMonths;
    CHECK(unit * (1.0 + kBtyd.expectedPurchases(m * 30.4375 / 7.0)) >= 25.0 - 1e-9);
    CHECK(unit * (1.0 + kBtyd.expectedPurchases((m - 1) * 30.4375 / 7.0)) < 25.0);

    in.cac = 1e6;
    auto never = engine.evaluate(in);
    REQUIRE(never);
    CHECK_FALSE(never->paybackMonths);
    in.cac = 0.0;
    auto noCac = engine.evaluate(in);
    REQUIRE(noCac);
    CHECK_FALSE(noCac->ltvToCac);
    in.cac = -1.0;
    CHECK_FALSE(engine.evaluate(in));
    CHECK_FALSE(ScenarioEngine::create(*CustomerBase::build(data), model, GammaGamma{6, 1.0, 15}));
}
