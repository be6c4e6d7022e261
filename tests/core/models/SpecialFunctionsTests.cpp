// SPDX-License-Identifier: MIT
// Special functions against closed forms that can be checked by hand.
#include "core/numeric/SpecialFunctions.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <vector>

using namespace clv::numeric;

namespace {
const double kPi = std::acos(-1.0);
const double kInf = std::numeric_limits<double>::infinity();
}  // namespace

TEST_CASE("logGamma of integers and half-integers, with sign", "[numeric]")
{
    CHECK(logGamma(1.0) == Approx(0.0).margin(1e-15));
    CHECK(logGamma(5.0) == Approx(std::log(24.0)).epsilon(1e-14));
    CHECK(logGamma(0.5) == Approx(0.5 * std::log(kPi)).epsilon(1e-14));
    CHECK(logGamma(1.5) == Approx(std::log(std::sqrt(kPi) / 2.0)).epsilon(1e-13));
    CHECK(logGamma(2.5) == Approx(std::log(3.0 * std::sqrt(kPi) / 4.0)).epsilon(1e-13));
    int sign = 0;
    CHECK(logGamma(-0.5, &sign) == Approx(std::log(2.0 * std::sqrt(kPi))).epsilon(1e-13));  // Γ(−½) = −2√π
    CHECK(sign == -1);
    CHECK(logGamma(0.0) == kInf);
    CHECK(logGamma(171.0 + 0.5) > 700.0);  // beyond double range for Γ itself, fine in log form
}

TEST_CASE("logBeta and digamma", "[numeric]")
{
    CHECK(logBeta(2.0, 3.0) == Approx(std::log(1.0 / 12.0)).epsilon(1e-14));
    CHECK(logBeta(0.5, 0.5) == Approx(std::log(kPi)).epsilon(1e-14));
    CHECK(std::isnan(logBeta(-1.0, 2.0)));
    const double eulerGamma = 0.57721566490153286;
    CHECK(digamma(1.0) == Approx(-eulerGamma).epsilon(1e-13));
    CHECK(digamma(0.5) == Approx(-eulerGamma - 2.0 * std::log(2.0)).epsilon(1e-13));
    CHECK(digamma(10.0) == Approx(-eulerGamma + 1 + 1. / 2 + 1. / 3 + 1. / 4 + 1. / 5 + 1. / 6 + 1. / 7 + 1. / 8 + 1. / 9)
                               .epsilon(1e-13));
    // ψ is the derivative of lnΓ
    const double h = 1e-5;
    CHECK(digamma(3.7) == Approx((logGamma(3.7 + h) - logGamma(3.7 - h)) / (2 * h)).epsilon(1e-8));
    CHECK(std::isnan(digamma(0.0)));
}

TEST_CASE("logSumExp never overflows", "[numeric]")
{
    CHECK(logSumExp(1000.0, 1000.0) == Approx(1000.0 + std::log(2.0)).epsilon(1e-15));
    CHECK(logSumExp(-1000.0, 0.0) == Approx(0.0).margin(1e-300));
    CHECK(logSumExp(-kInf, -kInf) == -kInf);
    CHECK(logSumExp(-kInf, 3.0) == 3.0);
    const std::vector<double> v{800.0, 801.0, 799.0};
    CHECK(logSumExp(v) == Approx(800.0 + std::log(1.0 + std::exp(1.0) + std::exp(-1.0))).epsilon(1e-15));
    CHECK(logSumExp(std::span<const double>{}) == -kInf);
}

TEST_CASE("hyp2f1 matches closed forms", "[numeric][hyp2f1]")
{
    for (double z : {-0.9, -0.5, 0.1, 0.5, 0.9, 0.99}) {
        INFO("z = " << z);
        CHECK(hyp2f1(1.0, 1.0, 2.0, z) == Approx(-std::log1p(-z) / z).epsilon(1e-12));   // −ln(1−z)/z
        CHECK(hyp2f1(2.5, 1.3, 1.3, z) == Approx(std::pow(1.0 - z, -2.5)).epsilon(1e-12));  // (1−z)^−a
        CHECK(hyp2f1(0.5, 1.0, 1.5, z * z) == Approx(std::atanh(z) / z).epsilon(1e-12));  // atanh(z)/z
    }
    // terminating series: 2F1(−2, b; c; z) is a quadratic polynomial
    const double b = 1.7, c = 2.3, z = 0.4;
    CHECK(hyp2f1(-2.0, b, c, z) == Approx(1.0 - 2.0 * b * z / c + b * (b + 1) * z * z / (c * (c + 1))).epsilon(1e-14));
    CHECK(hyp2f1(0.3, 0.7, 1.9, 0.0) == 1.0);
}

