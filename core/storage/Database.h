// SPDX-License-Identifier: MIT
#pragma once

#include "core/util/Result.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace clv {

class Database;

/// A prepared statement (RAII). Bind indices are 1-based, column indices 0-based, as in SQLite.
class Statement {
public:
    Statement() = default;
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view value);
    Statement& bindNull(int index);

    /// Steps once. Returns true when a row is available, false when done; an error as a value (Corrupt or
    /// NotAProject when SQLite finds the file damaged or not a database, Database otherwise).
    Result<bool> step();
    /// Steps to completion (for statements without result rows), then resets.
    Result<void> run();
    void reset();

    std::int64_t columnInt(int col) const;
    double columnDouble(int col) const;
    std::string columnText(int col) const;
    bool columnIsNull(int col) const;

private:
    friend class Database;
    Statement(sqlite3_stmt* stmt, sqlite3* db) : m_stmt(stmt), m_db(db) {}
    sqlite3_stmt* m_stmt = nullptr;
    sqlite3* m_db = nullptr;
};

/// One SQLite connection (RAII). Use one per thread. Opened with foreign_keys=ON, journal_mode=DELETE and
/// synchronous=FULL, so every committed transaction survives a crash or power loss.
class Database {
public:
    enum class OpenMode { OpenExisting, CreateIfMissing, ReadOnly };

    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    /// Opens a raw SQLite connection without any project checks (for tests and tools).
    static Result<Database> openRaw(const std::string& path, OpenMode mode);

    Result<void> exec(std::string_view sql);
    Result<Statement> prepare(std::string_view sql);
    /// Runs a query returning one integer (e.g. PRAGMA user_version).
    Result<std::int64_t> queryInt(std::string_view sql);

    std::int64_t lastInsertRowId() const;
    const std::string& path() const { return m_path; }
    sqlite3* handle() const { return m_db; }

    /// An Error of code Database built from the connection's last error message.
    Error lastError(std::string_view context) const;

private:
    Database(sqlite3* db, std::string path) : m_db(db), m_path(std::move(path)) {}
    sqlite3* m_db = nullptr;
    std::string m_path;
};

/// BEGIN IMMEDIATE on construction; ROLLBACK on destruction unless commit() succeeded.
class Transaction {
public:
    static Result<Transaction> begin(Database& db);
    Transaction(Transaction&& other) noexcept : m_db(other.m_db) { other.m_db = nullptr; }
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    ~Transaction();
    Result<void> commit();

private:
    explicit Transaction(Database* db) : m_db(db) {}
    Database* m_db = nullptr;
};

}  // namespace clv
