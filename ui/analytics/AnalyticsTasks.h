// SPDX-License-Identifier: MIT
#pragma once

#include "ui/tasks/ProjectData.h"

#include "core/metrics/Cohorts.h"
#include "core/metrics/CustomerSummary.h"
#include "core/metrics/OrderTable.h"
#include "core/metrics/Rfm.h"
#include "core/metrics/Survival.h"
#include "core/util/Error.h"
#include "core/util/Result.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <stop_token>

namespace clv::ui::analytics {

/// Worker-thread bodies behind the segments, cohorts and churn pages. Each calls core only, opens its own SQLite
/// connection when it needs the project (one connection per thread) and never touches widgets.

/// Fills the analytics members of `data` (orders, RFM grid and result, monthly cohorts, 3-month lapse curve,
/// subscription survival) for the project at data.path. A project without orders is not an error: the members stay
/// null. Returns the first real error, or Cancelled when `stop` is requested.
std::optional<clv::Error> computeAnalytics(ProjectData& data, const std::stop_token& stop,
                                           const std::function<void(double)>& progress = {});

/// RFM scores and segments of `summary` under `map` (quantile binning, total monetary value).
clv::Result<clv::RfmResult> computeSegments(const clv::CustomerSummary& summary, const clv::RfmSegmentMap& map);

/// Stores `grid` in the project (setting "rfm/grid", own connection), then recomputes the segments.
clv::Result<clv::RfmResult> saveGridAndRecompute(const QString& projectPath, const clv::CustomerSummary& summary,
                                                 const clv::RfmSegmentMap& grid);

/// Cohorts of the orders at `grain`, observed to the last order.
clv::Result<clv::CohortTable> computeCohortTable(const clv::OrderTable& orders, clv::CohortGrain grain);

/// Lapse curve: customers lapse after `threshold` units of `unit` without a purchase.
clv::Result<clv::LapseCurve> computeLapse(const clv::OrderTable& orders, clv::TimeUnit unit, double threshold);

/// Subscription Kaplan-Meier curve of the project in `unit` (NoData without subscriptions).
clv::Result<clv::KaplanMeierCurve> computeSubscriptionCurve(const QString& projectPath, clv::TimeUnit unit);

/// Overview figures of `data` (summary, orders, monthly cohorts must be set): repeat rate, active share, the
/// trailing-year CLV inputs and the simple CLV report under `options` (core's measureClvInputs + simpleClv).
OverviewFigures computeOverviewFigures(const ProjectData& data, const clv::SimpleClvOptions& options);
/// The simple CLV report for measured inputs and options (monthly cohorts optional, for the month-k value).
clv::Result<clv::SimpleClvReport> computeSimpleClv(const clv::ClvDataInputs& inputs,
                                                   const clv::SimpleClvOptions& options,
                                                   const clv::CohortTable* monthlyCohorts);
/// Gross margin and CAC for the simple formulas as stored in the user's settings ("overview/grossMargin",
/// "overview/cac"; CAC 0 = not given). Thread-safe (own QSettings).
clv::SimpleClvOptions storedSimpleClvOptions();
void storeSimpleClvOptions(const clv::SimpleClvOptions& options);

/// The default lapse threshold and unit the background load uses.
inline constexpr double kDefaultLapseThreshold = 3.0;
inline constexpr clv::TimeUnit kDefaultLapseUnit = clv::TimeUnit::Month;

}  // namespace clv::ui::analytics
