// SPDX-License-Identifier: MIT
#pragma once

#include "core/storage/Database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace clv {

/// The project file (".clvw"): one SQLite database in the application file format.
/// - `PRAGMA application_id` = kApplicationId ('CLVW'), checked on open;
/// - `PRAGMA user_version` = schema version, migrated forward on open, newer files refused (SchemaTooNew);
/// - STRICT tables: customers, imports (the import log), orders, subscriptions, settings (key -> JSON text),
///   scenarios (named what-if inputs, version 4).
/// Amounts are stored in integer cents (1/100 of the currency unit); dates as days since 1970-01-01.
namespace project {

inline constexpr std::int32_t kApplicationId = 0x434C5657;  // "CLVW"
inline constexpr int kSchemaVersion = 6;
inline constexpr const char* kFileExtension = ".clvw";

/// When open() runs `PRAGMA quick_check` (O(file size): about 0.7 s CPU for a 1M-customer, 260 MB project).
enum class IntegrityCheck {
    OnOpen,    ///< before open() returns (Corrupt when it fails)
    Deferred,  ///< the caller runs quickCheck(path) itself, e.g. on another thread while it reads
};

/// Creates a new project file, or opens an existing one (checking application_id, schema version and
/// quick_check, and migrating older schemas). A non-SQLite or foreign SQLite file gives NotAProject.
Result<Database> open(const std::string& path, Database::OpenMode mode = Database::OpenMode::OpenExisting,
                      IntegrityCheck check = IntegrityCheck::OnOpen);

/// `PRAGMA quick_check` of the project at `path` on its own read-only connection (so it can run on a second
/// thread while another connection reads). Corrupt naming the first problem; errors of opening the file.
Result<void> quickCheck(const std::string& path);

/// "Save a copy": writes the last committed state of the open project to `destination` with the SQLite backup API
/// (never a file copy, which could pair the file with a stale or missing journal). The copy is written to a
/// temporary file next to `destination`, checked (application_id, user_version, quick_check), then renamed over
/// `destination`, so a failure never leaves a partial file there and an existing file is replaced only by a whole
/// copy. The source stays open and unchanged.
/// Errors: InvalidArgument when `destination` is the project file itself or `db` is inside a transaction
/// (the copy must hold committed data only); FileWrite when the temporary file cannot be created or renamed;
/// Database for SQLite errors (the temporary file is removed).
Result<void> saveCopy(Database& db, const std::string& destination);

/// Full `PRAGMA integrity_check` plus `PRAGMA foreign_key_check` (for a "Verify file" action and the reliability
/// tests). Returns the problems found, one line each; empty when the file is sound. Slow on big files (reads
/// every page).
Result<std::vector<std::string>> verify(Database& db);

/// Number of customers and orders stored (for reports and the UI status line).
struct Counts {
    std::int64_t customers = 0;
    std::int64_t orders = 0;
    std::int64_t imports = 0;
    double netRevenue = 0.0;  ///< sum of all order amounts, refunds subtracted, in currency units
};
Result<Counts> counts(Database& db);

/// Project-level settings (e.g. "rfm/grid"): a JSON text per key. `readSetting` gives nullopt for a missing key.
Result<std::optional<std::string>> readSetting(Database& db, std::string_view key);
Result<void> writeSetting(Database& db, std::string_view key, std::string_view jsonValue);

}  // namespace project
}  // namespace clv
