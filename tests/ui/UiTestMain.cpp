// SPDX-License-Identifier: MIT
// Catch2 runner for the GUI tests: one QApplication for all tests, on the offscreen platform unless the
// environment chooses another one, with settings kept in a temporary folder.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CLV Workbench Tests"));
    QApplication::setApplicationName(QStringLiteral("clv-ui-tests"));

    // Never touch the user's real settings (recent projects, window geometry).
    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());

    return Catch::Session().run(argc, argv);
}
