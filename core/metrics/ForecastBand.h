// SPDX-License-Identifier: MIT
#pragma once

#include "core/models/CustomerBase.h"
#include "core/models/GammaGamma.h"
#include "core/models/PurchaseModel.h"
#include "core/models/Valuation.h"
#include "core/util/Result.h"
#include "core/util/TaskContext.h"

#include <span>
#include <vector>

namespace clv {

/// Interval on the expected revenue of each future month (ClvTotals::monthlyRevenue: undiscounted, before margin,
/// price change applied) from the parameter uncertainty of the purchase and spend fits, by the same delta method
/// as clvInterval: gradients of each month's revenue with respect to the log-parameters (central differences, step
/// 1e-4) combined with the fits' covariances mapped to log space, the two fits taken as independent; per month the
/// interval is revenue · exp(±z · se / revenue) (positive, symmetric on the log scale). It covers parameter
/// uncertainty only, not the randomness of individual customers' purchases.
struct RevenueForecastBand {
    double level = 0.95;
    std::vector<double> revenue;        ///< per month k = 1..horizon, equal to valueCustomers' monthlyRevenue
    std::vector<double> standardError;  ///< per month
    std::vector<double> lower;          ///< per month
    std::vector<double> upper;          ///< per month
};

/// Covariances as FitResult::covariance holds them (4×4 purchase, 3×3 Gamma-Gamma, row-major). InvalidArgument when
/// a covariance is missing or has the wrong size, for a level outside (0, 1), invalid settings or an unusable spend
/// model; Cancelled on request.
Result<RevenueForecastBand> revenueForecastBand(const CustomerBase& base, const PurchaseModel& model,
                                                std::span<const double> purchaseCovariance, const GammaGamma& spend,
                                                std::span<const double> spendCovariance,
                                                const ValuationSettings& settings, double level = 0.95,
                                                const TaskContext& ctx = {});

}  // namespace clv
