// SPDX-License-Identifier: MIT
#include "core/metrics/SubscriptionCohorts.h"

#include "core/metrics/CohortPeriods.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace clv {
namespace {

bool activeOn(const SubscriptionRecord& s, int day)
{
    return s.start.days <= day && (!s.cancel || day < s.cancel->days);
}

struct Accumulator {
    std::int64_t size = 0;
    std::vector<SubscriptionCohortCell> cells;
    std::vector<double> grossMrr;
};

// Adds one customer's subscriptions [first, last) to the cohort of their first start.
void addCustomer(const SubscriptionRecord* first, const SubscriptionRecord* last, int acq, int endPeriod, int endDay,
                 CohortGrain grain, Accumulator& acc)
{
    ++acc.size;
    bool previous = true;
    double lowest = std::numeric_limits<double>::infinity();
    for (int k = 0; acq + k <= endPeriod; ++k) {
        const int day = std::min(cohortperiod::last(acq + k, grain).days, endDay);
        bool subscribed = false;
        double mrr = 0.0;
        for (const SubscriptionRecord* s = first; s != last; ++s)
            if (activeOn(*s, day)) {
                subscribed = true;
                mrr += s->monthlyPrice;
            }
        lowest = std::min(lowest, mrr);
        SubscriptionCohortCell& cell = acc.cells[static_cast<std::size_t>(k)];
        cell.customersAtStart += previous ? 1 : 0;
        cell.subscribedCustomers += subscribed ? 1 : 0;
        cell.churnedCustomers += previous && !subscribed ? 1 : 0;
        cell.reactivatedCustomers += !previous && subscribed ? 1 : 0;
        cell.mrr += mrr;
        acc.grossMrr[static_cast<std::size_t>(k)] += lowest;
        previous = subscribed;
    }
}

SubscriptionCohort finishCohort(int acq, int endDay, CohortGrain grain, Accumulator& acc)
{
    SubscriptionCohort cohort;
    cohort.start = cohortperiod::start(acq, grain);
    cohort.label = cohortperiod::label(acq, grain);
    cohort.size = acc.size;
    const double base = acc.cells.front().mrr;
    for (std::size_t k = 0; k < acc.cells.size(); ++k) {
        SubscriptionCohortCell cell = acc.cells[k];
        const Date last = cohortperiod::last(acq + static_cast<int>(k), grain);
        cell.period = static_cast<int>(k);
        cell.complete = last.days <= endDay;
        cell.measuredAt = Date{std::min(last.days, endDay)};
        cell.retention = static_cast<double>(cell.subscribedCustomers) / static_cast<double>(acc.size);
        cell.churnRate = cell.customersAtStart > 0
                             ? static_cast<double>(cell.churnedCustomers) / static_cast<double>(cell.customersAtStart)
                             : 0.0;
        cell.netRevenueRetention = base > 0.0 ? cell.mrr / base : 0.0;
        cell.grossRevenueRetention = base > 0.0 ? acc.grossMrr[k] / base : 0.0;
        cohort.cells.push_back(cell);
    }
    return cohort;
}

Result<void> validate(const std::vector<SubscriptionRecord>& subscriptions)
{
    for (const SubscriptionRecord& s : subscriptions) {
        if (s.cancel && *s.cancel < s.start)
            return fail(ErrorCode::InvalidArgument, "subscription of customer " + std::to_string(s.customer)
                                                        + " is cancelled (" + s.cancel->toIso() + ") before it starts ("
                                                        + s.start.toIso() + ")");
        if (!std::isfinite(s.monthlyPrice) || s.monthlyPrice < 0.0)
            return fail(ErrorCode::InvalidArgument,
                        "subscription of customer " + std::to_string(s.customer) + " has a negative price");
    }
    return {};
}

}  // namespace

