// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace clv::ui {

/// Small persistent preferences (QSettings): recent projects, last used folders, window state, current page;
/// plus where the bundled demo data lives.
class AppSettings {
public:
    static constexpr int kMaxRecentProjects = 8;

    static QStringList recentProjects();
    static void addRecentProject(const QString& path);
    static void removeRecentProject(const QString& path);
    static void clearRecentProjects();

    /// Last folder used for a kind of file ("projects", "csv", "export"); the home folder at first.
    static QString lastDirectory(const QString& kind);
    /// Remembers the folder of `fileOrDirectory` for `kind`.
    static void setLastDirectory(const QString& kind, const QString& fileOrDirectory);

    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray& geometry);
    static int currentPage();
    static void setCurrentPage(int page);

    /// The bundled demo orders CSV (installed data dir, next to the executable, or the source tree in a
    /// developer build), or an empty string when it cannot be found.
    static QString demoCsvPath();
    /// Where "Open Demo" keeps its project (in the user's application data folder).
    static QString demoProjectPath();
};

}  // namespace clv::ui
