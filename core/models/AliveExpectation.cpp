// SPDX-License-Identifier: MIT
#include "AliveExpectation.h"

#include "core/numeric/SpecialFunctions.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace clv::detail {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double combine(double factor, double r, double alpha, double x, double T, double t, const numeric::Hyp2f1Value& h)
{
    const double logTerm = (r + x) * std::log((alpha + T) / (alpha + T + t)) + h.logAbs;
    return factor * (h.sign > 0 ? -std::expm1(logTerm) : 1.0 + std::exp(logTerm));
}

}  // namespace

double aliveExpectation(double factor, double r, double alpha, double x, double T, double b2, double c2, double t)
{
    if (!(t >= 0.0))
        return kNaN;
    if (t == 0.0)
        return 0.0;
    const auto h = numeric::logHyp2f1(r + x, b2, c2, t / (alpha + T + t));
    return h.converged ? combine(factor, r, alpha, x, T, t, h) : kNaN;
}

void aliveExpectation(double factor, double r, double alpha, double x, double T, double b2, double c2,
                      std::span<const double> t, std::span<double> out)
{
    const std::size_t n = std::min(t.size(), out.size());
    std::vector<double> z(n);
    std::vector<numeric::Hyp2f1Value> h(n);
    for (std::size_t k = 0; k < n; ++k)
        z[k] = t[k] > 0.0 ? t[k] / (alpha + T + t[k]) : 0.0;
    numeric::logHyp2f1Batch(r + x, b2, c2, z, h);
    for (std::size_t k = 0; k < n; ++k) {
        if (!(t[k] >= 0.0) || !h[k].converged)
            out[k] = kNaN;
        else
            out[k] = t[k] == 0.0 ? 0.0 : combine(factor, r, alpha, x, T, t[k], h[k]);
    }
}

}  // namespace clv::detail
