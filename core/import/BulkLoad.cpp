// SPDX-License-Identifier: MIT
#include "core/import/BulkLoad.h"

namespace clv::importdetail {
namespace {

std::string quoteIdentifier(std::string_view name)
{
    std::string out = "\"";
    for (char c : name) {
        out += c;
        if (c == '"')
            out += '"';
    }
    out += '"';
    return out;
}

}  // namespace

ForeignKeysOffGuard::ForeignKeysOffGuard(Database& db) : m_db(db)
{
    auto on = db.queryInt("PRAGMA foreign_keys");
    m_wasOn = on && *on != 0;
    if (m_wasOn)
        (void)db.exec("PRAGMA foreign_keys = OFF");
}

ForeignKeysOffGuard::~ForeignKeysOffGuard()
{
    if (m_wasOn)
        (void)m_db.exec("PRAGMA foreign_keys = ON");
}

Result<DeferredIndexes> dropIndexesForBulkLoad(Database& db, std::string_view table)
{
    DeferredIndexes out;
    {
        auto stmt = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? "
                               "AND sql IS NOT NULL ORDER BY name");
        if (!stmt)
            return fail(stmt.error());
        stmt->bind(1, table);
        for (;;) {
            auto row = stmt->step();
            if (!row)
                return fail(row.error());
            if (!*row)
                break;
            out.emplace_back(stmt->columnText(0), stmt->columnText(1));
        }
    }
    for (const auto& [name, sql] : out)
        if (auto r = db.exec("DROP INDEX " + quoteIdentifier(name)); !r)
            return fail(r.error());
    return out;
}

Result<void> rebuildIndexes(Database& db, const DeferredIndexes& indexes, const TaskContext& ctx,
                            const std::string& file)
{
    if (indexes.empty())
        return {};
    auto cache = db.queryInt("PRAGMA cache_size");
    (void)db.exec("PRAGMA cache_size = -2000");
    (void)db.exec("PRAGMA threads = 2");
    Result<void> result;
    for (const auto& [name, sql] : indexes) {
        if (ctx.cancelled()) {
            result = fail(ErrorCode::Cancelled, "import cancelled", file);
            break;
        }
        if (auto r = db.exec(sql); !r) {
            result = r;
            break;
        }
    }
    (void)db.exec("PRAGMA threads = 0");
    if (cache)
        (void)db.exec("PRAGMA cache_size = " + std::to_string(*cache));
    return result;
}

std::string multiRowInsertSql(std::string_view head, int columns, int rows)
{
    std::string tuple = "(";
    for (int c = 0; c < columns; ++c)
        tuple += c == 0 ? "?" : ",?";
    tuple += ')';
    std::string sql(head);
    sql += " VALUES ";
    for (int r = 0; r < rows; ++r) {
        if (r > 0)
            sql += ',';
        sql += tuple;
    }
    return sql;
}

Result<void> renumberSourceSeq(Database& db)
{
    return db.exec("UPDATE orders SET source_seq = numbered.seq FROM (SELECT id, row_number() OVER ("
                   "PARTITION BY customer_id, order_day, amount_cents, coalesce(source_order, '') "
                   "ORDER BY id) AS seq FROM orders) AS numbered "
                   "WHERE orders.id = numbered.id AND orders.source_seq <> numbered.seq");
}

std::int64_t SequenceNumberer::next(std::uint64_t key, std::int64_t day)
{
    if (!m_perDay)
        return static_cast<std::int64_t>(m_occurrences.next(key));
    if (!m_renumber) {
        if (day < m_day) {
            m_renumber = true;
            m_occurrences.clear();
        } else if (day > m_day) {
            m_occurrences.clear();
            m_day = day;
        }
    }
    return m_renumber ? 1 : static_cast<std::int64_t>(m_occurrences.next(key));
}

}  // namespace clv::importdetail
