// SPDX-License-Identifier: MIT
#pragma once

#include "core/util/Result.h"

#include <functional>
#include <span>
#include <string>
#include <vector>

/// A small quasi-Newton minimiser and the linear algebra needed for standard errors. Unconstrained: models
/// optimise in log-parameter space. Never throws; failures are reported in the result.
namespace clv::numeric {

/// Objective: returns f(x) and writes ∇f(x) into `grad` (same size as x). May return +inf or NaN for points
/// outside the domain; the line search then steps back.
using Objective = std::function<double(std::span<const double> x, std::span<double> grad)>;

struct BfgsParams {
    int maxIterations = 500;
    double gradientTolerance = 1e-6;   ///< stop when ‖∇f‖∞ <= gradientTolerance · max(1, |f|)
    double relativeTolerance = 1e-14;  ///< stop when |Δf| <= relativeTolerance · max(1, |f|) for 3 steps in a row
    int maxLineSearchSteps = 60;
    double wolfeC1 = 1e-4;  ///< sufficient decrease (Armijo) constant
    double wolfeC2 = 0.9;   ///< curvature constant (strong Wolfe)
    double maxStep = 10.0;  ///< largest step length along one direction, in x units (∞-norm)
    /// Optional n×n (row-major) inverse-Hessian approximation to start from instead of the identity, e.g. the
    /// one a run on a subsample of the data ended with. Ignored unless it has n² finite entries.
    std::vector<double> initialInverseHessian;

    /// Empty when valid; otherwise the name of the first bad field.
    std::string validate() const;
};

enum class BfgsStatus {
    Converged,           ///< gradient tolerance met
    SmallChange,         ///< f stopped changing (converged in value, gradient test not met)
    MaxIterations,       ///< iteration limit reached
    LineSearchFailed,    ///< no acceptable step along a descent direction
    NonFiniteStart,      ///< f or ∇f is not finite at the starting point
    Cancelled,           ///< the stop callback asked to stop
};
const char* bfgsStatusName(BfgsStatus status);

struct BfgsResult {
    std::vector<double> x;
    double value = 0.0;
    std::vector<double> gradient;
    double gradientNorm = 0.0;  ///< ∞-norm of the final gradient
    int iterations = 0;
    int evaluations = 0;
    BfgsStatus status = BfgsStatus::MaxIterations;
    std::vector<double> inverseHessian;  ///< final inverse-Hessian approximation (n×n, row-major)

    bool converged() const { return status == BfgsStatus::Converged || status == BfgsStatus::SmallChange; }
};

/// Minimises f from x0 with BFGS (inverse-Hessian update) and a strong-Wolfe line search.
/// InvalidArgument for bad params or an empty x0. `stop`, if set, is polled once per iteration.
Result<BfgsResult> minimizeBfgs(const Objective& f, std::vector<double> x0, const BfgsParams& params = {},
                                const std::function<bool()>& stop = {});

/// Central-difference gradient of a value-only function, step h_i = step · max(1, |x_i|).
void numericGradient(const std::function<double(std::span<const double>)>& f, std::span<const double> x,
                     std::span<double> grad, double step = 1e-6);

/// Central-difference Hessian of a value-only function at x (n×n, row-major, symmetrised), step
/// h_i = step · max(1, |x_i|). Costs 2n² + 1 evaluations.
std::vector<double> numericHessian(const std::function<double(std::span<const double>)>& f,
                                   std::span<const double> x, double step = 1e-4);

/// Inverse of a symmetric positive definite n×n matrix (row-major) by Cholesky. InvalidArgument with detail
/// "not positive definite" when a pivot is <= 0 or not finite, or when the size is not n².
Result<std::vector<double>> invertSymmetricPositiveDefinite(std::span<const double> matrix, std::size_t n);

}  // namespace clv::numeric
