// SPDX-License-Identifier: MIT
#pragma once

#include "FitResult.h"

#include <string>
#include <vector>

namespace clv {

/// A ready-made customer summary read from CSV (e.g. computed by a warehouse query), to feed the models.
struct SummaryTable {
    std::vector<std::string> ids;  ///< customer ids (1-based row numbers when the file has no id column)
    std::vector<RfmObservation> rows;
    bool hasMonetary = false;  ///< a monetary column was present
};

/// Reads a summary CSV. Columns are found by header name, in any order, case-insensitively:
/// frequency|x, recency|t_x, T, and optionally monetary_value|zbar|monetary and id|customer_id|customer.
/// Recency and T are taken as they are (in the unit the caller declares). The delimiter is sniffed.
/// Errors: FileNotFound / FileRead; Parse with file, line and column for a missing column, a bad number,
/// a row with too few fields, negative values, a non-integer frequency or recency > T; NoData for no rows.
Result<SummaryTable> readSummaryCsv(const std::string& path);

}  // namespace clv
