// SPDX-License-Identifier: MIT
#pragma once

#include "Valuation.h"

#include <span>
#include <vector>

namespace clv {

/// Interval on total CLV (and per group) from the parameter uncertainty of the two fits, by the delta method:
/// the gradient of each total with respect to the log-parameters (central differences, step 1e-4) is combined with
/// the fits' covariance mapped to log space (Σ_log[i][j] = Σ[i][j] / (θ_i θ_j)); the purchase and spend fits are
/// taken as independent (the Gamma-Gamma assumption). The interval is symmetric on the log scale, so it stays
/// positive: total · exp(±z · se / total). It covers parameter uncertainty only, not the randomness of individual
/// customers' purchases. Currency units.
struct ClvInterval {
    double level = 0.95;
    double total = 0.0;
    double standardError = 0.0;
    double lower = 0.0;
    double upper = 0.0;
    std::vector<double> groupTotal;
    std::vector<double> groupStandardError;
    std::vector<double> groupLower;
    std::vector<double> groupUpper;
};

/// The checks every delta-method interval makes first: `level` in (0, 1), valid settings, a 4 x 4 purchase and
/// a 3 x 3 spend covariance that are finite, and a usable spend model (q > 1). InvalidArgument naming the problem.
Result<void> checkIntervalInputs(double level, const ValuationSettings& settings,
                                 std::span<const double> purchaseCovariance, const GammaGamma& spend,
                                 std::span<const double> spendCovariance);

/// `purchaseCovariance` is the 4×4 row-major covariance of the purchase model's natural parameters (in the order
/// of PurchaseModel::parameters()), `spendCovariance` the 3×3 one of (p, q, γ) — as FitResult::covariance holds
/// them. InvalidArgument when a covariance is missing (the fit's Hessian was not positive definite) or has the
/// wrong size, for a level outside (0, 1), or invalid settings; Cancelled on request.
Result<ClvInterval> clvInterval(const CustomerBase& base, const PurchaseModel& model,
                                std::span<const double> purchaseCovariance, const GammaGamma& spend,
                                std::span<const double> spendCovariance, const ValuationSettings& settings,
                                double level = 0.95, const TaskContext& ctx = {});

/// Two-sided standard normal quantile z with P(|Z| <= z) = level, for level in (0, 1).
double normalTwoSidedQuantile(double level);

}  // namespace clv
