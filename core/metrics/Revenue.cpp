// SPDX-License-Identifier: MIT
#include "core/metrics/Revenue.h"

#include "core/util/Date.h"

#include <cmath>

namespace clv {

Result<std::vector<MonthlyRevenue>> monthlyRevenue(Database& db)
{
    // order_day is days since 1970-01-01, so day * 86400 is a unix time SQLite can format.
    auto stmt = db.prepare(
        "SELECT CAST(strftime('%Y', order_day * 86400, 'unixepoch') AS INTEGER),"
        "       CAST(strftime('%m', order_day * 86400, 'unixepoch') AS INTEGER),"
        "       sum(amount_cents), sum(amount_cents > 0), count(DISTINCT CASE WHEN amount_cents > 0 THEN customer_id END) "
        "FROM orders GROUP BY 1, 2 ORDER BY 1, 2");
    if (!stmt)
        return fail(stmt.error());
    std::vector<MonthlyRevenue> out;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        MonthlyRevenue m;
        m.year = static_cast<int>(stmt->columnInt(0));
        m.month = static_cast<unsigned>(stmt->columnInt(1));
        m.revenue = static_cast<double>(stmt->columnInt(2)) / 100.0;
        m.orders = stmt->columnInt(3);
        m.customers = stmt->columnInt(4);
        // Fill months without orders so the series has one entry per calendar month.
        while (!out.empty()) {
            const MonthlyRevenue& last = out.back();
            const int nextIndex = last.year * 12 + static_cast<int>(last.month);  // month after `last`, 0-based
            if (nextIndex >= m.year * 12 + static_cast<int>(m.month) - 1)
                break;
            out.push_back({nextIndex / 12, static_cast<unsigned>(nextIndex % 12 + 1), 0.0, 0, 0});
        }
        out.push_back(m);
    }
    return out;
}

std::vector<MonthlyRevenue> monthlyRevenue(const OrderTable& table)
{
    if (table.orderCount() == 0)
        return {};
    const auto monthIndex = [](Date d) { return d.year() * 12 + static_cast<int>(d.month()) - 1; };
    const int first = monthIndex(table.firstDay);
    const int last = monthIndex(table.lastDay);
    std::vector<MonthlyRevenue> out(static_cast<std::size_t>(last - first + 1));
    std::vector<std::int64_t> cents(out.size(), 0);
    for (std::size_t m = 0; m < out.size(); ++m) {
        out[m].year = (first + static_cast<int>(m)) / 12;
        out[m].month = static_cast<unsigned>((first + static_cast<int>(m)) % 12 + 1);
    }
    // Days ascend within a customer, so a customer's positive orders in one month are adjacent: count the
    // customer once per run of months.
    std::int32_t cachedDay = table.days.empty() ? 0 : table.days[0] - 1;
    std::size_t cachedMonth = 0;
    for (std::size_t c = 0; c < table.customerCount(); ++c) {
        std::size_t lastCounted = out.size();
        for (std::uint32_t i = table.offsets[c]; i < table.offsets[c + 1]; ++i) {
            const std::int32_t day = table.days[i];
            if (day != cachedDay) {
                cachedDay = day;
                cachedMonth = static_cast<std::size_t>(monthIndex(Date{day}) - first);
            }
            const double amount = table.amounts[i];
            cents[cachedMonth] += std::llround(amount * 100.0);
            if (amount > 0.0) {
                ++out[cachedMonth].orders;
                if (lastCounted != cachedMonth) {
                    ++out[cachedMonth].customers;
                    lastCounted = cachedMonth;
                }
            }
        }
    }
    for (std::size_t m = 0; m < out.size(); ++m)
        out[m].revenue = static_cast<double>(cents[m]) / 100.0;
    return out;
}

}  // namespace clv
