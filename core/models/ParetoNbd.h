// SPDX-License-Identifier: MIT
#pragma once

#include "FitResult.h"

namespace clv {

/// Pareto/NBD (Schmittlein, Morrison & Colombo 1987): Poisson purchases with a Gamma(r, α) rate while alive,
/// exponential lifetimes with a Gamma(s, β) dropout rate. Times, α and β are in the fit's time unit.
struct ParetoNbd {
    double r = 1.0;
    double alpha = 1.0;  ///< purchase-rate scale, in fit time units
    double s = 1.0;
    double beta = 1.0;   ///< dropout-rate scale, in fit time units

    static ParetoNbd fromFit(const FitResult& fit);  ///< parameters named r, alpha, s, beta

    /// Log-likelihood of one customer (A₀ in log space with a signed log-sum-exp). NaN if ₂F₁ fails.
    double logLikelihood(double x, double recency, double T) const;
    /// E[X(t)] for a new customer.
    double expectedPurchases(double t) const;
    /// Expected purchases in (T, T + t] given (x, recency, T).
    double conditionalExpectedPurchases(double t, double x, double recency, double T) const;
    /// Expected purchases in (T, T + t] given alive at T (x repeat purchases, age T); the conditional expectation is
    /// this times probabilityAlive.
    double aliveExpectedPurchases(double t, double x, double T) const;
    /// aliveExpectedPurchases at several horizons (closed form; for symmetry with the other models).
    void aliveExpectedPurchases(std::span<const double> t, double x, double T, std::span<double> out) const;
    /// P(alive at T | x, recency, T).
    double probabilityAlive(double x, double recency, double T) const;

private:
    /// ln of s/(r+s+x) · A₀ · (α+T)^(r+x) · (β+T)^s, the log-odds of "dead" against "alive".
    double logDeadOdds(double x, double recency, double T) const;
};

struct ParetoNbdFit {
    ParetoNbd model;
    FitResult fit;  ///< model "pareto"
};

/// Maximum-likelihood fit (numerical gradient); same data rules and options as fitBgNbd.
Result<ParetoNbdFit> fitParetoNbd(std::span<const RfmObservation> data, TimeUnit unit,
                                  const FitOptions& options = {}, const TaskContext& ctx = {});

}  // namespace clv
