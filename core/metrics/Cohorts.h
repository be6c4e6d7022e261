// SPDX-License-Identifier: MIT
#pragma once

#include "core/metrics/OrderTable.h"
#include "core/util/Date.h"
#include "core/util/Result.h"
#include "core/util/TaskContext.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace clv {

/// Calendar grain of acquisition cohorts and of the periods since acquisition: ISO weeks (Monday start), calendar
/// months or calendar quarters.
enum class CohortGrain { Week, Month, Quarter };
const char* cohortGrainName(CohortGrain grain);  ///< "week", "month", "quarter"
std::optional<CohortGrain> parseCohortGrain(std::string_view name);

struct CohortOptions {
    CohortGrain grain = CohortGrain::Month;
    std::optional<Date> end;  ///< observation end (inclusive); default: the last order date. Later orders are ignored.
};

/// One cohort in one period since acquisition (period 0 = the acquisition period itself).
struct CohortCell {
    int period = 0;                       ///< periods since acquisition
    std::int64_t activeCustomers = 0;     ///< members with at least one purchase in the period (logo retention)
    double activeRate = 0.0;              ///< activeCustomers / cohort size
    std::int64_t repeatCustomers = 0;     ///< members whose first repeat purchase (a later day) fell in periods 0..period
    double cumulativeRepeatRate = 0.0;    ///< repeatCustomers / cohort size
    double revenue = 0.0;                 ///< net revenue of the members in the period (refunds in their own period)
    double revenueRetention = 0.0;        ///< revenue / period-0 revenue (0 when period-0 revenue is not positive)
    double cumulativeRevenuePerCustomer = 0.0;  ///< revenue of periods 0..period / cohort size (cohort LTV at k)
    bool complete = false;                ///< the period ended on or before the end date
};

/// Customers acquired (first purchase: first order with an amount >= 0) in one calendar period.
struct Cohort {
    Date start;          ///< first day of the acquisition period
    std::string label;   ///< "2024-W03", "2024-01" or "2024-Q1"
    std::int64_t size = 0;
    std::vector<CohortCell> cells;  ///< periods 0 .. (end period - acquisition period)
};

struct CohortTable {
    CohortOptions options;
    Date end;
    std::int64_t customers = 0;  ///< customers with a purchase on or before the end = sum of cohort sizes
    std::vector<Cohort> cohorts;  ///< ascending, empty acquisition periods left out
};

/// Acquisition cohorts of an order table. InvalidArgument for an end date before the first order, NoData when no
/// customer has a purchase on or before it.
Result<CohortTable> computeCohorts(const OrderTable& table, const CohortOptions& options, const TaskContext& ctx = {});

/// Size-weighted cumulative revenue per customer at period k over the cohorts whose period k is complete
/// (clv-models.md 5.7, cohort cumulative LTV). nullopt when no cohort has reached period k.
std::optional<double> cohortRevenuePerCustomerAt(const CohortTable& table, int k);

}  // namespace clv
