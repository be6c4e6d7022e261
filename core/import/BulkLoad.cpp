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

}  // namespace clv::importdetail
