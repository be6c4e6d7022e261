// SPDX-License-Identifier: MIT
#pragma once

// Internal to core/import: the write side shared by the preset and subscription importers. Not a public API.

#include "core/import/BulkLoad.h"
#include "core/import/OccurrenceCounter.h"
#include "core/import/TextIdMap.h"
#include "core/import/OrderImporter.h"

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace clv::importdetail {

/// One import's transaction: the log entry, customers, orders or subscriptions. Everything is rolled back when the
/// writer is destroyed before finish() committed.
class ImportWriter {
public:
    /// Begins the transaction and adds the log entry (report.importId, report.previousImportId are set).
    static Result<std::unique_ptr<ImportWriter>> begin(Database& db, const std::string& path,
                                                       const std::string& fingerprint, std::string_view kind,
                                                       std::string_view preset, ImportReport& report);
    ~ImportWriter();
    ImportWriter(const ImportWriter&) = delete;
    ImportWriter& operator=(const ImportWriter&) = delete;

    /// The row id of a customer, added when new.
    Result<std::int64_t> customer(std::string_view externalId);
    /// Stores an order under its natural key; true when stored, false when it was already in the project.
    Result<bool> order(std::int64_t customerId, std::string_view orderId, long line, std::int64_t day, std::int64_t cents);
    /// Stores a subscription unless one with the same customer, source id and start day exists; true when stored.
    Result<bool> subscription(std::int64_t customerId, std::string_view sourceId, std::string_view plan,
                              std::int64_t priceCents, std::int64_t startDay, std::optional<std::int64_t> cancelDay);
    /// Updates the log entry and commits when something was stored; otherwise rolls back and sets importId = 0.
    Result<void> finish(ImportReport& report, bool anythingStored, const TaskContext& ctx);

private:
    explicit ImportWriter(Database& db);
    Database& m_db;
    std::int64_t m_cacheSize = -2000;
    std::optional<ForeignKeysOffGuard> m_foreignKeysOff;  ///< outlives the transaction (see the destructor)
    std::optional<Transaction> m_tx;
    DeferredIndexes m_deferredIndexes;  ///< orders indexes dropped for a bulk load into an empty table
    Statement m_customer, m_order, m_findSubscription, m_subscription;
    std::int64_t m_importId = 0;
    std::int64_t m_customersBefore = 0;
    TextIdMap m_customerIds;
    SequenceNumberer m_numbering;  ///< per day into an empty table (set up in begin())
};

/// An issue (value truncated to 200 bytes; field from the header when column > 0).
ImportIssue makeIssue(long line, int column, const std::vector<std::string>& header, std::string_view value,
                      std::string_view reason);
/// Appends makeIssue(...) to the report.
void appendIssue(ImportReport& report, long line, int column, const std::vector<std::string>& header,
                 std::string_view value, std::string_view reason);

}  // namespace clv::importdetail
