// SPDX-License-Identifier: MIT
#pragma once

#include "core/storage/Database.h"
#include "core/util/Result.h"
#include "core/util/TaskContext.h"

#include <cstdint>
#include <string>
#include <vector>

namespace clv {

/// One row that was rejected (not imported) or adjusted, with its place in the source file.
struct ImportIssue {
    long line = 0;       ///< 1-based physical line in the file where the record starts
    int column = 0;      ///< 1-based column; 0 for the whole row
    std::string field;   ///< header name of the column, if any
    std::string value;   ///< the raw value (truncated to 200 bytes)
    std::string reason;  ///< machine-stable reason, e.g. "bad-date", "bad-amount", "missing-customer-id"
};

/// The outcome of an import: partial success is data, not an error.
struct ImportReport {
    std::string file;
    std::string fingerprint;       ///< SHA-256 of the file bytes, hex
    std::int64_t importId = 0;     ///< row id in the imports table
    std::int64_t rowsRead = 0;     ///< data rows (records) after the header
    std::int64_t rowsImported = 0;
    std::int64_t rowsRejected = 0;
    std::int64_t newCustomers = 0;
    std::string customerColumn, dateColumn, amountColumn, orderIdColumn;  ///< header names that were matched
    std::vector<ImportIssue> issues;  ///< every rejected row (all of them, never sampled)
};

/// Imports an orders CSV into an open project in one transaction. The header must name a customer id, an order
/// date and an amount column (matched case-insensitively against common synonyms such as "customer_id",
/// "Customer ID", "email"; "order_date", "created_at", "date"; "amount", "total", "revenue"). An optional order id
/// column is stored too. Dates: ISO "YYYY-MM-DD[ time]" or "YYYYMMDD". Amounts: plain decimal with '.', an
/// optional leading '-' or currency symbol. Rows that fail are listed in the report with line and column.
/// When rows exist but none is valid, the report has rowsImported = 0 and nothing is stored (not even a log entry).
/// Errors: FileNotFound/FileRead, Parse (no usable header: names line 1 and the missing column), NoData (the file
/// has no data rows), Cancelled (rolled back, the project is unchanged), Database.
Result<ImportReport> importOrdersCsv(Database& db, const std::string& csvPath, const TaskContext& ctx = {});

}  // namespace clv
