// SPDX-License-Identifier: MIT
#include "core/import/ImportWriter.h"

#include <sqlite3.h>

#include <chrono>
#include <ctime>
#include <filesystem>
#include <functional>

namespace clv::importdetail {
namespace {

constexpr std::size_t kMaxValueBytes = 200;

std::string nowUtcIso()
{
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm tm{};
    gmtime_r(&now, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

std::uint64_t mix(std::uint64_t h, std::uint64_t v)
{
    h ^= v + 0x9E3779B97F4A7C15ULL + (h << 6) + (h >> 2);
    return h;
}

}  // namespace

ImportIssue makeIssue(long line, int column, const std::vector<std::string>& header, std::string_view value,
                      std::string_view reason)
{
    ImportIssue issue;
    issue.line = line;
    issue.column = column;
    if (column > 0 && static_cast<std::size_t>(column) <= header.size())
        issue.field = header[static_cast<std::size_t>(column - 1)];
    issue.value = std::string(value.substr(0, kMaxValueBytes));
    issue.reason = std::string(reason);
    return issue;
}

void appendIssue(ImportReport& report, long line, int column, const std::vector<std::string>& header,
                 std::string_view value, std::string_view reason)
{
    report.issues.push_back(makeIssue(line, column, header, value, reason));
}

ImportWriter::ImportWriter(Database& db) : m_db(db)
{
    auto size = db.queryInt("PRAGMA cache_size");
    m_cacheSize = size ? *size : -2000;
    (void)db.exec("PRAGMA cache_size = -65536");
}

ImportWriter::~ImportWriter()
{
    m_customer = {};
    m_order = {};
    m_findSubscription = {};
    m_subscription = {};
    m_tx.reset();
    m_foreignKeysOff.reset();
    (void)m_db.exec("PRAGMA cache_size = " + std::to_string(m_cacheSize));
}

Result<std::unique_ptr<ImportWriter>> ImportWriter::begin(Database& db, const std::string& path,
                                                          const std::string& fingerprint, std::string_view kind,
                                                          std::string_view preset, ImportReport& report)
{
    std::unique_ptr<ImportWriter> w(new ImportWriter(db));
    w->m_foreignKeysOff.emplace(db);
    auto tx = Transaction::begin(db);
    if (!tx)
        return fail(tx.error());
    w->m_tx.emplace(std::move(*tx));
    // Orders into an empty table: no row can be a duplicate of a stored one (repeats within the file are numbered
    // by source_seq), so the indexes are rebuilt once at the end instead of maintained row by row.
    if (kind == "orders") {
        auto empty = db.queryInt("SELECT NOT EXISTS (SELECT 1 FROM orders)");
        if (!empty)
            return fail(empty.error());
        if (*empty != 0) {
            auto dropped = dropIndexesForBulkLoad(db, "orders");
            if (!dropped)
                return fail(dropped.error());
            w->m_deferredIndexes = std::move(*dropped);
            w->m_numbering = SequenceNumberer(true);
        }
    }
    auto previous = db.prepare("SELECT coalesce(min(id), 0) FROM imports WHERE fingerprint = ?");
    auto log = db.prepare("INSERT INTO imports(file_name, fingerprint, imported_at, kind, preset) VALUES (?, ?, ?, ?, ?)");
    auto customer = db.prepare("INSERT INTO customers(external_id) VALUES (?) ON CONFLICT(external_id) "
                               "DO UPDATE SET external_id = excluded.external_id RETURNING id");
    auto order = db.prepare("INSERT INTO orders(customer_id, import_id, source_order, source_line, order_day, "
                            "amount_cents, source_seq) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING");
    auto find = db.prepare("SELECT count(*) FROM subscriptions WHERE customer_id = ? AND coalesce(source_id, '') = ? "
                           "AND start_day = ?");
    auto sub = db.prepare("INSERT INTO subscriptions(customer_id, import_id, source_id, plan, price_cents, start_day, "
                          "cancel_day) VALUES (?, ?, ?, ?, ?, ?, ?)");
    auto before = db.queryInt("SELECT count(*) FROM customers");
    if (!previous || !log || !customer || !order || !find || !sub || !before)
        return fail(db.lastError("prepare import"));
    w->m_customersBefore = *before;
    previous->bind(1, fingerprint);
    if (auto row = previous->step(); row && *row)
        report.previousImportId = previous->columnInt(0);
    log->bind(1, std::filesystem::path(path).filename().string()).bind(2, fingerprint).bind(3, nowUtcIso());
    log->bind(4, kind);
    if (preset.empty())
        log->bindNull(5);
    else
        log->bind(5, preset);
    if (auto r = log->run(); !r)
        return fail(r.error());
    w->m_importId = db.lastInsertRowId();
    report.importId = w->m_importId;
    w->m_customer = std::move(*customer);
    w->m_order = std::move(*order);
    w->m_findSubscription = std::move(*find);
    w->m_subscription = std::move(*sub);
    return w;
}

Result<std::int64_t> ImportWriter::customer(std::string_view externalId)
{
    const std::uint64_t h = TextIdMap::hashOf(externalId);
    if (auto known = m_customerIds.find(externalId, h))
        return *known;
    if (!m_customerIds.canGrow(externalId.size()))
        return fail(ErrorCode::InvalidArgument, "too many distinct customer ids in one file (over 4 GiB)");
    m_customer.bind(1, externalId);
    auto row = m_customer.step();
    if (!row || !*row)
        return fail(row ? m_db.lastError("customer") : row.error());
    const std::int64_t id = m_customer.columnInt(0);
    m_customer.reset();
    m_customerIds.insert(externalId, id, h);
    return id;
}

Result<bool> ImportWriter::order(std::int64_t customerId, std::string_view orderId, long line, std::int64_t day,
                                 std::int64_t cents)
{
    std::uint64_t key = mix(std::hash<std::string_view>{}(orderId), static_cast<std::uint64_t>(customerId));
    key = mix(mix(key, static_cast<std::uint64_t>(day)), static_cast<std::uint64_t>(cents));
    const std::int64_t seq = m_numbering.next(key, day);
    m_order.bind(1, customerId).bind(2, m_importId);
    if (orderId.empty())
        m_order.bindNull(3);
    else
        m_order.bind(3, orderId);
    m_order.bind(4, static_cast<std::int64_t>(line)).bind(5, day).bind(6, cents).bind(7, seq);
    if (auto r = m_order.run(); !r)
        return fail(r.error());
    return sqlite3_changes64(m_db.handle()) > 0;
}

Result<bool> ImportWriter::subscription(std::int64_t customerId, std::string_view sourceId, std::string_view plan,
                                        std::int64_t priceCents, std::int64_t startDay,
                                        std::optional<std::int64_t> cancelDay)
{
    m_findSubscription.bind(1, customerId).bind(2, sourceId).bind(3, startDay);
    auto row = m_findSubscription.step();
    if (!row || !*row)
        return fail(row ? m_db.lastError("subscription") : row.error());
    const bool exists = m_findSubscription.columnInt(0) > 0;
    m_findSubscription.reset();
    if (exists)
        return false;
    m_subscription.bind(1, customerId).bind(2, m_importId);
    if (sourceId.empty())
        m_subscription.bindNull(3);
    else
        m_subscription.bind(3, sourceId);
    if (plan.empty())
        m_subscription.bindNull(4);
    else
        m_subscription.bind(4, plan);
    m_subscription.bind(5, priceCents).bind(6, startDay);
    if (cancelDay)
        m_subscription.bind(7, *cancelDay);
    else
        m_subscription.bindNull(7);
    if (auto r = m_subscription.run(); !r)
        return fail(r.error());
    return true;
}

Result<void> ImportWriter::finish(ImportReport& report, bool anythingStored, const TaskContext& ctx)
{
    if (!anythingStored) {
        report.importId = 0;
        m_tx.reset();
        return {};
    }
    if (m_numbering.needsRenumber())
        if (auto r = renumberSourceSeq(m_db); !r)
            return fail(r.error());
    if (auto r = rebuildIndexes(m_db, m_deferredIndexes, ctx, report.file); !r)
        return fail(r.error());
    auto after = m_db.queryInt("SELECT count(*) FROM customers");
    auto update = m_db.prepare("UPDATE imports SET rows_read = ?, rows_imported = ?, rows_skipped = ?, "
                               "rows_rejected = ? WHERE id = ?");
    if (!after || !update)
        return fail(m_db.lastError("import log"));
    report.newCustomers = *after - m_customersBefore;
    update->bind(1, report.rowsRead).bind(2, report.rowsImported).bind(3, report.rowsSkipped);
    update->bind(4, report.rowsRejected + report.rowsExcluded).bind(5, m_importId);
    if (auto r = update->run(); !r)
        return fail(r.error());
    if (ctx.cancelled())
        return fail(ErrorCode::Cancelled, "import cancelled", report.file);
    m_customer = {};
    m_order = {};
    m_findSubscription = {};
    m_subscription = {};
    return m_tx->commit();
}

}  // namespace clv::importdetail
