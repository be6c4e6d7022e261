// SPDX-License-Identifier: MIT
#include "FitResult.h"

#include "ModelData.h"

#include "core/numeric/Optimizer.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <map>
#include <sstream>

namespace clv {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kBoundLog = 18.0;  // |ln θ| beyond this: the parameter ran to 0 or infinity

}  // namespace

std::vector<RfmObservation> toObservations(const CustomerSummary& summary)
{
    std::vector<RfmObservation> out;
    out.reserve(summary.rows.size());
    for (const auto& row : summary.rows)
        out.push_back({static_cast<double>(row.frequency), row.recency, row.T, row.monetaryValue});
    return out;
}

namespace {

/// Compression keyed by the N words key(obs) returns (only the fields that can differ between rows).
template <std::size_t N, typename KeyFn>
CompressedRfm compressWith(std::span<const RfmObservation> data, bool withMonetary, KeyFn key)
{
    CompressedRfm out;
    detail::DenseIndex<N> index(data.size() / 2);
    out.rows.reserve(data.size());  // address space only: pages are touched as patterns are found
    out.weights.reserve(data.size());
    constexpr std::size_t kAhead = 16;  // rows whose hash slot is prefetched ahead of their insert
    for (std::size_t r = 0; r < data.size(); ++r) {
        if (r + kAhead < data.size())
            index.prefetch(key(data[r + kAhead]));
        const auto& obs = data[r];
        bool inserted = false;
        const std::uint32_t i = index.insert(key(obs), inserted);
        if (inserted) {
            out.rows.push_back(obs);
            if (!withMonetary)
                out.rows.back().monetaryValue = 0.0;
            out.weights.push_back(1.0);
        } else {
            out.weights[i] += 1.0;
        }
        out.totalWeight += 1.0;
    }
    return out;
}

}  // namespace

CompressedRfm compressObservations(std::span<const RfmObservation> data, bool withMonetary)
{
    using detail::keyBits;
    if (!withMonetary)
        return compressWith<3>(data, false, [](const RfmObservation& o) {
            return detail::DenseIndex<3>::Key{keyBits(o.frequency), keyBits(o.recency), keyBits(o.T)};
        });
    const bool ageless = std::all_of(data.begin(), data.end(), [](const RfmObservation& o) {
        return keyBits(o.recency) == keyBits(0.0) && keyBits(o.T) == keyBits(0.0);
    });
    if (ageless)  // the spend model keys on (x, m) only
        return compressWith<2>(data, true, [](const RfmObservation& o) {
            return detail::DenseIndex<2>::Key{keyBits(o.frequency), keyBits(o.monetaryValue)};
        });
    return compressWith<4>(data, true, [](const RfmObservation& o) {
        return detail::DenseIndex<4>::Key{keyBits(o.frequency), keyBits(o.recency), keyBits(o.T),
                                          keyBits(o.monetaryValue)};
    });
}

const char* fitWarningName(FitWarningCode code)
{
    switch (code) {
    case FitWarningCode::NotConverged: return "not-converged";
    case FitWarningCode::ParameterAtBound: return "parameter-at-bound";
    case FitWarningCode::HessianNotPositiveDefinite: return "hessian-not-positive-definite";
    case FitWarningCode::StartsDisagree: return "starts-disagree";
    case FitWarningCode::RowsExcluded: return "rows-excluded";
    case FitWarningCode::NonPositiveSpend: return "non-positive-spend";
    case FitWarningCode::InfiniteMeanSpend: return "infinite-mean-spend";
    }
    return "unknown";
}

double FitResult::parameter(std::string_view name) const
{
    for (const auto& p : parameters)
        if (p.name == name)
            return p.value;
    return kNaN;
}

bool FitResult::hasWarning(FitWarningCode code) const
{
    for (const auto& w : warnings)
        if (w.code == code)
            return true;
    return false;
}

