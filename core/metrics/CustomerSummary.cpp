// SPDX-License-Identifier: MIT
#include "core/metrics/CustomerSummary.h"

#include <algorithm>
#include <span>
#include <unordered_map>

namespace clv {
namespace {

// Index of the merge period that contains `date` (ISO weeks start on Monday; 1970-01-01 was a Thursday).
int periodIndex(Date date, TimeUnit period)
{
    switch (period) {
    case TimeUnit::Day: return date.days;
    case TimeUnit::Week: {
        const int shifted = date.days + 3;  // days since Monday 1969-12-29
        return shifted >= 0 ? shifted / 7 : -((-shifted + 6) / 7);
    }
    case TimeUnit::Month: return date.monthIndex();
    }
    return date.days;
}

// Length of one merge period in days (months at their mean length).
double periodDays(TimeUnit period) { return daysPerUnit(period); }

struct PeriodTotal {
    int index;
    double net;
};

CustomerSummaryRow summarizeCustomer(std::int64_t customer, std::span<const OrderRecord> tx, const SummaryOptions& opt,
                                     Date end, std::vector<PeriodTotal>& periods)
{
    periods.clear();
    for (const OrderRecord& t : tx)
        if (t.amount >= 0.0) {
            const int index = periodIndex(t.date, opt.period);
            if (periods.empty() || periods.back().index != index)
                periods.push_back({index, 0.0});
            periods.back().net += t.amount;
        }
    CustomerSummaryRow row;
    row.customer = customer;
    if (periods.empty())
        return row;
    for (const OrderRecord& t : tx)
        if (t.amount < 0.0) {
            const int index = periodIndex(t.date, opt.period);
            auto it = std::upper_bound(periods.begin(), periods.end(), index,
                                       [](int value, const PeriodTotal& p) { return value < p.index; });
            (it == periods.begin() ? *it : *std::prev(it)).net += t.amount;
        }
    row.firstPurchase = std::find_if(tx.begin(), tx.end(), [](const OrderRecord& t) { return t.amount >= 0.0; })->date;
    row.frequency = static_cast<int>(periods.size()) - 1;
    const double unitDays = daysPerUnit(opt.unit);
    if (opt.period == TimeUnit::Day) {
        row.recency = (periods.back().index - periods.front().index) / unitDays;
        row.T = (end.days - row.firstPurchase.days) / unitDays;
    } else {
        const double scale = periodDays(opt.period) / unitDays;
        row.recency = (periods.back().index - periods.front().index) * scale;
        row.T = (periodIndex(end, opt.period) - periods.front().index) * scale;
    }
    if (row.frequency > 0) {
        double sum = 0.0;
        for (std::size_t i = 1; i < periods.size(); ++i)
            sum += periods[i].net;
        row.monetaryValue = sum / row.frequency;
    }
    return row;
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

Result<CustomerSummary> summarize(std::vector<OrderRecord> transactions, const SummaryOptions& options,
                                  const TaskContext& ctx)
{
    CustomerSummary summary;
    summary.options = options;
    if (transactions.empty())
        return fail(ErrorCode::NoData, "no orders to summarise");
    auto byCustomerDate = [](const OrderRecord& a, const OrderRecord& b) {
        return a.customer != b.customer ? a.customer < b.customer : a.date < b.date;
    };
    if (!std::is_sorted(transactions.begin(), transactions.end(), byCustomerDate))
        std::stable_sort(transactions.begin(), transactions.end(), byCustomerDate);

    Date firstDate = transactions.front().date, lastDate = transactions.front().date;
    for (const OrderRecord& t : transactions) {
        firstDate = std::min(firstDate, t.date);
        lastDate = std::max(lastDate, t.date);
    }
    summary.end = options.end.value_or(lastDate);
    if (summary.end < firstDate)
        return fail(ErrorCode::InvalidArgument, "the end date " + summary.end.toIso() + " is before the first order ("
                                                    + firstDate.toIso() + ")");
    ProgressThrottle progress(ctx);
    std::vector<PeriodTotal> periods;
    std::size_t begin = 0;
    std::size_t done = 0;
    while (begin < transactions.size()) {
        const std::int64_t customer = transactions[begin].customer;
        std::size_t stop = begin;
        while (stop < transactions.size() && transactions[stop].customer == customer && transactions[stop].date <= summary.end)
            ++stop;
        std::size_t next = stop;
        while (next < transactions.size() && transactions[next].customer == customer)
            ++next;
        if (stop > begin) {
            auto row = summarizeCustomer(customer, std::span(transactions).subspan(begin, stop - begin), options,
                                         summary.end, periods);
            if (!periods.empty())  // customers with only refunds up to the end date have no purchase
                summary.rows.push_back(std::move(row));
        }
        begin = next;
        if (++done % 65536 == 0) {
            if (ctx.cancelled())
                return fail(ErrorCode::Cancelled, "summary cancelled");
            progress.report(static_cast<double>(begin) / static_cast<double>(transactions.size()));
        }
    }
    progress.report(1.0);
    return summary;
}

Result<CustomerSummary> summarizeProject(Database& db, const SummaryOptions& options, const TaskContext& ctx)
{
    auto stmt = db.prepare("SELECT customer_id, order_day, amount_cents FROM orders ORDER BY customer_id, order_day, id");
    if (!stmt)
        return fail(stmt.error());
    std::vector<OrderRecord> transactions;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        transactions.push_back({stmt->columnInt(0), Date{static_cast<int>(stmt->columnInt(1))},
                                static_cast<double>(stmt->columnInt(2)) / 100.0});
        if ((transactions.size() & 0xFFFF) == 0 && ctx.cancelled())
            return fail(ErrorCode::Cancelled, "summary cancelled");
    }
    if (transactions.empty())
        return fail(ErrorCode::NoData, "the project has no orders yet", db.path());
    auto summary = summarize(std::move(transactions), options, ctx);
    if (!summary)
        return summary;
    auto names = db.prepare("SELECT id, external_id FROM customers");
    if (!names)
        return fail(names.error());
    std::unordered_map<std::int64_t, std::string> ids;
    for (;;) {
        auto row = names->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        ids.emplace(names->columnInt(0), names->columnText(1));
    }
    for (auto& row : summary->rows)
        row.customerId = ids[row.customer];
    return summary;
}

}  // namespace clv
