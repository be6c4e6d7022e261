// SPDX-License-Identifier: MIT
#include "core/metrics/OrderTable.h"

#include "core/metrics/HugePages.h"

#include <algorithm>
#include <future>
#include <optional>
#include <numeric>
#include <string>

#include <sqlite3.h>

namespace clv {
namespace {

// Sorts each customer's orders by day, keeping the load order within a day (insertion sort for the usual short
// runs, a stable sort for long ones).
void sortRuns(OrderTable& t)
{
    std::vector<std::pair<std::int32_t, double>> scratch;
    for (std::size_t c = 0; c + 1 < t.offsets.size(); ++c) {
        const std::size_t b = t.offsets[c], e = t.offsets[c + 1];
        bool sorted = true;
        for (std::size_t i = b + 1; i < e && sorted; ++i)
            sorted = t.days[i - 1] <= t.days[i];
        if (sorted)
            continue;
        scratch.clear();
        for (std::size_t i = b; i < e; ++i)
            scratch.emplace_back(t.days[i], t.amounts[i]);
        std::stable_sort(scratch.begin(), scratch.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
        for (std::size_t i = b; i < e; ++i) {
            t.days[i] = scratch[i - b].first;
            t.amounts[i] = scratch[i - b].second;
        }
    }
}

void updateRange(OrderTable& t)
{
    if (t.days.empty())
        return;
    const auto [lo, hi] = std::minmax_element(t.days.begin(), t.days.end());
    t.firstDay = Date{*lo};
    t.lastDay = Date{*hi};
}

// Receives the rows of the scan as runs: a new run starts whenever the customer changes, so a scan in customer
// order (the covering index) yields the final grouping directly; any other order is regrouped afterwards.
struct Collector {
    OrderTable* table = nullptr;
    std::vector<std::int64_t> runCustomer;  // customer of each run
    std::vector<std::uint32_t> runStart;    // first row of each run
    bool grouped = true;                    // customers ascending, days ascending within a customer
    std::uint32_t rows = 0;
    const TaskContext* ctx = nullptr;
    bool cancelled = false;
    bool overflow = false;
};

void collectOrder(sqlite3_context* context, int, sqlite3_value** values)
{
    auto* c = static_cast<Collector*>(sqlite3_user_data(context));
    const std::int64_t id = sqlite3_value_int64(values[0]);
    const auto day = static_cast<std::int32_t>(sqlite3_value_int64(values[1]));
    OrderTable& t = *c->table;
    if (c->runCustomer.empty() || c->runCustomer.back() != id) {
        if (!c->runCustomer.empty() && id < c->runCustomer.back())
            c->grouped = false;
        c->runCustomer.push_back(id);
        c->runStart.push_back(c->rows);
    } else if (day < t.days.back()) {
        c->grouped = false;
    }
    t.days.push_back(day);
    t.amounts.push_back(static_cast<double>(sqlite3_value_int64(values[2])) / 100.0);
    if (++c->rows == 0xFFFFFFFFu) {
        c->overflow = true;
        sqlite3_result_error(context, "too many orders", -1);
    } else if ((c->rows & 0xFFFF) == 0 && c->ctx->cancelled()) {
        c->cancelled = true;
        sqlite3_result_error(context, "cancelled", -1);
    }
}

// Regroups runs in any order by customer: dense slots (direct when the ids are dense, as INTEGER PRIMARY KEYs are),
// a stable counting sort by slot, then each customer's orders by day.
void regroup(OrderTable& t, const std::vector<std::int64_t>& runCustomer, const std::vector<std::uint32_t>& runStart)
{
    const auto [minIt, maxIt] = std::minmax_element(runCustomer.begin(), runCustomer.end());
    const std::int64_t minId = *minIt;
    const std::uint64_t span = static_cast<std::uint64_t>(*maxIt - minId) + 1;
    std::vector<std::int64_t> ids = runCustomer;
    if (span <= 4 * ids.size() + 1024) {
        std::vector<std::uint8_t> seen(span, 0);
        for (std::int64_t id : runCustomer)
            seen[static_cast<std::size_t>(id - minId)] = 1;
        ids.clear();
        for (std::size_t i = 0; i < span; ++i)
            if (seen[i])
                ids.push_back(minId + static_cast<std::int64_t>(i));
    } else {
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    }
    const std::size_t runs = runCustomer.size(), rows = t.days.size();
    std::vector<std::uint32_t> runSlot(runs);
    std::vector<std::uint32_t> offsets(ids.size() + 1, 0);
    for (std::size_t r = 0; r < runs; ++r) {
        runSlot[r] = static_cast<std::uint32_t>(std::lower_bound(ids.begin(), ids.end(), runCustomer[r]) - ids.begin());
        const std::uint32_t end = r + 1 < runs ? runStart[r + 1] : static_cast<std::uint32_t>(rows);
        offsets[runSlot[r] + 1] += end - runStart[r];
    }
    for (std::size_t c = 0; c < ids.size(); ++c)
        offsets[c + 1] += offsets[c];
    std::vector<std::uint32_t> cursor(offsets.begin(), offsets.end() - 1);
    std::vector<std::int32_t> days(rows);
    std::vector<double> amounts(rows);
    for (std::size_t r = 0; r < runs; ++r) {
        const std::uint32_t end = r + 1 < runs ? runStart[r + 1] : static_cast<std::uint32_t>(rows);
        for (std::uint32_t i = runStart[r]; i < end; ++i) {
            const std::uint32_t at = cursor[runSlot[r]]++;
            days[at] = t.days[i];
            amounts[at] = t.amounts[i];
        }
    }
    t.customerIds = std::move(ids);
    t.offsets = std::move(offsets);
    t.days = std::move(days);
    t.amounts = std::move(amounts);
    sortRuns(t);
}

struct IdCollector {
    OrderTable* table = nullptr;
    std::size_t next = 0;  // where the next id is expected (the customers table is scanned in ascending id order)
};

void collectExternalId(sqlite3_context* context, int, sqlite3_value** values)
{
    auto* c = static_cast<IdCollector*>(sqlite3_user_data(context));
    OrderTable* t = c->table;
    const std::int64_t id = sqlite3_value_int64(values[0]);
    std::size_t at = c->next;
    if (at >= t->customerIds.size() || t->customerIds[at] != id) {
        const auto it = std::lower_bound(t->customerIds.begin(), t->customerIds.end(), id);
        if (it == t->customerIds.end() || *it != id)
            return;
        at = static_cast<std::size_t>(it - t->customerIds.begin());
    }
    c->next = at + 1;
    const auto* text = sqlite3_value_text(values[1]);
    const int bytes = sqlite3_value_bytes(values[1]);
    t->externalIds[at].assign(reinterpret_cast<const char*>(text), static_cast<std::size_t>(bytes));
}

/// Every customer's (id, external id) in ascending id order, read on a second connection.
struct IdList {
    std::vector<std::int64_t> ids;
    std::vector<std::string> names;
};

void collectIdPair(sqlite3_context* context, int, sqlite3_value** values)
{
    auto* list = static_cast<IdList*>(sqlite3_user_data(context));
    list->ids.push_back(sqlite3_value_int64(values[0]));
    const auto* text = sqlite3_value_text(values[1]);
    list->names.emplace_back(reinterpret_cast<const char*>(text), static_cast<std::size_t>(sqlite3_value_bytes(values[1])));
}

// Runs `sql` (a count() over a call of `name`) with `fn` registered for the duration of the statement.
Result<std::int64_t> scanWith(Database& db, const char* name, int args, void* user,
                              void (*fn)(sqlite3_context*, int, sqlite3_value**), const char* sql)
{
    if (sqlite3_create_function_v2(db.handle(), name, args, SQLITE_UTF8 | SQLITE_DIRECTONLY, user, fn, nullptr,
                                   nullptr, nullptr)
        != SQLITE_OK)
        return fail(db.lastError("registering the order reader"));
    auto result = db.queryInt(sql);
    sqlite3_create_function_v2(db.handle(), name, args, SQLITE_UTF8, nullptr, nullptr, nullptr, nullptr, nullptr);
    return result;
}

/// Reads the customers' external ids on its own read-only connection (one connection per thread), so that the
/// scan runs on a second core while the orders are read. nullopt when a second connection cannot be opened.
std::optional<IdList> readIdsOnOwnConnection(const std::string& path, std::size_t expected)
{
    auto own = Database::openRaw(path, Database::OpenMode::ReadOnly);
    if (!own)
        return std::nullopt;
    IdList list;
    detail::reserveHuge(list.ids, expected);
    detail::reserveHuge(list.names, expected);
    auto scanned = scanWith(*own, "clv_collect_id_pair", 2, &list, collectIdPair,
                            "SELECT count(clv_collect_id_pair(id, external_id)) FROM customers");
    if (!scanned)
        return std::nullopt;
    return list;
}

/// Gives each customer of `t` its external id from `list` (both ascending by id). False when a customer is
/// missing from the list (it was read from another snapshot of the file): the caller then reads them again.
bool assignIds(OrderTable& t, IdList& list)
{
    std::size_t j = 0;
    for (std::size_t i = 0; i < t.customerIds.size(); ++i) {
        while (j < list.ids.size() && list.ids[j] < t.customerIds[i])
            ++j;
        if (j == list.ids.size() || list.ids[j] != t.customerIds[i])
            return false;
        t.externalIds[i] = std::move(list.names[j]);
    }
    return true;
}

}  // namespace

OrderTable makeOrderTable(const std::vector<OrderRecord>& orders)
{
    OrderTable t;
    std::vector<std::uint32_t> order(orders.size());
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        const OrderRecord& x = orders[a];
        const OrderRecord& y = orders[b];
        return x.customer != y.customer ? x.customer < y.customer : x.date < y.date;
    });
    t.days.reserve(orders.size());
    t.amounts.reserve(orders.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        const OrderRecord& o = orders[order[i]];
        if (t.customerIds.empty() || t.customerIds.back() != o.customer) {
            t.customerIds.push_back(o.customer);
            t.offsets.push_back(static_cast<std::uint32_t>(i));
        }
        t.days.push_back(o.date.days);
        t.amounts.push_back(o.amount);
    }
    t.offsets.push_back(static_cast<std::uint32_t>(orders.size()));
    t.externalIds.resize(t.customerIds.size());
    updateRange(t);
    return t;
}

