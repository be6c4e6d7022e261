// SPDX-License-Identifier: MIT
#pragma once

#include "core/import/ImportPresets.h"
#include "core/import/ValueParsers.h"
#include "core/storage/Database.h"
#include "core/util/Result.h"
#include "core/util/TaskContext.h"

#include <cstdint>
#include <optional>
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

/// Which columns hold what, as 0-based column indices; -1 = find it by header name (synonyms).
struct ColumnMapping {
    int customer = -1;
    int date = -1;
    int amount = -1;
    int orderId = -1;  ///< optional column; stays -1 when the header has none
};

/// How to read the file. The defaults detect everything; the wizard passes the user's choices.
struct ImportOptions {
    char delimiter = 0;      ///< ',', ';', '\t', '|'...; 0 = sniff from the first line
    char quote = '"';
    DateOrder dateOrder = DateOrder::Auto;            ///< Auto: decided over the whole column, never guessed
    DecimalSeparator decimal = DecimalSeparator::Auto;  ///< Auto: decided over the whole column
    TimeBasis timeBasis = TimeBasis::LocalDate;       ///< keep the calendar date as written (default) or UTC
    int skipLines = 0;       ///< physical lines to drop before the header (titles, notes above the table)
    bool hasHeader = true;   ///< false: the first record is data and `columns` must give every required index
    ColumnMapping columns;   ///< explicit indices override the header synonyms
    /// Preset id ("shopify-orders", a user preset id): its columns and rules are applied and it is recorded in the
    /// import log. Empty: the plain synonym mapping (one stored order per row, no grouping).
    std::string preset;
    /// A preset given by value (the wizard's hand-made mapping); used instead of looking `preset` up.
    std::optional<ImportPreset> presetDefinition;
    /// "" = detect (BOM, else strict UTF-8); otherwise "UTF-8", "UTF-16LE", "UTF-16BE", "GB18030", "GBK", "Big5",
    /// "Windows-1252", "Shift_JIS", "ISO-8859-1" or any name iconv knows. Decoding is strict: a byte sequence that
    /// is invalid in that encoding is a Parse error at its line and column, never replaced.
    std::string encoding;
};

/// The outcome of an import: partial success is data, not an error.
struct ImportReport {
    std::string file;
    std::string fingerprint;       ///< SHA-256 of the file bytes, hex
    std::int64_t importId = 0;     ///< row id in the imports table; 0 when nothing was stored
    std::int64_t rowsRead = 0;     ///< data rows (records) after the header
    std::int64_t rowsImported = 0;
    std::int64_t rowsSkipped = 0;  ///< valid rows already in the project (same natural key): not added twice
    std::int64_t rowsRejected = 0;
    std::int64_t newCustomers = 0;
    std::int64_t previousImportId = 0;  ///< an earlier import in the log with the same fingerprint, else 0
    std::string customerColumn, dateColumn, amountColumn, orderIdColumn;  ///< header names that were matched
    std::string encoding;          ///< "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE"
    char delimiter = ',';
    DateOrder dateOrder = DateOrder::YearFirst;        ///< the order used (detected or given)
    DecimalSeparator decimal = DecimalSeparator::Point;  ///< the separator used (detected or given)
    /// Every rejected or excluded row (all of them, never sampled). Reasons: bad-date, bad-amount, bad-quantity,
    /// bad-unit-price, bad-refund-amount, bad-refund-date, bad-cancel-date, cancel-before-start, missing-amount,
    /// missing-customer-id, excluded-status, part-of-rejected-order (another row of the order was rejected),
    /// ragged-row, unterminated-quote.
    std::vector<ImportIssue> issues;
    std::string preset;               ///< id of the preset applied; empty for the plain mapping
    std::string kind = "orders";      ///< "orders" or "subscriptions"
    std::int64_t rowsExcluded = 0;    ///< rows not stored by a preset rule (failed charges...), listed in issues
    std::int64_t rowsMissingCustomer = 0;  ///< rejected rows without a customer id (part of rowsRejected)
    std::int64_t ordersImported = 0;  ///< orders (or subscriptions) stored; rows of one order count once
    std::int64_t ordersSkipped = 0;   ///< orders already in the project
    std::int64_t refundsImported = 0; ///< negative orders stored (refunds and cancellations)
    /// rowsRead = rowsImported + rowsSkipped + rowsRejected + rowsExcluded.
    /// Share (0..1) of the rows read that had no customer id.
    double missingCustomerShare() const
    {
        return rowsRead > 0 ? static_cast<double>(rowsMissingCustomer) / static_cast<double>(rowsRead) : 0.0;
    }
};

