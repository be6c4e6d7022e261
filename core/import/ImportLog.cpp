// SPDX-License-Identifier: MIT
#include "core/import/ImportLog.h"

#include <sqlite3.h>

namespace clv {

Result<std::vector<ImportLogEntry>> listImports(Database& db)
{
    auto stmt = db.prepare("SELECT i.id, i.file_name, i.fingerprint, i.imported_at, i.kind, coalesce(i.preset, ''), "
                           "i.rows_read, i.rows_imported, i.rows_skipped, i.rows_rejected, "
                           "coalesce(o.n, 0) FROM imports i "
                           "LEFT JOIN (SELECT import_id, count(*) AS n FROM orders GROUP BY import_id) o "
                           "ON o.import_id = i.id ORDER BY i.id");
    if (!stmt)
        return fail(stmt.error());
    std::vector<ImportLogEntry> entries;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        ImportLogEntry e;
        e.id = stmt->columnInt(0);
        e.fileName = stmt->columnText(1);
        e.fingerprint = stmt->columnText(2);
        e.importedAt = stmt->columnText(3);
        e.kind = stmt->columnText(4);
        e.preset = stmt->columnText(5);
        e.rowsRead = stmt->columnInt(6);
        e.rowsImported = stmt->columnInt(7);
        e.rowsSkipped = stmt->columnInt(8);
        e.rowsRejected = stmt->columnInt(9);
        e.ordersStored = stmt->columnInt(10);
        entries.push_back(std::move(e));
    }
    return entries;
}

namespace {

Result<std::int64_t> execCounting(Database& db, const char* sql, std::int64_t importId)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return fail(stmt.error());
    stmt->bind(1, importId);
    if (auto r = stmt->run(); !r)
        return fail(r.error());
    return static_cast<std::int64_t>(sqlite3_changes64(db.handle()));
}

}  // namespace

Result<UndoReport> undoImport(Database& db, std::int64_t importId)
{
    auto tx = Transaction::begin(db);
    if (!tx)
        return fail(tx.error());
    UndoReport report;
    report.importId = importId;
    {
        auto exists = db.prepare("SELECT count(*) FROM imports WHERE id = ?");
        if (!exists)
            return fail(exists.error());
        exists->bind(1, importId);
        auto row = exists->step();
        if (!row)
            return fail(row.error());
        if (!*row || exists->columnInt(0) == 0)
            return fail(ErrorCode::InvalidArgument, "no import with id " + std::to_string(importId), db.path());
    }
    {
        auto later = db.prepare("SELECT id FROM imports WHERE id > ? AND rows_skipped > 0 ORDER BY id");
        if (!later)
            return fail(later.error());
        later->bind(1, importId);
        for (;;) {
            auto row = later->step();
            if (!row)
                return fail(row.error());
            if (!*row)
                break;
            report.laterImportsWithSkips.push_back(later->columnInt(0));
        }
    }
    // The customers this import touched, remembered before their orders go.
    if (auto r = db.exec("CREATE TEMP TABLE IF NOT EXISTS undo_customers(id INTEGER PRIMARY KEY)"); !r)
        return fail(r.error());
    if (auto r = db.exec("DELETE FROM temp.undo_customers"); !r)
        return fail(r.error());
    auto touched = execCounting(db, "INSERT OR IGNORE INTO temp.undo_customers(id) "
                                    "SELECT customer_id FROM orders WHERE import_id = ?1 "
                                    "UNION SELECT customer_id FROM subscriptions WHERE import_id = ?1", importId);
    auto orders = touched ? execCounting(db, "DELETE FROM orders WHERE import_id = ?", importId) : touched;
    auto subscriptions = orders ? execCounting(db, "DELETE FROM subscriptions WHERE import_id = ?", importId) : orders;
    auto log = subscriptions ? execCounting(db, "DELETE FROM imports WHERE id = ?", importId) : subscriptions;
    if (!log)
        return fail(log.error());
    report.ordersRemoved = *orders;
    report.subscriptionsRemoved = *subscriptions;
    auto customers = db.prepare("DELETE FROM customers WHERE id IN (SELECT id FROM temp.undo_customers) "
                                "AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = customers.id) "
                                "AND NOT EXISTS (SELECT 1 FROM subscriptions s WHERE s.customer_id = customers.id)");
    if (!customers)
        return fail(customers.error());
    if (auto r = customers->run(); !r)
        return fail(r.error());
    report.customersRemoved = static_cast<std::int64_t>(sqlite3_changes64(db.handle()));
    if (auto r = db.exec("DELETE FROM temp.undo_customers"); !r)
        return fail(r.error());
    if (auto r = tx->commit(); !r)
        return fail(r.error());
    return report;
}

}  // namespace clv
