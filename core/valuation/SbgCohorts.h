// SPDX-License-Identifier: MIT
#pragma once

#include "core/storage/Database.h"
#include "core/util/Date.h"
#include "core/valuation/Sbg.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace clv {

/// One subscription: start day and cancellation day (none while active).
struct SubscriptionSpan {
    Date start;
    std::optional<Date> cancel;
};

/// Reads every row of the project's subscriptions table (start_day, cancel_day), in id order.
/// NoData when the project holds no subscription; Cancelled when `ctx` is stopped.
Result<std::vector<SubscriptionSpan>> loadSubscriptionSpans(Database& db, const TaskContext& ctx = {});

/// `date` plus `months` calendar months, the day of month clamped to the target month's length (Jan 31 + 1 = Feb 28
/// or 29). This is the renewal schedule: the k-th renewal of a subscription started on s is addMonths(s, k).
Date addMonths(Date date, int months);

/// Monthly sBG lifetime of one subscription observed up to `end` (inclusive):
/// - cancelled on or before `end`: churned in period T = the smallest k >= 1 with addMonths(start, k) >= cancel
///   (a cancellation at the k-th renewal date, or anywhere in month k, ends the lifetime in period k);
/// - otherwise (active, or cancelled after `end`): censored, alive through n = number of renewals dated <= end.
/// Returns {T, true} for a churn and {n, false} for a censored subscription; nullopt when start > end.
struct SbgLifetime {
    int periods = 0;
    bool churned = false;
};
std::optional<SbgLifetime> monthlyLifetime(const SubscriptionSpan& span, Date end);

struct SbgCohortOptions {
    std::optional<Date> end;     ///< observation end (inclusive); default: the latest start or cancellation date
    int projectionPeriods = 12;  ///< months of projected survival after each cohort's observed horizon
    double discountRate = 0.01;  ///< per month, > 0, for the discounted expected residual lifetime
    FitOptions fit;
};

/// sBG fit of one acquisition cohort (subscriptions started in one calendar month), all times in months.
struct SbgCohortFit {
    std::string cohort;               ///< "YYYY-MM" (or "all" for the pooled fit)
    std::int64_t customers = 0;       ///< subscriptions in the cohort
    std::int64_t active = 0;          ///< still active at the end
    int observedPeriods = 0;          ///< largest number of periods observed for a member
    SbgData data;                     ///< the churn/censoring counts the fit used
    std::vector<double> observedSurvival;  ///< actuarial estimate for t = 0..observedPeriods (1 at t = 0)
    bool fitted = false;              ///< false when the cohort holds no information yet (see `error`)
    Error error;                      ///< why it was not fitted (NoData ...), when !fitted
    SbgFit sbg;                       ///< alpha, beta, standard errors, converged, warnings (when fitted)
    std::vector<double> projectedSurvival;  ///< S(observedPeriods + 1 ...), projectionPeriods values
    double expectedLifetime = 0.0;    ///< DEL of a new customer at the discount rate, in monthly payments
    double meanResidualLifetime = 0.0;  ///< mean DERL over the active members (their own renewal counts), months
    double totalResidualLifetime = 0.0; ///< Σ DERL over the active members: expected discounted subscriber-months
};

struct SbgCohortReport {
    Date end;
    double discountRate = 0.0;
    std::vector<SbgCohortFit> cohorts;  ///< in calendar order
    SbgCohortFit pooled;                ///< one fit over every subscription ("all")
};

/// Fits the sBG per monthly acquisition cohort, right-censored at the end date. Subscriptions starting after the
/// end are left out. NoData without any subscription up to the end; InvalidArgument for a discount rate <= 0 or a
/// negative projection length; Cancelled when `ctx` is stopped (checked between cohorts).
Result<SbgCohortReport> fitSbgCohorts(const std::vector<SubscriptionSpan>& spans, const SbgCohortOptions& options,
                                      const TaskContext& ctx = {});

}  // namespace clv
