// SPDX-License-Identifier: MIT
#pragma once

#include "FitResult.h"

namespace clv {

/// BG/NBD (Fader, Hardie & Lee 2005): purchases while alive are Poisson with a Gamma(r, α) distributed rate; after
/// each repeat purchase the customer drops out with a Beta(a, b) distributed probability.
/// All times (t, recency, T) and α are in the time unit of the fit (FitResult::unit); frequency counts repeat
/// purchase periods. Every function returns a finite number for valid input (NaN only for invalid input or a
/// hypergeometric series that could not be evaluated reliably).
struct BgNbd {
    double r = 1.0;
    double alpha = 1.0;  ///< scale, in fit time units
    double a = 1.0;
    double b = 1.0;

    /// Builds the model from a fit with parameters named r, alpha, a, b.
    static BgNbd fromFit(const FitResult& fit);

    /// Log-likelihood of one customer (stable form of Hardie's note 027).
    double logLikelihood(double x, double recency, double T) const;
    /// E[X(t)]: expected repeat purchases in (0, t] of a new customer.
    double expectedPurchases(double t) const;
    /// Conditional expected purchases in (T, T + t] for a customer with history (x, recency, T).
    double conditionalExpectedPurchases(double t, double x, double recency, double T) const;
    /// Expected purchases in (T, T + t] of a customer with x repeat purchases and age T who is alive at T, so that
    /// conditionalExpectedPurchases = aliveExpectedPurchases · probabilityAlive. Independent of recency. Near a = 1,
    /// where the closed form is 0/0, the mean of the values at a = 1 ± 2e-4 is used.
    double aliveExpectedPurchases(double t, double x, double T) const;
    /// aliveExpectedPurchases at several horizons t[k] >= 0 at once (one hypergeometric coefficient sequence).
    void aliveExpectedPurchases(std::span<const double> t, double x, double T, std::span<double> out) const;
    /// P(alive at T | x, recency, T); 1 when x = 0.
    double probabilityAlive(double x, double recency, double T) const;
    /// P(X(t) = n) for a new customer (eq. 8 of the paper).
    double probabilityOfPurchases(int n, double t) const;
};

struct BgNbdFit {
    BgNbd model;
    FitResult fit;  ///< model "bgnbd", parameters r, alpha, a, b
};

/// Maximum-likelihood fit in log-parameter space from several starting points (the best kept), on rows
/// compressed into weighted (frequency, recency, T) patterns. `unit` is the unit of recency and T in `data` and
/// is stored with the fit. Rows with negative or non-finite values, or recency > T, are left out with a
/// RowsExcluded warning. NoData when no usable row remains.
Result<BgNbdFit> fitBgNbd(std::span<const RfmObservation> data, TimeUnit unit, const FitOptions& options = {},
                          const TaskContext& ctx = {});

}  // namespace clv
