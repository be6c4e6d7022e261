// SPDX-License-Identifier: MIT
#include "GammaGamma.h"

#include "ModelData.h"
#include "core/numeric/SpecialFunctions.h"

#include <array>
#include <cmath>
#include <limits>
#include <map>
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
    // Per distinct x: weight and Σ w·ln m. Only ln(γ + x·m) couples a parameter with the individual spend, so
    // one pass over the rows per distinct γ gives every sum the LL and its gradient need.
    std::vector<double> xs, xWeight, xSumLogM;
    {
        std::map<double, std::size_t> seen;
        for (std::size_t i = 0; i < n; ++i) {
            auto [it, inserted] = seen.try_emplace(comp.rows[i].frequency, xs.size());
            if (inserted) {
                xs.push_back(comp.rows[i].frequency);
                xWeight.push_back(0.0);
                xSumLogM.push_back(0.0);
            }
            xWeight[it->second] += comp.weights[i];
            xSumLogM[it->second] += comp.weights[i] * std::log(comp.rows[i].monetaryValue);
        }
    }
    struct GammaSums {
        double gamma = kNaN;
        double sumLog = 0.0, sumXLog = 0.0;  // Σ w ln(γ + x m), Σ w x ln(γ + x m)
        double sumInv = 0.0, sumXInv = 0.0;  // Σ w / (γ + x m), Σ w x / (γ + x m)
    };
    // The rows are binned by c = x·m on a log scale (ratio √2), each bin around its geometric centre c_j, so that
    // e = (c − c_j)/c_j lies in [−0.16, 0.19]. With s = c_j/(γ + c_j) in (0, 1),
    //   ln(γ + c) = ln(γ + c_j) + ln(1 + s·e) = ln(γ + c_j) + Σ_k (−1)^(k+1) s^k e^k / k,
    //   1/(γ + c) = 1/(γ + c_j) · Σ_k (−s·e)^k,
    // for every γ > 0, and |s·e|^kTerms < 1e-17: the per-bin moments Σ w e^k and Σ w x e^k, computed once, give
    // every sum at any γ in O(bins · kTerms) instead of one logarithm per row.
    constexpr int kTerms = 26;
    struct Bin {
        double centre = 0.0;
        std::array<double, kTerms + 1> m{}, mx{};  // Σ w e^k, Σ w x e^k for k = 0..kTerms
    };
    std::vector<Bin> bins;
    {
        std::map<int, std::size_t> binOf;
        for (std::size_t i = 0; i < n; ++i) {
            const double x = comp.rows[i].frequency, w = comp.weights[i];
            const double c = x * comp.rows[i].monetaryValue;
            const int idx = static_cast<int>(std::floor(2.0 * std::log2(c)));
            auto [it, inserted] = binOf.try_emplace(idx, bins.size());
            if (inserted) {
                bins.emplace_back();
                bins.back().centre = std::exp2((idx + 0.5) / 2.0);
            }
            Bin& b = bins[it->second];
            const double e = (c - b.centre) / b.centre;
            double pw = w;
            for (int k = 0; k <= kTerms; ++k) {
                b.m[static_cast<std::size_t>(k)] += pw;
                b.mx[static_cast<std::size_t>(k)] += x * pw;
                pw *= e;
            }
        }
    }
    GammaSums cache;
    const auto sums = [&](double g) -> const GammaSums& {
        if (g != cache.gamma) {
            GammaSums c;
            c.gamma = g;
            for (const Bin& b : bins) {
                const double denom = g + b.centre, s = b.centre / denom, logDenom = std::log(denom);
                double logSeries = 0.0, logSeriesX = 0.0, invSeries = b.m[0], invSeriesX = b.mx[0];
                double sk = 1.0;
                for (int k = 1; k <= kTerms; ++k) {
                    sk *= -s;  // (−s)^k
                    const auto kk = static_cast<std::size_t>(k);
                    logSeries -= sk * b.m[kk] / k;
                    logSeriesX -= sk * b.mx[kk] / k;
                    invSeries += sk * b.m[kk];
                    invSeriesX += sk * b.mx[kk];
                }
                c.sumLog += b.m[0] * logDenom + logSeries;
                c.sumXLog += b.mx[0] * logDenom + logSeriesX;
                c.sumInv += invSeries / denom;
                c.sumXInv += invSeriesX / denom;
            }
            cache = c;
        }
        return cache;
    };
    problem.meanNegLL = [&](std::span<const double> lp) {
        const double p = std::exp(lp[0]), q = std::exp(lp[1]), g = std::exp(lp[2]);
        const double logG = std::log(g), lgQ = logGamma(q);
        double sum = 0.0;
        for (std::size_t k = 0; k < xs.size(); ++k) {
            const double px = p * xs[k];
            sum += xWeight[k] * (logGamma(px + q) - logGamma(px) - lgQ + q * logG + px * std::log(xs[k]))
                   + (px - 1.0) * xSumLogM[k];
        }
        const auto& c = sums(g);
        sum -= p * c.sumXLog + q * c.sumLog;
        return std::isfinite(sum) ? -sum / total : std::numeric_limits<double>::infinity();
    };
    problem.gradient = [&](std::span<const double> lp, std::span<double> grad) {
        const double p = std::exp(lp[0]), q = std::exp(lp[1]), g = std::exp(lp[2]);
        const double psiQ = digamma(q), logG = std::log(g);
        double gp = 0.0, gq = 0.0;
        for (std::size_t k = 0; k < xs.size(); ++k) {
            const double x = xs[k], w = xWeight[k], psiPXQ = digamma(p * x + q);
            gp += w * x * (psiPXQ - digamma(p * x) + std::log(x)) + x * xSumLogM[k];
            gq += w * (psiPXQ - psiQ + logG);
        }
        const auto& c = sums(g);
        gp -= c.sumXLog;
        gq -= c.sumLog;
        const double gg = q * total / g - (p * c.sumXInv + q * c.sumInv);
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
