// SPDX-License-Identifier: MIT
#pragma once

#include "core/metrics/CustomerSummary.h"
#include "core/metrics/OrderTable.h"
#include "core/models/FitResult.h"
#include "core/util/Result.h"
#include "core/util/TaskContext.h"

#include <optional>
#include <string>
#include <vector>

namespace clv {

/// The repeat-purchase models a backtest can fit.
enum class BacktestModel { BgNbd, MbgNbd, ParetoNbd };
const char* backtestModelName(BacktestModel model);  ///< "bgnbd", "mbgnbd", "pareto"
std::optional<BacktestModel> parseBacktestModel(std::string_view name);

struct BacktestOptions {
    BacktestModel model = BacktestModel::BgNbd;
    TimeUnit unit = TimeUnit::Week;  ///< unit of the fit, the holdout length and the tracking steps
    Date calibrationEnd;             ///< last day of the calibration period (inclusive)
    std::optional<Date> end;         ///< last day of the holdout (inclusive); default: the last order date
    int maxBin = 7;                  ///< calibration-frequency bins 0 .. maxBin − 1 and "maxBin+"
    ReturnsPolicy returns = ReturnsPolicy::Net;
    FitOptions fit;
};

/// Customers grouped by calibration frequency x (repeat purchase periods): mean holdout purchase periods per
/// customer, actual and expected (the model's conditional expectation over the holdout length).
struct BacktestBin {
    int frequency = 0;  ///< x; the last bin holds every x >= frequency
    bool openEnded = false;
    std::int64_t customers = 0;
    double actual = 0.0;
    double expected = 0.0;
};

/// Cumulative repeat purchase periods of the whole base from the first order to `step` units after it, over the
/// customers acquired up to the calibration end. Actual: distinct later days with an order of zero or positive
/// amount (refunds are not netted here, whatever the returns policy). Expected: Σ over customers of
/// E[X(t − first purchase)] (the unconditional model curve, as in the BTYD tracking plots).
struct TrackingPoint {
    int step = 0;            ///< units since the first order day (1, 2, ...)
    Date date;               ///< first order day + step units (rounded down to a day)
    double actual = 0.0;     ///< cumulative repeat purchase periods dated before `date`
    double expected = 0.0;
};

struct BacktestReport {
    FitResult fit;                 ///< the model fitted on the calibration period
    Date firstDay;                 ///< first order day in the data
    Date calibrationEnd;
    Date end;
    double holdoutLength = 0.0;    ///< end − calibration end, in `fit.unit`
    std::int64_t customers = 0;    ///< customers acquired up to the calibration end
    std::vector<BacktestBin> bins;
    std::vector<TrackingPoint> tracking;  ///< one point per unit up to the end (calibration and holdout)
    double actualHoldout = 0.0;    ///< Σ holdout purchase periods
    double expectedHoldout = 0.0;  ///< Σ conditional expectations
    double aggregateErrorPercent = 0.0;  ///< 100 · (expected − actual) / actual (0 when actual = 0)
    double meanAbsoluteError = 0.0;      ///< per customer, in purchase periods
    double rootMeanSquaredError = 0.0;   ///< per customer, in purchase periods
};

/// Calibration/holdout backtest on an order table: summarises the calibration period (lifetimes definitions,
/// same-day orders merged), fits the model there, and compares its predictions for the holdout with what happened.
/// Errors: InvalidArgument for a calibration end outside [first order, end) or maxBin < 1 (from the summary);
/// the fit's errors (NoData ...); Cancelled when `ctx` is stopped.
Result<BacktestReport> runBacktest(const OrderTable& table, const BacktestOptions& options,
                                   const TaskContext& ctx = {});

}  // namespace clv
