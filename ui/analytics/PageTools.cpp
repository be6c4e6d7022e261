// SPDX-License-Identifier: MIT
#include "ui/analytics/PageTools.h"

#include "ui/AppSettings.h"
#include "ui/FileDialogs.h"
#include "ui/tasks/ProjectData.h"
#include "ui/text/Format.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QSaveFile>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace clv::ui {
namespace {

QString csvField(const QVariant& value)
{
    QString text;
    if (value.typeId() == QMetaType::Double)
        text = QString::number(value.toDouble(), 'g', 15);
    else
        text = value.toString();
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r'))
        text = u'"' + text.replace(u'"', u"\"\""_s) + u'"';
    return text;
}

}  // namespace

std::pair<QStackedWidget*, QLabel*> PageTools::makeEmptyOrContent(QWidget* page, const QString& emptyName,
                                                                  QWidget* content)
{
    auto* layout = new QVBoxLayout(page);
    auto* stack = new QStackedWidget(page);
    QLabel* empty = makeEmptyState(page, emptyName);
    stack->addWidget(empty);
    stack->addWidget(content);
    layout->addWidget(stack);
    return {stack, empty};
}

QLabel* PageTools::makeEmptyState(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setMargin(48);
    return label;
}

void PageTools::setEmptyText(QLabel* label, const QString& title, const QString& text)
{
    label->setText(u"<h3>%1</h3><p>%2</p>"_s.arg(title.toHtmlEscaped(), text.toHtmlEscaped()));
}

QTableView* PageTools::makeTableView(QWidget* parent, const QString& objectName, QAbstractItemModel* model)
{
    auto* view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setAlternatingRowColors(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

bool PageTools::writeCsv(const QAbstractItemModel& model, const QString& path, QString* errorMessage)
{
    std::vector<int> rows(static_cast<std::size_t>(std::max(0, model.rowCount())));
    for (std::size_t r = 0; r < rows.size(); ++r)
        rows[r] = static_cast<int>(r);
    return writeCsvRows(model, rows, path, errorMessage);
}

bool PageTools::writeCsvRows(const QAbstractItemModel& model, const std::vector<int>& rows, const QString& path,
                             QString* errorMessage)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        if (errorMessage)
            *errorMessage = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    QStringList fields;
    for (int c = 0; c < model.columnCount(); ++c)
        fields << csvField(model.headerData(c, Qt::Horizontal, Qt::DisplayRole));
    QByteArray out = fields.join(u',').toUtf8() + '\n';
    for (int r : rows) {
        fields.clear();
        for (int c = 0; c < model.columnCount(); ++c) {
            const QModelIndex index = model.index(r, c);
            const QVariant raw = model.data(index, Qt::UserRole);
            fields << csvField(raw.isValid() ? raw : model.data(index, Qt::DisplayRole));
        }
        out += fields.join(u',').toUtf8() + '\n';
        if (out.size() > (1 << 22)) {  // write in 4 MiB pieces: a million rows never sit in memory at once
            file.write(out);
            out.clear();
        }
    }
    file.write(out);
    if (!file.commit()) {
        if (errorMessage)
            *errorMessage = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool PageTools::writeChart(const QString& path, const ChartDocument& document, QString* errorMessage)
{
    const auto format = ChartExporter::formatForPath(path);
    if (!format) {
        if (errorMessage)
            *errorMessage = tr("Choose a file name ending in .pdf, .png or .svg.");
        return false;
    }
    return ChartExporter::exportTo(path, *format, document, errorMessage);
}

QString PageTools::exportSubtitle(const ProjectData* data)
{
    const QString exported = QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat);
    if (!data)
        return tr("Exported %1").arg(exported);
    return tr("Project %1 · %2 customers · %3 orders · exported %4")
        .arg(QFileInfo(data->path).fileName(), formatCount(data->counts.customers), formatCount(data->counts.orders),
             exported);
}

void PageTools::chooseChartExport(QWidget* parent, const QString& suggestedName, const ChartDocument& document)
{
    const QString path = FileDialogs::chartExport(parent, suggestedName);
    QString error;
    if (!path.isEmpty() && !writeChart(path, document, &error))
        showError(parent, tr("Export Chart"), error);
}

QString PageTools::askCsvPath(QWidget* parent, const QString& suggestedName)
{
    const QString start = QDir(AppSettings::lastDirectory(u"export"_s)).filePath(suggestedName + u".csv"_s);
    QString path = QFileDialog::getSaveFileName(parent, tr("Export Table"), start, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += u".csv"_s;
    AppSettings::setLastDirectory(u"export"_s, path);
    return path;
}

void PageTools::chooseCsvExport(QWidget* parent, const QString& suggestedName, const QAbstractItemModel& model)
{
    const QString path = askCsvPath(parent, suggestedName);
    if (path.isEmpty())
        return;
    QString error;
    if (!writeCsv(model, path, &error))
        showError(parent, tr("Export Table"), error);
}

void PageTools::showError(QWidget* parent, const QString& title, const QString& message)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

}  // namespace clv::ui
