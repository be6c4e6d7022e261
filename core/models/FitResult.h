// SPDX-License-Identifier: MIT
#pragma once

#include "core/metrics/CustomerSummary.h"
#include "core/util/Result.h"
#include "core/util/TaskContext.h"

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <vector>

namespace clv {

/// One customer as the models see it. frequency = repeat purchase periods, recency and T in the fit's time unit,
/// monetaryValue = mean repeat spend in currency units (0 when frequency = 0).
struct RfmObservation {
    double frequency = 0.0;
    double recency = 0.0;
    double T = 0.0;
    double monetaryValue = 0.0;
};

/// Converts a customer summary into model input (recency and T stay in the summary's unit).
std::vector<RfmObservation> toObservations(const CustomerSummary& summary);

/// Identical rows collapsed into one pattern with a weight (number of customers). Rows are compared exactly;
/// the order is that of the first occurrence.
struct CompressedRfm {
    std::vector<RfmObservation> rows;
    std::vector<double> weights;
    double totalWeight = 0.0;  ///< number of customers represented
};
/// Compresses on (frequency, recency, T) and, when `withMonetary`, also monetaryValue.
CompressedRfm compressObservations(std::span<const RfmObservation> data, bool withMonetary);

/// Codes of non-fatal problems reported with a fit. Values, never exceptions.
enum class FitWarningCode {
    NotConverged,               ///< the best start stopped without meeting the gradient tolerance
    ParameterAtBound,           ///< a parameter ran to 0 or infinity (|ln θ| > 18)
    HessianNotPositiveDefinite, ///< standard errors unavailable (reported as NaN)
    StartsDisagree,             ///< converged starting points ended at different optima
    RowsExcluded,               ///< input rows were left out (detail says how many and why)
    NonPositiveSpend,           ///< Gamma-Gamma: repeaters with spend <= 0 were excluded
    InfiniteMeanSpend,          ///< Gamma-Gamma: q <= 1, so the population mean spend does not exist
};
const char* fitWarningName(FitWarningCode code);  ///< "not-converged", "parameter-at-bound", ...

struct FitWarning {
    FitWarningCode code = FitWarningCode::NotConverged;
    std::string detail;
};

struct FitParameter {
    std::string name;              ///< "r", "alpha", "a", "b", "p", "q", "gamma", ...
    double value = 0.0;            ///< rate/scale parameters are per fit time unit (e.g. alpha in weeks)
    double standardError = 0.0;    ///< from the inverse Hessian of −LL (delta method from log space); NaN if unavailable
};

/// The outcome of a maximum-likelihood fit. The time unit of the data is part of the result: every prediction
/// horizon passed to the model must be in `unit`.
struct FitResult {
    std::string model;  ///< "bgnbd", "gg", ...
    TimeUnit unit = TimeUnit::Week;
    std::vector<FitParameter> parameters;
    std::vector<double> covariance;  ///< of the natural parameters, row-major (empty if unavailable)
    double logLikelihood = 0.0;      ///< total over customers (weights included)
    double aic = 0.0;                ///< 2k − 2LL
    double bic = 0.0;                ///< k·ln(n) − 2LL
    std::int64_t observations = 0;   ///< customers used by the fit
    std::int64_t patterns = 0;       ///< distinct rows after compression
    int iterations = 0;              ///< BFGS iterations of the best start
    double gradientNorm = 0.0;       ///< ∞-norm of the gradient of −LL/n in log-parameter space at the optimum
    bool converged = false;
    int startsTried = 0;
    int startsConverged = 0;
    std::vector<FitWarning> warnings;

    double parameter(std::string_view name) const;  ///< NaN when no such parameter
    bool hasWarning(FitWarningCode code) const;
};

/// Options common to all model fits.
struct FitOptions {
    int maxIterations = 500;
    double gradientTolerance = 1e-8;  ///< on the mean −LL per customer, in log-parameter space
    bool computeStandardErrors = true;
};

/// Generic MLE driver used by the models: minimises the mean negative log-likelihood `meanNegLL` over
/// log-parameters from each start (log space), keeps the best, then fills parameters, standard errors,
/// LL/AIC/BIC and warnings. `gradient`, if set, gives the analytic gradient of meanNegLL (else central
/// differences). Cancelled when ctx asks to stop.
struct MleProblem {
    std::string model;
    std::vector<std::string> names;
    std::function<double(std::span<const double> logParams)> meanNegLL;
    std::function<void(std::span<const double> logParams, std::span<double> grad)> gradient;
    /// Optional cheaper approximation of meanNegLL and its gradient (e.g. on a subsample of the patterns): when
    /// set, each start is first minimised on it, and the run on meanNegLL continues from where that ended, with
    /// the curvature it learned. The starts are still checked for agreement on meanNegLL itself.
    std::function<double(std::span<const double> logParams)> coarseMeanNegLL;
    std::function<void(std::span<const double> logParams, std::span<double> grad)> coarseGradient;
    std::vector<std::vector<double>> starts;  ///< log-parameter starting points
    double observations = 0.0;
    std::int64_t patterns = 0;
    TimeUnit unit = TimeUnit::Week;
};
Result<FitResult> fitMaximumLikelihood(const MleProblem& problem, const FitOptions& options,
                                       const TaskContext& ctx = {});

}  // namespace clv
