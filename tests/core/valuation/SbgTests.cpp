// SPDX-License-Identifier: MIT
// sBG against Fader & Hardie (2007) "How to project customer retention": the "regular" and "high end" survivor
// tables (years 0-7), the published α, β and the projections for years 8-12 (clv-models.md section 6).
#include "core/valuation/Sbg.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <stop_token>

using namespace clv;

namespace {

const std::vector<double> kRegular{1000, 631, 468, 382, 326, 289, 262, 241};
const std::vector<double> kHighEnd{1000, 869, 743, 653, 593, 551, 517, 491};

SbgFit fitTable(const std::vector<double>& survivors)
{
    auto data = SbgData::fromSurvivors(survivors);
    REQUIRE(data);
    auto fit = fitSbg(*data);
    REQUIRE(fit);
    return std::move(*fit);
}

double relative(double value, double reference) { return std::abs(value - reference) / std::abs(reference); }

/// Σ_{k>=1} S(n + k) / S(n) / (1 + d)^(k − 1), summed term by term until negligible (independent of ₂F₁).
double derlBySum(const Sbg& m, double d, int n)
{
    double sum = 0.0;
    double survivalRatio = 1.0;
    double discount = 1.0;
    for (int k = 1; k < 2000000; ++k) {
        survivalRatio *= m.retentionRate(n + k);
        const double term = survivalRatio * discount;
        sum += term;
        if (term < 1e-14 * sum)
            break;
        discount /= 1.0 + d;
    }
    return sum;
}

}  // namespace

TEST_CASE("sbg: regular segment reproduces the published alpha, beta and projections", "[sbg]")
{
    const auto fit = fitTable(kRegular);
    CHECK(fit.fit.converged);
    CHECK(relative(fit.model.alpha, 0.704) < 1e-3);
    CHECK(relative(fit.model.beta, 1.182) < 1e-3);
    CHECK(fit.fit.logLikelihood == Approx(-1680.27).margin(0.01));
    CHECK(fit.fit.startsConverged == fit.fit.startsTried);
    CHECK_FALSE(fit.fit.hasWarning(FitWarningCode::StartsDisagree));
    for (const auto& p : fit.fit.parameters)
        CHECK((std::isfinite(p.standardError) && p.standardError > 0.0));

    const std::vector<double> projected{22.0, 20.4, 19.1, 18.0, 17.0};
    const auto s = fit.model.projectSurvival(7, 5);
    REQUIRE(s.size() == 5);
    for (std::size_t i = 0; i < s.size(); ++i)
        CHECK(100.0 * s[i] == Approx(projected[i]).margin(0.05));
    const std::vector<double> retention{0.627, 0.756, 0.819, 0.856, 0.880};
    for (std::size_t t = 1; t <= retention.size(); ++t)
        CHECK(fit.model.retentionRate(static_cast<int>(t)) == Approx(retention[t - 1]).margin(0.0005));
}

TEST_CASE("sbg: high-end segment reproduces the published alpha, beta and projections", "[sbg]")
{
    const auto fit = fitTable(kHighEnd);
    CHECK(fit.fit.converged);
    CHECK(relative(fit.model.alpha, 0.668) < 1e-3);
    CHECK(relative(fit.model.beta, 3.806) < 1e-3);
    CHECK(fit.fit.logLikelihood == Approx(-1611.16).margin(0.01));
    const std::vector<double> projected{46.0, 43.6, 41.4, 39.5, 37.8};
    const auto s = fit.model.projectSurvival(7, 5);
    for (std::size_t i = 0; i < s.size(); ++i)
        CHECK(100.0 * s[i] == Approx(projected[i]).margin(0.05));
    const std::vector<double> retention{0.851, 0.878, 0.897};
    for (std::size_t t = 1; t <= retention.size(); ++t)
        CHECK(fit.model.retentionRate(static_cast<int>(t)) == Approx(retention[t - 1]).margin(0.0005));

    auto data = SbgData::fromSurvivors(kHighEnd);
    REQUIRE(data);
    CHECK(Sbg{1.0, 1.0}.logLikelihood(*data) == Approx(-2115.55).margin(0.01));
}

