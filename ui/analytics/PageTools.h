// SPDX-License-Identifier: MIT
#pragma once

#include "ui/report/ChartExporter.h"

#include <QCoreApplication>
#include <QString>

#include <tuple>  // callers unpack makeEmptyOrContent with std::tie
#include <utility>
#include <vector>

class QAbstractItemModel;
class QLabel;
class QStackedWidget;
class QTableView;
class QWidget;

namespace clv::ui {

struct ProjectData;

/// Shared pieces of the analytics pages: empty states, table views, chart and CSV export.
class PageTools {
    Q_DECLARE_TR_FUNCTIONS(PageTools)

public:
    /// A centred, word-wrapped label for a page's empty state ("no orders yet: import a CSV…").
    static QLabel* makeEmptyState(QWidget* parent, const QString& objectName);
    static void setEmptyText(QLabel* label, const QString& title, const QString& text);

    /// The frame of every page: `page` gets a layout holding a stack of an empty state (index 0, object name
    /// `emptyName`) and `content` (index 1). Returns the stack and the empty-state label.
    static std::pair<QStackedWidget*, QLabel*> makeEmptyOrContent(QWidget* page, const QString& emptyName,
                                                                 QWidget* content);

    /// A read-only, sortable-looking table view with the page conventions (alternating rows, no edit).
    static QTableView* makeTableView(QWidget* parent, const QString& objectName, QAbstractItemModel* model);

    /// Writes a table as CSV (UTF-8, comma, RFC 4180 quoting): the horizontal header, then per row the raw number
    /// (Qt::UserRole) where the model gives one, else the display text. Atomic (QSaveFile).
    static bool writeCsv(const QAbstractItemModel& model, const QString& path, QString* errorMessage = nullptr);
    /// The same for the given rows of `model`, in that order. Touches nothing but `model` and the file, so a
    /// worker thread may call it on a model it owns.
    static bool writeCsvRows(const QAbstractItemModel& model, const std::vector<int>& rows, const QString& path,
                             QString* errorMessage = nullptr);

    /// Writes a chart document to `path`; the format follows the extension (.pdf, .png, .svg).
    static bool writeChart(const QString& path, const ChartDocument& document, QString* errorMessage = nullptr);

    /// "Project shop.clvw · 1,234 customers · exported 2026-01-01 10:00" for export subtitles.
    static QString exportSubtitle(const ProjectData* data);

    /// Interactive versions: ask for the file, write it, report errors in a window-modal message box.
    static void chooseChartExport(QWidget* parent, const QString& suggestedName, const ChartDocument& document);
    static void chooseCsvExport(QWidget* parent, const QString& suggestedName, const QAbstractItemModel& model);
    /// Asks where to save a CSV file (remembering the folder); empty when the user cancels.
    static QString askCsvPath(QWidget* parent, const QString& suggestedName);
    static void showError(QWidget* parent, const QString& title, const QString& message);

private:
};

}  // namespace clv::ui
