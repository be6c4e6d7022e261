// SPDX-License-Identifier: MIT
#include "core/storage/Project.h"

#include "core/storage/Schema.h"

#include <cstring>
#include <filesystem>
#include <fstream>

namespace clv::project {
namespace {

// True when the file is empty or starts with the SQLite header string.
bool looksLikeSqlite(const std::string& path, bool& isEmpty)
{
    std::ifstream in(path, std::ios::binary);
    char header[16] = {};
    in.read(header, sizeof header);
    isEmpty = in.gcount() == 0;
    return isEmpty || (in.gcount() == 16 && std::memcmp(header, "SQLite format 3", 16) == 0);
}

Result<void> configureConnection(Database& db)
{
    for (const char* pragma : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = DELETE", "PRAGMA synchronous = FULL"})
        if (auto r = db.exec(pragma); !r)
            return r;
    return {};
}

}  // namespace

namespace {

Result<void> runQuickCheck(Database& db, const std::string& path)
{
    auto stmt = db.prepare("PRAGMA quick_check");
    if (!stmt)
        return fail(stmt.error());
    auto row = stmt->step();
    if (!row)
        return fail(row.error());
    if (!*row || stmt->columnText(0) != "ok")
        return fail(ErrorCode::Corrupt, "quick_check: " + (*row ? stmt->columnText(0) : std::string("no result")), path);
    return {};
}

}  // namespace

Result<void> quickCheck(const std::string& path)
{
    auto db = Database::openRaw(path, Database::OpenMode::ReadOnly);
    if (!db)
        return fail(db.error());
    return runQuickCheck(*db, path);
}

Result<Database> open(const std::string& path, Database::OpenMode mode, IntegrityCheck check)
{
    std::error_code ec;
    const bool exists = std::filesystem::exists(path, ec);
    if (!exists && mode != Database::OpenMode::CreateIfMissing)
        return fail(ErrorCode::FileNotFound, "no such project file", path);
    if (exists && std::filesystem::is_directory(path, ec))
        return fail(ErrorCode::NotAProject, "is a directory, not a project file", path);
    bool isEmpty = true;
    if (exists && !looksLikeSqlite(path, isEmpty))
        return fail(ErrorCode::NotAProject, "not a CLV Workbench project (not an SQLite database)", path);

    auto db = Database::openRaw(path, mode);
    if (!db)
        return fail(db.error());
    if (auto r = configureConnection(*db); !r)
        return fail(r.error());

    auto appId = db->queryInt("PRAGMA application_id");
    auto version = db->queryInt("PRAGMA user_version");
    auto tables = db->queryInt("SELECT count(*) FROM sqlite_schema");
    if (!appId || !version || !tables)
        return fail(!appId ? appId.error() : (!version ? version.error() : tables.error()));

    const bool fresh = *appId == 0 && *version == 0 && *tables == 0;
    if (!fresh && *appId != kApplicationId)
        return fail(ErrorCode::NotAProject, "an SQLite database of another application (application_id "
                        + std::to_string(*appId) + ")", path);
    if (*version > kSchemaVersion)
        return fail(ErrorCode::SchemaTooNew, "project schema version " + std::to_string(*version)
                        + " is newer than this application supports (" + std::to_string(kSchemaVersion) + ")", path);
    // A file about to be migrated is always checked first: nothing is written to a damaged file.
    const bool migrates = mode != Database::OpenMode::ReadOnly && !fresh && *version < kSchemaVersion;
    if (!fresh && (check == IntegrityCheck::OnOpen || migrates)) {
        if (auto checked = runQuickCheck(*db, path); !checked)
            return fail(checked.error());
    }
    if (mode != Database::OpenMode::ReadOnly) {
        if (auto r = schema::migrate(*db, static_cast<int>(*version)); !r)
            return fail(r.error());
    } else if (fresh) {
        return fail(ErrorCode::NotAProject, "empty file", path);
    }
    return db;
}

Result<Counts> counts(Database& db)
{
    Counts c;
    auto customers = db.queryInt("SELECT count(*) FROM customers");
    auto orders = db.queryInt("SELECT count(*) FROM orders");
    auto imports = db.queryInt("SELECT count(*) FROM imports");
    auto revenueCents = db.queryInt("SELECT coalesce(sum(amount_cents), 0) FROM orders");
    if (!customers || !orders || !imports || !revenueCents)
        return fail(!customers ? customers.error()
                               : (!orders ? orders.error() : (!imports ? imports.error() : revenueCents.error())));
    c.customers = *customers;
    c.orders = *orders;
    c.imports = *imports;
    c.netRevenue = static_cast<double>(*revenueCents) / 100.0;
    return c;
}

Result<std::optional<std::string>> readSetting(Database& db, std::string_view key)
{
    auto stmt = db.prepare("SELECT value FROM settings WHERE key = ?");
    if (!stmt)
        return fail(stmt.error());
    stmt->bind(1, key);
    auto row = stmt->step();
    if (!row)
        return fail(row.error());
    if (!*row)
        return std::optional<std::string>{};
    return std::optional<std::string>{stmt->columnText(0)};
}

Result<void> writeSetting(Database& db, std::string_view key, std::string_view jsonValue)
{
    auto stmt = db.prepare("INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    if (!stmt)
        return fail(stmt.error());
    stmt->bind(1, key).bind(2, jsonValue);
    return stmt->run();
}

}  // namespace clv::project
