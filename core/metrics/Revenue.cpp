// SPDX-License-Identifier: MIT
#include "core/metrics/Revenue.h"

#include "core/util/Date.h"

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

}  // namespace clv