Result<std::vector<SubscriptionRecord>> loadSubscriptions(Database& db)
{
    auto stmt = db.prepare("SELECT customer_id, start_day, cancel_day, price_cents FROM subscriptions");
    if (!stmt)
        return fail(stmt.error());
    std::vector<SubscriptionRecord> out;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        SubscriptionRecord& s = out.emplace_back();
        s.customer = stmt->columnInt(0);
        s.start = Date{static_cast<int>(stmt->columnInt(1))};
        if (!stmt->columnIsNull(2))
            s.cancel = Date{static_cast<int>(stmt->columnInt(2))};
        s.monthlyPrice = static_cast<double>(stmt->columnInt(3)) / 100.0;
    }
    return out;
}

Result<SubscriptionCohortTable> computeSubscriptionCohorts(std::vector<SubscriptionRecord> subscriptions,
                                                           const SubscriptionCohortOptions& options,
                                                           const TaskContext& ctx)
{
    if (auto valid = validate(subscriptions); !valid)
        return fail(valid.error());
    if (subscriptions.empty())
        return fail(ErrorCode::NoData, "no subscriptions for cohorts");
    SubscriptionCohortTable out;
    out.options = options;
    if (options.end) {
        out.end = *options.end;
    } else {
        out.end = subscriptions.front().start;
        for (const SubscriptionRecord& s : subscriptions)
            out.end = std::max({out.end, s.start, s.cancel.value_or(s.start)});
    }
    const int endDay = out.end.days;
    std::erase_if(subscriptions, [endDay](const SubscriptionRecord& s) { return s.start.days > endDay; });
    if (subscriptions.empty())
        return fail(ErrorCode::NoData, "no subscription starts on or before " + out.end.toIso());
    std::sort(subscriptions.begin(), subscriptions.end(), [](const SubscriptionRecord& a, const SubscriptionRecord& b) {
        return a.customer != b.customer ? a.customer < b.customer : a.start < b.start;
    });
    out.subscriptions = static_cast<std::int64_t>(subscriptions.size());
    const CohortGrain grain = options.grain;
    const int endPeriod = cohortperiod::indexOf(endDay, grain);
    int firstPeriod = endPeriod;
    for (const SubscriptionRecord& s : subscriptions)
        firstPeriod = std::min(firstPeriod, cohortperiod::indexOf(s.start.days, grain));
    std::vector<Accumulator> acc(static_cast<std::size_t>(endPeriod - firstPeriod + 1));
    for (std::size_t c = 0; c < acc.size(); ++c) {
        acc[c].cells.resize(acc.size() - c);
        acc[c].grossMrr.resize(acc.size() - c, 0.0);
    }
    const SubscriptionRecord* data = subscriptions.data();
    std::size_t customers = 0;
    for (std::size_t b = 0; b < subscriptions.size(); ++customers) {
        std::size_t e = b + 1;
        while (e < subscriptions.size() && data[e].customer == data[b].customer)
            ++e;
        const int acq = cohortperiod::indexOf(data[b].start.days, grain);
        addCustomer(data + b, data + e, acq, endPeriod, endDay, grain, acc[static_cast<std::size_t>(acq - firstPeriod)]);
        b = e;
        if ((customers & 0x3FFF) == 0x3FFF && ctx.cancelled())
            return fail(ErrorCode::Cancelled, "subscription cohorts cancelled");
    }
    for (std::size_t c = 0; c < acc.size(); ++c) {
        if (acc[c].size == 0)
            continue;
        out.customers += acc[c].size;
        out.cohorts.push_back(finishCohort(firstPeriod + static_cast<int>(c), endDay, grain, acc[c]));
    }
    return out;
}

Result<SubscriptionCohortTable> subscriptionCohortsOfProject(Database& db, const SubscriptionCohortOptions& options,
                                                             const TaskContext& ctx)
{
    auto subscriptions = loadSubscriptions(db);
    if (!subscriptions)
        return fail(subscriptions.error());
    if (subscriptions->empty())
        return fail(ErrorCode::NoData, "the project has no subscriptions", db.path());
    return computeSubscriptionCohorts(std::move(*subscriptions), options, ctx);
}

}  // namespace clv
