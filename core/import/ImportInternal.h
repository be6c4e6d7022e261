// SPDX-License-Identifier: MIT
#pragma once

// Internal to core/import: pieces shared by the profiling pass and the import pass. Not a public API.

#include "core/import/CsvReader.h"
#include "core/import/OrderImporter.h"
#include "core/import/TextSource.h"
#include "core/import/ValueParsers.h"

#include <istream>
#include <memory>
#include <string>
#include <vector>

namespace clv::importdetail {

/// An open CSV file: decoding stream buffer, stream and reader, positioned before the header (or first record).
class CsvInput {
public:
    /// Opens `path`, sniffs the delimiter (after `options.skipLines`) unless given, and builds the reader.
    static Result<std::unique_ptr<CsvInput>> open(const std::string& path, const ImportOptions& options);

    CsvReader& reader() { return *m_reader; }
    DecodingFileBuf& buffer() { return m_buf; }
    char delimiter() const { return m_delimiter; }
    std::uint64_t fileSize() const { return m_fileSize; }

    CsvInput(const CsvInput&) = delete;
    CsvInput& operator=(const CsvInput&) = delete;

private:
    CsvInput() : m_in(&m_buf) {}
    DecodingFileBuf m_buf;
    std::istream m_in;
    std::unique_ptr<CsvReader> m_reader;
    char m_delimiter = ',';
    std::uint64_t m_fileSize = 0;
};

/// Header names compared after lower-casing and dropping everything that is not a letter or digit (non-ASCII
/// bytes are kept, so Chinese names compare exactly).
std::string normalizeHeader(std::string_view name);

/// Resolves explicit indices and header synonyms. Parse errors name `path`, `line` and the missing or doubly
/// matched role.
Result<ColumnMapping> resolveColumns(const std::vector<std::string>& header, const ImportOptions& options,
                                     const std::string& path, long line);

/// Parse error for the first field that is not valid UTF-8 (line adjusted for line breaks inside the record).
/// With a legacy `encodingLabel` ("GB18030") the message says the bytes are not valid in that encoding.
std::optional<Error> checkUtf8(const std::vector<std::string>& fields, const std::string& path, long recordLine,
                               std::string_view encodingLabel = {});

/// The preset selected by `options` (presetDefinition, else the id among the built-in presets, else among the
/// user presets of `db` when given); nullopt when no preset is selected. Errors: InvalidArgument (unknown id or an
/// invalid preset); Parse/Database from loading user presets.
Result<std::optional<ImportPreset>> selectedPreset(const ImportOptions& options, Database* db);

/// Fills profile.columns, roleColumns and preset/presetScore from the header (the preset's names, or the plain
/// synonyms plus detection of the best built-in preset). Errors: Parse naming the missing or doubled column.
Result<void> mapProfileColumns(ImportProfile& profile, const ImportOptions& options,
                               const std::optional<ImportPreset>& preset, const std::string& path, long headerLine);

/// The date order and decimal separator to use, or a Parse error asking the caller to choose.
Result<DateOrder> chooseDateOrder(const ImportOptions& options, const ImportProfile& profile);
Result<DecimalSeparator> chooseDecimal(const ImportOptions& options, const ImportProfile& profile);

/// Progress fraction given to pass 1 (profiling); the writing pass reports the rest.
inline constexpr double kProfileShare = 0.2;

/// Pass 1 of an import: the profile over the whole file (given the first share of the progress) and the date
/// order and decimal separator to use. NoData when the file has no data rows; errors of profileOrdersCsv and of
/// the two choices above.
struct FirstPass {
    ImportProfile profile;
    DateOrder dateOrder = DateOrder::YearFirst;
    DecimalSeparator decimal = DecimalSeparator::Point;
};
Result<FirstPass> profileForImport(const std::string& csvPath, const ImportOptions& options, const TaskContext& ctx);

/// Scans the records of a file as profileOrdersCsv does (UTF-8 check, column mapping, date and decimal detection,
/// preview rows), stopping after `maxRows` data rows when maxRows >= 0. `complete` tells whether the whole file was
/// read; only then is the fingerprint set.
Result<ImportProfile> profileRows(const std::string& csvPath, const ImportOptions& options, const TaskContext& ctx,
                                  std::int64_t maxRows, bool& complete);

/// The date-order and decimal-separator evidence of the value columns of a profile, accumulated record by record
/// (used by the profile and by a write pass that verifies the formats it assumed from the head of the file).
class FormatVerifier {
public:
    explicit FormatVerifier(const ImportProfile& profile);
    void add(const std::vector<std::string>& fields, long line);
    /// Writes the verdicts (and their example lines) over everything added into `profile`.
    void finish(ImportProfile& profile) const;

private:
    std::vector<std::size_t> m_dateColumns;
    std::size_t m_amount = 0;
    DateOrderDetector m_dates;
    DecimalDetector m_decimals;
};

/// The column of `role` in a profile (-1 when absent).
inline int roleColumn(const ImportProfile& profile, ColumnRole role)
{
    const auto i = static_cast<std::size_t>(role);
    return i < profile.roleColumns.size() ? profile.roleColumns[i] : -1;
}

/// The preset path of importOrdersCsv (kind "orders").
Result<ImportReport> importOrdersWithPreset(Database& db, const std::string& csvPath, const ImportOptions& options,
                                            const ImportPreset& preset, const TaskContext& ctx);

/// "Column 1", "Column 2", ... for files without a header row.
std::vector<std::string> syntheticHeader(std::size_t columns);

}  // namespace clv::importdetail
