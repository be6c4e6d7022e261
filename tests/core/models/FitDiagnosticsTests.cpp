// SPDX-License-Identifier: MIT
// Purchase-count distributions and the frequency histogram (core/models/FitDiagnostics.h).
#include "core/models/FitDiagnostics.h"

#include "ModelTestData.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <numeric>

using namespace clv;

namespace {

const BgNbd kPaper{0.243, 4.414, 0.793, 2.426};  // Fader, Hardie & Lee (2005), CDNOW, weeks

double mean(const std::vector<double>& p)
{
    double m = 0.0;
    for (std::size_t n = 0; n < p.size(); ++n)
        m += static_cast<double>(n) * p[n];
    return m;
}

}  // namespace

TEST_CASE("BG/NBD P(X(t)=n) matches the published lifetimes values", "[diagnostics][bgnbd]")
{
    const PurchaseModel model(kPaper, TimeUnit::Week);
    const auto p30 = purchaseCountProbabilities(model, 30.0, 21);
    const double published[] = {0.0019995214, 0.0015170236, 0.0011633150, 0.0009003148, 0.0007023638,
                                0.0005517902, 0.0004361913, 0.0003467171, 0.0002769613, 0.0002222260};
    for (int n = 11; n <= 20; ++n) {
        INFO("n = " << n);
        CHECK(p30[static_cast<std::size_t>(n)] == Approx(published[n - 11]).epsilon(1e-6));
    }
    CHECK(purchaseCountProbabilities(model, 39.0, 1)[0] == Approx(0.5737864).epsilon(1e-5));
    CHECK(purchaseCountProbabilities(model, 2.0, 11)[10] == Approx(1.07869e-07).epsilon(1e-5));
    for (int n = 0; n < 21; ++n)
        CHECK(p30[static_cast<std::size_t>(n)] == Approx(kPaper.probabilityOfPurchases(n, 30.0)).epsilon(1e-12));
}

TEST_CASE("MBG/NBD P(X(t)=n): hand-computed value, total 1 and mean E[X(t)]", "[diagnostics][mbgnbd]")
{
    // r = α = a = b = 1, t = 1: P(0) = b/(a+b)·α/(α+t) + a/(a+b) = 1/4 + 1/2.
    const PurchaseModel unit(MbgNbd{1.0, 1.0, 1.0, 1.0}, TimeUnit::Week);
    CHECK(purchaseCountProbabilities(unit, 1.0, 1)[0] == Approx(0.75).epsilon(1e-12));

    const MbgNbd m{0.525, 6.183, 0.891, 1.614};  // CDNOW fit (weeks)
    const auto p = purchaseCountProbabilities(PurchaseModel(m, TimeUnit::Week), 39.0, 600);
    CHECK(std::accumulate(p.begin(), p.end(), 0.0) == Approx(1.0).epsilon(1e-9));
    CHECK(mean(p) == Approx(m.expectedPurchases(39.0)).epsilon(1e-7));
    // MBG/NBD lets non-repeaters drop out at time 0, so it expects more zeros than BG/NBD with the same parameters.
    const auto bg = purchaseCountProbabilities(PurchaseModel(BgNbd{0.525, 6.183, 0.891, 1.614}, TimeUnit::Week), 39.0, 1);
    CHECK(p[0] > bg[0]);
}

TEST_CASE("Pareto/NBD P(X(t)=n): hand-computed integrals, total 1 and mean E[X(t)]", "[diagnostics][pareto]")
{
    // r = α = s = β = 1, t = 1: P(0) = 1/2·1/2 + ∫₀¹ (1+u)^-3 du = 1/4 + 3/8;
    // P(1) = 1/2·1/4 + ∫₀¹ u (1+u)^-4 du = 1/8 + 1/12.
    const PurchaseModel unit(ParetoNbd{1.0, 1.0, 1.0, 1.0}, TimeUnit::Week);
    const auto hand = purchaseCountProbabilities(unit, 1.0, 2);
    CHECK(hand[0] == Approx(5.0 / 8.0).epsilon(1e-10));
    CHECK(hand[1] == Approx(5.0 / 24.0).epsilon(1e-10));

    const ParetoNbd m{0.5533, 10.5776, 0.6061, 11.6650};  // CDNOW fit (Fader, Hardie & Lee 2005, weeks)
    for (double t : {1.0, 39.0, 78.0}) {
        INFO("t = " << t);
        const auto p = purchaseCountProbabilities(PurchaseModel(m, TimeUnit::Week), t, 800);
        CHECK(std::accumulate(p.begin(), p.end(), 0.0) == Approx(1.0).epsilon(1e-8));
        CHECK(mean(p) == Approx(m.expectedPurchases(t)).epsilon(1e-6));
        for (double v : p)
            CHECK(v >= 0.0);
    }
    CHECK(purchaseCountProbabilities(unit, 0.0, 3) == std::vector<double>{1.0, 0.0, 0.0});
    CHECK(std::isnan(purchaseCountProbabilities(unit, -1.0, 1)[0]));
    CHECK(purchaseCountProbabilities(unit, 1.0, 0).empty());
}

TEST_CASE("Frequency histogram of CDNOW: published actual counts, expected sums to the customers",
          "[diagnostics][cdnow]")
{
    const auto data = test::readCdnow();
    const PurchaseModel model(kPaper, TimeUnit::Week);
    auto h = frequencyHistogram(model, data, 7);
    REQUIRE(h);
    REQUIRE(h->bins.size() == 8);
    CHECK(h->customers == 2357);
    CHECK(h->bins[0].actual == 1411);  // the paper: 1,411 of 2,357 customers made no repeat purchase
    CHECK(h->bins.back().openEnded);
    CHECK(h->bins.back().frequency == 7);
    double expected = 0.0;
    std::int64_t actual = 0;
    for (const auto& bin : h->bins) {
        expected += bin.expected;
        actual += bin.actual;
    }
    CHECK(actual == 2357);
    CHECK(expected == Approx(2357.0).epsilon(1e-9));
    // The fitted BG/NBD reproduces the zeros closely (figure 2 of the paper: within about 2 %).
    CHECK(h->bins[0].expected == Approx(1411.0).epsilon(0.03));

    // By hand: one customer at T = 39 expects P(X(39) = x) in bin x.
    const std::vector<RfmObservation> one{{2.0, 20.0, 39.0, 10.0}};
    auto single = frequencyHistogram(model, one, 3);
    REQUIRE(single);
    CHECK(single->bins[2].actual == 1);
    CHECK(single->bins[0].expected == Approx(kPaper.probabilityOfPurchases(0, 39.0)).epsilon(1e-12));
    CHECK(single->bins[2].expected == Approx(kPaper.probabilityOfPurchases(2, 39.0)).epsilon(1e-12));
}

TEST_CASE("Frequency histogram errors", "[diagnostics][edge]")
{
    const PurchaseModel model(kPaper, TimeUnit::Week);
    const std::vector<RfmObservation> one{{0.0, 0.0, 10.0, 0.0}};
    CHECK(frequencyHistogram(model, one, 0).error().code == ErrorCode::InvalidArgument);
    CHECK(frequencyHistogram(model, {}, 7).error().code == ErrorCode::NoData);
    std::stop_source stop;
    stop.request_stop();
    CHECK(frequencyHistogram(model, one, 7, TaskContext{stop.get_token(), {}}).error().code == ErrorCode::Cancelled);
}
