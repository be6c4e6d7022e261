// SPDX-License-Identifier: MIT
#pragma once

#include "core/models/FitResult.h"
#include "core/util/Result.h"
#include "core/util/TaskContext.h"

#include <span>
#include <vector>

namespace clv {

/// Contractual churn data for the shifted-beta-geometric model, in periods (months for subscriptions).
/// A customer's lifetime T >= 1 is the period in which they churn: T = 1 means they did not renew at the end of the
/// first period. `churned[t - 1]` customers churned in period t (t = 1, 2, ...); `censored[n]` customers were
/// observed alive through n periods (T > n) and not beyond (n = 0, 1, ...). Counts may be fractional (weights).
struct SbgData {
    std::vector<double> churned;
    std::vector<double> censored;

    /// From a classic survivor table: survivors[0] = customers at the start, survivors[t] = still active after
    /// t periods (non-increasing). Everybody alive at the last entry is censored there.
    /// InvalidArgument when the table is empty, negative or increasing.
    static Result<SbgData> fromSurvivors(std::span<const double> survivors);

    double customers() const;    ///< Σ churned + Σ censored
    int observedPeriods() const; ///< largest t with a churn in t or a customer alive through t
};

/// Shifted-beta-geometric model (Fader & Hardie 2007, "How to project customer retention"): every customer churns
/// at the end of each period with a constant probability θ ~ Beta(α, β). Periods are counted from 1; all functions
/// take period counts (not dates). Invariants for α, β > 0: S(0) = 1, S decreasing, retention rising in t.
struct Sbg {
    double alpha = 1.0;
    double beta = 1.0;

    /// P(T = t) = B(α + 1, β + t − 1) / B(α, β), for t >= 1 (0 for t < 1).
    double churnProbability(int t) const;
    /// S(t) = P(T > t) = B(α, β + t) / B(α, β); t >= 0 may be fractional (1 at t = 0).
    double survival(double t) const;
    /// r(t) = S(t) / S(t − 1) = (β + t − 1) / (α + β + t − 1), for t >= 1.
    double retentionRate(int t) const;
    /// Log-likelihood of the data: Σ churned[t−1]·ln P(T = t) + Σ censored[n]·ln S(n).
    double logLikelihood(const SbgData& data) const;

    /// Discounted expected lifetime of a new customer, in periods of payment, the first payment (at the start)
    /// undiscounted: DEL = Σ_{t>=0} S(t) / (1 + d)^t = ₂F₁(1, β; α + β; 1 / (1 + d)) (Fader & Hardie 2010).
    /// `discountRate` d is per period and must be > 0; NaN otherwise.
    double discountedExpectedLifetime(double discountRate) const;
    /// Discounted expected residual lifetime of a customer who has renewed `renewals` = n times (is active in
    /// period n + 1), in future payments, the next one undiscounted:
    /// DERL = Σ_{k>=1} S(n + k) / S(n) / (1 + d)^(k − 1) = (β + n)/(α + β + n) · ₂F₁(1, β + n + 1; α + β + n + 1;
    /// 1/(1 + d)). This is Fader & Hardie's E(DERL | n renewals). d > 0 per period; NaN otherwise. When the ₂F₁
    /// series cannot be evaluated (α, β in the millions) the sum is taken term by term instead.
    double discountedExpectedResidualLifetime(double discountRate, int renewals) const;

    /// S(from + 1), ..., S(from + count): projected survival of the whole cohort after the observed periods.
    std::vector<double> projectSurvival(int from, int count) const;
    /// Builds the model from a fit with parameters named alpha, beta.
    static Sbg fromFit(const FitResult& fit);
};

struct SbgFit {
    Sbg model;
    FitResult fit;  ///< model "sbg", parameters alpha, beta, unit Month
};

/// Maximum-likelihood fit of α, β in log space from several starting points (analytic gradient), with standard
/// errors from the Hessian. NoData when the data hold no customer observed through at least one period boundary
/// (no churn and no renewal: nothing to learn from); InvalidArgument for negative or non-finite counts.
Result<SbgFit> fitSbg(const SbgData& data, const FitOptions& options = {}, const TaskContext& ctx = {});

}  // namespace clv
