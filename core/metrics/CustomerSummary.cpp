// SPDX-License-Identifier: MIT
#include "core/metrics/CustomerSummary.h"

#include <algorithm>
#include <limits>

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

void fillRow(CustomerSummaryRow& row, const std::vector<PeriodTotal>& periods, const SummaryOptions& opt, Date end)
{
    row.firstPurchase = Date{periods.front().firstDay};
    row.lastPurchase = Date{periods.back().lastDay};
    row.frequency = static_cast<int>(periods.size()) - 1;
    const double unitDays = daysPerUnit(opt.unit);
    if (opt.period == TimeUnit::Day) {
        row.recency = (periods.back().index - periods.front().index) / unitDays;
        row.T = (end.days - row.firstPurchase.days) / unitDays;
    } else {
        const double scale = daysPerUnit(opt.period) / unitDays;
        row.recency = (periods.back().index - periods.front().index) * scale;
        row.T = (periodIndex(end.days, opt.period) - periods.front().index) * scale;
    }
    double sum = 0.0;
    for (std::size_t i = 1; i < periods.size(); ++i)
        sum += periods[i].net;
    row.totalValue = sum + periods.front().net;
    row.monetaryValue = row.frequency > 0 ? sum / row.frequency : 0.0;
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

Result<CustomerSummary> summarizeTable(const OrderTable& table, const SummaryOptions& options, const TaskContext& ctx)
{
    CustomerSummary summary;
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
    std::vector<PeriodTotal> periods, holdout;
    ReturnsReport& report = summary.returns;
    const std::size_t customers = table.customerCount();
    summary.rows.reserve(customers);
    for (std::size_t c = 0; c < customers; ++c) {
        const std::size_t b = table.offsets[c], n = table.offsets[c + 1] - b;
        const std::int32_t* days = table.days.data() + b;
        const double* amounts = table.amounts.data() + b;
        CustomerCounts counts;
        buildPeriods(days, amounts, n, std::numeric_limits<int>::min(), calEnd.days, options, periods, counts);
        if (options.calibrationEnd)
            buildPeriods(days, amounts, n, calEnd.days, summary.end.days, options, holdout, counts);
        report.refundOrders += counts.refunds;
        report.customersWithRefunds += counts.refunds > 0;
        report.nettedPeriods += counts.netted;
        report.nettedCustomers += counts.netted > 0;
        report.nonPositivePeriods += counts.nonPositive;
        report.nonPositiveCustomers += counts.nonPositive > 0;
        if (periods.empty()) {  // no purchase up to the (calibration) end, or all dropped
            if (options.returns == ReturnsPolicy::DropNonPositive && counts.nonPositive > 0)
                ++report.droppedCustomers;
            continue;
        }
        CustomerSummaryRow& row = summary.rows.emplace_back();
        row.customer = table.customerIds[c];
        if (c < table.externalIds.size())
            row.customerId = table.externalIds[c];
        fillRow(row, periods, options, calEnd);
        if (!holdout.empty()) {
            row.holdoutFrequency = static_cast<int>(holdout.size());
            double sum = 0.0;
            for (const PeriodTotal& p : holdout)
                sum += p.net;
            row.holdoutMonetary = sum / static_cast<double>(holdout.size());
        }
        if ((c & 0xFFFF) == 0xFFFF) {
            if (ctx.cancelled())
                return fail(ErrorCode::Cancelled, "summary cancelled");
            progress.report(static_cast<double>(c) / static_cast<double>(customers));
        }
    }
    progress.report(1.0);
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
