// SPDX-License-Identifier: MIT
// BG/NBD against the published CDNOW numbers (clv-models.md section 6): the fit (BTYD walkthrough), the point
// predictions of Hardie's spreadsheet, the lifetimes test suite and the BTYD walkthrough.
#include "core/models/BgNbd.h"

#include "ModelTestData.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace clv;

namespace {

const BgNbd kPaper{0.243, 4.414, 0.793, 2.426};                         // Fader, Hardie & Lee (2005a)
const BgNbd kBtyd{0.2425982, 4.4136842, 0.7929899, 2.4261667};          // BTYD walkthrough

const BgNbdFit& cdnowFit()
{
    static const BgNbdFit fit = [] {
        const auto data = test::readCdnow();
        auto res = fitBgNbd(data, TimeUnit::Week);
        REQUIRE(res);
        return std::move(*res);
    }();
    return fit;
}

}  // namespace

TEST_CASE("BG/NBD log-likelihood at the published parameters", "[bgnbd][cdnow]")
{
    const auto data = test::readCdnow();
    double ll = 0.0;
    for (const auto& o : data)
        ll += kPaper.logLikelihood(o.frequency, o.recency, o.T);
    CHECK(ll == Approx(-9582.427).epsilon(1e-6));  // recomputed value in section 6
}

TEST_CASE("BG/NBD fit reproduces CDNOW", "[bgnbd][cdnow]")
{
    const auto& f = cdnowFit();
    CHECK(f.fit.converged);
    CHECK(f.fit.unit == TimeUnit::Week);
    CHECK(f.fit.observations == 2357);
    CHECK(f.fit.patterns < 2357);
    CHECK(f.fit.startsConverged == f.fit.startsTried);
    CHECK(f.fit.warnings.empty());
    CHECK(f.model.r == Approx(0.2425982).epsilon(1e-3));
    CHECK(f.model.alpha == Approx(4.4136842).epsilon(1e-3));
    CHECK(f.model.a == Approx(0.7929899).epsilon(1e-3));
    CHECK(f.model.b == Approx(2.4261667).epsilon(1e-3));
    CHECK(f.fit.logLikelihood == Approx(-9582.429).epsilon(1e-6));
    CHECK(f.fit.aic == Approx(8.0 + 2.0 * 9582.429).epsilon(1e-6));
    CHECK(f.fit.bic == Approx(4.0 * std::log(2357.0) + 2.0 * 9582.429).epsilon(1e-6));
    // standard errors published by lifetimes (Quickstart)
    REQUIRE(f.fit.parameters.size() == 4);
    CHECK(f.fit.parameters[0].standardError == Approx(0.012557).epsilon(0.01));
    CHECK(f.fit.parameters[1].standardError == Approx(0.378221).epsilon(0.01));
    CHECK(f.fit.parameters[2].standardError == Approx(0.185719).epsilon(0.01));
    CHECK(f.fit.parameters[3].standardError == Approx(0.705345).epsilon(0.01));
}

TEST_CASE("BG/NBD unconditional expectation (Hardie's spreadsheet)", "[bgnbd]")
{
    // The spreadsheet uses the unrounded MLE (BTYD digits). Its values are printed to 4 decimals: half a unit of
    // the last digit is the honest tolerance. At t = 78 we get 1.85794 against the printed 1.8576 (2e-4 relative).
    const double t[] = {0.1429, 1, 3, 31.8571, 32, 78};
    const double expected[] = {0.0078, 0.0532, 0.1506, 1.0405, 1.0437, 1.8576};
    for (int i = 0; i < 6; ++i) {
        INFO("t = " << t[i]);
        CHECK(kBtyd.expectedPurchases(t[i]) == Approx(expected[i]).margin(i < 5 ? 0.00005 : 0.0004));
        CHECK(cdnowFit().model.expectedPurchases(t[i]) == Approx(expected[i]).margin(i < 5 ? 0.00005 : 0.0004));
    }
    CHECK(kPaper.expectedPurchases(0.0) == 0.0);
}

