// SPDX-License-Identifier: MIT
#include "Backtest.h"

#include "core/models/BgNbd.h"
#include "core/models/MbgNbd.h"
#include "core/models/ParetoNbd.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>

namespace clv {
namespace {

/// A fitted model seen through the two predictions a backtest needs.
struct PredictionModel {
    FitResult fit;
    std::function<double(double t)> expected;  ///< E[X(t)] of a new customer
    std::function<double(double t, double x, double recency, double T)> conditional;
};

template <typename Model>
PredictionModel wrap(Model model, FitResult fit)
{
    PredictionModel p;
    p.fit = std::move(fit);
    p.expected = [model](double t) { return model.expectedPurchases(t); };
    p.conditional = [model](double t, double x, double recency, double T) {
        return model.conditionalExpectedPurchases(t, x, recency, T);
    };
    return p;
}

Result<PredictionModel> fitModel(BacktestModel kind, const std::vector<RfmObservation>& data, TimeUnit unit,
                                 const FitOptions& options, const TaskContext& ctx)
{
    switch (kind) {
    case BacktestModel::BgNbd: {
        auto f = fitBgNbd(data, unit, options, ctx);
        if (!f)
            return fail(f.error());
        return wrap(f->model, std::move(f->fit));
    }
    case BacktestModel::MbgNbd: {
        auto f = fitMbgNbd(data, unit, options, ctx);
        if (!f)
            return fail(f.error());
        return wrap(f->model, std::move(f->fit));
    }
    case BacktestModel::ParetoNbd: {
        auto f = fitParetoNbd(data, unit, options, ctx);
        if (!f)
            return fail(f.error());
        return wrap(f->model, std::move(f->fit));
    }
    }
    return fail(ErrorCode::Internal, "unknown purchase model");
}

/// Repeat purchase days (distinct days with an order of zero or positive amount, the first excluded) counted per
/// tracking step, and customers counted per acquisition day offset; only customers acquired up to the calibration end.
struct TrackingCounts {
    std::vector<double> repeatsPerStep;              ///< index k − 1: repeats first counted at step k
    std::map<int, double> acquisitionsByDayOffset;   ///< days after the first order day → customers
};

TrackingCounts countTracking(const OrderTable& table, Date firstDay, Date calibrationEnd, Date end, double unitDays,
                             int steps)
{
    TrackingCounts counts;
    counts.repeatsPerStep.assign(static_cast<std::size_t>(steps), 0.0);
    for (std::size_t c = 0; c < table.customerCount(); ++c) {
        int first = -1;
        int last = -1;
        for (std::uint32_t i = table.offsets[c]; i < table.offsets[c + 1]; ++i) {
            const int day = table.days[i];
            if (table.amounts[i] < 0.0 || day == last || day > end.days)
                continue;
            last = day;
            if (first < 0) {
                first = day;
                if (first > calibrationEnd.days)
                    break;
                counts.acquisitionsByDayOffset[first - firstDay.days] += 1.0;
                continue;
            }
            const auto step = static_cast<std::size_t>(std::floor((day - firstDay.days) / unitDays));
            if (step < counts.repeatsPerStep.size())
                counts.repeatsPerStep[step] += 1.0;
        }
    }
    return counts;
}

std::vector<TrackingPoint> buildTracking(const TrackingCounts& counts, const PredictionModel& model, Date firstDay,
                                         double unitDays, int steps)
{
    std::vector<TrackingPoint> out;
    double actual = 0.0;
    for (int k = 1; k <= steps; ++k) {
        TrackingPoint p;
        p.step = k;
        p.date = Date{firstDay.days + static_cast<int>(std::floor(k * unitDays))};
        actual += counts.repeatsPerStep[static_cast<std::size_t>(k - 1)];
        p.actual = actual;
        for (const auto& [offset, customers] : counts.acquisitionsByDayOffset) {
            const double age = k - offset / unitDays;
            if (age > 0.0)
                p.expected += customers * model.expected(age);
        }
        out.push_back(p);
    }
    return out;
}

}  // namespace

const char* backtestModelName(BacktestModel model)
{
    switch (model) {
    case BacktestModel::BgNbd:
        return "bgnbd";
    case BacktestModel::MbgNbd:
        return "mbgnbd";
    case BacktestModel::ParetoNbd:
        return "pareto";
    }
    return "bgnbd";
}

std::optional<BacktestModel> parseBacktestModel(std::string_view name)
{
    for (auto m : {BacktestModel::BgNbd, BacktestModel::MbgNbd, BacktestModel::ParetoNbd})
        if (name == backtestModelName(m))
            return m;
    return std::nullopt;
}

Result<BacktestReport> runBacktest(const OrderTable& table, const BacktestOptions& options, const TaskContext& ctx)
{
    if (options.maxBin < 1)
        return fail(ErrorCode::InvalidArgument, "maxBin must be >= 1");
    SummaryOptions so;
    so.unit = options.unit;
    so.period = TimeUnit::Day;
    so.end = options.end;
    so.returns = options.returns;
    so.calibrationEnd = options.calibrationEnd;
    auto summary = summarizeTable(table, so, ctx);
    if (!summary)
        return fail(summary.error());
    auto model = fitModel(options.model, toObservations(*summary), options.unit, options.fit, ctx);
    if (!model)
        return fail(model.error());

    BacktestReport report;
    report.fit = model->fit;
    report.firstDay = table.firstDay;
    report.calibrationEnd = options.calibrationEnd;
    report.end = summary->end;
    report.holdoutLength = summary->holdoutDuration;
    report.customers = static_cast<std::int64_t>(summary->rows.size());
    for (int x = 0; x <= options.maxBin; ++x)
        report.bins.push_back({x, x == options.maxBin, 0, 0.0, 0.0});
    double absError = 0.0;
    double squaredError = 0.0;
    std::size_t done = 0;
    for (const auto& row : summary->rows) {
        if (++done % 4096 == 0 && ctx.cancelled())
            return fail(ErrorCode::Cancelled, "backtest cancelled");
        const double expected = model->conditional(report.holdoutLength, row.frequency, row.recency, row.T);
        const double actual = row.holdoutFrequency;
        auto& bin = report.bins[static_cast<std::size_t>(std::min(row.frequency, options.maxBin))];
        ++bin.customers;
        bin.actual += actual;
        bin.expected += expected;
        report.actualHoldout += actual;
        report.expectedHoldout += expected;
        absError += std::abs(expected - actual);
        squaredError += (expected - actual) * (expected - actual);
    }
    for (auto& bin : report.bins) {
        if (bin.customers > 0) {
            bin.actual /= static_cast<double>(bin.customers);
            bin.expected /= static_cast<double>(bin.customers);
        }
    }
    const double n = static_cast<double>(std::max<std::int64_t>(report.customers, 1));
    report.meanAbsoluteError = absError / n;
    report.rootMeanSquaredError = std::sqrt(squaredError / n);
    report.aggregateErrorPercent =
        report.actualHoldout > 0.0 ? 100.0 * (report.expectedHoldout - report.actualHoldout) / report.actualHoldout
                                   : 0.0;

    const double unitDays = daysPerUnit(options.unit);
    const int steps = static_cast<int>(std::ceil((report.end.days - table.firstDay.days + 1) / unitDays));
    const auto counts = countTracking(table, table.firstDay, options.calibrationEnd, report.end, unitDays, steps);
    if (ctx.cancelled())
        return fail(ErrorCode::Cancelled, "backtest cancelled");
    report.tracking = buildTracking(counts, *model, table.firstDay, unitDays, steps);
    return report;
}

}  // namespace clv
