// SPDX-License-Identifier: MIT
#include "ParetoNbd.h"

#include "ModelData.h"
#include "core/numeric/SpecialFunctions.h"

#include <array>
#include <cmath>
#include <limits>

namespace clv {
namespace {

using numeric::logGamma;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

double expitNeg(double v) { return v > 0.0 ? std::exp(-v) / (1.0 + std::exp(-v)) : 1.0 / (1.0 + std::exp(v)); }

/// ln(1 − e^v) for v < 0.
double log1mExp(double v) { return v > -0.693 ? std::log(-std::expm1(v)) : std::log1p(-std::exp(v)); }

}  // namespace

ParetoNbd ParetoNbd::fromFit(const FitResult& fit)
{
    return {fit.parameter("r"), fit.parameter("alpha"), fit.parameter("s"), fit.parameter("beta")};
}

double ParetoNbd::logDeadOdds(double x, double recency, double T) const
{
    // A₀ = F(t_x) − F(T) with F(u) = ₂F₁(r+s+x, k; r+s+x+1; |α−β|/(M+u)) / (M+u)^(r+s+x)
    const double rsx = r + s + x;
    const bool alphaLarger = alpha >= beta;
    const double bigM = alphaLarger ? alpha : beta;
    const double k = alphaLarger ? s + 1.0 : r + x;
    const double diff = std::abs(alpha - beta);
    const auto logF = [&](double u) {
        const auto h = numeric::logHyp2f1(rsx, k, rsx + 1.0, diff / (bigM + u));
        return h.converged && h.sign > 0 ? h.logAbs - rsx * std::log(bigM + u) : kNaN;
    };
    const double fx = logF(recency), fT = logF(T);
    if (std::isnan(fx) || std::isnan(fT))
        return kNaN;
    if (!(fT < fx))  // recency = T: A₀ = 0, the customer cannot have died unobserved
        return -kInf;
    const double logA0 = fx + log1mExp(fT - fx);
    return std::log(s) - std::log(rsx) + logA0 + (r + x) * std::log(alpha + T) + s * std::log(beta + T);
}

double ParetoNbd::logLikelihood(double x, double recency, double T) const
{
    const double logAlive = -(r + x) * std::log(alpha + T) - s * std::log(beta + T);
    const double odds = logDeadOdds(x, recency, T);
    if (std::isnan(odds))
        return kNaN;
    return logGamma(r + x) - logGamma(r) + r * std::log(alpha) + s * std::log(beta) + logAlive
           + numeric::logSumExp(0.0, odds);
}

double ParetoNbd::expectedPurchases(double t) const
{
    if (!(t >= 0.0))
        return kNaN;
    if (t == 0.0)
        return 0.0;
    const double rate = r * beta / alpha;
    if (std::abs(s - 1.0) < 1e-10)
        return rate * std::log1p(t / beta);
    return rate / (s - 1.0) * -std::expm1((s - 1.0) * std::log(beta / (beta + t)));
}

double ParetoNbd::aliveExpectedPurchases(double t, double x, double T) const
{
    if (!(t >= 0.0) || !(x >= 0.0) || !(T >= 0.0))
        return kNaN;
    const double rate = (r + x) * (beta + T) / (alpha + T);
    const double horizon = std::abs(s - 1.0) < 1e-10
                               ? std::log1p(t / (beta + T))
                               : -std::expm1((s - 1.0) * std::log((beta + T) / (beta + T + t))) / (s - 1.0);
    return rate * horizon;
}

void ParetoNbd::aliveExpectedPurchases(std::span<const double> t, double x, double T, std::span<double> out) const
{
    for (std::size_t k = 0; k < t.size() && k < out.size(); ++k)
        out[k] = aliveExpectedPurchases(t[k], x, T);
}

double ParetoNbd::conditionalExpectedPurchases(double t, double x, double recency, double T) const
{
    if (!(t >= 0.0) || !(x >= 0.0) || !(recency >= 0.0) || !(T >= recency))
        return kNaN;
    return aliveExpectedPurchases(t, x, T) * probabilityAlive(x, recency, T);
}

double ParetoNbd::probabilityAlive(double x, double recency, double T) const
{
    if (!(x >= 0.0) || !(recency >= 0.0) || !(T >= recency))
        return kNaN;
    const double odds = logDeadOdds(x, recency, T);
    return std::isnan(odds) ? kNaN : expitNeg(odds);
}

Result<ParetoNbdFit> fitParetoNbd(std::span<const RfmObservation> data, TimeUnit unit, const FitOptions& options,
                                  const TaskContext& ctx)
{
    std::vector<FitWarning> warnings;
    const CompressedRfm comp = detail::compressUsablePurchases(data, warnings);
    if (comp.rows.empty())
        return fail(ErrorCode::NoData, "no customer with valid frequency, recency and T");
    const std::size_t n = comp.rows.size();
    const double total = comp.totalWeight;

    MleProblem problem;
    problem.model = "pareto";
    problem.names = {"r", "alpha", "s", "beta"};
    problem.observations = total;
    problem.patterns = static_cast<std::int64_t>(n);
    problem.unit = unit;
    problem.meanNegLL = [&](std::span<const double> lp) {
        const ParetoNbd m{std::exp(lp[0]), std::exp(lp[1]), std::exp(lp[2]), std::exp(lp[3])};
        double sum = 0.0;
        for (std::size_t i = 0; i < n; ++i)
            sum += comp.weights[i] * m.logLikelihood(comp.rows[i].frequency, comp.rows[i].recency, comp.rows[i].T);
        return std::isfinite(sum) ? -sum / total : kInf;
    };
    const double meanT = detail::meanAge(comp);
    for (const auto& st : {std::array<double, 4>{1.0, meanT / 4.0, 1.0, meanT / 4.0},
                           std::array<double, 4>{0.5, meanT / 2.0, 0.5, meanT / 2.0},
                           std::array<double, 4>{2.0, meanT, 2.0, meanT / 8.0}})
        problem.starts.push_back({std::log(st[0]), std::log(st[1]), std::log(st[2]), std::log(st[3])});

    auto fit = fitMaximumLikelihood(problem, options, ctx);
    if (!fit)
        return fail(fit.error());
    fit->warnings.insert(fit->warnings.begin(), warnings.begin(), warnings.end());
    return ParetoNbdFit{ParetoNbd::fromFit(*fit), std::move(*fit)};
}

}  // namespace clv
