// SPDX-License-Identifier: MIT
#pragma once

#include "core/metrics/OrderTable.h"
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

/// How refunds (negative amounts) enter the summary.
/// - Net (default): a refund is netted into the customer's latest purchase period at or before it (or the first one
///   if it precedes them all);
/// - DropNonPositive: as Net, then purchase periods whose net value is <= 0 are removed (a fully refunded purchase
///   is no purchase; a customer left without periods leaves the summary);
/// - Ignore: refunds are skipped; periods keep their gross value.
enum class ReturnsPolicy { Net, DropNonPositive, Ignore };
const char* returnsPolicyName(ReturnsPolicy policy);  ///< "net", "drop", "ignore"
std::optional<ReturnsPolicy> parseReturnsPolicy(std::string_view name);

struct SummaryOptions {
    TimeUnit unit = TimeUnit::Day;  ///< output unit for recency and T
    /// Period within which orders are merged into one purchase. Day reproduces lifetimes with freq='D'
    /// (and the published CDNOW summary with unit Week).
    TimeUnit period = TimeUnit::Day;
    std::optional<Date> end;  ///< observation end (inclusive); default: the last order date in the data
    ReturnsPolicy returns = ReturnsPolicy::Net;  ///< how refunds enter the purchase values
    /// Calibration/holdout split: when set, frequency, recency, T and monetary value use the orders up to this date
    /// (inclusive; T runs to it), and the holdout columns count the purchase periods after it up to `end`.
    /// Customers whose first purchase is after it are left out. Must lie on or after the first order and before `end`.
    std::optional<Date> calibrationEnd;
};

/// What each returns policy touched (counted for every policy, whichever was chosen), over the orders up to the end.
struct ReturnsReport {
    std::int64_t refundOrders = 0;          ///< orders with a negative amount
    std::int64_t customersWithRefunds = 0;  ///< customers with at least one refund (these are the ones "ignore" changes)
    std::int64_t nettedPeriods = 0;         ///< purchase periods a refund was netted into ("net")
    std::int64_t nettedCustomers = 0;       ///< customers with such a period
    std::int64_t nonPositivePeriods = 0;    ///< periods whose net value is <= 0 after netting ("drop" removes them)
    std::int64_t nonPositiveCustomers = 0;  ///< customers with such a period
    std::int64_t droppedCustomers = 0;      ///< customers left without any period under "drop" (only when chosen)
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
    Date lastPurchase;         ///< date of the latest order in the last purchase period
    double totalValue = 0.0;   ///< net value of all purchase periods, the first included (currency units)
    int holdoutFrequency = 0;  ///< purchase periods after the calibration end up to the end (0 without a split)
    double holdoutMonetary = 0.0;  ///< mean net value of those periods; 0 when there are none
};

struct CustomerSummary {
    SummaryOptions options;
    Date end;  ///< the end date actually used (observation end; the holdout end with a split)
    std::optional<Date> calibrationEnd;  ///< T and recency run to this date when set
    double holdoutDuration = 0.0;  ///< end - calibrationEnd in `unit` (0 without a split)
    ReturnsReport returns;
    std::vector<CustomerSummaryRow> rows;  ///< ordered by customer
};

/// The customer summary in columns (struct of arrays, ~32 bytes per customer, no per-row strings): the same values as
/// CustomerSummary::rows, row i for order-table customer `index[i]` (its database id and external id are
/// table.customerIds[index[i]] and table.externalIds[index[i]]). Recency and T are derived from the stored days.
struct CompactSummary {
    SummaryOptions options;
    Date end;
    std::optional<Date> calibrationEnd;
    double holdoutDuration = 0.0;
    ReturnsReport returns;
    std::vector<std::uint32_t> index;      ///< order-table customer index of each row (ascending)
    std::vector<std::int32_t> frequency;   ///< as CustomerSummaryRow::frequency
    std::vector<std::int32_t> firstDay;    ///< first purchase day
    std::vector<std::int32_t> lastDay;     ///< latest order day in the last purchase period
    std::vector<double> monetaryValue;     ///< as CustomerSummaryRow::monetaryValue
    std::vector<double> totalValue;        ///< as CustomerSummaryRow::totalValue
    std::vector<std::int32_t> holdoutFrequency;  ///< only with a calibration split (else empty)
    std::vector<double> holdoutMonetary;         ///< only with a calibration split (else empty)

    std::size_t size() const { return index.size(); }
    double recency(std::size_t i) const;  ///< as CustomerSummaryRow::recency
    double T(std::size_t i) const;        ///< as CustomerSummaryRow::T
};

/// Summarises an order table into columns (the fast path of summarizeTable; same values, same errors).
Result<CompactSummary> summarizeTableCompact(const OrderTable& table, const SummaryOptions& options,
                                             const TaskContext& ctx = {});

/// Summarises in-memory transactions (any order). InvalidArgument for an end date before every order, or a
/// calibration end outside [first order, end).
Result<CustomerSummary> summarize(std::vector<OrderRecord> orders, const SummaryOptions& options,
                                  const TaskContext& ctx = {});

/// Summarises an order table (see OrderTable.h); rows carry the table's external ids.
Result<CustomerSummary> summarizeTable(const OrderTable& table, const SummaryOptions& options,
                                       const TaskContext& ctx = {});

/// Summarises every order in a project (loadOrderTable + summarizeTable); rows carry the external customer ids.
/// NoData for an empty project.
Result<CustomerSummary> summarizeProject(Database& db, const SummaryOptions& options, const TaskContext& ctx = {});

}  // namespace clv
