// SPDX-License-Identifier: MIT
#pragma once

#include "Valuation.h"

#include <optional>
#include <vector>

namespace clv {

/// What-if inputs. Behaviour changes act on the fitted parameters (see BehaviourChange); money inputs are exact
/// linear or discounting changes of the same forecast.
struct ScenarioInputs {
    double retentionPoints = 0.0;        ///< percentage points on the per-period retention (BehaviourChange)
    double frequencyPercent = 0.0;       ///< percent change of the purchase rate, > −100
    double priceChangePercent = 0.0;     ///< percent change of the average order value, > −100
    double grossMargin = 1.0;            ///< fraction in [0, 1]
    double monthlyDiscountRate = 0.01;   ///< per month, in [0, 1)
    int horizonMonths = 12;              ///< 1 to 1200
    double cac = 0.0;                    ///< acquisition cost per new customer, currency units (0: not given)
};

/// Aggregates of one set of inputs. CLV figures are discounted gross margin over the horizon, currency units.
struct ScenarioOutcome {
    double customers = 0.0;
    double totalClv = 0.0;                 ///< existing customers
    double meanClv = 0.0;                  ///< per existing customer
    std::vector<double> groupClv;          ///< per group (label index)
    std::vector<double> groupMeanClv;
    std::vector<double> monthlyPurchases;  ///< expected purchases of the existing base per month 1..horizon
    std::vector<double> monthlyRevenue;    ///< expected revenue per month (before margin, undiscounted)
    /// Discounted gross margin of a newly acquired customer over the horizon: the first purchase at month 0 plus
    /// the expected repeat purchases E[X(t)] by month, each at the population mean spend.
    double newCustomerLtv = 0.0;
    std::optional<double> ltvToCac;       ///< newCustomerLtv / cac; empty when cac <= 0
    /// First month m in 0..horizon at which the new customer's cumulative discounted margin reaches cac; empty when
    /// cac <= 0 or it is not reached within the horizon.
    std::optional<int> paybackMonths;
};

/// Answers what-if questions on a fixed customer base and fitted models without refitting. The forecast for the
/// current behaviour (retention, frequency, horizon) is cached: a change of price, margin, discount rate or CAC
/// reuses it (O(groups × months + entries)); a change of retention, frequency or horizon recomputes the forecast
/// for each (frequency, T) age and month and P(alive) per pattern (on two threads), never a fit. The baseline
/// forecast is cached separately, so switching between baseline and one scenario costs no recomputation.
class ScenarioEngine {
public:
    /// InvalidArgument for an invalid spend model (q <= 1).
    static Result<ScenarioEngine> create(CustomerBase base, PurchaseModel model, GammaGamma spend);

    const CustomerBase& base() const { return m_base; }
    const PurchaseModel& model() const { return m_model; }

    /// InvalidArgument for inputs out of range; Cancelled on request.
    Result<ScenarioOutcome> evaluate(const ScenarioInputs& inputs, const TaskContext& ctx = {});

private:
    struct Forecast {
        double retentionPoints = 0.0;
        double frequencyPercent = 0.0;
        int months = 0;
        std::vector<double> groupMonthlySpend;  ///< groups × months: Σ alive · spend · increments
        std::vector<double> monthlyPurchases;
        std::vector<double> newCustomerIncrements;  ///< E[X(k·u)] − E[X((k−1)·u)]
    };

    ScenarioEngine(CustomerBase base, PurchaseModel model, GammaGamma spend);
    Result<const Forecast*> forecastFor(const ScenarioInputs& inputs, const TaskContext& ctx);

    CustomerBase m_base;
    PurchaseModel m_model;
    GammaGamma m_spend;
    std::vector<double> m_entrySpend;
    std::vector<Forecast> m_cache;  ///< at most two: the baseline behaviour and the most recent other one
};

}  // namespace clv
