// SPDX-License-Identifier: MIT
// Parameter recovery: data simulated from known parameters are fitted back within their standard errors.
#include "core/models/BgNbd.h"
#include "core/models/GammaGamma.h"
#include "core/models/RfmSimulator.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace clv;

TEST_CASE("BG/NBD and Gamma-Gamma recover simulated parameters (50k customers)", "[bgnbd][gg][simulation]")
{
    RfmSimulationParams sim;
    sim.customers = 50000;
    sim.seed = 20240601;
    // Continuous times: rounding to whole days merges same-day purchases and biases alpha by about +5%
    // (a property of the data, not of the fit), which would blur a test of the likelihood code.
    sim.resolution = 0.0;
    const auto data = simulateRfm(sim);
    REQUIRE(data.size() == 50000);

    auto bg = fitBgNbd(data, TimeUnit::Week);
    REQUIRE(bg);
    CHECK(bg->fit.converged);
    CHECK(bg->fit.startsConverged == bg->fit.startsTried);
    CHECK_FALSE(bg->fit.hasWarning(FitWarningCode::StartsDisagree));
    const double truth[] = {sim.purchases.r, sim.purchases.alpha, sim.purchases.a, sim.purchases.b};
    for (std::size_t i = 0; i < 4; ++i) {
        const auto& p = bg->fit.parameters[i];
        INFO(p.name << " = " << p.value << " +- " << p.standardError << ", truth " << truth[i]);
        CHECK(std::isfinite(p.standardError));
        CHECK(std::abs(p.value - truth[i]) <= 3.0 * p.standardError);
    }

    auto gg = fitGammaGamma(data, TimeUnit::Week);
    REQUIRE(gg);
    CHECK(gg->fit.converged);
    const double spendTruth[] = {sim.spend.p, sim.spend.q, sim.spend.gamma};
    for (std::size_t i = 0; i < 3; ++i) {
        const auto& p = gg->fit.parameters[i];
        INFO(p.name << " = " << p.value << " +- " << p.standardError << ", truth " << spendTruth[i]);
        CHECK(std::abs(p.value - spendTruth[i]) <= 3.0 * p.standardError);
    }
}
