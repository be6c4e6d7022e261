// SPDX-License-Identifier: MIT
#pragma once

#include "FitResult.h"

namespace clv {

/// MBG/NBD (Batislam et al. 2007; Wagner & Hoppe 2008): like BG/NBD, but a customer can also drop out right
/// after the first purchase, so non-repeaters are not certainly alive. Times and α are in the fit's time unit.
struct MbgNbd {
    double r = 1.0;
    double alpha = 1.0;  ///< scale, in fit time units
    double a = 1.0;
    double b = 1.0;

    static MbgNbd fromFit(const FitResult& fit);  ///< parameters named r, alpha, a, b

    double logLikelihood(double x, double recency, double T) const;
    /// E[X(t)] for a new customer.
    double expectedPurchases(double t) const;
    /// Expected purchases in (T, T + t] given (x, recency, T).
    double conditionalExpectedPurchases(double t, double x, double recency, double T) const;
    /// Expected purchases in (T, T + t] given alive at T (x repeat purchases, age T); the conditional expectation is
    /// this times probabilityAlive. Near a = 1 the mean of the values at a = 1 ± 2e-4 is used.
    double aliveExpectedPurchases(double t, double x, double T) const;
    /// aliveExpectedPurchases at several horizons t[k] >= 0 at once (one hypergeometric coefficient sequence).
    void aliveExpectedPurchases(std::span<const double> t, double x, double T, std::span<double> out) const;
    /// P(alive at T | x, recency, T); below 1 also for x = 0.
    double probabilityAlive(double x, double recency, double T) const;
};

struct MbgNbdFit {
    MbgNbd model;
    FitResult fit;  ///< model "mbgnbd"
};

/// Maximum-likelihood fit; same data rules and options as fitBgNbd.
Result<MbgNbdFit> fitMbgNbd(std::span<const RfmObservation> data, TimeUnit unit, const FitOptions& options = {},
                            const TaskContext& ctx = {});

}  // namespace clv
