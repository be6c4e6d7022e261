// SPDX-License-Identifier: MIT
#include "Sbg.h"

#include "core/numeric/SpecialFunctions.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace clv {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

using numeric::digamma;
using numeric::logBeta;

double logChurnProbability(double alpha, double beta, int t)
{
    return logBeta(alpha + 1.0, beta + t - 1.0) - logBeta(alpha, beta);
}

double logSurvival(double alpha, double beta, double t)
{
    return t <= 0.0 ? 0.0 : logBeta(alpha, beta + t) - logBeta(alpha, beta);
}

/// Σ_{k>=1} S(n + k) / S(n) · q^(k − 1) term by term, q = 1 / (1 + d) < 1: the fallback when the ₂F₁ series
/// cannot be evaluated (e.g. α, β in the millions). Terms fall at least as fast as q^k.
double residualLifetimeSeries(double alpha, double beta, double n, double q)
{
    double sum = 0.0;
    double term = 1.0;
    for (int k = 1; k < 10000000; ++k) {
        term *= (beta + n + k - 1.0) / (alpha + beta + n + k - 1.0);
        sum += term;
        if (term < 1e-17 * sum)
            break;
        term *= q;
    }
    return sum;
}

bool validCounts(const std::vector<double>& counts)
{
    return std::all_of(counts.begin(), counts.end(), [](double c) { return std::isfinite(c) && c >= 0.0; });
}

}  // namespace

Result<SbgData> SbgData::fromSurvivors(std::span<const double> survivors)
{
    if (survivors.empty())
        return fail(ErrorCode::InvalidArgument, "survivor table is empty");
    SbgData data;
    for (std::size_t t = 0; t < survivors.size(); ++t) {
        if (!std::isfinite(survivors[t]) || survivors[t] < 0.0)
            return fail(ErrorCode::InvalidArgument, "survivor count is negative or not finite");
        if (t > 0) {
            if (survivors[t] > survivors[t - 1])
                return fail(ErrorCode::InvalidArgument, "survivor counts increase");
            data.churned.push_back(survivors[t - 1] - survivors[t]);
        }
    }
    data.censored.assign(survivors.size(), 0.0);
    data.censored.back() = survivors.back();
    return data;
}

double SbgData::customers() const
{
    return std::accumulate(churned.begin(), churned.end(), 0.0) + std::accumulate(censored.begin(), censored.end(), 0.0);
}

int SbgData::observedPeriods() const
{
    int periods = 0;
    for (std::size_t t = 0; t < churned.size(); ++t)
        if (churned[t] > 0.0)
            periods = static_cast<int>(t + 1);
    for (std::size_t n = 0; n < censored.size(); ++n)
        if (censored[n] > 0.0)
            periods = std::max(periods, static_cast<int>(n));
    return periods;
}

double Sbg::churnProbability(int t) const
{
    return t < 1 ? 0.0 : std::exp(logChurnProbability(alpha, beta, t));
}

double Sbg::survival(double t) const { return std::exp(logSurvival(alpha, beta, t)); }

double Sbg::retentionRate(int t) const
{
    return t < 1 ? kNaN : (beta + t - 1.0) / (alpha + beta + t - 1.0);
}

double Sbg::logLikelihood(const SbgData& data) const
{
    double ll = 0.0;
    for (std::size_t t = 0; t < data.churned.size(); ++t)
        if (data.churned[t] > 0.0)
            ll += data.churned[t] * logChurnProbability(alpha, beta, static_cast<int>(t + 1));
    for (std::size_t n = 1; n < data.censored.size(); ++n)
        if (data.censored[n] > 0.0)
            ll += data.censored[n] * logSurvival(alpha, beta, static_cast<double>(n));
    return ll;
}

double Sbg::discountedExpectedLifetime(double discountRate) const
{
    if (!(discountRate > 0.0) || !(alpha > 0.0) || !(beta > 0.0))
        return kNaN;
    const double q = 1.0 / (1.0 + discountRate);
    const double value = numeric::hyp2f1(1.0, beta, alpha + beta, q);
    return std::isfinite(value) ? value : 1.0 + q * residualLifetimeSeries(alpha, beta, 0.0, q);
}

