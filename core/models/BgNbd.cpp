// SPDX-License-Identifier: MIT
#include "BgNbd.h"

#include "ModelData.h"
#include "AliveExpectation.h"
#include "core/numeric/SpecialFunctions.h"

#include <algorithm>
#include <array>
#include <cstdint>
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
    return detail::aliveExpectation((a + b + x - 1.0) / (a - 1.0), r, alpha, x, T, b + x, a + b + x - 1.0, t);
}

void BgNbd::aliveExpectedPurchases(std::span<const double> t, double x, double T, std::span<double> out) const
{
    const std::size_t n = std::min(t.size(), out.size());
    if (std::abs(a - 1.0) < 1e-4 || !(x >= 0.0) || !(T >= 0.0)) {
        for (std::size_t k = 0; k < n; ++k)
            out[k] = aliveExpectedPurchases(t[k], x, T);
        return;
    }
    detail::aliveExpectation((a + b + x - 1.0) / (a - 1.0), r, alpha, x, T, b + x, a + b + x - 1.0, t.first(n), out.first(n));
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
    const CompressedRfm comp = detail::compressUsablePurchases(data, warnings);
    if (comp.rows.empty())
        return fail(ErrorCode::NoData, "no customer with valid frequency, recency and T");
    const std::size_t n = comp.rows.size();
    const double total = comp.totalWeight;

    // Everything that depends on the frequency only is computed once per distinct frequency and evaluation, and
    // the logarithms of α + T and α + t_x once per distinct T and recency (frequencies and ages are few; patterns
    // can be hundreds of thousands). Per pattern an evaluation then costs one exp and one log1p, shared by the
    // log-likelihood and its gradient.
    std::vector<double> xs;          // distinct frequencies
    std::vector<double> xWeight;     // total weight per distinct frequency
    std::vector<double> ts;          // distinct T and recency values
    std::vector<double> zeroWeight;  // weight of x = 0 patterns per distinct value of T
    struct Repeat {                  // one pattern with x > 0
        double x, w;
        std::uint32_t xi, ti, ri;
    };
    std::vector<Repeat> repeats;
    repeats.reserve(n);
    {
        std::map<double, std::size_t> seenX, seenT;
        const auto tIndex = [&](double t) {
            auto [it, inserted] = seenT.try_emplace(t, ts.size());
            if (inserted) {
                ts.push_back(t);
                zeroWeight.push_back(0.0);
            }
            return static_cast<std::uint32_t>(it->second);
        };
        for (std::size_t i = 0; i < n; ++i) {
            const auto& o = comp.rows[i];
            auto [it, inserted] = seenX.try_emplace(o.frequency, xs.size());
            if (inserted) {
                xs.push_back(o.frequency);
                xWeight.push_back(0.0);
            }
            xWeight[it->second] += comp.weights[i];
            const std::uint32_t ti = tIndex(o.T);
            if (o.frequency > 0.0)
                repeats.push_back({o.frequency, comp.weights[i], static_cast<std::uint32_t>(it->second), ti,
                                   tIndex(o.recency)});
            else
                zeroWeight[ti] += comp.weights[i];
        }
    }
    const std::size_t nx = xs.size(), nt = ts.size();
    struct Sample {  // the weights an evaluation sums over: all patterns, or a subsample of the repeat patterns
        std::vector<double> xWeight, zeroWeight;
        std::vector<Repeat> repeats;
        double total = 0.0;
    };
    Sample full{xWeight, zeroWeight, std::move(repeats), total};
    // Every 8th repeat pattern, weighted by 8: the starts first run on this (an eighth of the work per
    // evaluation), then each continues on all patterns from where it ended, with the curvature it learned.
    constexpr std::size_t kStride = 8;
    Sample coarse;
    coarse.zeroWeight = zeroWeight;
    coarse.xWeight.assign(nx, 0.0);
    for (std::size_t j = 0; j < nt; ++j)
        coarse.total += zeroWeight[j];
    for (std::size_t k = 0; k < nx; ++k)
        if (!(xs[k] > 0.0))
            coarse.xWeight[k] = xWeight[k];
    for (std::size_t i = 0; i < full.repeats.size(); i += kStride) {
        Repeat p = full.repeats[i];
        p.w *= static_cast<double>(kStride);
        coarse.repeats.push_back(p);
        coarse.xWeight[p.xi] += p.w;
        coarse.total += p.w;
    }
    struct Evaluation {
        std::array<double, 4> lp{kNaN, kNaN, kNaN, kNaN};
        double value = kNaN;
        std::array<double, 4> grad{};
        std::vector<double> logT, invT, logA4, sumW4;
    };
    const auto evaluate = [&](const Sample& sample, Evaluation& ev, std::span<const double> lp) -> const Evaluation& {
        if (std::equal(lp.begin(), lp.end(), ev.lp.begin()))
            return ev;
        ev.logT.resize(nt);
        ev.invT.resize(nt);
        ev.logA4.resize(nx);
        ev.sumW4.resize(nx);
        std::copy(lp.begin(), lp.end(), ev.lp.begin());
        const double r = std::exp(lp[0]), alpha = std::exp(lp[1]), a = std::exp(lp[2]), b = std::exp(lp[3]);
        const double logA = std::log(a), logAlpha = std::log(alpha);
        const double base = logGamma(a + b) - logGamma(r) - logGamma(b) + r * logAlpha;
        const double psiR = digamma(r), psiB = digamma(b), psiAB = digamma(a + b);
        double sum = 0.0, gr = 0.0, galpha = 0.0, ga = 0.0, gb = 0.0;
        for (std::size_t k = 0; k < nx; ++k) {
            const double x = xs[k], w = sample.xWeight[k];
            ev.logA4[k] = x > 0.0 ? logA - std::log(b + x - 1.0) : 0.0;
            ev.sumW4[k] = 0.0;
            if (!(w > 0.0))
                continue;
            sum += w * (base + logGamma(r + x) + logGamma(b + x) - logGamma(a + b + x));
            const double psiABX = digamma(a + b + x);
            gr += w * (digamma(r + x) - psiR + logAlpha);
            galpha += w * r / alpha;
            ga += w * (psiAB - psiABX);
            gb += w * (psiAB + digamma(b + x) - psiB - psiABX);
        }
        for (std::size_t j = 0; j < nt; ++j) {
            ev.logT[j] = std::log(alpha + ts[j]);
            ev.invT[j] = 1.0 / (alpha + ts[j]);
            const double zw = sample.zeroWeight[j];
            if (zw > 0.0) {
                sum -= zw * r * ev.logT[j];
                gr -= zw * ev.logT[j];
                galpha -= zw * r * ev.invT[j];
            }
        }
        const double* logT = ev.logT.data();
        const double* invT = ev.invT.data();
        const double* logA4 = ev.logA4.data();
        double* sumW4 = ev.sumW4.data();
        for (const Repeat& p : sample.repeats) {
            const double rx = r + p.x, lT = logT[p.ti], lR = logT[p.ri];
            const double a3 = -rx * lT, a4 = logA4[p.xi] - rx * lR;
            const double d = a4 - a3;
            const double e = std::exp(-std::abs(d));
            const double l1 = std::log1p(e);
            double w4;
            if (d > 0.0) {
                sum += p.w * (a4 + l1);
                w4 = 1.0 / (1.0 + e);
            } else {
                sum += p.w * (a3 + l1);
                w4 = e / (1.0 + e);
            }
            const double w3 = 1.0 - w4;
            gr -= p.w * (w3 * lT + w4 * lR);
            galpha -= p.w * rx * (w3 * invT[p.ti] + w4 * invT[p.ri]);
            sumW4[p.xi] += p.w * w4;
        }
        for (std::size_t k = 0; k < nx; ++k) {
            if (xs[k] > 0.0) {
                ga += sumW4[k] / a;
                gb -= sumW4[k] / (b + xs[k] - 1.0);
            }
        }
        const double t = sample.total;
        ev.value = -sum / t;
        ev.grad = {-gr * r / t, -galpha * alpha / t, -ga * a / t, -gb * b / t};
        return ev;
    };
    Evaluation fullEv, coarseEv;
    MleProblem problem;
    problem.model = "bgnbd";
    problem.names = {"r", "alpha", "a", "b"};
    problem.observations = total;
    problem.patterns = static_cast<std::int64_t>(n);
    problem.unit = unit;
    problem.meanNegLL = [&](std::span<const double> lp) { return evaluate(full, fullEv, lp).value; };
    problem.gradient = [&](std::span<const double> lp, std::span<double> grad) {
        const auto& e = evaluate(full, fullEv, lp);
        std::copy(e.grad.begin(), e.grad.end(), grad.begin());
    };
    if (full.repeats.size() >= 64 * kStride) {  // only worth it for large bases
        problem.coarseMeanNegLL = [&](std::span<const double> lp) { return evaluate(coarse, coarseEv, lp).value; };
        problem.coarseGradient = [&](std::span<const double> lp, std::span<double> grad) {
            const auto& e = evaluate(coarse, coarseEv, lp);
            std::copy(e.grad.begin(), e.grad.end(), grad.begin());
        };
    }
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
