// SPDX-License-Identifier: MIT
#pragma once

#include "core/storage/Database.h"
#include "core/util/Date.h"
#include "core/util/Result.h"
#include "core/util/TaskContext.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace clv {

/// The unit in which recency and T are expressed (and the default merge period).
enum class TimeUnit { Day, Week, Month };

/// Days per unit: day 1, week 7, month 365.25/12 = 30.4375.
double daysPerUnit(TimeUnit unit);
const char* timeUnitName(TimeUnit unit);  ///< "day", "week", "month"
std::optional<TimeUnit> parseTimeUnit(std::string_view name);

/// One order as the summary sees it. Amount in currency units (negative = refund).
struct OrderRecord {
    std::int64_t customer = 0;  ///< dense customer index or database id
    Date date;
    double amount = 0.0;
};

struct SummaryOptions {
    TimeUnit unit = TimeUnit::Day;  ///< output unit for recency and T
    /// Period within which orders are merged into one purchase. Day reproduces lifetimes with freq='D'
    /// (and the published CDNOW summary with unit Week).
    TimeUnit period = TimeUnit::Day;
    std::optional<Date> end;  ///< observation end (inclusive); default: the last order date in the data
};

/// lifetimes/BTYD definitions, per customer, computed from orders on or before the end date:
/// - frequency: number of purchase periods after the first one (orders in the same period are merged);
/// - recency: time from the first to the last purchase period, in `unit` (0 when frequency = 0);
/// - T: time from the first purchase to the end date, in `unit`;
/// - monetaryValue: mean net value of the repeat purchase periods (first excluded); 0 when frequency = 0.
/// A purchase period is a period with at least one order of zero or positive amount (zero-value orders count).
/// A refund (negative amount) is netted into the customer's latest purchase period at or before it (or the first
/// one if it precedes them all). Customers without a purchase on or before `end` are left out. Invariants: T >= recency >= 0; recency = 0 iff frequency = 0.
struct CustomerSummaryRow {
    std::int64_t customer = 0;
    std::string customerId;  ///< external id as imported (empty for in-memory summaries)
    Date firstPurchase;
    int frequency = 0;
    double recency = 0.0;
    double T = 0.0;
    double monetaryValue = 0.0;
};

struct CustomerSummary {
    SummaryOptions options;
    Date end;  ///< the end date actually used
    std::vector<CustomerSummaryRow> rows;  ///< ordered by customer
};

/// Summarises in-memory transactions (any order). InvalidArgument for an end date before every order.
Result<CustomerSummary> summarize(std::vector<OrderRecord> orders, const SummaryOptions& options,
                                  const TaskContext& ctx = {});

/// Summarises every order in a project; rows carry the external customer ids. NoData for an empty project.
Result<CustomerSummary> summarizeProject(Database& db, const SummaryOptions& options, const TaskContext& ctx = {});

}  // namespace clv
