// SPDX-License-Identifier: MIT
#include "core/metrics/Survival.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <numeric>

namespace clv {

double normalQuantile(double p)
{
    if (p <= 0.0)
        return -std::numeric_limits<double>::infinity();
    if (p >= 1.0)
        return std::numeric_limits<double>::infinity();
    static const double a[] = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
                               1.383577518672690e+02,  -3.066479806614716e+01, 2.506628277459239e+00};
    static const double b[] = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                               6.680131188771972e+01,  -1.328068155288572e+01};
    static const double c[] = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                               -2.549732539343734e+00, 4.374664141464968e+00,  2.938163982698783e+00};
    static const double d[] = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                               3.754408661907416e+00};
    double x;
    if (p < 0.02425) {
        const double q = std::sqrt(-2.0 * std::log(p));
        x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
            / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1.0);
    } else if (p <= 1.0 - 0.02425) {
        const double q = p - 0.5, r = q * q;
        x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
            / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1.0);
    } else {
        const double q = std::sqrt(-2.0 * std::log(1.0 - p));
        x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
            / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1.0);
    }
    // One Halley step against the exact CDF.
    const double e = 0.5 * std::erfc(-x / std::sqrt(2.0)) - p;
    const double u = e * std::sqrt(2.0 * std::numbers::pi) * std::exp(x * x / 2.0);
    return x - u / (1.0 + x * u / 2.0);
}

Result<KaplanMeierCurve> kaplanMeier(std::span<const double> durations, std::span<const std::uint8_t> events,
                                     const KaplanMeierOptions& options)
{
    if (durations.size() != events.size())
        return fail(ErrorCode::InvalidArgument, "durations and event flags differ in length");
    if (durations.empty())
        return fail(ErrorCode::NoData, "no subjects for the survival curve");
    if (!(options.confidence > 0.0 && options.confidence < 1.0))
        return fail(ErrorCode::InvalidArgument, "confidence must lie between 0 and 1");
    for (double t : durations)
        if (!std::isfinite(t) || t < 0.0)
            return fail(ErrorCode::InvalidArgument, "durations must be finite and >= 0");
    std::vector<std::size_t> order(durations.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) { return durations[x] < durations[y]; });
    const double z = normalQuantile(0.5 + options.confidence / 2.0);
    KaplanMeierCurve curve;
    curve.subjects = static_cast<std::int64_t>(durations.size());
    std::int64_t atRisk = curve.subjects;
    double survival = 1.0, greenwood = 0.0;
    for (std::size_t i = 0; i < order.size();) {
        KaplanMeierStep step;
        step.time = durations[order[i]];
        step.atRisk = atRisk;
        std::size_t j = i;
        for (; j < order.size() && durations[order[j]] == step.time; ++j)
            (events[order[j]] ? step.events : step.censored) += 1;
        const auto n = static_cast<double>(atRisk), dd = static_cast<double>(step.events);
        if (step.events > 0) {
            survival *= 1.0 - dd / n;
            greenwood += atRisk > step.events ? dd / (n * (n - dd)) : std::numeric_limits<double>::infinity();
        }
        step.survival = survival;
        step.standardError = std::isfinite(greenwood) ? survival * std::sqrt(greenwood) : 0.0;
        step.lower = step.upper = survival;
        if (survival > 0.0 && survival < 1.0 && std::isfinite(greenwood)) {
            if (options.band == ConfidenceBand::Plain) {
                step.lower = std::max(0.0, survival - z * step.standardError);
                step.upper = std::min(1.0, survival + z * step.standardError);
            } else {
                const double sigma = std::sqrt(greenwood) / std::abs(std::log(survival));
                step.lower = std::pow(survival, std::exp(z * sigma));
                step.upper = std::pow(survival, std::exp(-z * sigma));
            }
        }
        if (!curve.median && survival <= 0.5)
            curve.median = step.time;
        curve.events += step.events;
        atRisk -= step.events + step.censored;
        curve.steps.push_back(step);
        i = j;
    }
    return curve;
}

Result<LapseCurve> lapseCurve(const OrderTable& table, const LapseOptions& options)
{
    if (!(options.threshold > 0.0) || !std::isfinite(options.threshold))
        return fail(ErrorCode::InvalidArgument, "the lapse threshold must be greater than 0");
    if (table.orderCount() == 0)
        return fail(ErrorCode::NoData, "no orders");
    LapseCurve out;
    out.options = options;
    out.end = options.end.value_or(table.lastDay);
    if (out.end < table.firstDay)
        return fail(ErrorCode::InvalidArgument, "the end date " + out.end.toIso() + " is before the first order ("
                                                    + table.firstDay.toIso() + ")");
    const double unitDays = daysPerUnit(options.unit);
    const double gapDays = options.threshold * unitDays;
    std::vector<double> durations;
    std::vector<std::uint8_t> events;
    durations.reserve(table.customerCount());
    events.reserve(table.customerCount());
    for (std::size_t c = 0; c < table.customerCount(); ++c) {
        int first = -1, previous = -1;
        bool lapsed = false;
        for (std::size_t i = table.offsets[c]; i < table.offsets[c + 1] && table.days[i] <= out.end.days; ++i) {
            if (table.amounts[i] < 0.0)
                continue;
            const int day = table.days[i];
            if (first < 0) {
                first = previous = day;
                continue;
            }
            if (day - previous > gapDays) {
                lapsed = true;
                break;
            }
            previous = day;
        }
        if (first < 0)
            continue;
        if (!lapsed && out.end.days - previous > gapDays)
            lapsed = true;
        durations.push_back(lapsed ? (previous - first + gapDays) / unitDays : (out.end.days - first) / unitDays);
        events.push_back(lapsed ? 1 : 0);
        (lapsed ? out.lapsed : out.active) += 1;
    }
    auto curve = kaplanMeier(durations, events, options.km);
    if (!curve)
        return fail(curve.error());
    out.curve = std::move(*curve);
    return out;
}

Result<KaplanMeierCurve> subscriptionSurvival(Database& db, TimeUnit unit, std::optional<Date> end,
                                              const KaplanMeierOptions& options)
{
    auto last = db.queryInt("SELECT coalesce(max(max(start_day), coalesce(max(cancel_day), 0)), -2147483648) "
                            "FROM subscriptions");
    if (!last)
        return fail(last.error());
    const int endDay = end ? end->days : static_cast<int>(*last);
    auto stmt = db.prepare("SELECT start_day, cancel_day FROM subscriptions WHERE start_day <= ?1");
    if (!stmt)
        return fail(stmt.error());
    stmt->bind(1, static_cast<std::int64_t>(endDay));
    std::vector<double> durations;
    std::vector<std::uint8_t> events;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        const auto start = stmt->columnInt(0);
        const bool cancelled = !stmt->columnIsNull(1) && stmt->columnInt(1) <= endDay;
        const auto stop = cancelled ? stmt->columnInt(1) : static_cast<std::int64_t>(endDay);
        durations.push_back(static_cast<double>(stop - start) / daysPerUnit(unit));
        events.push_back(cancelled ? 1 : 0);
    }
    if (durations.empty())
        return fail(ErrorCode::NoData, "the project has no subscriptions started on or before the end date", db.path());
    return kaplanMeier(durations, events, options);
}

}  // namespace clv
