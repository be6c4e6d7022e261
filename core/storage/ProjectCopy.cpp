// SPDX-License-Identifier: MIT
#include "core/storage/Project.h"

#include <sqlite3.h>

#include <filesystem>
#include <random>

namespace clv::project {
namespace {

namespace fs = std::filesystem;

constexpr int kBusyRetries = 100;
constexpr int kBusySleepMs = 50;

void removeQuietly(const fs::path& path)
{
    std::error_code ec;
    fs::remove(path, ec);
    fs::remove(fs::path(path.string() + "-journal"), ec);
}

fs::path temporaryNextTo(const fs::path& target)
{
    std::random_device rd;
    fs::path temp = target;
    temp += ".partial-" + std::to_string(rd()) + std::to_string(rd());
    return temp;
}

// Copies every page of `source` into `dest` with the backup API, retrying while another connection holds a lock.
Result<void> copyPages(Database& source, Database& dest)
{
    sqlite3_backup* backup = sqlite3_backup_init(dest.handle(), "main", source.handle(), "main");
    if (!backup)
        return fail(dest.lastError("backup"));
    int rc = SQLITE_OK;
    for (int attempt = 0; attempt <= kBusyRetries; ++attempt) {
        rc = sqlite3_backup_step(backup, -1);
        if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
            break;
        sqlite3_sleep(kBusySleepMs);
    }
    const int finish = sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return fail(ErrorCode::Database, std::string("backup: ") + sqlite3_errstr(rc), source.path());
    if (finish != SQLITE_OK)
        return fail(dest.lastError("backup"));
    return {};
}

// The copy must be a sound project of the same application and schema version as the source.
Result<void> checkCopy(Database& source, Database& copy)
{
    auto sourceId = source.queryInt("PRAGMA application_id");
    auto sourceVersion = source.queryInt("PRAGMA user_version");
    auto copyId = copy.queryInt("PRAGMA application_id");
    auto copyVersion = copy.queryInt("PRAGMA user_version");
    if (!sourceId || !sourceVersion || !copyId || !copyVersion)
        return fail(ErrorCode::Database, "reading the copy's header failed", copy.path());
    if (*sourceId != *copyId || *sourceVersion != *copyVersion)
        return fail(ErrorCode::Internal, "the copy's application_id or user_version differs from the source",
                    copy.path());
    auto stmt = copy.prepare("PRAGMA quick_check");
    if (!stmt)
        return fail(stmt.error());
    auto row = stmt->step();
    if (!row)
        return fail(row.error());
    if (!*row || stmt->columnText(0) != "ok")
        return fail(ErrorCode::Corrupt, "quick_check of the copy failed", copy.path());
    return {};
}

}  // namespace

Result<void> saveCopy(Database& db, const std::string& destination)
{
    if (destination.empty())
        return fail(ErrorCode::InvalidArgument, "no destination file given");
    if (!sqlite3_get_autocommit(db.handle()))
        return fail(ErrorCode::InvalidArgument, "a transaction is open; a copy holds committed data only", db.path());
    std::error_code ec;
    if (fs::exists(destination, ec) && fs::exists(db.path(), ec) && fs::equivalent(destination, db.path(), ec))
        return fail(ErrorCode::InvalidArgument, "the copy would overwrite the project itself", destination);

    const fs::path target(destination);
    const fs::path temp = temporaryNextTo(target);
    Result<void> copied = [&]() -> Result<void> {
        auto dest = Database::openRaw(temp.string(), Database::OpenMode::CreateIfMissing);
        if (!dest)
            return fail(ErrorCode::FileWrite, dest.error().detail, destination);
        if (auto r = copyPages(db, *dest); !r)
            return r;
        return checkCopy(db, *dest);
    }();  // the copy's connection is closed here, before the file is renamed or removed
    if (!copied) {
        removeQuietly(temp);
        return copied;
    }
    fs::rename(temp, target, ec);
    if (ec) {
        removeQuietly(temp);
        return fail(ErrorCode::FileWrite, "rename: " + ec.message(), destination);
    }
    return {};
}

Result<std::vector<std::string>> verify(Database& db)
{
    std::vector<std::string> problems;
    auto integrity = db.prepare("PRAGMA integrity_check");
    if (!integrity)
        return fail(integrity.error());
    for (;;) {
        auto row = integrity->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        if (const std::string line = integrity->columnText(0); line != "ok")
            problems.push_back(line);
    }
    auto foreignKeys = db.prepare("PRAGMA foreign_key_check");
    if (!foreignKeys)
        return fail(foreignKeys.error());
    for (;;) {
        auto row = foreignKeys->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        problems.push_back("foreign key: " + foreignKeys->columnText(0) + " row " + foreignKeys->columnText(1)
                           + " refers to a missing row of " + foreignKeys->columnText(2));
    }
    return problems;
}

}  // namespace clv::project
