// SPDX-License-Identifier: MIT
#include "core/metrics/CustomerSummary.h"

#include "core/metrics/HugePages.h"

#include <algorithm>
#include <limits>
#include <thread>

namespace clv {
namespace {

// Index of the merge period that contains `day` (ISO weeks start on Monday; 1970-01-01 was a Thursday).
int periodIndex(int day, TimeUnit period)
{
    switch (period) {
    case TimeUnit::Day: return day;
    case TimeUnit::Week: {
        const int shifted = day + 3;  // days since Monday 1969-12-29
        return shifted >= 0 ? shifted / 7 : -((-shifted + 6) / 7);
    }
    case TimeUnit::Month: return Date{day}.monthIndex();
    }
    return day;
}

struct PeriodTotal {
    int index;
    int firstDay;  // earliest order day in the period
    int lastDay;   // latest order day in the period
    double gross;  // purchases only
    double net;    // purchases plus the refunds netted into the period
    bool refunded;
};

struct CustomerCounts {
    std::int64_t refunds = 0, netted = 0, nonPositive = 0;
};

// Builds one customer's purchase periods from the orders with day in (after, upTo], applying `policy`.
// Counters record what every policy would touch.
void buildPeriods(const std::int32_t* days, const double* amounts, std::size_t n, int after, int upTo,
                  const SummaryOptions& opt, std::vector<PeriodTotal>& periods, CustomerCounts& counts)
{
    periods.clear();
    for (std::size_t i = 0; i < n; ++i) {
        if (days[i] <= after || days[i] > upTo || amounts[i] < 0.0)
            continue;
        const int index = periodIndex(days[i], opt.period);
        if (periods.empty() || periods.back().index != index)
            periods.push_back({index, days[i], days[i], 0.0, 0.0, false});
        periods.back().lastDay = days[i];
        periods.back().gross += amounts[i];
        periods.back().net += amounts[i];
    }
    for (std::size_t i = 0; i < n; ++i) {
        if (days[i] <= after || days[i] > upTo || amounts[i] >= 0.0)
            continue;
        ++counts.refunds;
        if (periods.empty())
            continue;
        const int index = periodIndex(days[i], opt.period);
        auto it = std::upper_bound(periods.begin(), periods.end(), index,
                                   [](int value, const PeriodTotal& p) { return value < p.index; });
        PeriodTotal& target = it == periods.begin() ? *it : *std::prev(it);
        target.net += amounts[i];
        if (!target.refunded)
            ++counts.netted;
        target.refunded = true;
    }
    for (const PeriodTotal& p : periods)
        if (p.net <= 0.0)
            ++counts.nonPositive;
    if (opt.returns == ReturnsPolicy::Ignore)
        for (PeriodTotal& p : periods)
            p.net = p.gross;
    else if (opt.returns == ReturnsPolicy::DropNonPositive)
        std::erase_if(periods, [](const PeriodTotal& p) { return p.net <= 0.0; });
}

}  // namespace

double daysPerUnit(TimeUnit unit)
{
    switch (unit) {
    case TimeUnit::Day: return 1.0;
    case TimeUnit::Week: return 7.0;
    case TimeUnit::Month: return 365.25 / 12.0;
    }
    return 1.0;
}

const char* timeUnitName(TimeUnit unit)
{
    switch (unit) {
    case TimeUnit::Day: return "day";
    case TimeUnit::Week: return "week";
    case TimeUnit::Month: return "month";
    }
    return "day";
}

std::optional<TimeUnit> parseTimeUnit(std::string_view name)
{
    if (name == "day" || name == "days" || name == "D")
        return TimeUnit::Day;
    if (name == "week" || name == "weeks" || name == "W")
        return TimeUnit::Week;
    if (name == "month" || name == "months" || name == "M")
        return TimeUnit::Month;
    return std::nullopt;
}

const char* returnsPolicyName(ReturnsPolicy policy)
{
    switch (policy) {
    case ReturnsPolicy::Net: return "net";
    case ReturnsPolicy::DropNonPositive: return "drop";
    case ReturnsPolicy::Ignore: return "ignore";
    }
    return "net";
}

std::optional<ReturnsPolicy> parseReturnsPolicy(std::string_view name)
{
    if (name == "net")
        return ReturnsPolicy::Net;
    if (name == "drop")
        return ReturnsPolicy::DropNonPositive;
    if (name == "ignore")
        return ReturnsPolicy::Ignore;
    return std::nullopt;
}

double CompactSummary::recency(std::size_t i) const
{
    const double unitDays = daysPerUnit(options.unit);
    if (options.period == TimeUnit::Day)
        return (lastDay[i] - firstDay[i]) / unitDays;
    const double scale = daysPerUnit(options.period) / unitDays;
    return (periodIndex(lastDay[i], options.period) - periodIndex(firstDay[i], options.period)) * scale;
}

double CompactSummary::T(std::size_t i) const
{
    const Date to = calibrationEnd.value_or(end);
    const double unitDays = daysPerUnit(options.unit);
    if (options.period == TimeUnit::Day)
        return (to.days - firstDay[i]) / unitDays;
    const double scale = daysPerUnit(options.period) / unitDays;
    return (periodIndex(to.days, options.period) - periodIndex(firstDay[i], options.period)) * scale;
}

Result<CompactSummary> summarizeTableCompact(const OrderTable& table, const SummaryOptions& options,
                                             const TaskContext& ctx)
{
    CompactSummary summary;
    summary.options = options;
    if (table.orderCount() == 0)
        return fail(ErrorCode::NoData, "no orders to summarise");
    summary.end = options.end.value_or(table.lastDay);
    if (summary.end < table.firstDay)
        return fail(ErrorCode::InvalidArgument, "the end date " + summary.end.toIso() + " is before the first order ("
                                                    + table.firstDay.toIso() + ")");
    Date calEnd = summary.end;
    if (options.calibrationEnd) {
        calEnd = *options.calibrationEnd;
        if (calEnd < table.firstDay || !(calEnd < summary.end))
            return fail(ErrorCode::InvalidArgument, "the calibration end " + calEnd.toIso()
                                                        + " must lie on or after the first order ("
                                                        + table.firstDay.toIso() + ") and before the end ("
                                                        + summary.end.toIso() + ")");
        summary.calibrationEnd = calEnd;
        summary.holdoutDuration = (summary.end.days - calEnd.days) / daysPerUnit(options.unit);
    }
    ProgressThrottle progress(ctx);
    const std::size_t customers = table.customerCount();
    // Columns sized once for every customer (trimmed at the end when some are left out).
    detail::resizeHuge(summary.index, customers);
    detail::resizeHuge(summary.frequency, customers);
    detail::resizeHuge(summary.firstDay, customers);
    detail::resizeHuge(summary.lastDay, customers);
    detail::resizeHuge(summary.monetaryValue, customers);
    detail::resizeHuge(summary.totalValue, customers);
    const bool split = options.calibrationEnd.has_value();
    if (split) {
        detail::resizeHuge(summary.holdoutFrequency, customers);
        detail::resizeHuge(summary.holdoutMonetary, customers);
    }
    // Customers [from, to) written densely from row `from` on; returns the row after the last one written, or
    // SIZE_MAX when cancelled. Only the main thread reports progress.
    const auto run = [&](std::size_t from, std::size_t to, ReturnsReport& report, bool main) -> std::size_t {
        std::vector<PeriodTotal> periods, holdout;
        std::size_t out = from;
        for (std::size_t c = from; c < to; ++c) {
            const std::size_t b = table.offsets[c], n = table.offsets[c + 1] - b;
            const std::int32_t* days = table.days.data() + b;
            const double* amounts = table.amounts.data() + b;
            CustomerCounts counts;
            buildPeriods(days, amounts, n, std::numeric_limits<int>::min(), calEnd.days, options, periods, counts);
            if (split)
                buildPeriods(days, amounts, n, calEnd.days, summary.end.days, options, holdout, counts);
            if (counts.refunds > 0 || counts.nonPositive > 0) {
                report.refundOrders += counts.refunds;
                report.customersWithRefunds += counts.refunds > 0;
                report.nettedPeriods += counts.netted;
                report.nettedCustomers += counts.netted > 0;
                report.nonPositivePeriods += counts.nonPositive;
                report.nonPositiveCustomers += counts.nonPositive > 0;
            }
            if ((c & 0xFFFF) == 0xFFFF) {
                if (ctx.cancelled())
                    return std::numeric_limits<std::size_t>::max();
                if (main)
                    progress.report(static_cast<double>(c - from) / static_cast<double>(to - from));
            }
            if (periods.empty()) {  // no purchase up to the (calibration) end, or all dropped
                if (options.returns == ReturnsPolicy::DropNonPositive && counts.nonPositive > 0)
                    ++report.droppedCustomers;
                continue;
            }
            summary.index[out] = static_cast<std::uint32_t>(c);
            summary.firstDay[out] = periods.front().firstDay;
            summary.lastDay[out] = periods.back().lastDay;
            const int frequency = static_cast<int>(periods.size()) - 1;
            summary.frequency[out] = frequency;
            double sum = 0.0;
            for (std::size_t i = 1; i < periods.size(); ++i)
                sum += periods[i].net;
            summary.totalValue[out] = sum + periods.front().net;
            summary.monetaryValue[out] = frequency > 0 ? sum / frequency : 0.0;
            if (split) {
                int hf = 0;
                double hm = 0.0;
                if (!holdout.empty()) {
                    hf = static_cast<int>(holdout.size());
                    double hs = 0.0;
                    for (const PeriodTotal& p : holdout)
                        hs += p.net;
                    hm = hs / static_cast<double>(holdout.size());
                }
                summary.holdoutFrequency[out] = hf;
                summary.holdoutMonetary[out] = hm;
            }
            ++out;
        }
        return out;
    };
    constexpr std::size_t cancelledMark = std::numeric_limits<std::size_t>::max();
    std::size_t out = 0;
    if (customers >= 200000 && std::thread::hardware_concurrency() >= 2) {
        // Two halves on two threads; the second half's rows then move down behind the first half's.
        const std::size_t mid = customers / 2;
        ReturnsReport second;
        std::size_t out2 = 0;
        std::thread worker([&] { out2 = run(mid, customers, second, false); });
        const std::size_t out1 = run(0, mid, summary.returns, true);
        worker.join();
        if (out1 == cancelledMark || out2 == cancelledMark)
            return fail(ErrorCode::Cancelled, "summary cancelled");
        ReturnsReport& r = summary.returns;
        r.refundOrders += second.refundOrders;
        r.customersWithRefunds += second.customersWithRefunds;
        r.nettedPeriods += second.nettedPeriods;
        r.nettedCustomers += second.nettedCustomers;
        r.nonPositivePeriods += second.nonPositivePeriods;
        r.nonPositiveCustomers += second.nonPositiveCustomers;
        r.droppedCustomers += second.droppedCustomers;
        out = out1 + (out2 - mid);
        if (out1 < mid) {
            const auto moveDown = [&](auto& column) {
                if (!column.empty())
                    std::copy(column.begin() + static_cast<std::ptrdiff_t>(mid),
                              column.begin() + static_cast<std::ptrdiff_t>(out2),
                              column.begin() + static_cast<std::ptrdiff_t>(out1));
            };
            moveDown(summary.index);
            moveDown(summary.frequency);
            moveDown(summary.firstDay);
            moveDown(summary.lastDay);
            moveDown(summary.monetaryValue);
            moveDown(summary.totalValue);
            moveDown(summary.holdoutFrequency);
            moveDown(summary.holdoutMonetary);
        }
    } else {
        out = run(0, customers, summary.returns, true);
        if (out == cancelledMark)
            return fail(ErrorCode::Cancelled, "summary cancelled");
    }
    if (out < customers) {
        summary.index.resize(out);
        summary.frequency.resize(out);
        summary.firstDay.resize(out);
        summary.lastDay.resize(out);
        summary.monetaryValue.resize(out);
        summary.totalValue.resize(out);
        if (split) {
            summary.holdoutFrequency.resize(out);
            summary.holdoutMonetary.resize(out);
        }
    }
    progress.report(1.0);
    return summary;
}

Result<CustomerSummary> summarizeTable(const OrderTable& table, const SummaryOptions& options, const TaskContext& ctx)
{
    auto compact = summarizeTableCompact(table, options, ctx);
    if (!compact)
        return fail(compact.error());
    const CompactSummary& s = *compact;
    CustomerSummary summary;
    summary.options = s.options;
    summary.end = s.end;
    summary.calibrationEnd = s.calibrationEnd;
    summary.holdoutDuration = s.holdoutDuration;
    summary.returns = s.returns;
    summary.rows.resize(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        CustomerSummaryRow& row = summary.rows[i];
        const std::size_t c = s.index[i];
        row.customer = table.customerIds[c];
        if (c < table.externalIds.size())
            row.customerId = table.externalIds[c];
        row.firstPurchase = Date{s.firstDay[i]};
        row.lastPurchase = Date{s.lastDay[i]};
        row.frequency = s.frequency[i];
        row.recency = s.recency(i);
        row.T = s.T(i);
        row.monetaryValue = s.monetaryValue[i];
        row.totalValue = s.totalValue[i];
        if (!s.holdoutFrequency.empty()) {
            row.holdoutFrequency = s.holdoutFrequency[i];
            row.holdoutMonetary = s.holdoutMonetary[i];
        }
    }
    return summary;
}

Result<CustomerSummary> summarize(std::vector<OrderRecord> orders, const SummaryOptions& options, const TaskContext& ctx)
{
    if (orders.empty())
        return fail(ErrorCode::NoData, "no orders to summarise");
    return summarizeTable(makeOrderTable(orders), options, ctx);
}

Result<CustomerSummary> summarizeProject(Database& db, const SummaryOptions& options, const TaskContext& ctx)
{
    auto table = loadOrderTable(db, ctx);
    if (!table)
        return fail(table.error());
    return summarizeTable(*table, options, ctx);
}

}  // namespace clv
