// SPDX-License-Identifier: MIT
#include "ui/FileDialogs.h"

#include "ui/AppSettings.h"
#include "ui/report/ChartExporter.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace clv::ui {
namespace {

/// Appends `extension` unless the name already ends with it.
QString withExtension(QString path, const QString& extension)
{
    if (!path.isEmpty() && QFileInfo(path).suffix().compare(extension, Qt::CaseInsensitive) != 0)
        path += u'.' + extension;
    return path;
}

}  // namespace

QString FileDialogs::projectFilter()
{
    return tr("CLV Workbench projects (*.clvw)");
}

QString FileDialogs::openProject(QWidget* parent)
{
    const QString path = QFileDialog::getOpenFileName(parent, tr("Open Project"), AppSettings::lastDirectory(u"projects"_s),
                                                      projectFilter() + u";;"_s + tr("All files (*)"));
    if (!path.isEmpty())
        AppSettings::setLastDirectory(u"projects"_s, path);
    return path;
}

QString FileDialogs::newProject(QWidget* parent, const QString& caption, const QString& suggestedName)
{
    const QString start = QDir(AppSettings::lastDirectory(u"projects"_s)).filePath(suggestedName + u".clvw"_s);
    const QString path = withExtension(QFileDialog::getSaveFileName(parent, caption, start, projectFilter()),
                                       u"clvw"_s);
    if (!path.isEmpty())
        AppSettings::setLastDirectory(u"projects"_s, path);
    return path;
}

QString FileDialogs::csvToImport(QWidget* parent)
{
    const QString path = QFileDialog::getOpenFileName(
        parent, tr("Import CSV"), AppSettings::lastDirectory(u"csv"_s),
        tr("CSV files (*.csv *.txt *.tsv)") + u";;"_s + tr("All files (*)"));
    if (!path.isEmpty())
        AppSettings::setLastDirectory(u"csv"_s, path);
    return path;
}

QString FileDialogs::chartExport(QWidget* parent, const QString& suggestedName)
{
    using Format = ChartExporter::Format;
    const QList<Format> formats{Format::Pdf, Format::Png, Format::Svg};
    QStringList filters;
    for (Format f : formats)
        filters << ChartExporter::nameFilter(f);
    QString selected = filters.front();
    const QString start = QDir(AppSettings::lastDirectory(u"export"_s)).filePath(suggestedName + u".pdf"_s);
    QString path = QFileDialog::getSaveFileName(parent, tr("Export Chart"), start, filters.join(u";;"_s), &selected);
    if (path.isEmpty())
        return {};
    // A typed extension of a supported format wins; otherwise use the chosen filter's format.
    if (!ChartExporter::formatForPath(path)) {
        const qsizetype index = filters.indexOf(selected);
        path = withExtension(path, ChartExporter::extension(formats.value(index < 0 ? 0 : index)));
    }
    AppSettings::setLastDirectory(u"export"_s, path);
    return path;
}

}  // namespace clv::ui
