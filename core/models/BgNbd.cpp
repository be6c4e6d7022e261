// SPDX-License-Identifier: MIT
#include "BgNbd.h"

#include "ModelData.h"
#include "core/numeric/SpecialFunctions.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <vector>
#include <map>

namespace clv {
namespace {

using numeric::digamma;
using numeric::logBeta;
using numeric::logGamma;
using numeric::logSumExp;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// 1 / (1 + e^v) without overflow.
double expitNeg(double v) { return v > 0.0 ? std::exp(-v) / (1.0 + std::exp(-v)) : 1.0 / (1.0 + std::exp(v)); }

}  // namespace

BgNbd BgNbd::fromFit(const FitResult& fit)
{
    return {fit.parameter("r"), fit.parameter("alpha"), fit.parameter("a"), fit.parameter("b")};
}

double BgNbd::logLikelihood(double x, double recency, double T) const
{
    const double a1 = logGamma(r + x) - logGamma(r) + r * std::log(alpha);
    const double a2 = logGamma(a + b) + logGamma(b + x) - logGamma(b) - logGamma(a + b + x);
    const double a3 = -(r + x) * std::log(alpha + T);
    if (x <= 0.0)
        return a1 + a2 + a3;
    const double a4 = std::log(a) - std::log(b + x - 1.0) - (r + x) * std::log(alpha + recency);
    return a1 + a2 + logSumExp(a3, a4);
}

double BgNbd::expectedPurchases(double t) const
{
    if (!(t >= 0.0))
        return kNaN;
    if (t == 0.0)
        return 0.0;
    const double z = t / (alpha + t);
    const auto h = numeric::logHyp2f1(r, b, a + b - 1.0, z);
    if (!h.converged)
        return kNaN;
    const double logTerm = r * std::log(alpha / (alpha + t)) + h.logAbs;
    // (a+b−1)/(a−1) · [1 − sign·e^logTerm]
    const double bracket = h.sign > 0 ? -std::expm1(logTerm) : 1.0 + std::exp(logTerm);
    return (a + b - 1.0) / (a - 1.0) * bracket;
}

double BgNbd::aliveExpectedPurchases(double t, double x, double T) const
{
    if (!(t >= 0.0) || !(x >= 0.0) || !(T >= 0.0))
        return kNaN;
    if (t == 0.0)
        return 0.0;
    if (std::abs(a - 1.0) < 1e-4) {
        const BgNbd lo{r, alpha, 1.0 - 2e-4, b}, hi{r, alpha, 1.0 + 2e-4, b};
        return 0.5 * (lo.aliveExpectedPurchases(t, x, T) + hi.aliveExpectedPurchases(t, x, T));
    }
    const double z = t / (alpha + T + t);
    const auto h = numeric::logHyp2f1(r + x, b + x, a + b + x - 1.0, z);
    if (!h.converged)
        return kNaN;
    const double logTerm = (r + x) * std::log((alpha + T) / (alpha + T + t)) + h.logAbs;
    const double bracket = h.sign > 0 ? -std::expm1(logTerm) : 1.0 + std::exp(logTerm);
    return (a + b + x - 1.0) / (a - 1.0) * bracket;
}

void BgNbd::aliveExpectedPurchases(std::span<const double> t, double x, double T, std::span<double> out) const
{
    const std::size_t n = std::min(t.size(), out.size());
    if (std::abs(a - 1.0) < 1e-4 || !(x >= 0.0) || !(T >= 0.0)) {
        for (std::size_t k = 0; k < n; ++k)
            out[k] = aliveExpectedPurchases(t[k], x, T);
        return;
    }
    std::vector<double> z(n);
    std::vector<numeric::Hyp2f1Value> h(n);
    for (std::size_t k = 0; k < n; ++k)
        z[k] = t[k] > 0.0 ? t[k] / (alpha + T + t[k]) : 0.0;
    numeric::logHyp2f1Batch(r + x, b + x, a + b + x - 1.0, z, h);
    const double factor = (a + b + x - 1.0) / (a - 1.0);
    for (std::size_t k = 0; k < n; ++k) {
        if (!(t[k] >= 0.0) || !h[k].converged) {
            out[k] = kNaN;
            continue;
        }
        if (t[k] == 0.0) {
            out[k] = 0.0;
            continue;
        }
        const double logTerm = (r + x) * std::log((alpha + T) / (alpha + T + t[k])) + h[k].logAbs;
        out[k] = factor * (h[k].sign > 0 ? -std::expm1(logTerm) : 1.0 + std::exp(logTerm));
    }
}

double BgNbd::conditionalExpectedPurchases(double t, double x, double recency, double T) const
{
    if (!(t >= 0.0) || !(x >= 0.0) || !(recency >= 0.0) || !(T >= recency))
        return kNaN;
    return aliveExpectedPurchases(t, x, T) * probabilityAlive(x, recency, T);
}

double BgNbd::probabilityAlive(double x, double recency, double T) const
{
    if (!(x >= 0.0) || !(recency >= 0.0) || !(T >= recency))
        return kNaN;
    if (x <= 0.0)
        return 1.0;
    const double logOdds = std::log(a) - std::log(b + x - 1.0) + (r + x) * std::log((alpha + T) / (alpha + recency));
    return expitNeg(logOdds);
}

double BgNbd::probabilityOfPurchases(int n, double t) const
{
    if (n < 0 || !(t >= 0.0))
        return kNaN;
    if (t == 0.0)
        return n == 0 ? 1.0 : 0.0;
    const double logP = std::log(alpha / (alpha + t));  // NBD "success" log-probability
    const double logQ = std::log(t / (alpha + t));
    const double dn = n;
    const auto logNbd = [&](double j) {  // ln P(Poisson-Gamma count = j)
        return logGamma(r + j) - logGamma(r) - logGamma(j + 1.0) + r * logP + j * logQ;
    };
    const double lbab = logBeta(a, b);
    double result = std::exp(logBeta(a, b + dn) - lbab + logNbd(dn));
    if (n > 0) {
        double cdf = 0.0;
        for (int j = 0; j < n; ++j)
            cdf += std::exp(logNbd(j));
        const double tail = std::max(0.0, 1.0 - cdf);
        result += std::exp(logBeta(a + 1.0, b + dn - 1.0) - lbab) * tail;
    }
    return result;
}

Result<BgNbdFit> fitBgNbd(std::span<const RfmObservation> data, TimeUnit unit, const FitOptions& options,
                          const TaskContext& ctx)
{
    std::vector<FitWarning> warnings;
    const auto rows = detail::usableRows(data, false, warnings);
    if (rows.empty())
        return fail(ErrorCode::NoData, "no customer with valid frequency, recency and T");
    const CompressedRfm comp = compressObservations(rows, false);
    const std::size_t n = comp.rows.size();
    const double total = comp.totalWeight;

    // Everything that depends on the frequency only is computed once per distinct frequency and evaluation
    // (frequencies are few; patterns can be hundreds of thousands).
    std::vector<double> xs;          // distinct frequencies
    std::vector<std::size_t> xIndex(n);
    std::vector<double> xWeight;     // total weight per distinct frequency
    {
        std::map<double, std::size_t> seen;
        for (std::size_t i = 0; i < n; ++i) {
            auto [it, inserted] = seen.try_emplace(comp.rows[i].frequency, xs.size());
            if (inserted) {
                xs.push_back(comp.rows[i].frequency);
                xWeight.push_back(0.0);
            }
            xIndex[i] = it->second;
            xWeight[it->second] += comp.weights[i];
        }
    }
    const std::size_t nx = xs.size();
    MleProblem problem;
    problem.model = "bgnbd";
    problem.names = {"r", "alpha", "a", "b"};
    problem.observations = total;
    problem.patterns = static_cast<std::int64_t>(n);
    problem.unit = unit;
    problem.meanNegLL = [&, constX = std::vector<double>(nx), logA4 = std::vector<double>(nx)](
                            std::span<const double> lp) mutable {
        const double r = std::exp(lp[0]), alpha = std::exp(lp[1]), a = std::exp(lp[2]), b = std::exp(lp[3]);
        const double base = logGamma(a + b) - logGamma(r) - logGamma(b) + r * std::log(alpha);
        double sum = 0.0;
        for (std::size_t k = 0; k < nx; ++k) {
            const double x = xs[k];
            constX[k] = base + logGamma(r + x) + logGamma(b + x) - logGamma(a + b + x);
            logA4[k] = x > 0.0 ? std::log(a) - std::log(b + x - 1.0) : 0.0;
            sum += xWeight[k] * constX[k];
        }
        for (std::size_t i = 0; i < n; ++i) {
            const auto& o = comp.rows[i];
            const double a3 = -(r + o.frequency) * std::log(alpha + o.T);
            sum += comp.weights[i]
                   * (o.frequency > 0.0
                          ? logSumExp(a3, logA4[xIndex[i]] - (r + o.frequency) * std::log(alpha + o.recency))
                          : a3);
        }
        return -sum / total;
    };
    problem.gradient = [&](std::span<const double> lp, std::span<double> grad) {
        const double r = std::exp(lp[0]), alpha = std::exp(lp[1]), a = std::exp(lp[2]), b = std::exp(lp[3]);
        const double psiR = digamma(r), psiB = digamma(b), psiAB = digamma(a + b), logAlpha = std::log(alpha);
        double gr = 0.0, galpha = 0.0, ga = 0.0, gb = 0.0;
        for (std::size_t k = 0; k < nx; ++k) {  // the parts that depend on x only
            const double x = xs[k], w = xWeight[k], psiABX = digamma(a + b + x);
            gr += w * (digamma(r + x) - psiR + logAlpha);
            galpha += w * r / alpha;
            ga += w * (psiAB - psiABX);
            gb += w * (psiAB + digamma(b + x) - psiB - psiABX);
        }
        const double logA = std::log(a);
        for (std::size_t i = 0; i < n; ++i) {
            const double x = comp.rows[i].frequency, tx = comp.rows[i].recency, T = comp.rows[i].T;
            const double w = comp.weights[i];
            const double logAT = std::log(alpha + T);
            if (x <= 0.0) {
                gr -= w * logAT;
                galpha -= w * r / (alpha + T);
                continue;
            }
            // posterior weights of the "alive" (A3) and "dropped after the last purchase" (A4) terms
            const double logATx = std::log(alpha + tx);
            const double a3 = -(r + x) * logAT;
            const double a4 = logA - std::log(b + x - 1.0) - (r + x) * logATx;
            const double w4 = 1.0 / (1.0 + std::exp(a3 - a4));
            const double w3 = 1.0 - w4;
            gr -= w * (w3 * logAT + w4 * logATx);
            galpha -= w * (r + x) * (w3 / (alpha + T) + w4 / (alpha + tx));
            ga += w * w4 / a;
            gb -= w * w4 / (b + x - 1.0);
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
    return BgNbdFit{BgNbd::fromFit(*fit), std::move(*fit)};
}

}  // namespace clv
