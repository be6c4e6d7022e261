// SPDX-License-Identifier: MIT
#include "core/numeric/Optimizer.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

using namespace clv::numeric;

namespace {

double rosenbrock(std::span<const double> x, std::span<double> g)
{
    const double a = 1.0 - x[0], b = x[1] - x[0] * x[0];
    g[0] = -2.0 * a - 400.0 * x[0] * b;
    g[1] = 200.0 * b;
    return a * a + 100.0 * b * b;
}

}  // namespace

TEST_CASE("BFGS minimises the Rosenbrock function", "[numeric][optimizer]")
{
    auto res = minimizeBfgs(rosenbrock, {-1.2, 1.0});
    REQUIRE(res);
    CHECK(res->status == BfgsStatus::Converged);
    CHECK(res->converged());
    CHECK(res->x[0] == Approx(1.0).epsilon(1e-5));
    CHECK(res->x[1] == Approx(1.0).epsilon(1e-5));
    CHECK(res->gradientNorm <= 1e-6);
    CHECK(res->iterations > 5);
    CHECK(res->iterations < 200);
}

TEST_CASE("BFGS steps back from points outside the domain", "[numeric][optimizer]")
{
    // f(x) = x − ln x on x > 0 (inf elsewhere), minimum at x = 1; the first steps overshoot into x <= 0.
    const Objective f = [](std::span<const double> x, std::span<double> g) {
        if (x[0] <= 0.0)
            return std::numeric_limits<double>::infinity();
        g[0] = 1.0 - 1.0 / x[0];
        return x[0] - std::log(x[0]);
    };
    auto res = minimizeBfgs(f, {8.0});
    REQUIRE(res);
    CHECK(res->converged());
    CHECK(res->x[0] == Approx(1.0).epsilon(1e-6));
}

TEST_CASE("BFGS reports bad input as values", "[numeric][optimizer]")
{
    BfgsParams bad;
    bad.maxIterations = 0;
    CHECK(bad.validate() == "maxIterations");
    CHECK_FALSE(minimizeBfgs(rosenbrock, {0.0, 0.0}, bad));
    CHECK_FALSE(minimizeBfgs(rosenbrock, {}));
    const Objective nanAtStart = [](std::span<const double>, std::span<double>) { return std::nan(""); };
    auto res = minimizeBfgs(nanAtStart, {1.0});
    REQUIRE(res);
    CHECK(res->status == BfgsStatus::NonFiniteStart);
    BfgsParams few;
    few.maxIterations = 2;
    auto limited = minimizeBfgs(rosenbrock, {-1.2, 1.0}, few);
    REQUIRE(limited);
    CHECK(limited->status == BfgsStatus::MaxIterations);
    CHECK_FALSE(limited->converged());
}

TEST_CASE("finite-difference gradient and Hessian of a quadratic", "[numeric][optimizer]")
{
    // f = 2x² + 3xy + 5y² + x: gradient (4x + 3y + 1, 3x + 10y), Hessian [[4, 3], [3, 10]].
    const auto f = [](std::span<const double> v) { return 2 * v[0] * v[0] + 3 * v[0] * v[1] + 5 * v[1] * v[1] + v[0]; };
    const std::vector<double> x{0.7, -1.3};
    std::vector<double> g(2);
    numericGradient(f, x, g);
    CHECK(g[0] == Approx(4 * 0.7 + 3 * -1.3 + 1).epsilon(1e-8));
    CHECK(g[1] == Approx(3 * 0.7 + 10 * -1.3).epsilon(1e-8));
    const auto h = numericHessian(f, x);
    REQUIRE(h.size() == 4);
    CHECK(h[0] == Approx(4.0).epsilon(1e-6));
    CHECK(h[1] == Approx(3.0).epsilon(1e-6));
    CHECK(h[2] == Approx(3.0).epsilon(1e-6));
    CHECK(h[3] == Approx(10.0).epsilon(1e-6));
}

TEST_CASE("symmetric positive definite inverse by Cholesky", "[numeric][optimizer]")
{
    const std::vector<double> a{4, 2, 0.6, 2, 5, 1, 0.6, 1, 3};
    auto inv = invertSymmetricPositiveDefinite(a, 3);
    REQUIRE(inv);
    for (int i = 0; i < 3; ++i)
        for (int j = 0; j < 3; ++j) {
            double v = 0.0;
            for (int k = 0; k < 3; ++k)
                v += a[i * 3 + k] * (*inv)[k * 3 + j];
            CHECK(v == Approx(i == j ? 1.0 : 0.0).margin(1e-13));
        }
    const std::vector<double> indefinite{1, 2, 2, 1};
    auto bad = invertSymmetricPositiveDefinite(indefinite, 2);
    REQUIRE_FALSE(bad);
    CHECK(bad.error().detail == "not positive definite");
    CHECK_FALSE(invertSymmetricPositiveDefinite(indefinite, 3));
}
