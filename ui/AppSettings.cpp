// SPDX-License-Identifier: MIT
#include "ui/AppSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace clv::ui {

QStringList AppSettings::recentProjects()
{
    return QSettings().value(u"recentProjects"_s).toStringList();
}

void AppSettings::addRecentProject(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = recentProjects();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMaxRecentProjects)
        list.removeLast();
    QSettings().setValue(u"recentProjects"_s, list);
}

void AppSettings::removeRecentProject(const QString& path)
{
    QStringList list = recentProjects();
    list.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(u"recentProjects"_s, list);
}

void AppSettings::clearRecentProjects()
{
    QSettings().remove(u"recentProjects"_s);
}

QString AppSettings::lastDirectory(const QString& kind)
{
    const QString dir = QSettings().value(u"lastDirectory/"_s + kind).toString();
    return !dir.isEmpty() && QFileInfo(dir).isDir() ? dir : QDir::homePath();
}

void AppSettings::setLastDirectory(const QString& kind, const QString& fileOrDirectory)
{
    const QFileInfo info(fileOrDirectory);
    QSettings().setValue(u"lastDirectory/"_s + kind, info.isDir() ? info.absoluteFilePath() : info.absolutePath());
}

QByteArray AppSettings::windowGeometry()
{
    return QSettings().value(u"window/geometry"_s).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray& geometry)
{
    QSettings().setValue(u"window/geometry"_s, geometry);
}

int AppSettings::currentPage()
{
    return QSettings().value(u"window/page"_s, 0).toInt();
}

void AppSettings::setCurrentPage(int page)
{
    QSettings().setValue(u"window/page"_s, page);
}

QString AppSettings::demoCsvPath()
{
    const QString relative = u"demo/orders.csv"_s;
    QStringList candidates;
    const QString installed = QStandardPaths::locate(QStandardPaths::AppDataLocation, relative);
    if (!installed.isEmpty())
        candidates << installed;
    const QDir appDir(QCoreApplication::applicationDirPath());
    candidates << appDir.filePath(u"../share/clv-workbench/"_s + relative) << appDir.filePath(relative);
#ifdef CLV_DEMO_CSV
    candidates << QString::fromUtf8(CLV_DEMO_CSV);
#endif
    for (const QString& candidate : candidates) {
        if (QFileInfo(candidate).isFile())
            return QFileInfo(candidate).canonicalFilePath();
    }
    return {};
}

QString AppSettings::demoProjectPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(u"demo.clvw"_s);
}

}  // namespace clv::ui
