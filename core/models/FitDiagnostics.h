// SPDX-License-Identifier: MIT
#pragma once

#include "core/models/FitResult.h"
#include "core/models/PurchaseModel.h"
#include "core/util/Result.h"
#include "core/util/TaskContext.h"

#include <cstdint>
#include <span>
#include <vector>

namespace clv {

/// Fit diagnostics of a purchase model on its calibration data: the distribution of repeat purchases that the
/// model implies for the customers' own observation periods, to compare with the actual frequency histogram
/// (Fader, Hardie & Lee 2005, figure 2).

/// P(X(t) = n) for n = 0 .. count − 1: the probability that a new customer makes exactly n repeat purchases in
/// (0, t], t in the model's time unit (PurchaseModel::unit()). Closed forms for BG/NBD (eq. 8 of the paper) and
/// MBG/NBD (Batislam et al. 2007: dropout also possible at time 0); Pareto/NBD integrates the NBD count over the
/// Pareto (Lomax) lifetime, P = (β/(β+t))^s·NBD(n; t) + ∫₀ᵗ sβ^s/(β+u)^(s+1)·NBD(n; u) du, adaptively to 1e-12.
/// Empty for count <= 0; NaN entries for t < 0 or not finite.
std::vector<double> purchaseCountProbabilities(const PurchaseModel& model, double t, int count);

/// One bar pair of the frequency histogram.
struct FrequencyBin {
    int frequency = 0;        ///< repeat purchase periods x; the open-ended last bin holds every x >= frequency
    bool openEnded = false;
    std::int64_t actual = 0;  ///< customers whose observed frequency falls in the bin
    double expected = 0.0;    ///< Σ over customers of P(X(T_i) in the bin), in customers
};

struct FrequencyHistogram {
    std::vector<FrequencyBin> bins;  ///< frequencies 0 .. maxBin − 1, then "maxBin+"
    std::int64_t customers = 0;      ///< rows used (finite, non-negative frequency and T)
    /// Pearson χ² = Σ (actual − expected)² / expected over the bins with expected > 0 (a goodness-of-fit measure;
    /// degrees of freedom = bins − 1 − number of parameters).
    double chiSquare = 0.0;
};

/// Actual against expected number of customers with 0, 1, ..., maxBin − 1 and maxBin or more repeat purchases,
/// each customer's expectation taken over its own age T (in the model's unit, as in `data`). Rows with a negative
/// or non-finite frequency or T are left out. InvalidArgument for maxBin < 1; NoData without a usable row;
/// Cancelled when `ctx` is stopped.
Result<FrequencyHistogram> frequencyHistogram(const PurchaseModel& model, std::span<const RfmObservation> data,
                                              int maxBin = 7, const TaskContext& ctx = {});

}  // namespace clv
