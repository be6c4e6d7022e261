// SPDX-License-Identifier: MIT
#include "ui/MainWindow.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QMenuBar>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

TEST_CASE("The Chinese catalogue translates the main window", "[i18n]")
{
    QTranslator translator;
    REQUIRE(translator.load(u":/i18n/clv_zh_CN.qm"_s));
    // Contexts must be the runtime class names (clv::ui::...), or nothing would be translated.
    CHECK(translator.translate("clv::ui::MainWindow", "&File") == u"文件(&F)"_s);
    CHECK(translator.translate("clv::ui::OverviewPage", "Net revenue") == u"净收入"_s);
    CHECK(translator.translate("ErrorText", "The operation was cancelled. Nothing was changed.") == u"操作已取消，未做任何更改。"_s);

    QCoreApplication::installTranslator(&translator);
    {
        clv::ui::MainWindow window;
        QStringList menus;
        for (QAction* action : window.menuBar()->actions())
            menus << action->text();
        CHECK(menus.contains(u"文件(&F)"_s));
        CHECK(menus.contains(u"帮助(&H)"_s));
    }
    QCoreApplication::removeTranslator(&translator);
}