TEST_CASE("BG/NBD conditional expectation and P(alive)", "[bgnbd]")
{
    CHECK(kPaper.conditionalExpectedPurchases(39, 2, 30.43, 38.86) == Approx(1.226).margin(0.0005));
    // BTYD walkthrough, customer 1516
    CHECK(kBtyd.expectedPurchases(52) == Approx(1.444004).epsilon(1e-5));
    CHECK(kBtyd.conditionalExpectedPurchases(52, 26, 30.85714, 31) == Approx(25.75659).epsilon(1e-5));
    CHECK(kBtyd.probabilityAlive(26, 30.85714, 31) == Approx(0.9688523).epsilon(1e-5));
    // the increasing frequency paradox: CET(52 | x, 20, 39)
    const double x[] = {10, 15, 20, 25};
    const double cet[] = {0.3474606, 0.04283391, 0.004158973, 0.0003583685};
    for (int i = 0; i < 4; ++i) {
        INFO("x = " << x[i]);
        CHECK(kBtyd.conditionalExpectedPurchases(52, x[i], 20, 39) == Approx(cet[i]).epsilon(1e-5));
    }
    CHECK(kBtyd.probabilityAlive(0, 0, 30) == 1.0);
}

TEST_CASE("BG/NBD probability of n purchases (lifetimes test suite)", "[bgnbd]")
{
    const BgNbd& m = kPaper;  // lifetimes and BTYD compute these at the paper's rounded parameters
    CHECK(m.probabilityOfPurchases(10, 2) == Approx(1.07869e-07).epsilon(1e-5));
    CHECK(m.probabilityOfPurchases(0, 39) == Approx(0.5737864).epsilon(1e-5));
    const double expected[] = {0.0019995214, 0.0015170236, 0.0011633150, 0.0009003148, 0.0007023638,
                               0.0005517902, 0.0004361913, 0.0003467171, 0.0002769613, 0.0002222260};
    for (int n = 11; n <= 20; ++n) {
        INFO("n = " << n);
        CHECK(m.probabilityOfPurchases(n, 30) == Approx(expected[n - 11]).epsilon(1e-6));
    }
    double total = 0.0;
    for (int n = 0; n < 400; ++n)
        total += m.probabilityOfPurchases(n, 30);
    CHECK(total == Approx(1.0).epsilon(1e-6));
    CHECK(m.probabilityOfPurchases(0, 0) == 1.0);
}

TEST_CASE("BG/NBD edge cases stay finite", "[bgnbd][edge]")
{
    SECTION("all customers single-purchase")
    {
        std::vector<RfmObservation> data;
        for (int i = 0; i < 200; ++i)
            data.push_back({0, 0, 10.0 + i % 30, 0});
        auto f = fitBgNbd(data, TimeUnit::Week);
        REQUIRE(f);
        for (const auto& p : f->fit.parameters)
            CHECK(std::isfinite(p.value));
        CHECK(std::isfinite(f->fit.logLikelihood));
        CHECK_FALSE(f->fit.warnings.empty());  // a and b are not identified
        CHECK(std::isfinite(f->model.conditionalExpectedPurchases(10, 0, 0, 20)));
        CHECK(std::isfinite(f->model.expectedPurchases(10)));
    }
    SECTION("one customer")
    {
        const std::vector<RfmObservation> data{{3, 20, 30, 0}};
        auto f = fitBgNbd(data, TimeUnit::Day);
        REQUIRE(f);
        CHECK(f->fit.unit == TimeUnit::Day);
        CHECK(std::isfinite(f->fit.logLikelihood));
        for (const auto& p : f->fit.parameters)
            CHECK(std::isfinite(p.value));
    }
    SECTION("huge frequencies and recency = T")
    {
        for (double x : {301.0, 1000.0, 5000.0}) {
            INFO("x = " << x);
            CHECK(std::isfinite(kBtyd.logLikelihood(x, 38, 38)));
            const double cet = kBtyd.conditionalExpectedPurchases(39, x, 38, 38);
            CHECK(std::isfinite(cet));
            CHECK(cet > 0.0);
            CHECK(kBtyd.probabilityAlive(x, 38, 38) == Approx(1.0).margin(1e-2));
            CHECK(kBtyd.probabilityAlive(x, 1, 38) >= 0.0);
            CHECK(std::isfinite(kBtyd.conditionalExpectedPurchases(39, x, 1, 38)));
        }
        CHECK(kBtyd.probabilityAlive(5, 20, 20) > kBtyd.probabilityAlive(5, 10, 20));
    }
    SECTION("invalid rows are excluded with a warning")
    {
        auto data = test::readCdnow();
        data.push_back({-1, 0, 3, 0});
        data.push_back({2, 40, 30, 0});  // recency > T
        auto f = fitBgNbd(data, TimeUnit::Week);
        REQUIRE(f);
        CHECK(f->fit.hasWarning(FitWarningCode::RowsExcluded));
        CHECK(f->fit.observations == 2357);
        const std::vector<RfmObservation> none{{-1, 0, 0, 0}};
        CHECK_FALSE(fitBgNbd(none, TimeUnit::Week));
    }
}