/// What a first pass over the file found, before anything is stored: for the wizard's preview and questions.
struct ImportProfile {
    std::string file;
    std::string fingerprint;
    std::string encoding;
    char delimiter = ',';
    std::vector<std::string> header;  ///< the header fields (or "Column 1".. without a header row)
    ColumnMapping columns;            ///< resolved indices (-1: not found)
    std::int64_t rows = 0;            ///< data records
    DateOrderVerdict dateVerdict = DateOrderVerdict::Unknown;
    long dateExampleLine = 0;         ///< a line showing the ambiguity or conflict
    DecimalVerdict decimalVerdict = DecimalVerdict::Unknown;
    long decimalExampleLine = 0;
    std::string preset;               ///< the preset applied, or (no preset given) the best-fitting built-in one
    double presetScore = 0.0;         ///< detection score 0..1 of `preset` (1 when it was given)
    std::vector<int> roleColumns;     ///< per ColumnRole (as int) the column index, -1 = absent
    bool utf8Invalid = false;         ///< encoding detection: the bytes are not UTF-8 (choose an encoding)
    long invalidLine = 0;             ///< where the first invalid sequence is (line, 1-based column)
    int invalidColumn = 0;
    std::vector<std::string> suggestedEncodings;  ///< legacy encodings that decode the start of the file cleanly
    std::vector<std::vector<std::string>> previewRows;  ///< the first (up to 50) decoded data records
    std::string mappingError;         ///< previewImportFile only: why the columns could not be mapped, or empty
};

/// Presets: profileOrdersCsv and previewImportFile look `options.preset` up among the built-in presets only; pass a
/// user preset (loadUserPresets) as `options.presetDefinition`. importOrdersCsv also finds the project's presets.
///
/// Reads the whole file once without touching a project: checks the encoding (strict UTF-8 after BOM handling),
/// maps the columns and detects the date order and decimal separator over every value of those columns.
/// Errors: FileNotFound/FileRead; NoData (empty file); Parse for invalid UTF-8 (line and column of the bad byte,
/// detail names the byte offset), for a header without a required column, for two header columns matching the
/// same role equally well; Cancelled.
Result<ImportProfile> profileOrdersCsv(const std::string& csvPath, const ImportOptions& options = {},
                                       const TaskContext& ctx = {});

/// A quick look for the wizard: reads the header and the first `maxRows` records only, in `options.encoding`.
/// Never fails on content: invalid UTF-8 sets utf8Invalid (plus suggestedEncodings), a header that cannot be mapped
/// sets mappingError. Detects the best built-in preset (or the one given). Errors: FileNotFound, FileRead, NoData,
/// InvalidArgument (unknown encoding or preset).
Result<ImportProfile> previewImportFile(const std::string& csvPath, const ImportOptions& options = {},
                                        std::size_t maxRows = 50);

/// Imports an orders CSV into an open project in one transaction. With a preset (options.preset or
/// presetDefinition) the preset's columns and rules apply (see ImportPreset); a subscriptions preset forwards to
/// importSubscriptionsCsv. The header must name a customer id, an order
/// date and an amount column (matched case-insensitively against common synonyms such as "customer_id",
/// "Customer ID", "email"; "order_date", "created_at", "date"; "amount", "total", "revenue"), unless `options`
/// gives the indices. An optional order id column is stored too. Values are read by ValueParsers: dates in ISO,
/// day-first or month-first form (detected over the whole column), timestamps with UTC offsets, amounts with
/// currency signs, thousands separators, decimal comma and accounting negatives.
///
/// Re-import is idempotent: a row whose natural key (customer, order id or none, order day, amount in cents,
/// n-th occurrence of that key in the file) is already stored is skipped and counted in rowsSkipped.
/// When rows exist but none is new and valid, the report has importId = 0 and nothing is stored (not even a log
/// entry). Rows that fail are listed in the report with line and column.
/// Errors: as profileOrdersCsv, plus Parse when the date order or decimal separator is Auto and the column is
/// ambiguous or conflicting (detail says which; pass an explicit choice), NoData (no data rows), Cancelled (rolled
/// back, the project is unchanged), Database (rolled back).
Result<ImportReport> importOrdersCsv(Database& db, const std::string& csvPath, const ImportOptions& options,
                                     const TaskContext& ctx = {});
/// Imports a subscriptions export (kind "subscriptions" preset; generic-subscriptions when none is given) into the
/// subscriptions table in one transaction. Re-import skips subscriptions already stored with the same customer,
/// subscription id and start day. Rows whose status is excluded, or without customer or start date, are listed.
Result<ImportReport> importSubscriptionsCsv(Database& db, const std::string& csvPath, const ImportOptions& options,
                                            const TaskContext& ctx = {});

/// Same with default options (every format detected).
Result<ImportReport> importOrdersCsv(Database& db, const std::string& csvPath, const TaskContext& ctx = {});

}  // namespace clv
