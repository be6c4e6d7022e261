// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace clv::ui {

/// The file dialogs of the File menu. Each returns an absolute path, or an empty string when the user cancels,
/// and remembers the folder for next time.
class FileDialogs {
    Q_DECLARE_TR_FUNCTIONS(FileDialogs)

public:
    static QString openProject(QWidget* parent);
    /// Asks where to save a new project; appends ".clvw" when missing. `suggestedName` without extension.
    static QString newProject(QWidget* parent, const QString& caption, const QString& suggestedName);
    static QString csvToImport(QWidget* parent);
    /// Asks for the export file; the format follows the chosen filter (PDF first and default).
    static QString chartExport(QWidget* parent, const QString& suggestedName);

    static QString projectFilter();
};

}  // namespace clv::ui
