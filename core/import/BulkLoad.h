// SPDX-License-Identifier: MIT
#pragma once

// Internal to core/import: what the importers share to load many rows fast without weakening what is stored.

#include "core/storage/Database.h"
#include "core/util/Result.h"
#include "core/util/TaskContext.h"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace clv::importdetail {

/// Turns foreign key enforcement off for an import and back on afterwards. The pragma cannot change inside a
/// transaction, so the guard is created before the import's transaction and destroyed after it. Every id an import
/// writes is one it read or created in the same transaction, so the constraints hold by construction; enforcing
/// them costs a parent lookup per row.
class ForeignKeysOffGuard {
public:
    explicit ForeignKeysOffGuard(Database& db);
    ~ForeignKeysOffGuard();
    ForeignKeysOffGuard(const ForeignKeysOffGuard&) = delete;
    ForeignKeysOffGuard& operator=(const ForeignKeysOffGuard&) = delete;

private:
    Database& m_db;
    bool m_wasOn = false;
};

/// The secondary indexes of `table` (name, CREATE statement), dropped so that an empty table can be filled without
/// maintaining them row by row (random inserts into a large index dominate otherwise). Call inside the import's
/// transaction, and rebuildIndexes() at its end: a rollback restores them.
using DeferredIndexes = std::vector<std::pair<std::string, std::string>>;
Result<DeferredIndexes> dropIndexesForBulkLoad(Database& db, std::string_view table);

/// Recreates the dropped indexes, each with one sort on two threads in small sorted runs (a large page cache makes
/// the sort slower). Cancelled between indexes on request.
Result<void> rebuildIndexes(Database& db, const DeferredIndexes& indexes, const TaskContext& ctx,
                            const std::string& file);

}  // namespace clv::importdetail
