// SPDX-License-Identifier: MIT
// The what-if page inside the main window: the shared ModelService's snapshot reaches it, scenarios are stored in
// the open project, and a picture at 1366x768 is kept for inspection.
#include "../UiTestSupport.h"
#include "../analytics/AnalyticsTestSupport.h"

#include "ui/MainWindow.h"
#include "ui/analytics/AnalyticsPages.h"
#include "ui/tasks/ModelService.h"
#include "ui/whatif/ScenarioWorker.h"
#include "ui/whatif/WhatIfControls.h"
#include "ui/whatif/WhatIfPage.h"

#include "core/models/Scenario.h"
#include "core/storage/Project.h"
#include "core/storage/ScenarioStore.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace clv;
using namespace clv::ui;

TEST_CASE("What-if page in the main window follows the active model of the demo project", "[whatif]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"demo.clvw"_s);
    test::makeDemoProject(path);
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    WhatIfPage* page = window.analyticsPages()->whatIf();
    CHECK(page->showsEmptyState());
    test::openAndWait(window, path);
    window.showPage(MainWindow::WhatIfPageIndex);
    REQUIRE(QTest::qWaitFor([&] { return window.modelService()->snapshot() != nullptr; }, 120000));
    REQUIRE(QTest::qWaitFor([&] { return page->scenarioOutcome() && !page->isStale(); }, 60000));
    CHECK_FALSE(page->showsEmptyState());

    const auto snapshot = window.modelService()->snapshot();
    auto engine = ScenarioEngine::create(snapshot->models->base, snapshot->models->model, snapshot->models->spend);
    REQUIRE(engine);
    QSlider* retention = page->controls()->slider(ScenarioInput::Retention);
    retention->setFocus();
    QTest::keyClick(retention, Qt::Key_PageUp);  // +5 pp
    REQUIRE(QTest::qWaitFor([&] { return !page->isStale() && page->shownInputs().retentionPoints == 5.0; }, 60000));
    const auto expected = engine->evaluate(page->inputs());
    REQUIRE(expected);
    CHECK(page->scenarioOutcome()->totalClv == expected->totalClv);
    CHECK(page->scenarioOutcome()->groupClv == expected->groupClv);
    CHECK(page->scenarioOutcome()->groupClv.size() == snapshot->groupNames.size());

    QSignalSpy listed(page, &WhatIfPage::scenariosChanged);
    REQUIRE(page->saveScenario(u"Retention +5"_s));
    REQUIRE(listed.wait(10000));
    CHECK(page->scenarioNames().contains(u"Retention +5"_s));
    REQUIRE(QTest::qWaitFor([&] { return page->tornado() && !page->isBusy(); }, 60000));
    test::saveScreenshot(window, u"whatif-window.png"_s);
    page->worker()->waitForIdle();
    auto db = project::open(path.toStdString());
    REQUIRE(db);
    auto stored = scenarios::load(*db, "Retention +5");
    REQUIRE(stored);
    REQUIRE(stored->has_value());
    CHECK((*stored)->inputs.retentionPoints == 5.0);
}
