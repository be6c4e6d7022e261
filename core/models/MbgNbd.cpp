// SPDX-License-Identifier: MIT
#include "MbgNbd.h"

#include "ModelData.h"
#include "AliveExpectation.h"
#include "core/numeric/SpecialFunctions.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <vector>

namespace clv {
namespace {

using numeric::digamma;
using numeric::logGamma;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double expitNeg(double v) { return v > 0.0 ? std::exp(-v) / (1.0 + std::exp(-v)) : 1.0 / (1.0 + std::exp(v)); }
double softplus(double v) { return v > 0.0 ? v + std::log1p(std::exp(-v)) : std::log1p(std::exp(v)); }

}  // namespace

MbgNbd MbgNbd::fromFit(const FitResult& fit)
{
    return {fit.parameter("r"), fit.parameter("alpha"), fit.parameter("a"), fit.parameter("b")};
}

double MbgNbd::logLikelihood(double x, double recency, double T) const
{
    const double a1 = logGamma(r + x) - logGamma(r) + r * std::log(alpha);
    const double a2 = logGamma(a + b) + logGamma(b + x + 1.0) - logGamma(b) - logGamma(a + b + x + 1.0);
    const double a3 = -(r + x) * std::log(alpha + T);
    const double a4 = std::log(a) - std::log(b + x) + (r + x) * (std::log(alpha + T) - std::log(alpha + recency));
    return a1 + a2 + a3 + softplus(a4);
}

double MbgNbd::expectedPurchases(double t) const
{
    if (!(t >= 0.0))
        return kNaN;
    if (t == 0.0)
        return 0.0;
    const auto h = numeric::logHyp2f1(r, b + 1.0, a + b, t / (alpha + t));
    if (!h.converged)
        return kNaN;
    const double logTerm = r * std::log(alpha / (alpha + t)) + h.logAbs;
    const double bracket = h.sign > 0 ? -std::expm1(logTerm) : 1.0 + std::exp(logTerm);
    return b / (a - 1.0) * bracket;
}

double MbgNbd::aliveExpectedPurchases(double t, double x, double T) const
{
    if (!(t >= 0.0) || !(x >= 0.0) || !(T >= 0.0))
        return kNaN;
    if (t == 0.0)
        return 0.0;
    if (std::abs(a - 1.0) < 1e-4) {
        const MbgNbd lo{r, alpha, 1.0 - 2e-4, b}, hi{r, alpha, 1.0 + 2e-4, b};
        return 0.5 * (lo.aliveExpectedPurchases(t, x, T) + hi.aliveExpectedPurchases(t, x, T));
    }
    return detail::aliveExpectation((a + b + x) / (a - 1.0), r, alpha, x, T, b + x + 1.0, a + b + x, t);
}

void MbgNbd::aliveExpectedPurchases(std::span<const double> t, double x, double T, std::span<double> out) const
{
    const std::size_t n = std::min(t.size(), out.size());
    if (std::abs(a - 1.0) < 1e-4 || !(x >= 0.0) || !(T >= 0.0)) {
        for (std::size_t k = 0; k < n; ++k)
            out[k] = aliveExpectedPurchases(t[k], x, T);
        return;
    }
    detail::aliveExpectation((a + b + x) / (a - 1.0), r, alpha, x, T, b + x + 1.0, a + b + x, t.first(n), out.first(n));
}

double MbgNbd::conditionalExpectedPurchases(double t, double x, double recency, double T) const
{
    if (!(t >= 0.0) || !(x >= 0.0) || !(recency >= 0.0) || !(T >= recency))
        return kNaN;
    return aliveExpectedPurchases(t, x, T) * probabilityAlive(x, recency, T);
}

double MbgNbd::probabilityAlive(double x, double recency, double T) const
{
    if (!(x >= 0.0) || !(recency >= 0.0) || !(T >= recency))
        return kNaN;
    return expitNeg(std::log(a) - std::log(b + x) + (r + x) * std::log((alpha + T) / (alpha + recency)));
}

Result<MbgNbdFit> fitMbgNbd(std::span<const RfmObservation> data, TimeUnit unit, const FitOptions& options,
                            const TaskContext& ctx)
{
    std::vector<FitWarning> warnings;
    const CompressedRfm comp = detail::compressUsablePurchases(data, warnings);
    if (comp.rows.empty())
        return fail(ErrorCode::NoData, "no customer with valid frequency, recency and T");
    const std::size_t n = comp.rows.size();
    const double total = comp.totalWeight;

    MleProblem problem;
    problem.model = "mbgnbd";
    problem.names = {"r", "alpha", "a", "b"};
    problem.observations = total;
    problem.patterns = static_cast<std::int64_t>(n);
    problem.unit = unit;
    problem.meanNegLL = [&](std::span<const double> lp) {
        const MbgNbd m{std::exp(lp[0]), std::exp(lp[1]), std::exp(lp[2]), std::exp(lp[3])};
        double sum = 0.0;
        for (std::size_t i = 0; i < n; ++i)
            sum += comp.weights[i] * m.logLikelihood(comp.rows[i].frequency, comp.rows[i].recency, comp.rows[i].T);
        return -sum / total;
    };
    problem.gradient = [&](std::span<const double> lp, std::span<double> grad) {
        const double r = std::exp(lp[0]), alpha = std::exp(lp[1]), a = std::exp(lp[2]), b = std::exp(lp[3]);
        const double psiR = digamma(r), psiB = digamma(b), psiAB = digamma(a + b), logAlpha = std::log(alpha);
        double gr = 0.0, galpha = 0.0, ga = 0.0, gb = 0.0;
        for (std::size_t i = 0; i < n; ++i) {
            const double x = comp.rows[i].frequency, tx = comp.rows[i].recency, T = comp.rows[i].T;
            const double w = comp.weights[i];
            const double logAT = std::log(alpha + T), logATx = std::log(alpha + tx);
            const double a4 = std::log(a) - std::log(b + x) + (r + x) * (logAT - logATx);
            const double sigma = expitNeg(-a4);  // e^A4 / (1 + e^A4)
            const double psiABX = digamma(a + b + x + 1.0);
            gr += w * (digamma(r + x) - psiR + logAlpha - logAT + sigma * (logAT - logATx));
            galpha += w * (r / alpha - (r + x) / (alpha + T) + sigma * (r + x) * (1.0 / (alpha + T) - 1.0 / (alpha + tx)));
            ga += w * (psiAB - psiABX + sigma / a);
            gb += w * (psiAB + digamma(b + x + 1.0) - psiB - psiABX - sigma / (b + x));
        }
        grad[0] = -gr * r / total;
        grad[1] = -galpha * alpha / total;
        grad[2] = -ga * a / total;
        grad[3] = -gb * b / total;
    };
    const double meanT = detail::meanAge(comp);
    for (const auto& s : {std::array<double, 4>{1.0, meanT / 8.0, 1.0, 2.0}, std::array<double, 4>{0.3, meanT / 4.0, 0.5, 1.0},
                          std::array<double, 4>{2.0, meanT, 2.0, 6.0}})
        problem.starts.push_back({std::log(s[0]), std::log(s[1]), std::log(s[2]), std::log(s[3])});

    auto fit = fitMaximumLikelihood(problem, options, ctx);
    if (!fit)
        return fail(fit.error());
    fit->warnings.insert(fit->warnings.begin(), warnings.begin(), warnings.end());
    return MbgNbdFit{MbgNbd::fromFit(*fit), std::move(*fit)};
}

}  // namespace clv
