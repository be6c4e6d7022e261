// SPDX-License-Identifier: MIT
// clv-workbench: the desktop application. A thin composition root: application identity, translations, the
// command line, and the main window.
#include "ui/MainWindow.h"
#include "ui/Resources.h"
#include "core/util/Allocator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

/// Installs Qt's own translations (standard dialogs and buttons) and the application's, when available.
void installTranslators(QApplication& app)
{
    auto* qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);

    auto* appTranslator = new QTranslator(&app);
    const QStringList searchPath{u":/i18n"_s,
                                 QDir(QCoreApplication::applicationDirPath()).filePath(u"../share/clv-workbench/translations"_s),
                                 QDir(QCoreApplication::applicationDirPath()).filePath(u"translations"_s)};
    for (const QString& dir : searchPath) {
        if (appTranslator->load(QLocale(), u"clv"_s, u"_"_s, dir)) {
            QCoreApplication::installTranslator(appTranslator);
            break;
        }
    }
}

}  // namespace

int main(int argc, char* argv[])
{
    clv::tuneAllocatorForColumns();  // as the applications do: big columns reuse heap memory
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"CLV Workbench"_s);
    QApplication::setApplicationName(u"clv-workbench"_s);
    QApplication::setApplicationVersion(QStringLiteral(CLV_VERSION));
    QApplication::setDesktopFileName(u"clv-workbench"_s);
    installTranslators(app);
    QApplication::setWindowIcon(clv::ui::applicationIcon());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "CLV Workbench: offline customer lifetime value analysis."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"project"_s, QCoreApplication::translate("main", "Project file (.clvw) to open."),
                                 u"[project]"_s);
    const QCommandLineOption importOption(
        u"import"_s,
        QCoreApplication::translate("main", "Import the orders CSV <file> into <project> (created if missing; "
                                           "without <project>: <file>.clvw next to the CSV)."),
        QCoreApplication::translate("main", "file"));
    parser.addOption(importOption);
    const QStringList pages{u"overview"_s, u"customers"_s, u"segments"_s, u"cohorts"_s,
                            u"churn"_s,    u"models"_s,    u"whatif"_s};
    const QCommandLineOption pageOption(
        u"page"_s,
        QCoreApplication::translate("main", "Show page <name> first: overview, customers, segments, cohorts, churn, "
                                           "models or whatif."),
        QCoreApplication::translate("main", "name"));
    parser.addOption(pageOption);
    parser.process(app);
    const QString page = parser.value(pageOption).toLower();
    if (!page.isEmpty() && !pages.contains(page)) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("main", "Unknown page '%1'; use one of: %2")
                                    .arg(page, pages.join(u", "_s))));
        return 2;
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        parser.showHelp(1);
    const QString project = positional.value(0);
    const QString csv = parser.value(importOption);

    clv::ui::MainWindow window;
    if (!page.isEmpty())
        window.showPage(static_cast<int>(pages.indexOf(page)));  // same order as the side list
    window.show();
    // Start the work once the event loop runs, so the window appears first.
    QTimer::singleShot(0, &window, [&window, project, csv] {
        if (!csv.isEmpty() && !project.isEmpty())
            window.importCsvIntoProject(csv, project);
        else if (!project.isEmpty())
            window.openProject(project);
        else if (!csv.isEmpty())
            window.importCsvIntoProject(
                csv, QDir(QFileInfo(csv).absolutePath()).filePath(QFileInfo(csv).completeBaseName() + u".clvw"_s));
    });
    return app.exec();
}
