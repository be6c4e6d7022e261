// SPDX-License-Identifier: MIT
#pragma once

#include "core/storage/Database.h"
#include "core/util/Result.h"

#include <cstdint>
#include <string>
#include <vector>

namespace clv {

/// One entry of a project's import log.
struct ImportLogEntry {
    std::int64_t id = 0;
    std::string fileName;      ///< file name without directories, as imported
    std::string fingerprint;   ///< SHA-256 of the file bytes, hex
    std::string importedAt;    ///< UTC, "YYYY-MM-DDTHH:MM:SSZ"
    std::string kind;          ///< "orders" or "subscriptions"
    std::string preset;        ///< empty when none was used
    std::int64_t rowsRead = 0;
    std::int64_t rowsImported = 0;
    std::int64_t rowsSkipped = 0;   ///< rows already in the project (duplicates of earlier imports)
    std::int64_t rowsRejected = 0;
    std::int64_t ordersStored = 0;  ///< orders of this import still in the project
};

/// The import log, oldest first.
Result<std::vector<ImportLogEntry>> listImports(Database& db);

/// What undoing an import removed.
struct UndoReport {
    std::int64_t importId = 0;
    std::int64_t ordersRemoved = 0;
    std::int64_t subscriptionsRemoved = 0;
    std::int64_t customersRemoved = 0;  ///< customers of this import left with no orders and no subscriptions
    /// Later imports that skipped rows as duplicates: those rows were only stored by the undone import, so they are
    /// gone now; re-import those files to bring them back (the natural key lets that add only what is missing).
    std::vector<std::int64_t> laterImportsWithSkips;
};

/// Removes an import as a whole in one transaction: its orders and subscriptions, its log entry, and the customers
/// it brought that now have neither orders nor subscriptions. Errors: InvalidArgument when no import has that id,
/// Database (rolled back: the project is unchanged).
Result<UndoReport> undoImport(Database& db, std::int64_t importId);

}  // namespace clv