double Sbg::discountedExpectedResidualLifetime(double discountRate, int renewals) const
{
    if (!(discountRate > 0.0) || !(alpha > 0.0) || !(beta > 0.0) || renewals < 0)
        return kNaN;
    const double n = renewals;
    const double q = 1.0 / (1.0 + discountRate);
    const double value = (beta + n) / (alpha + beta + n) * numeric::hyp2f1(1.0, beta + n + 1.0, alpha + beta + n + 1.0, q);
    return std::isfinite(value) ? value : residualLifetimeSeries(alpha, beta, n, q);
}

std::vector<double> Sbg::projectSurvival(int from, int count) const
{
    std::vector<double> out;
    for (int k = 1; k <= count; ++k)
        out.push_back(survival(from + k));
    return out;
}

Sbg Sbg::fromFit(const FitResult& fit) { return Sbg{fit.parameter("alpha"), fit.parameter("beta")}; }

Result<SbgFit> fitSbg(const SbgData& data, const FitOptions& options, const TaskContext& ctx)
{
    if (!validCounts(data.churned) || !validCounts(data.censored))
        return fail(ErrorCode::InvalidArgument, "sBG counts must be finite and >= 0");
    const double total = data.customers();
    const double informative = std::accumulate(data.churned.begin(), data.churned.end(), 0.0) +
                               (data.censored.size() > 1
                                    ? std::accumulate(data.censored.begin() + 1, data.censored.end(), 0.0)
                                    : 0.0);
    if (!(informative > 0.0))
        return fail(ErrorCode::NoData, "no customer was observed through a period boundary");

    MleProblem problem;
    problem.model = "sbg";
    problem.names = {"alpha", "beta"};
    problem.unit = TimeUnit::Month;
    problem.observations = total;
    problem.patterns = static_cast<std::int64_t>(
        std::count_if(data.churned.begin(), data.churned.end(), [](double c) { return c > 0.0; }) +
        std::count_if(data.censored.begin(), data.censored.end(), [](double c) { return c > 0.0; }));
    problem.meanNegLL = [&data, total](std::span<const double> x) {
        const Sbg model{std::exp(x[0]), std::exp(x[1])};
        const double ll = model.logLikelihood(data);
        return std::isfinite(ll) ? -ll / total : std::numeric_limits<double>::infinity();
    };
    problem.gradient = [&data, total](std::span<const double> x, std::span<double> grad) {
        const double a = std::exp(x[0]);
        const double b = std::exp(x[1]);
        const double psiA = digamma(a), psiB = digamma(b), psiAB = digamma(a + b);
        double ga = 0.0, gb = 0.0;
        for (std::size_t i = 0; i < data.churned.size(); ++i) {
            const double w = data.churned[i];
            if (w <= 0.0)
                continue;
            const double t = static_cast<double>(i + 1);
            const double psiABt = digamma(a + b + t);
            ga += w * (digamma(a + 1.0) - psiABt - psiA + psiAB);
            gb += w * (digamma(b + t - 1.0) - psiABt - psiB + psiAB);
        }
        for (std::size_t n = 1; n < data.censored.size(); ++n) {
            const double w = data.censored[n];
            if (w <= 0.0)
                continue;
            const double t = static_cast<double>(n);
            const double psiABt = digamma(a + b + t);
            ga += w * (psiAB - psiABt);
            gb += w * (digamma(b + t) - psiABt - psiB + psiAB);
        }
        grad[0] = -a * ga / total;
        grad[1] = -b * gb / total;
    };
    for (double a0 : {1.0, 0.3, 3.0})
        for (double b0 : {1.0, 5.0})
            problem.starts.push_back({std::log(a0), std::log(b0)});

    auto fit = fitMaximumLikelihood(problem, options, ctx);
    if (!fit)
        return fail(fit.error());
    SbgFit out;
    out.model = Sbg::fromFit(*fit);
    out.fit = std::move(*fit);
    return out;
}

}  // namespace clv
