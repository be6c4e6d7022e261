// SPDX-License-Identifier: MIT
#include "core/storage/Database.h"

#include <sqlite3.h>

#include <utility>

namespace clv {
namespace {

// NOTADB and CORRUPT get their own codes so callers can tell a damaged file from other SQLite errors.
ErrorCode errorCodeFor(int rc)
{
    if ((rc & 0xFF) == SQLITE_NOTADB)
        return ErrorCode::NotAProject;
    if ((rc & 0xFF) == SQLITE_CORRUPT)
        return ErrorCode::Corrupt;
    return ErrorCode::Database;
}

}  // namespace

Statement::Statement(Statement&& other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr)), m_db(std::exchange(other.m_db, nullptr))
{
}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_db = std::exchange(other.m_db, nullptr);
    }
    return *this;
}

Statement::~Statement() { sqlite3_finalize(m_stmt); }

Statement& Statement::bind(int index, std::int64_t value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, std::string_view value)
{
    sqlite3_bind_text64(m_stmt, index, value.data(), value.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    return *this;
}

Statement& Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Result<bool> Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    std::string detail = sqlite3_errmsg(m_db);
    sqlite3_reset(m_stmt);
    return fail(errorCodeFor(rc), detail);
}

Result<void> Statement::run()
{
    auto r = step();
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    if (!r)
        return fail(r.error());
    return {};
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

std::int64_t Statement::columnInt(int col) const { return sqlite3_column_int64(m_stmt, col); }
double Statement::columnDouble(int col) const { return sqlite3_column_double(m_stmt, col); }
bool Statement::columnIsNull(int col) const { return sqlite3_column_type(m_stmt, col) == SQLITE_NULL; }

std::string Statement::columnText(int col) const
{
    const auto* text = sqlite3_column_text(m_stmt, col);
    if (!text)
        return {};
    return std::string(reinterpret_cast<const char*>(text), static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, col)));
}

Database::Database(Database&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_path(std::move(other.m_path))
{
}

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        sqlite3_close_v2(m_db);
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
    }
    return *this;
}

Database::~Database() { sqlite3_close_v2(m_db); }

Result<Database> Database::openRaw(const std::string& path, OpenMode mode)
{
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case OpenMode::OpenExisting: flags |= SQLITE_OPEN_READWRITE; break;
    case OpenMode::CreateIfMissing: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    case OpenMode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
    }
    sqlite3* handle = nullptr;
    const int rc = sqlite3_open_v2(path.c_str(), &handle, flags, nullptr);
    if (rc != SQLITE_OK) {
        std::string detail = handle ? sqlite3_errmsg(handle) : sqlite3_errstr(rc);
        sqlite3_close_v2(handle);
        const ErrorCode code = rc == SQLITE_CANTOPEN ? ErrorCode::FileNotFound : ErrorCode::Database;
        return fail(code, detail, path);
    }
    sqlite3_extended_result_codes(handle, 1);
    sqlite3_busy_timeout(handle, 5000);
    return Database(handle, path);
}

Result<void> Database::exec(std::string_view sql)
{
    std::string owned(sql);
    char* message = nullptr;
    if (const int rc = sqlite3_exec(m_db, owned.c_str(), nullptr, nullptr, &message); rc != SQLITE_OK) {
        std::string detail = message ? message : sqlite3_errmsg(m_db);
        sqlite3_free(message);
        return fail(errorCodeFor(rc), detail, m_path);
    }
    return {};
}

Result<Statement> Database::prepare(std::string_view sql)
{
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr) != SQLITE_OK)
        return fail(lastError("prepare"));
    return Statement(stmt, m_db);
}

Result<std::int64_t> Database::queryInt(std::string_view sql)
{
    auto stmt = prepare(sql);
    if (!stmt)
        return fail(stmt.error());
    auto row = stmt->step();
    if (!row)
        return fail(row.error());
    if (!*row)
        return fail(ErrorCode::Database, "query returned no row: " + std::string(sql), m_path);
    return stmt->columnInt(0);
}

std::int64_t Database::lastInsertRowId() const { return sqlite3_last_insert_rowid(m_db); }

Error Database::lastError(std::string_view context) const
{
    const ErrorCode code = errorCodeFor(sqlite3_extended_errcode(m_db));
    return Error{code, std::string(context) + ": " + sqlite3_errmsg(m_db), m_path, 0, 0};
}

Result<Transaction> Transaction::begin(Database& db)
{
    if (auto r = db.exec("BEGIN IMMEDIATE"); !r)
        return fail(r.error());
    return Transaction(&db);
}

Transaction::~Transaction()
{
    if (m_db)
        (void)m_db->exec("ROLLBACK");
}

Result<void> Transaction::commit()
{
    if (!m_db)
        return fail(ErrorCode::Internal, "commit on a finished transaction");
    auto r = m_db->exec("COMMIT");
    if (!r)
        return r;  // destructor rolls back
    m_db = nullptr;
    return {};
}

}  // namespace clv
