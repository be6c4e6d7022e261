// SPDX-License-Identifier: MIT
#pragma once

#include "core/metrics/CustomerSummary.h"
#include "core/metrics/OrderTable.h"
#include "core/storage/Database.h"
#include "core/util/Result.h"

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace clv {

/// Pointwise confidence band of a Kaplan-Meier curve, both from Greenwood's variance
/// Var(S(t)) = S(t)^2 x sum over event times t_i <= t of d_i / (n_i (n_i - d_i)).
/// - LogLog (default, lifelines and R survival's conf.type="log-log"): S^exp(+-z sigma / log S) with
///   sigma^2 = sum d_i / (n_i (n_i - d_i)); stays within [0, 1].
/// - Plain: S +- z sqrt(Var), clipped to [0, 1].
enum class ConfidenceBand { LogLog, Plain };

struct KaplanMeierOptions {
    double confidence = 0.95;  ///< two-sided level in (0, 1)
    ConfidenceBand band = ConfidenceBand::LogLog;
};

/// One distinct observed time (events or censorings). Censored subjects at a time count as at risk at that time.
struct KaplanMeierStep {
    double time = 0.0;
    std::int64_t atRisk = 0;    ///< n_i: subjects with duration >= time
    std::int64_t events = 0;    ///< d_i
    std::int64_t censored = 0;  ///< subjects censored at exactly this time
    double survival = 1.0;      ///< S(time) = product over t_i <= time of (1 - d_i / n_i)
    double standardError = 0.0; ///< Greenwood
    double lower = 1.0, upper = 1.0;  ///< confidence band (equal to S where it is undefined: S = 1 or S = 0)
};

struct KaplanMeierCurve {
    std::int64_t subjects = 0, events = 0;
    std::vector<KaplanMeierStep> steps;  ///< ascending time; S = 1 before the first step
    std::optional<double> median;        ///< first time with S <= 0.5; nullopt when the curve stays above
};

/// Kaplan-Meier estimate from durations (>= 0, finite) and event flags (1 = event observed, 0 = right-censored).
/// InvalidArgument for mismatched sizes, a bad duration or confidence; NoData for no subjects.
Result<KaplanMeierCurve> kaplanMeier(std::span<const double> durations, std::span<const std::uint8_t> events,
                                     const KaplanMeierOptions& options = {});

/// Lapse ("still active") curve for orders data: a customer lapses once `threshold` units pass after a purchase
/// (amount >= 0) without another purchase; the duration runs from the first purchase to that moment (last purchase
/// before the gap + threshold). Customers whose last purchase is less than `threshold` before the end are censored
/// at end - first purchase. S(t) = share of customers still active t units after their first purchase.
struct LapseOptions {
    TimeUnit unit = TimeUnit::Month;  ///< unit of threshold and of the curve's times
    double threshold = 3.0;           ///< lapse after this many units without a purchase (> 0)
    std::optional<Date> end;          ///< observation end; default the last order date
    KaplanMeierOptions km;
};
struct LapseCurve {
    LapseOptions options;
    Date end;
    std::int64_t lapsed = 0, active = 0;  ///< events and censored customers
    KaplanMeierCurve curve;
};
Result<LapseCurve> lapseCurve(const OrderTable& table, const LapseOptions& options);

/// Subscription lifetimes from a project: duration = cancel day (or `end` when still active, censored) - start day,
/// in `unit`. Subscriptions starting after `end` are left out; cancellations after `end` count as censored at it.
/// NoData when the project has no subscriptions.
Result<KaplanMeierCurve> subscriptionSurvival(Database& db, TimeUnit unit, std::optional<Date> end,
                                              const KaplanMeierOptions& options = {});

/// Standard normal quantile (Acklam's rational approximation refined by one Newton step; |error| < 1e-12).
double normalQuantile(double p);

}  // namespace clv