TEST_CASE("sbg: survival, churn probabilities and retention are consistent", "[sbg]")
{
    const Sbg m{0.704, 1.182};
    CHECK(m.survival(0.0) == 1.0);
    double s = 1.0;
    double churnSum = 0.0;
    for (int t = 1; t <= 60; ++t) {
        churnSum += m.churnProbability(t);
        s *= m.retentionRate(t);
        CHECK(m.survival(t) == Approx(s).epsilon(1e-12));
        CHECK(1.0 - churnSum == Approx(m.survival(t)).epsilon(1e-10));
        if (t > 1)
            CHECK(m.retentionRate(t) > m.retentionRate(t - 1));
    }
    CHECK(m.churnProbability(1) == Approx(0.704 / (0.704 + 1.182)));
    CHECK(m.churnProbability(0) == 0.0);
    CHECK(std::isnan(m.retentionRate(0)));
}

TEST_CASE("sbg: DEL and DERL match their series and the geometric limit", "[sbg][derl]")
{
    const Sbg regular{0.704, 1.182};
    for (double d : {0.1, 0.01}) {
        for (int n : {0, 1, 4, 20}) {
            const double closed = regular.discountedExpectedResidualLifetime(d, n);
            CHECK(std::isfinite(closed));
            CHECK(closed == Approx(derlBySum(regular, d, n)).epsilon(1e-8));
        }
        CHECK(regular.discountedExpectedLifetime(d) ==
              Approx(1.0 + regular.discountedExpectedResidualLifetime(d, 0) / (1.0 + d)).epsilon(1e-9));
    }
    // Older customers are better customers (the sorting effect): DERL rises with the renewals made.
    CHECK(regular.discountedExpectedResidualLifetime(0.1, 5) > regular.discountedExpectedResidualLifetime(0.1, 1));

    // A homogeneous base (α, β → ∞ with churn θ = α / (α + β)) is geometric: DERL = (1 − θ)(1 + d) / (d + θ),
    // DEL = (1 + d) / (d + θ).
    const double theta = 0.2, d = 0.1, kappa = 1e7;
    const Sbg geometric{theta * kappa, (1.0 - theta) * kappa};
    CHECK(geometric.discountedExpectedResidualLifetime(d, 3) == Approx((1 - theta) * (1 + d) / (d + theta)).epsilon(1e-5));
    CHECK(geometric.discountedExpectedLifetime(d) == Approx((1 + d) / (d + theta)).epsilon(1e-5));
    const Sbg nearlyGeometric{theta * 1e4, (1.0 - theta) * 1e4};
    CHECK(nearlyGeometric.discountedExpectedResidualLifetime(d, 3) ==
          Approx((1 - theta) * (1 + d) / (d + theta)).epsilon(1e-3));
    CHECK(nearlyGeometric.discountedExpectedLifetime(d) == Approx((1 + d) / (d + theta)).epsilon(1e-3));

    CHECK(std::isnan(regular.discountedExpectedLifetime(0.0)));
    CHECK(std::isnan(regular.discountedExpectedResidualLifetime(-0.1, 1)));
    CHECK(std::isnan(regular.discountedExpectedResidualLifetime(0.1, -1)));
}

TEST_CASE("sbg: bad input and empty information are errors, never NaN fits", "[sbg]")
{
    const std::vector<double> increasing{100, 120};
    auto inc = SbgData::fromSurvivors(increasing);
    REQUIRE_FALSE(inc);
    CHECK(inc.error().code == ErrorCode::InvalidArgument);
    CHECK_FALSE(SbgData::fromSurvivors(std::vector<double>{}));
    CHECK_FALSE(SbgData::fromSurvivors(std::vector<double>{10, -1}));

    SbgData onlyNew;
    onlyNew.censored = {50.0};
    auto none = fitSbg(onlyNew);
    REQUIRE_FALSE(none);
    CHECK(none.error().code == ErrorCode::NoData);

    SbgData negative;
    negative.churned = {-1.0};
    auto neg = fitSbg(negative);
    REQUIRE_FALSE(neg);
    CHECK(neg.error().code == ErrorCode::InvalidArgument);

    SbgData nobodyChurns;
    nobodyChurns.censored = {0.0, 0.0, 0.0, 100.0};
    auto edge = fitSbg(nobodyChurns);
    REQUIRE(edge);
    CHECK(std::isfinite(edge->fit.logLikelihood));
    CHECK(edge->model.survival(3) > 0.99);
}

TEST_CASE("sbg: a stopped token cancels the fit", "[sbg]")
{
    auto data = SbgData::fromSurvivors(kRegular);
    REQUIRE(data);
    std::stop_source source;
    source.request_stop();
    TaskContext ctx;
    ctx.stop = source.get_token();
    auto fit = fitSbg(*data, {}, ctx);
    REQUIRE_FALSE(fit);
    CHECK(fit.error().code == ErrorCode::Cancelled);
}
