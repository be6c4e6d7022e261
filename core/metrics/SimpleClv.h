// SPDX-License-Identifier: MIT
#pragma once

#include "core/metrics/Cohorts.h"
#include "core/metrics/OrderTable.h"
#include "core/util/Result.h"

#include <optional>
#include <string>
#include <vector>

namespace clv {

/// The textbook CLV formulas (clv-models.md 5.7). All money in currency units; rates as fractions (0.2 = 20 %).
/// Each returns InvalidArgument for a negative or non-finite input, a margin or rate outside its range, or a churn
/// rate of 0 (the lifetime would be infinite: give a churn rate or a lifespan instead).

/// Average order value x purchases per year x expected lifespan in years (e.g. 200 x 2 x 3 = 1,200).
Result<double> clvAovFrequencyLifespan(double averageOrderValue, double purchasesPerYear, double lifespanYears);
/// ARPU per month x 12 x expected lifetime in years (e.g. 100 x 12 x 2 = 2,400).
Result<double> clvArpuLifetime(double arpuPerMonth, double lifetimeYears);
/// ARPU x gross margin / churn rate, ARPU and churn over the same period (e.g. monthly; margin in (0, 1]).
Result<double> clvArpuMarginChurn(double arpu, double grossMargin, double churnRate);
/// B2B: average annual revenue per customer x retention rate / churn rate, retention = 1 - churn
/// (e.g. 50,000 x 0.8 / 0.2 = 200,000).
Result<double> clvB2b(double annualRevenue, double annualChurnRate);
/// CAC payback in months = CAC / (ARPA per month x gross margin).
Result<double> cacPaybackMonths(double cac, double arpaPerMonth, double grossMargin);
/// Converts a churn rate per year into the equivalent constant rate per month: 1 - (1 - annual)^(1/12).
double monthlyFromAnnualChurn(double annualChurn);

/// Inputs measured from the orders over the trailing window (default 365 days) that ends on the end date.
struct ClvDataInputs {
    Date end;
    int windowDays = 365;             ///< window length actually used (shorter when the data is shorter)
    std::int64_t activeCustomers = 0;  ///< customers with a purchase in the window
    std::int64_t orders = 0;           ///< orders with an amount >= 0 in the window (not merged by day)
    double revenue = 0.0;              ///< net revenue in the window, refunds subtracted
    double averageOrderValue = 0.0;    ///< revenue / orders
    double purchasesPerYear = 0.0;     ///< orders / active customers, scaled to 365.25 days
    double arpuPerMonth = 0.0;         ///< revenue / active customers / window months (30.4375 days)
    /// 1 - (customers active in the previous window who bought again in this one) / (customers active in the
    /// previous window); nullopt when the data does not cover two whole windows.
    std::optional<double> annualChurn;
};
/// InvalidArgument for an end date before the first order or a window under 28 days; NoData for no purchases.
Result<ClvDataInputs> measureClvInputs(const OrderTable& table, std::optional<Date> end, int windowDays = 365);

struct SimpleClvOptions {
    double grossMargin = 1.0;            ///< (0, 1]; 1 = revenue-based CLV
    std::optional<double> cac;           ///< customer acquisition cost (enables LTV:CAC and payback)
    std::optional<double> annualChurn;   ///< overrides the measured churn
    std::optional<double> lifespanYears; ///< overrides 1 / annual churn
    int cohortMonth = 12;                ///< k of the cohort cumulative revenue per customer
};

/// One formula, its inputs as text ("aov=52.10; ...") and its value, or why it could not be computed.
struct ClvFormula {
    std::string key;      ///< stable id, e.g. "aov_frequency_lifespan"
    std::string formula;  ///< e.g. "AOV x purchases per year x lifespan (years)"
    std::string inputs;
    std::optional<double> value;
    std::string note;     ///< reason when value is empty, or the rule-of-thumb verdict
};

struct SimpleClvReport {
    ClvDataInputs data;
    double annualChurn = 0.0;    ///< used (option or measured; 0 when unknown)
    double lifespanYears = 0.0;  ///< used (option or 1 / churn; 0 when unknown)
    std::vector<ClvFormula> formulas;
    std::optional<double> ltvToCac;  ///< ARPU x margin / churn LTV over CAC
    bool ltvToCacHealthy = false;    ///< ratio >= 3 (rule of thumb)
};

/// Evaluates every formula from measured inputs, options and (optionally) cohorts for the month-k value.
Result<SimpleClvReport> simpleClv(const ClvDataInputs& data, const SimpleClvOptions& options,
                                  const CohortTable* monthlyCohorts = nullptr);

}  // namespace clv