Result<FitResult> fitMaximumLikelihood(const MleProblem& problem, const FitOptions& options, const TaskContext& ctx)
{
    const std::size_t k = problem.names.size();
    if (k == 0 || problem.starts.empty() || !problem.meanNegLL)
        return fail(ErrorCode::InvalidArgument, "model problem without parameters or starting points");
    if (!(problem.observations > 0.0))
        return fail(ErrorCode::NoData, "no customers to fit");
    numeric::BfgsParams bp;
    bp.maxIterations = options.maxIterations;
    bp.gradientTolerance = options.gradientTolerance;
    const numeric::Objective objective = [&](std::span<const double> x, std::span<double> grad) {
        const double v = problem.meanNegLL(x);
        if (!std::isfinite(v))
            return v;
        if (problem.gradient)
            problem.gradient(x, grad);
        else
            numeric::numericGradient(problem.meanNegLL, x, grad, 1e-6);
        return v;
    };
    const numeric::Objective coarseObjective = [&](std::span<const double> x, std::span<double> grad) {
        const double v = problem.coarseMeanNegLL(x);
        if (std::isfinite(v))
            problem.coarseGradient(x, grad);
        return v;
    };
    const auto stop = [&ctx] { return ctx.cancelled(); };

    FitResult fit;
    fit.model = problem.model;
    fit.unit = problem.unit;
    fit.observations = static_cast<std::int64_t>(std::llround(problem.observations));
    fit.patterns = problem.patterns;
    std::vector<numeric::BfgsResult> runs;
    for (const auto& start : problem.starts) {
        if (start.size() != k)
            return fail(ErrorCode::Internal, "starting point of the wrong size");
        numeric::BfgsParams fullParams = bp;
        std::vector<double> from = start;
        if (problem.coarseMeanNegLL && problem.coarseGradient) {
            numeric::BfgsParams coarseParams = bp;
            coarseParams.gradientTolerance = std::max(bp.gradientTolerance, 1e-6);
            auto coarse = numeric::minimizeBfgs(coarseObjective, start, coarseParams, stop);
            if (!coarse)
                return fail(coarse.error());
            if (coarse->status == numeric::BfgsStatus::Cancelled)
                return fail(ErrorCode::Cancelled, "model fit cancelled");
            if (coarse->converged() && std::isfinite(coarse->value)) {
                from = coarse->x;
                fullParams.initialInverseHessian = coarse->inverseHessian;
            }
        }
        auto run = numeric::minimizeBfgs(objective, from, fullParams, stop);
        if (!run)
            return fail(run.error());
        if (run->status == numeric::BfgsStatus::Cancelled)
            return fail(ErrorCode::Cancelled, "model fit cancelled");
        ++fit.startsTried;
        if (run->converged() && std::isfinite(run->value))
            ++fit.startsConverged;
        runs.push_back(std::move(*run));
        if (ctx.progress)
            ctx.progress(static_cast<double>(runs.size()) / static_cast<double>(problem.starts.size() + 1));
    }
    std::size_t best = runs.size();
    for (std::size_t i = 0; i < runs.size(); ++i)
        if (std::isfinite(runs[i].value) && (best == runs.size() || runs[i].value < runs[best].value))
            best = i;
    if (best == runs.size())
        return fail(ErrorCode::NoData, "the likelihood is not finite at any starting point");
    const auto& run = runs[best];
    fit.iterations = run.iterations;
    fit.gradientNorm = run.gradientNorm;
    fit.converged = run.converged();
    fit.logLikelihood = -run.value * problem.observations;
    fit.aic = 2.0 * static_cast<double>(k) - 2.0 * fit.logLikelihood;
    fit.bic = static_cast<double>(k) * std::log(problem.observations) - 2.0 * fit.logLikelihood;
    if (!fit.converged)
        fit.warnings.push_back({FitWarningCode::NotConverged,
                                std::string("optimizer stopped: ") + numeric::bfgsStatusName(run.status)});
    for (std::size_t i = 0; i < runs.size(); ++i) {
        if (i == best || !runs[i].converged())
            continue;
        if (runs[i].value - run.value > 1e-7 * std::max(1.0, std::abs(run.value))) {
            std::ostringstream msg;
            msg << "start " << i + 1 << " ended at LL " << -runs[i].value * problem.observations << " (best "
                << fit.logLikelihood << ")";
            fit.warnings.push_back({FitWarningCode::StartsDisagree, msg.str()});
        }
    }
    for (std::size_t i = 0; i < k; ++i) {
        fit.parameters.push_back({problem.names[i], std::exp(run.x[i]), kNaN});
        if (std::abs(run.x[i]) > kBoundLog)
            fit.warnings.push_back({FitWarningCode::ParameterAtBound,
                                    problem.names[i] + (run.x[i] > 0 ? " ran to infinity" : " ran to zero")});
    }
    if (options.computeStandardErrors) {
        std::vector<double> hess;
        if (problem.gradient) {  // central differences of the analytic gradient: 2k gradient evaluations
            hess.assign(k * k, 0.0);
            std::vector<double> xs = run.x, up(k), down(k);
            for (std::size_t j = 0; j < k; ++j) {
                const double h = 1e-5 * std::max(1.0, std::abs(run.x[j]));
                xs[j] = run.x[j] + h;
                problem.gradient(xs, up);
                xs[j] = run.x[j] - h;
                problem.gradient(xs, down);
                xs[j] = run.x[j];
                for (std::size_t i = 0; i < k; ++i)
                    hess[i * k + j] = (up[i] - down[i]) / (2.0 * h);
            }
            for (std::size_t i = 0; i < k; ++i)
                for (std::size_t j = 0; j < i; ++j)
                    hess[i * k + j] = hess[j * k + i] = 0.5 * (hess[i * k + j] + hess[j * k + i]);
        } else {
            hess = numeric::numericHessian(problem.meanNegLL, run.x, 1e-4);
        }
        for (double& h : hess)
            h *= problem.observations;
        auto inv = numeric::invertSymmetricPositiveDefinite(hess, k);
        if (!inv) {
            fit.warnings.push_back({FitWarningCode::HessianNotPositiveDefinite, "standard errors are not available"});
        } else {
            fit.covariance.assign(k * k, 0.0);
            for (std::size_t i = 0; i < k; ++i) {
                for (std::size_t j = 0; j < k; ++j)  // delta method: d θ = θ d ln θ
                    fit.covariance[i * k + j] = fit.parameters[i].value * fit.parameters[j].value * (*inv)[i * k + j];
                fit.parameters[i].standardError = std::sqrt(fit.covariance[i * k + i]);
            }
        }
    }
    if (ctx.progress)
        ctx.progress(1.0);
    return fit;
}

}  // namespace clv
