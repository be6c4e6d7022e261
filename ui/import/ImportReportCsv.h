// SPDX-License-Identifier: MIT
#pragma once

#include "core/import/OrderImporter.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace clv::ui {

/// Writes the issues of import reports as a CSV file for the analyst: UTF-8 with a byte order mark (so spreadsheet
/// programs detect the encoding), comma-separated, RFC 4180 quoting, one row per issue with file, line, column,
/// field, raw value, reason code and the translated reason. Text cells that a spreadsheet would run as a formula
/// (leading = + - @ tab or CR) are prefixed with an apostrophe; line and column stay numbers. Written through
/// QSaveFile: a failure never leaves a partial file.
class ImportReportCsv {
    Q_DECLARE_TR_FUNCTIONS(ImportReportCsv)

public:
    /// False with `error` set when the file cannot be written.
    static bool write(const QString& path, const std::vector<clv::ImportReport>& reports, QString* error);

    /// One CSV field: quoted when needed, formula-guarded when `text`.
    static QString field(const QString& value, bool text = true);
};

}  // namespace clv::ui
