// SPDX-License-Identifier: MIT
#pragma once

#include "CustomerBase.h"
#include "GammaGamma.h"
#include "PurchaseModel.h"

#include <string>
#include <vector>

namespace clv {

/// Discounted cash flow settings. The horizon is in calendar months of 30.4375 days; month k (1-based) covers
/// ((k−1)·u, k·u] fit time units after the observation end, u = unitsPerMonth(fit unit), and its cash flow is
/// discounted by (1 + monthlyDiscountRate)^k (lifetimes' convention, with the unit conversion made explicit).
struct ValuationSettings {
    int horizonMonths = 12;             ///< 1 to 1200
    double monthlyDiscountRate = 0.01;  ///< per month, in [0, 1) (0.01 = 1 % a month)
    double grossMargin = 1.0;           ///< fraction of revenue kept, in [0, 1]
    double priceChangePercent = 0.0;    ///< scales every expected spend by (1 + x/100); > −100

    /// Empty when valid; otherwise the name of the first bad field.
    std::string validate() const;
};

/// Expected spend per transaction from a Gamma-Gamma fit: E(M | x, m̄) = p(γ + x·max(m̄, 0))/(px + q − 1) for
/// repeaters (a repeater with zero or negative net spend gets the m̄ → 0 limit), the population mean pγ/(q−1) for
/// x = 0. InvalidArgument when q <= 1 (the mean does not exist) or a parameter is not positive.
Result<GammaGamma> checkedSpendModel(const GammaGamma& spend);
double expectedSpend(const GammaGamma& spend, double x, double monetaryValue);

/// Forecast of the purchase model on a customer base for a horizon: P(alive) per pattern and, per age, the expected
/// purchases of an alive customer in each future month. Depends on the model and the horizon only.
struct PurchaseTable {
    int months = 0;
    std::vector<double> alive;       ///< per pattern
    std::vector<double> increments;  ///< per age and month, row-major [age · months + (k − 1)]
};
/// Evaluated on two threads for large bases. InvalidArgument when a prediction is not finite (named in detail);
/// Cancelled on request.
Result<PurchaseTable> computePurchaseTable(const CustomerBase& base, const PurchaseModel& model, int months,
                                           const TaskContext& ctx = {});

/// Expected spend (count × E(M)) per entry of the base, currency units.
std::vector<double> entrySpend(const CustomerBase& base, const GammaGamma& spend);

/// Totals over the existing customers. Revenue is before margin and undiscounted; CLV is discounted gross margin.
struct ClvTotals {
    double customers = 0.0;  ///< usable customers
    double totalClv = 0.0;
    double meanClv = 0.0;
    double expectedPurchases = 0.0;  ///< over the horizon
    std::vector<double> groupClv;    ///< per group
    std::vector<double> groupMeanClv;
    std::vector<double> monthlyPurchases;  ///< per month k = 1..horizon
    std::vector<double> monthlyRevenue;    ///< per month, currency units
};
/// Undiscounted forecast of a base: Σ alive · spend · increments per group and month (groups × months, row-major,
/// currency units at margin 1 and no price change) and expected purchases per month.
struct MonthlyBreakdown {
    int months = 0;
    std::vector<double> groupSpend;
    std::vector<double> purchases;
};
MonthlyBreakdown monthlyBreakdown(const CustomerBase& base, const PurchaseTable& table,
                                  const std::vector<double>& spendPerEntry);
/// Discounts a breakdown with margin and price change (settings.horizonMonths is ignored: breakdown.months counts).
ClvTotals totalsFromBreakdown(const CustomerBase& base, const MonthlyBreakdown& breakdown,
                              const ValuationSettings& settings);
/// monthlyBreakdown + totalsFromBreakdown for a table of any horizon.
ClvTotals aggregateClv(const CustomerBase& base, const PurchaseTable& table, const std::vector<double>& spendPerEntry,
                       const ValuationSettings& settings);

/// Per-customer predictions over the horizon (`valid` false for customers the base excluded; all numbers 0 then).
struct CustomerValue {
    bool valid = false;
    double probabilityAlive = 0.0;
    double expectedPurchases = 0.0;  ///< in the horizon
    double expectedSpend = 0.0;      ///< per transaction, currency units (price change applied)
    double clv = 0.0;                ///< discounted gross margin over the horizon, currency units
};
std::vector<CustomerValue> customerValues(const CustomerBase& base, std::span<const RfmObservation> customers,
                                          const PurchaseTable& table, const GammaGamma& spend,
                                          const ValuationSettings& settings);

/// Distribution of per-customer CLV over the valid customers.
struct ClvDistribution {
    std::vector<double> probabilities;  ///< 0.1, 0.25, 0.5, 0.75, 0.9, 0.99
    std::vector<double> quantiles;      ///< nearest-rank quantiles at those probabilities
    std::vector<double> binEdges;       ///< bins + 1 equal-width edges from the minimum to the maximum
    std::vector<std::int64_t> binCounts;
};
ClvDistribution clvDistribution(std::span<const CustomerValue> values, int bins = 20);

/// Base, model, spend and settings in one call: table, totals and per-customer values.
struct Valuation {
    ClvTotals totals;
    std::vector<CustomerValue> customers;
    ClvDistribution distribution;
};
Result<Valuation> valueCustomers(const CustomerBase& base, std::span<const RfmObservation> customers,
                                 const PurchaseModel& model, const GammaGamma& spend,
                                 const ValuationSettings& settings, const TaskContext& ctx = {});

}  // namespace clv
