// SPDX-License-Identifier: MIT
#include "SbgCohorts.h"

#include <algorithm>
#include <map>

namespace clv {
namespace {

std::string cohortLabel(int monthIndex)
{
    const int year = 1970 + monthIndex / 12;
    const auto month = static_cast<unsigned>(monthIndex % 12 + 1);
    return Date::fromCivil(year, month, 1).toIso().substr(0, 7);
}

void addLifetime(SbgData& data, SbgLifetime life)
{
    auto& counts = life.churned ? data.churned : data.censored;
    const auto index = static_cast<std::size_t>(life.churned ? life.periods - 1 : life.periods);
    if (counts.size() <= index)
        counts.resize(index + 1, 0.0);
    counts[index] += 1.0;
}

std::vector<double> actuarialSurvival(const SbgData& data, int periods)
{
    std::vector<double> out{1.0};
    for (int t = 1; t <= periods; ++t) {
        double atRisk = 0.0;
        for (std::size_t i = static_cast<std::size_t>(t) - 1; i < data.churned.size(); ++i)
            atRisk += data.churned[i];
        for (std::size_t n = static_cast<std::size_t>(t); n < data.censored.size(); ++n)
            atRisk += data.censored[n];
        const auto index = static_cast<std::size_t>(t - 1);
        const double churned = index < data.churned.size() ? data.churned[index] : 0.0;
        out.push_back(atRisk > 0.0 ? out.back() * (1.0 - churned / atRisk) : out.back());
    }
    return out;
}

SbgCohortFit fitCohort(std::string label, const SbgData& data, const SbgCohortOptions& options,
                       const TaskContext& ctx)
{
    SbgCohortFit c;
    c.cohort = std::move(label);
    c.data = data;
    c.customers = static_cast<std::int64_t>(data.customers());
    for (double n : data.censored)
        c.active += static_cast<std::int64_t>(n);
    c.observedPeriods = data.observedPeriods();
    c.observedSurvival = actuarialSurvival(data, c.observedPeriods);
    auto fit = fitSbg(data, options.fit, ctx);
    if (!fit) {
        c.error = fit.error();
        return c;
    }
    c.fitted = true;
    c.sbg = std::move(*fit);
    const Sbg& m = c.sbg.model;
    c.projectedSurvival = m.projectSurvival(c.observedPeriods, options.projectionPeriods);
    c.expectedLifetime = m.discountedExpectedLifetime(options.discountRate);
    for (std::size_t n = 0; n < data.censored.size(); ++n)
        if (data.censored[n] > 0.0)
            c.totalResidualLifetime +=
                data.censored[n] * m.discountedExpectedResidualLifetime(options.discountRate, static_cast<int>(n));
    c.meanResidualLifetime = c.active > 0 ? c.totalResidualLifetime / static_cast<double>(c.active) : 0.0;
    return c;
}

}  // namespace

Date addMonths(Date date, int months)
{
    const int total = static_cast<int>(date.month()) - 1 + months;
    const int year = date.year() + (total >= 0 ? total / 12 : (total - 11) / 12);
    const auto month = static_cast<unsigned>(((total % 12) + 12) % 12 + 1);
    const Date first = Date::fromCivil(year, month, 1);
    const int length = Date::fromCivil(month == 12 ? year + 1 : year, month % 12 + 1, 1).days - first.days;
    return Date{first.days + std::min(static_cast<int>(date.day()), length) - 1};
}

std::optional<SbgLifetime> monthlyLifetime(const SubscriptionSpan& span, Date end)
{
    if (span.start > end)
        return std::nullopt;
    if (span.cancel && *span.cancel <= end) {
        int k = 1;
        while (addMonths(span.start, k) < *span.cancel)
            ++k;
        return SbgLifetime{k, true};
    }
    int n = 0;
    while (addMonths(span.start, n + 1) <= end)
        ++n;
    return SbgLifetime{n, false};
}

Result<std::vector<SubscriptionSpan>> loadSubscriptionSpans(Database& db, const TaskContext& ctx)
{
    auto stmt = db.prepare("SELECT start_day, cancel_day FROM subscriptions ORDER BY id");
    if (!stmt)
        return fail(stmt.error());
    std::vector<SubscriptionSpan> out;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        SubscriptionSpan span;
        span.start = Date{static_cast<std::int32_t>(stmt->columnInt(0))};
        if (!stmt->columnIsNull(1))
            span.cancel = Date{static_cast<std::int32_t>(stmt->columnInt(1))};
        out.push_back(span);
        if (out.size() % 65536 == 0 && ctx.cancelled())
            return fail(ErrorCode::Cancelled, "loading subscriptions cancelled");
    }
    if (out.empty())
        return fail(ErrorCode::NoData, "the project has no subscriptions", db.path());
    return out;
}

Result<SbgCohortReport> fitSbgCohorts(const std::vector<SubscriptionSpan>& spans, const SbgCohortOptions& options,
                                      const TaskContext& ctx)
{
    if (!(options.discountRate > 0.0))
        return fail(ErrorCode::InvalidArgument, "discount rate must be > 0");
    if (options.projectionPeriods < 0)
        return fail(ErrorCode::InvalidArgument, "projection periods must be >= 0");
    if (spans.empty())
        return fail(ErrorCode::NoData, "no subscriptions");
    SbgCohortReport report;
    report.discountRate = options.discountRate;
    if (options.end) {
        report.end = *options.end;
    } else {
        report.end = spans.front().start;
        for (const auto& s : spans)
            report.end = std::max({report.end, s.start, s.cancel.value_or(s.start)});
    }
    std::map<int, SbgData> byCohort;
    SbgData all;
    for (const auto& span : spans) {
        const auto life = monthlyLifetime(span, report.end);
        if (!life)
            continue;
        addLifetime(byCohort[span.start.monthIndex()], *life);
        addLifetime(all, *life);
    }
    if (byCohort.empty())
        return fail(ErrorCode::NoData, "no subscription started on or before the end date");
    ProgressThrottle progress(ctx);
    std::size_t done = 0;
    for (const auto& [month, data] : byCohort) {
        if (ctx.cancelled())
            return fail(ErrorCode::Cancelled, "sBG cohort fits cancelled");
        report.cohorts.push_back(fitCohort(cohortLabel(month), data, options, ctx));
        progress.report(static_cast<double>(++done) / static_cast<double>(byCohort.size() + 1));
    }
    report.pooled = fitCohort("all", all, options, ctx);
    if (ctx.cancelled())
        return fail(ErrorCode::Cancelled, "sBG cohort fits cancelled");
    progress.report(1.0);
    return report;
}

}  // namespace clv
