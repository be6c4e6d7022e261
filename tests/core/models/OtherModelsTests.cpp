// SPDX-License-Identifier: MIT
// MBG/NBD and Pareto/NBD against the published CDNOW numbers (clv-models.md section 6).
#include "core/models/MbgNbd.h"
#include "core/models/ParetoNbd.h"

#include "ModelTestData.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace clv;

namespace {

const ParetoNbdFit& paretoFit()
{
    static const ParetoNbdFit fit = [] {
        const auto data = test::readCdnow();
        auto res = fitParetoNbd(data, TimeUnit::Week);
        REQUIRE(res);
        return std::move(*res);
    }();
    return fit;
}

}  // namespace

TEST_CASE("MBG/NBD fit reproduces CDNOW (lifetimes vs BTYDplus)", "[mbgnbd][cdnow]")
{
    const auto data = test::readCdnow();
    auto f = fitMbgNbd(data, TimeUnit::Week);
    REQUIRE(f);
    CHECK(f->fit.converged);
    CHECK(f->fit.startsConverged == f->fit.startsTried);
    CHECK(f->fit.warnings.empty());
    // published to 3 decimals
    CHECK(f->model.r == Approx(0.525).margin(0.0005));
    CHECK(f->model.alpha == Approx(6.183).margin(0.0005));
    CHECK(f->model.a == Approx(0.891).margin(0.0005));
    CHECK(f->model.b == Approx(1.614).margin(0.0005));
    // non-repeaters are not certainly alive, and the predictions are finite for every customer
    CHECK(f->model.probabilityAlive(0, 0, 38) < 1.0);
    for (const auto& o : data) {
        CHECK(std::isfinite(f->model.conditionalExpectedPurchases(39, o.frequency, o.recency, o.T)));
    }
    CHECK(std::isfinite(f->model.conditionalExpectedPurchases(39, 1000, 38, 38)));
    CHECK(f->model.expectedPurchases(39) > 0.0);
}

TEST_CASE("Pareto/NBD fit reproduces CDNOW", "[pareto][cdnow]")
{
    const auto* f = &paretoFit();
    CHECK(f->fit.converged);
    CHECK(f->fit.startsConverged == f->fit.startsTried);
    CHECK(f->fit.logLikelihood == Approx(-9594.976).epsilon(1e-6));
    // FHL 2005: r=0.553, alpha=10.578, s=0.606, beta=11.669 (BTYD: alpha 10.580, beta 11.656)
    CHECK(f->model.r == Approx(0.553).margin(0.0005));
    CHECK(f->model.alpha == Approx(10.578).margin(0.003));
    CHECK(f->model.s == Approx(0.606).margin(0.0005));
    CHECK(f->model.beta > 11.64);  // weakly identified: the LL is flat over 11.656 to 11.672
    CHECK(f->model.beta < 11.69);
    // standard errors published by CLVTools
    const double se[] = {0.0476, 0.8427, 0.1873, 6.2105};
    for (int i = 0; i < 4; ++i)
        CHECK(f->fit.parameters[static_cast<std::size_t>(i)].standardError == Approx(se[i]).epsilon(0.01));
}

TEST_CASE("Pareto/NBD predictions (BTYD walkthrough)", "[pareto]")
{
    // BTYD predicts with its own estimates (beta 11.656, where ours is 11.668 on the flat ridge): 1e-3 relative.
    const auto& m = paretoFit().model;
    CHECK(m.expectedPurchases(52) == Approx(1.473434).epsilon(1e-4));
    CHECK(m.conditionalExpectedPurchases(52, 26, 30.85714, 31) == Approx(25.45647).epsilon(1e-4));
    CHECK(m.probabilityAlive(26, 30.85714, 31) == Approx(0.997874).epsilon(1e-5));
    const double x[] = {10, 15, 20, 25};
    const double cet[] = {0.7062289, 0.1442396, 0.02250658, 0.00309267};
    for (int i = 0; i < 4; ++i) {
        INFO("x = " << x[i]);
        CHECK(m.conditionalExpectedPurchases(52, x[i], 20, 39) == Approx(cet[i]).epsilon(1e-3));
    }
    CHECK(m.expectedPurchases(0) == 0.0);
    double previous = 0.0;
    for (int t = 1; t < 80; ++t) {
        const double e = m.expectedPurchases(t);
        CHECK(e > previous);
        previous = e;
    }
}

TEST_CASE("Pareto/NBD edge cases stay finite", "[pareto][edge]")
{
    const ParetoNbd m{0.553, 10.580, 0.606, 11.656};
    for (double x : {0.0, 1.0, 301.0, 2000.0}) {
        INFO("x = " << x);
        CHECK(std::isfinite(m.logLikelihood(x, x > 0 ? 20 : 0, 39)));
        CHECK(std::isfinite(m.logLikelihood(x, 39, 39)));  // recency = T
        CHECK(m.probabilityAlive(x, 39, 39) == 1.0);
        const double p = m.probabilityAlive(x, 1, 39);
        CHECK(p >= 0.0);
        CHECK(p <= 1.0);
        CHECK(std::isfinite(m.conditionalExpectedPurchases(39, x, 1, 39)));
    }
    const ParetoNbd alphaSmall{0.5, 2.0, 0.6, 30.0};  // α < β branch of A₀
    CHECK(std::isfinite(alphaSmall.logLikelihood(3, 10, 39)));
    CHECK(std::isfinite(alphaSmall.probabilityAlive(3, 10, 39)));
}
