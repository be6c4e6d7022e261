// SPDX-License-Identifier: MIT
#pragma once

#include "core/import/OrderImporter.h"
#include "core/util/Error.h"

#include <QCoreApplication>
#include <QString>

namespace clv::ui {

/// Turns core error values into translated, user-facing text. Core only returns codes plus context
/// (file, line, column, developer detail); every sentence a user reads is made here.
class ErrorText {
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    /// One or two sentences saying what went wrong, naming the file and the line/column when known.
    static QString message(const clv::Error& error);

    /// "line 12, column 3" / "line 12" / empty, for the parts that are set.
    static QString location(long line, int column);

    /// The developer detail (for QMessageBox::setDetailedText), with the stable error code name.
    static QString details(const clv::Error& error);

    /// A translated explanation of an import issue reason ("bad-date" -> "not a valid date").
    static QString issueReason(const std::string& reason);

private:
    static QString fileName(const clv::Error& error);
};

}  // namespace clv::ui
