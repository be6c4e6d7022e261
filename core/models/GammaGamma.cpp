// SPDX-License-Identifier: MIT
#include "GammaGamma.h"

#include "ModelData.h"
#include "core/numeric/SpecialFunctions.h"

#include <array>
#include <cmath>
#include <limits>
#include <sstream>

namespace clv {
namespace {

using numeric::digamma;
using numeric::logGamma;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

}  // namespace

GammaGamma GammaGamma::fromFit(const FitResult& fit)
{
    return {fit.parameter("p"), fit.parameter("q"), fit.parameter("gamma")};
}

double GammaGamma::logLikelihood(double x, double m) const
{
    const double px = p * x;
    return logGamma(px + q) - logGamma(px) - logGamma(q) + q * std::log(gamma) + (px - 1.0) * std::log(m)
           + px * std::log(x) - (px + q) * std::log(gamma + x * m);
}

double GammaGamma::populationMean() const { return q > 1.0 ? p * gamma / (q - 1.0) : kNaN; }

double GammaGamma::conditionalExpectedSpend(double x, double m) const
{
    if (!(x >= 0.0))
        return kNaN;
    if (x == 0.0)
        return populationMean();
    if (!(m > 0.0))
        return kNaN;
    const double denom = p * x + q - 1.0;
    if (!(denom > 0.0))
        return kNaN;
    return p * (gamma + x * m) / denom;
}

Result<GammaGammaFit> fitGammaGamma(std::span<const RfmObservation> data, TimeUnit unit, const FitOptions& options,
                                    const TaskContext& ctx)
{
    std::vector<FitWarning> warnings;
    auto rows = detail::usableRows(data, true, warnings);
    if (rows.empty())
        return fail(ErrorCode::NoData, "no repeat customer with positive mean spend");
    for (auto& row : rows)  // only (x, m) matter: compress on them
        row.recency = row.T = 0.0;
    const CompressedRfm comp = compressObservations(rows, true);
    const std::size_t n = comp.rows.size();
    const double total = comp.totalWeight;
    double meanSpend = 0.0;
    for (std::size_t i = 0; i < n; ++i)
        meanSpend += comp.weights[i] * comp.rows[i].monetaryValue / total;

    MleProblem problem;
    problem.model = "gg";
    problem.names = {"p", "q", "gamma"};
    problem.observations = total;
    problem.patterns = static_cast<std::int64_t>(n);
    problem.unit = unit;
    problem.meanNegLL = [&](std::span<const double> lp) {
        const GammaGamma m{std::exp(lp[0]), std::exp(lp[1]), std::exp(lp[2])};
        double sum = 0.0;
        for (std::size_t i = 0; i < n; ++i)
            sum += comp.weights[i] * m.logLikelihood(comp.rows[i].frequency, comp.rows[i].monetaryValue);
        return -sum / total;
    };
    problem.gradient = [&](std::span<const double> lp, std::span<double> grad) {
        const double p = std::exp(lp[0]), q = std::exp(lp[1]), g = std::exp(lp[2]);
        const double psiQ = digamma(q), logG = std::log(g);
        double gp = 0.0, gq = 0.0, gg = 0.0;
        for (std::size_t i = 0; i < n; ++i) {
            const double x = comp.rows[i].frequency, m = comp.rows[i].monetaryValue, w = comp.weights[i];
            const double psiPXQ = digamma(p * x + q), logGXM = std::log(g + x * m);
            gp += w * x * (psiPXQ - digamma(p * x) + std::log(m) + std::log(x) - logGXM);
            gq += w * (psiPXQ - psiQ + logG - logGXM);
            gg += w * (q / g - (p * x + q) / (g + x * m));
        }
        grad[0] = -gp * p / total;
        grad[1] = -gq * q / total;
        grad[2] = -gg * g / total;
    };
    for (const auto& s : {std::array<double, 3>{1.0, 2.0, meanSpend}, std::array<double, 3>{5.0, 4.0, 0.6 * meanSpend},
                          std::array<double, 3>{0.5, 1.5, 0.25 * meanSpend}})
        problem.starts.push_back({std::log(s[0]), std::log(s[1]), std::log(s[2])});

    auto fit = fitMaximumLikelihood(problem, options, ctx);
    if (!fit)
        return fail(fit.error());
    fit->warnings.insert(fit->warnings.begin(), warnings.begin(), warnings.end());
    GammaGammaFit out{GammaGamma::fromFit(*fit), std::move(*fit)};
    if (!(out.model.q > 1.0)) {
        std::ostringstream msg;
        msg << "q = " << out.model.q << " <= 1: the population mean spend does not exist";
        out.fit.warnings.push_back({FitWarningCode::InfiniteMeanSpend, msg.str()});
    }
    return out;
}

}  // namespace clv