TEST_CASE("hyp2f1 in log form survives huge values", "[numeric][hyp2f1]")
{
    // (1−z)^−a with a = 1500: 2^1500 overflows a double, its log does not.
    const auto direct = hyp2f1Series(1500.0, 1.3, 1.3, 0.5);
    REQUIRE(direct.converged);
    CHECK(direct.logAbs == Approx(1500.0 * std::log(2.0)).epsilon(1e-12));
    const auto best = logHyp2f1(1500.0, 1.3, 1.3, 0.5);
    REQUIRE(best.converged);
    CHECK(best.eulerTransformed);
    CHECK(best.logAbs == Approx(1500.0 * std::log(2.0)).epsilon(1e-12));
    CHECK(std::isinf(best.value()));
}

TEST_CASE("hyp2f1 Euler transform agrees with the direct series", "[numeric][hyp2f1]")
{
    const double cases[][4] = {{0.24, 2.43, 2.22, 0.3}, {2.24, 4.43, 5.22, 0.6}, {26.2, 28.4, 29.2, 0.46},
                               {0.5, 0.5, 3.0, 0.8}, {1.3, 2.2, 0.7, -0.4}};
    for (const auto& p : cases) {
        INFO(p[0] << ", " << p[1] << ", " << p[2] << ", " << p[3]);
        const auto direct = hyp2f1Series(p[0], p[1], p[2], p[3]);
        auto euler = hyp2f1Series(p[2] - p[0], p[2] - p[1], p[2], p[3]);
        REQUIRE(direct.converged);
        REQUIRE(euler.converged);
        const double eulerLog = euler.logAbs + (p[2] - p[0] - p[1]) * std::log1p(-p[3]);
        CHECK(direct.sign == euler.sign);
        CHECK(eulerLog == Approx(direct.logAbs).margin(1e-12));
        CHECK(logHyp2f1(p[0], p[1], p[2], p[3]).logAbs == Approx(direct.logAbs).margin(1e-12));
    }
}

TEST_CASE("hyp2f1 reports failure instead of garbage", "[numeric][hyp2f1]")
{
    CHECK_FALSE(hyp2f1Series(1.0, 1.0, 2.0, 1.0).converged);  // |z| = 1: outside the disc
    CHECK(std::isnan(hyp2f1(1.0, 1.0, 2.0, 1.5)));
    CHECK(std::isnan(hyp2f1(1.0, 1.0, -2.0, 0.5)));  // c a non-positive integer
    CHECK(std::isnan(hyp2f1(std::nan(""), 1.0, 2.0, 0.5)));
    CHECK_FALSE(hyp2f1Series(1.0, 1.0, 2.0, 0.999999, 100).converged);  // too few terms allowed
}

TEST_CASE("Batched 2F1 agrees with the single-point evaluation", "[special]")
{
    using clv::numeric::Hyp2f1Value;
    const std::vector<double> z{0.0, 0.05, 0.3, 0.5, 0.77, 0.9, 0.99};
    const double params[][3] = {
        {0.2426 + 2, 2.4262 + 2, 0.793 + 2.4262 + 2 - 1},        // BG/NBD CET, Euler branch
        {0.2426, 2.4262, 0.793 + 2.4262 - 1},                     // E[X(t)]
        {0.25 + 350, 2.4 + 350, 0.8 + 2.4 + 350 - 1},             // x > 300
        {0.5, 1.0, 6.0},                                          // direct series (c - a - b > 0)
        {-3.0, 2.0, 4.5},                                         // terminating
    };
    for (const auto& p : params) {
        std::vector<Hyp2f1Value> batch(z.size());
        clv::numeric::logHyp2f1Batch(p[0], p[1], p[2], z, batch);
        for (std::size_t k = 0; k < z.size(); ++k) {
            INFO("a=" << p[0] << " b=" << p[1] << " c=" << p[2] << " z=" << z[k]);
            const auto single = clv::numeric::logHyp2f1(p[0], p[1], p[2], z[k]);
            REQUIRE(batch[k].converged == single.converged);
            if (!single.converged)
                continue;
            CHECK(batch[k].sign == single.sign);
            CHECK(batch[k].logAbs == Approx(single.logAbs).margin(1e-12));
        }
    }
    std::vector<Hyp2f1Value> bad(1);
    const std::vector<double> outside{1.5};
    clv::numeric::logHyp2f1Batch(1.0, 1.0, 2.0, outside, bad);
    CHECK_FALSE(bad[0].converged);
}
