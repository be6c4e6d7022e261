// SPDX-License-Identifier: MIT
#pragma once

// Internal to core/import: what the importers share to load many rows fast without weakening what is stored.

#include "core/import/OccurrenceCounter.h"
#include "core/storage/Database.h"
#include "core/util/Result.h"
#include "core/util/TaskContext.h"

#include <cstdint>
#include <limits>
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

/// "HEAD VALUES (?,...),(?,...)": one multi-row INSERT of `rows` tuples of `columns` parameters each.
std::string multiRowInsertSql(std::string_view head, int columns, int rows);

/// Numbers the repeats of each natural key (customer, day, amount, order id) of the orders table in id order, i.e.
/// in file order for a bulk load: source_seq = n for the n-th occurrence. Used when a file was not in date order,
/// so the per-day counter of the import could not number them while writing. Run before rebuilding the indexes.
Result<void> renumberSourceSeq(Database& db);

/// Numbers repeats of a natural key while the rows of an import are written: the n-th occurrence gets n. Into an
/// empty table (`perDay`) only the keys of the current day are kept, since a key holds its day and a file in date
/// order never returns to an earlier day: memory stays small whatever the file size. When a day goes backwards
/// the remaining rows get a provisional 1 and needsRenumber() asks for renumberSourceSeq() at the end.
class SequenceNumberer {
public:
    explicit SequenceNumberer(bool perDay = false) : m_perDay(perDay) {}
    std::int64_t next(std::uint64_t key, std::int64_t day);
    bool needsRenumber() const { return m_renumber; }

private:
    OccurrenceCounter m_occurrences;
    std::int64_t m_day = std::numeric_limits<std::int64_t>::min();
    bool m_perDay = false;
    bool m_renumber = false;
};

}  // namespace clv::importdetail
