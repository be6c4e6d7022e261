// SPDX-License-Identifier: MIT
#pragma once

#include "core/metrics/Cohorts.h"
#include "core/storage/Database.h"
#include "core/util/Date.h"
#include "core/util/Result.h"
#include "core/util/TaskContext.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace clv {

/// One subscription as the cohort analysis sees it. It is active on day d when start <= d and (no cancel or
/// d < cancel): the cancel day itself is the first day without it.
struct SubscriptionRecord {
    std::int64_t customer = 0;  ///< database id (or any customer number for in-memory data)
    Date start;
    std::optional<Date> cancel;  ///< first day without the subscription; nullopt while it runs
    double monthlyPrice = 0.0;   ///< recurring revenue per month, currency units (the `price_cents` column / 100)
};

/// Every subscription of a project (one sequential scan). Empty when the project has none.
Result<std::vector<SubscriptionRecord>> loadSubscriptions(Database& db);

struct SubscriptionCohortOptions {
    CohortGrain grain = CohortGrain::Month;
    /// Observation end (inclusive); default: the latest start or cancel day. Subscriptions starting later are left
    /// out; cancellations after it are not yet known (the subscription counts as active).
    std::optional<Date> end;
};

/// One subscription cohort in one period since acquisition. Every measure is taken on `measuredAt`, the last day
/// of the period (or the end date for the last, incomplete period), so period 0 can already show churn.
/// A customer is subscribed when at least one of their subscriptions is active on that day.
/// Invariants: subscribedCustomers = customersAtStart - churnedCustomers + reactivatedCustomers; customersAtStart of
/// period k >= 1 = subscribedCustomers of period k - 1; 0 <= grossRevenueRetention <= 1; grossRevenueRetention <= netRevenueRetention when MRR at period 0 is positive;
/// grossRevenueRetention never increases with the period.
struct SubscriptionCohortCell {
    int period = 0;               ///< periods since acquisition
    Date measuredAt;              ///< day the cell is measured on
    bool complete = false;        ///< the period ended on or before the end date
    std::int64_t customersAtStart = 0;     ///< subscribed at the previous period's measure day (period 0: cohort size)
    std::int64_t subscribedCustomers = 0;  ///< subscribed on `measuredAt`
    double retention = 0.0;                ///< contractual logo retention: subscribedCustomers / cohort size
    std::int64_t churnedCustomers = 0;     ///< of customersAtStart, not subscribed on `measuredAt`
    /// churnedCustomers / customersAtStart (ChartMogul "standard" churn: cancellations / customers at the period
    /// start); 0 when nobody was subscribed at the start.
    double churnRate = 0.0;
    std::int64_t reactivatedCustomers = 0;  ///< subscribed now but not at the previous measure day (period >= 1)
    double mrr = 0.0;  ///< monthly recurring revenue of the cohort on `measuredAt` (currency units per month)
    /// Net revenue retention: mrr / period-0 mrr = (start MRR + expansion + reactivation - contraction - churn) /
    /// start MRR; can exceed 1. 0 when the period-0 MRR is 0.
    double netRevenueRetention = 0.0;
    /// Gross revenue retention: sum over members of the lowest MRR they had in periods 0..k, over the period-0 MRR.
    /// Excludes expansion and reactivation, so it is at most 1 and never rises. 0 when the period-0 MRR is 0.
    double grossRevenueRetention = 0.0;
};

/// Customers whose first subscription started in one calendar period.
struct SubscriptionCohort {
    Date start;          ///< first day of the acquisition period
    std::string label;   ///< "2024-W03", "2024-01" or "2024-Q1"
    std::int64_t size = 0;
    std::vector<SubscriptionCohortCell> cells;  ///< periods 0 .. (end period - acquisition period)
};

struct SubscriptionCohortTable {
    SubscriptionCohortOptions options;
    Date end;
    std::int64_t customers = 0;      ///< customers with a subscription started on or before the end (= sum of sizes)
    std::int64_t subscriptions = 0;  ///< subscriptions started on or before the end
    std::vector<SubscriptionCohort> cohorts;  ///< ascending, empty acquisition periods left out
};

/// Subscription (contractual) cohorts from in-memory subscriptions (any order). InvalidArgument for a cancel day
/// before its start or a negative or non-finite price; NoData when no subscription starts on or before the end.
Result<SubscriptionCohortTable> computeSubscriptionCohorts(std::vector<SubscriptionRecord> subscriptions,
                                                           const SubscriptionCohortOptions& options,
                                                           const TaskContext& ctx = {});

/// loadSubscriptions + computeSubscriptionCohorts. NoData when the project has no subscriptions.
Result<SubscriptionCohortTable> subscriptionCohortsOfProject(Database& db, const SubscriptionCohortOptions& options,
                                                             const TaskContext& ctx = {});

}  // namespace clv