Result<OrderTable> loadOrderTable(Database& db, const TaskContext& ctx)
{
    auto count = db.queryInt("SELECT max(rowid) FROM orders");
    if (!count)
        return fail(count.error());
    // One sequential scan into columns. The rows are handed over by a SQL function called inside the scan, which
    // avoids the per-row sqlite3_step/sqlite3_column round trips (3x faster). The covering index (customer, day,
    // amount, ...) of schema 3 yields the rows grouped by customer and sorted by day, so they go straight into
    // their final place; without it the table is scanned in rowid order and regrouped.
    OrderTable t;
    Collector col;
    col.table = &t;
    col.ctx = &ctx;
    const auto hint = static_cast<std::size_t>(std::max<std::int64_t>(*count, 0));
    detail::reserveHuge(t.days, hint);
    detail::reserveHuge(t.amounts, hint);
    if (auto customers = db.queryInt("SELECT max(rowid) FROM customers"); customers && *customers > 0) {
        detail::reserveHuge(col.runCustomer, static_cast<std::size_t>(*customers));
        detail::reserveHuge(col.runStart, static_cast<std::size_t>(*customers) + 1);
    }
    // The external ids are read at the same time on a second connection when the file is a plain, committed
    // database (no open transaction on this connection whose changes the other one would not see).
    std::future<std::optional<IdList>> idReader;
    if (!db.path().empty() && db.path() != ":memory:" && sqlite3_get_autocommit(db.handle()) != 0
        && sqlite3_db_readonly(db.handle(), "main") >= 0) {
        const std::size_t expected = col.runCustomer.capacity();
        idReader = std::async(std::launch::async, [path = db.path(), expected] {
            return readIdsOnOwnConnection(path, expected);
        });
    }
    auto index = db.queryInt("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name = 'orders_natural_key'");
    if (!index)
        return fail(index.error());
    const bool indexed = *index > 0;
    auto scan = scanWith(db, "clv_collect_order", 3, &col, collectOrder,
                         indexed ? "SELECT count(clv_collect_order(customer_id, order_day, amount_cents)) "
                                   "FROM orders INDEXED BY orders_natural_key"
                                 : "SELECT count(clv_collect_order(customer_id, order_day, amount_cents)) FROM orders");
    if (col.cancelled)
        return fail(ErrorCode::Cancelled, "loading orders cancelled");
    if (col.overflow)
        return fail(ErrorCode::InvalidArgument, "too many orders for one analysis (4 billion or more)");
    if (!scan)
        return fail(scan.error());
    if (t.days.empty())
        return fail(ErrorCode::NoData, "the project has no orders yet", db.path());
    if (col.grouped) {
        t.customerIds = std::move(col.runCustomer);
        t.offsets = std::move(col.runStart);
        t.offsets.push_back(col.rows);
    } else {
        regroup(t, col.runCustomer, col.runStart);
    }
    updateRange(t);
    if (ctx.cancelled())
        return fail(ErrorCode::Cancelled, "loading orders cancelled");
    detail::resizeHuge(t.externalIds, t.customerCount());
    if (idReader.valid()) {
        auto list = idReader.get();
        if (list && assignIds(t, *list))
            return t;
    }
    IdCollector ids;
    ids.table = &t;
    auto names = scanWith(db, "clv_collect_id", 2, &ids, collectExternalId,
                          "SELECT count(clv_collect_id(id, external_id)) FROM customers");
    if (!names)
        return fail(names.error());
    return t;
}

}  // namespace clv
