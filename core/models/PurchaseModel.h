// SPDX-License-Identifier: MIT
#pragma once

#include "BgNbd.h"
#include "MbgNbd.h"
#include "ParetoNbd.h"

#include <array>
#include <optional>
#include <string_view>

namespace clv {

enum class PurchaseModelKind { BgNbd, MbgNbd, ParetoNbd };
const char* purchaseModelName(PurchaseModelKind kind);  ///< "bgnbd", "mbgnbd", "pareto" (as FitResult::model)
std::optional<PurchaseModelKind> parsePurchaseModelKind(std::string_view name);

/// Fit time units per month of 30.4375 days (365.25 / 12): day 30.4375, week 30.4375 / 7 = 4.348, month 1.
/// Every conversion between a fit's unit and calendar months goes through this function.
double unitsPerMonth(TimeUnit unit);

/// What-if changes of purchase behaviour, applied to fitted parameters without refitting.
struct BehaviourChange {
    /// Percentage points added to the per-period retention. BG/NBD and MBG/NBD: retention per purchase
    /// 1 − a/(a+b) (the mean of the dropout Beta is shifted, a+b kept). Pareto/NBD: monthly retention of an alive
    /// customer E[e^(−μ·m)] = (β/(β+m))^s with m = units per month (β solved, shape s kept).
    double retentionPoints = 0.0;
    /// Percent change of every customer's purchase rate while alive: α is divided by (1 + change/100).
    double frequencyPercent = 0.0;
};

/// One fitted purchase model (BG/NBD, MBG/NBD or Pareto/NBD) with the time unit of its fit. Every time argument
/// (t, recency, T) is in `unit()`; horizons in months must be converted with unitsPerMonth(unit()).
class PurchaseModel {
public:
    PurchaseModel(const BgNbd& m, TimeUnit unit);
    PurchaseModel(const MbgNbd& m, TimeUnit unit);
    PurchaseModel(const ParetoNbd& m, TimeUnit unit);

    /// From a fit of model "bgnbd", "mbgnbd" or "pareto". InvalidArgument for another model or a parameter that is
    /// missing, not finite or not positive.
    static Result<PurchaseModel> fromFit(const FitResult& fit);

    PurchaseModelKind kind() const { return m_kind; }
    TimeUnit unit() const { return m_unit; }
    /// (r, α, a, b) or (r, α, s, β), in the order of the fit's parameters.
    std::array<double, 4> parameters() const { return m_p; }
    /// The same kind and unit with other parameters (all must be positive and finite; not checked).
    PurchaseModel withParameters(const std::array<double, 4>& p) const;
    /// The model after a behaviour change. InvalidArgument when the retention leaves (0, 1) or the frequency
    /// change is <= −100 %.
    Result<PurchaseModel> adjusted(const BehaviourChange& change) const;
    /// The retention that BehaviourChange::retentionPoints acts on, as a fraction (see there).
    double retention() const;

    double expectedPurchases(double t) const;  ///< E[X(t)] of a new customer
    double conditionalExpectedPurchases(double t, double x, double recency, double T) const;
    double aliveExpectedPurchases(double t, double x, double T) const;  ///< given alive at T; independent of recency
    /// aliveExpectedPurchases at several horizons at once (shared hypergeometric coefficients).
    void aliveExpectedPurchases(std::span<const double> t, double x, double T, std::span<double> out) const;
    double probabilityAlive(double x, double recency, double T) const;

private:
    PurchaseModelKind m_kind;
    TimeUnit m_unit;
    std::array<double, 4> m_p;
};

}  // namespace clv
