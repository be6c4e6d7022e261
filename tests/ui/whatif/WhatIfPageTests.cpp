// SPDX-License-Identifier: MIT
#include "WhatIfTestSupport.h"

#include "../UiTestSupport.h"

#include "ui/charts/CurveChart.h"
#include "ui/charts/ScenarioBarChart.h"
#include "ui/text/Format.h"
#include "ui/whatif/ScenarioFigures.h"
#include "ui/whatif/ScenarioTableModel.h"
#include "ui/whatif/ScenarioWorker.h"
#include "ui/whatif/WhatIfControls.h"
#include "ui/whatif/WhatIfPage.h"

#include "core/models/Scenario.h"
#include "core/storage/Project.h"
#include "core/storage/ScenarioStore.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace clv;
using namespace clv::ui;

namespace {

bool sameInputs(const ScenarioInputs& a, const ScenarioInputs& b)
{
    return a.retentionPoints == b.retentionPoints && a.frequencyPercent == b.frequencyPercent
           && a.priceChangePercent == b.priceChangePercent && a.grossMargin == b.grossMargin
           && a.monthlyDiscountRate == b.monthlyDiscountRate && a.horizonMonths == b.horizonMonths && a.cac == b.cac;
}

/// Waits until the page shows the figures of its current inputs.
bool waitForInputs(const WhatIfPage& page, int timeoutMs = 20000)
{
    return QTest::qWaitFor([&page] { return page.scenarioOutcome() && !page.isStale()
                                            && sameInputs(page.shownInputs(), page.inputs()); },
                           timeoutMs);
}

bool waitForTornado(const WhatIfPage& page, int timeoutMs = 20000)
{
    return QTest::qWaitFor([&page] { return page.tornado() && page.tornado()->request == page.worker()->latestRequest()
                                            && !page.isStale(); },
                           timeoutMs);
}

ScenarioEngine engineFor(const ModelSnapshot& snapshot)
{
    auto engine = ScenarioEngine::create(snapshot.models->base, snapshot.models->model, snapshot.models->spend);
    REQUIRE(engine);
    return std::move(*engine);
}

void checkEqual(const ScenarioOutcome& shown, const ScenarioOutcome& core)
{
    CHECK(shown.totalClv == core.totalClv);
    CHECK(shown.meanClv == core.meanClv);
    CHECK(shown.groupClv == core.groupClv);
    CHECK(shown.monthlyRevenue == core.monthlyRevenue);
    CHECK(shown.monthlyPurchases == core.monthlyPurchases);
    CHECK(shown.newCustomerLtv == core.newCustomerLtv);
    CHECK(shown.ltvToCac == core.ltvToCac);
    CHECK(shown.paybackMonths == core.paybackMonths);
}

}  // namespace

TEST_CASE("What-if page shows an empty state without a model", "[whatif]")
{
    WhatIfPage page;
    page.resize(1200, 700);
    CHECK(page.showsEmptyState());
    CHECK(page.emptyStateText().contains(WhatIfPage::tr("No model yet").toHtmlEscaped()));

    auto data = std::make_shared<ProjectData>();
    data->summary = std::make_shared<CustomerSummary>();
    page.setData(data);
    CHECK(page.showsEmptyState());
    CHECK(page.emptyStateText().contains(WhatIfPage::tr("No customers yet").toHtmlEscaped()));
    page.clear();
    CHECK(page.showsEmptyState());
    CHECK(QTest::qWaitFor([&page] { return !page.isBusy(); }, 10000));
}

TEST_CASE("What-if slider moves give exactly the core scenario engine's figures", "[whatif]")
{
    const auto snapshot = test::simulatedSnapshot(20000);
    WhatIfPage page;
    page.resize(1300, 750);
    page.show();
    page.setModelSnapshot(snapshot);
    CHECK_FALSE(page.showsEmptyState());
    REQUIRE(waitForInputs(page));

    ScenarioEngine engine = engineFor(*snapshot);
    const ScenarioInputs baseline = page.baselineInputs();
    CHECK(baseline.grossMargin == 0.6);
    CHECK(sameInputs(page.inputs(), baseline));
    checkEqual(*page.baselineOutcome(), *engine.evaluate(baseline));
    checkEqual(*page.scenarioOutcome(), *engine.evaluate(baseline));

    // Price: one page step of the slider with the keyboard is +10 %.
    QSlider* price = page.controls()->slider(ScenarioInput::Price);
    price->setFocus();
    QTest::keyClick(price, Qt::Key_PageUp);
    CHECK(page.isStale());
    CHECK(page.controls()->spinBox(ScenarioInput::Price)->value() == 10.0);
    REQUIRE(waitForInputs(page));
    CHECK(page.inputs().priceChangePercent == 10.0);
    const auto priced = engine.evaluate(page.inputs());
    REQUIRE(priced);
    checkEqual(*page.scenarioOutcome(), *priced);
    checkEqual(*page.baselineOutcome(), *engine.evaluate(baseline));
    CHECK(page.scenarioOutcome()->totalClv > page.baselineOutcome()->totalClv);

    // The delta table and the chart twins hold the same numbers, formatted.
    ScenarioTableModel* delta = page.deltaModel();
    QAbstractItemModelTester tester(delta, QAbstractItemModelTester::FailureReportingMode::Warning);
    const int totalRow = delta->findRow(ScenarioFigures::totalClvLabel());
    REQUIRE(totalRow >= 0);
    CHECK(delta->text(totalRow, 1) == formatMoney(page.baselineOutcome()->totalClv, page.locale()));
    CHECK(delta->text(totalRow, 2) == formatMoney(priced->totalClv, page.locale()));
    CHECK(delta->data(delta->index(totalRow, 3), Qt::UserRole).toDouble()
          == priced->totalClv - page.baselineOutcome()->totalClv);
    CHECK_FALSE(delta->data(delta->index(totalRow, 0), Qt::ToolTipRole).toString().isEmpty());
    CHECK(delta->findRow(ScenarioFigures::tr("CLV: %1").arg(u"At risk"_s)) >= 0);
    CHECK(page.segmentModel()->rowCount() == 3);
    CHECK(page.segmentChart()->barCount() == 6);
    CHECK(page.segmentChart()->barData().sets[1].values == priced->groupClv);
    CHECK(page.revenueChart()->lineCount() == 2);
    CHECK(page.revenueModel()->rowCount() == 12);

    // Retention: a drag (many values while the slider is down) ends on core's figures for the last value.
    QSlider* retention = page.controls()->slider(ScenarioInput::Retention);
    retention->setSliderDown(true);
    for (int v = 1; v <= 30; ++v) {
        retention->setValue(v);  // 0.1 pp per step
        QTest::qWait(2);
    }
    retention->setSliderDown(false);
    REQUIRE(waitForInputs(page));
    CHECK(page.inputs().retentionPoints == 3.0);
    checkEqual(*page.scenarioOutcome(), *engine.evaluate(page.inputs()));

    // Exact entry in a spin box (margin in percent, CAC in currency units) syncs the slider.
    page.controls()->spinBox(ScenarioInput::Margin)->setValue(45.5);
    CHECK(page.controls()->slider(ScenarioInput::Margin)->value() == 455);
    page.controls()->spinBox(ScenarioInput::Cac)->setValue(30.0);
    REQUIRE(waitForInputs(page));
    CHECK(page.inputs().grossMargin == 45.5 / 100.0);
    const auto withCac = engine.evaluate(page.inputs());
    checkEqual(*page.scenarioOutcome(), *withCac);
    REQUIRE(page.scenarioOutcome()->ltvToCac);
    CHECK(delta->text(delta->findRow(ScenarioFigures::tr("LTV:CAC")), 2)
          == formatDecimal(*withCac->ltvToCac, 2, page.locale()));

    // Inputs core refuses (retention 0.75 + 0.30 leaves (0, 1)): the last valid figures stay, greyed, with the reason.
    const ScenarioInputs lastValid = page.shownInputs();
    page.controls()->spinBox(ScenarioInput::Retention)->setValue(30.0);
    REQUIRE(QTest::qWaitFor([&page] { return !page.isStale() && !page.worker()->isEvaluating(); }, 20000));
    CHECK(sameInputs(page.shownInputs(), lastValid));
    CHECK(page.deltaModel()->isStale());
    CHECK(page.statusText().contains(u"retention"_s, Qt::CaseInsensitive));
    checkEqual(*page.scenarioOutcome(), *engine.evaluate(lastValid));
    CHECK_FALSE(engine.evaluate(page.inputs()));

    // Reset goes back to the baseline (keeping the CAC).
    page.resetToBaseline();
    REQUIRE(waitForInputs(page));
    CHECK(sameInputs(page.inputs(), page.baselineInputs()));
    CHECK(page.inputs().cac == 30.0);
    checkEqual(*page.scenarioOutcome(), *page.baselineOutcome());
}

TEST_CASE("What-if tornado gives each input's effect from the core engine, largest first", "[whatif]")
{
    const auto snapshot = test::simulatedSnapshot(5000);
    WhatIfPage page;
    page.setModelSnapshot(snapshot);
    REQUIRE(waitForInputs(page));
    REQUIRE(waitForTornado(page));
    const TornadoResult& tornado = *page.tornado();
    REQUIRE(tornado.bars.size() == 6);
    ScenarioEngine engine = engineFor(*snapshot);
    const ScenarioInputs center = page.inputs();
    CHECK(tornado.centerClv == engine.evaluate(center)->totalClv);
    double previous = std::numeric_limits<double>::infinity();
    for (const TornadoBar& bar : tornado.bars) {
        REQUIRE(bar.lowClv);
        REQUIRE(bar.highClv);
        const double size = std::max(std::abs(*bar.lowClv - tornado.centerClv), std::abs(*bar.highClv - tornado.centerClv));
        CHECK(size <= previous);
        previous = size;
        if (bar.input == ScenarioInput::Price) {
            ScenarioInputs up = center;
            up.priceChangePercent += 10.0;
            CHECK(*bar.highClv == engine.evaluate(up)->totalClv);
        }
        if (bar.input == ScenarioInput::Horizon) {
            ScenarioInputs shorter = center;
            shorter.horizonMonths -= 6;
            CHECK(*bar.lowClv == engine.evaluate(shorter)->totalClv);
        }
    }
    CHECK(page.tornadoChart()->barCount() == 12);
    CHECK(page.tornadoModel()->rowCount() == 6);
    CHECK(page.tornadoChart()->barData().categories.first() == WhatIfControls::inputName(tornado.bars.front().input));
}

TEST_CASE("What-if scenarios are saved in the project and reload exactly", "[whatif]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"scenarios.clvw"_s);
    REQUIRE(project::open(path.toStdString(), Database::OpenMode::CreateIfMissing));
    const auto snapshot = test::simulatedSnapshot(3000, path);

    ScenarioInputs saved;
    {
        WhatIfPage page;
        QSignalSpy listed(&page, &WhatIfPage::scenariosChanged);
        page.setModelSnapshot(snapshot);
        REQUIRE((listed.count() > 0 || listed.wait(10000)));
        CHECK(page.scenarioNames().isEmpty());
        REQUIRE(waitForInputs(page));
        QTest::keyClick(page.controls()->slider(ScenarioInput::Frequency), Qt::Key_PageUp);
        page.controls()->spinBox(ScenarioInput::Discount)->setValue(1.25);
        page.controls()->spinBox(ScenarioInput::Horizon)->setValue(24);
        page.controls()->spinBox(ScenarioInput::Cac)->setValue(12.34);
        saved = page.inputs();
        CHECK(saved.frequencyPercent == 10.0);
        listed.clear();
        auto* name = page.findChild<QComboBox*>(u"scenarioNameCombo"_s);
        REQUIRE(name);
        name->setEditText(u"Growth plan"_s);
        QTest::mouseClick(page.findChild<QPushButton*>(u"saveScenarioButton"_s), Qt::LeftButton);
        REQUIRE(listed.wait(10000));
        CHECK(listed.takeFirst().at(0).toBool());
        CHECK(page.scenarioNames() == QStringList{u"Growth plan"_s});
        REQUIRE(page.saveScenario(u"Another"_s));
        REQUIRE(listed.wait(10000));
        CHECK(page.scenarioNames() == (QStringList{u"Another"_s, u"Growth plan"_s}));
        page.worker()->waitForIdle();
    }
    {
        // What core stored.
        auto db = project::open(path.toStdString());
        REQUIRE(db);
        auto stored = scenarios::load(*db, "Growth plan");
        REQUIRE(stored);
        REQUIRE(stored->has_value());
        CHECK(sameInputs((*stored)->inputs, saved));
    }
    // A new page (as after reopening the project) lists and loads it.
    WhatIfPage page;
    QSignalSpy listed(&page, &WhatIfPage::scenariosChanged);
    QSignalSpy loaded(&page, &WhatIfPage::scenarioLoaded);
    page.setModelSnapshot(snapshot);
    REQUIRE((listed.count() > 0 || listed.wait(10000)));
    REQUIRE(page.scenarioNames().size() == 2);
    REQUIRE(waitForInputs(page));
    CHECK(sameInputs(page.inputs(), page.baselineInputs()));
    REQUIRE(page.loadScenario(u"Growth plan"_s));
    REQUIRE(loaded.wait(10000));
    CHECK(loaded.takeFirst().at(1).toBool());
    CHECK(sameInputs(page.inputs(), saved));
    REQUIRE(waitForInputs(page));
    ScenarioEngine engine = engineFor(*snapshot);
    checkEqual(*page.scenarioOutcome(), *engine.evaluate(saved));

    // Unknown names and deletion.
    REQUIRE(page.loadScenario(u"nope"_s));
    REQUIRE(loaded.wait(10000));
    CHECK_FALSE(loaded.takeFirst().at(1).toBool());
    listed.clear();
    REQUIRE(page.deleteScenario(u"Another"_s));
    REQUIRE(listed.wait(10000));
    CHECK(page.scenarioNames() == QStringList{u"Growth plan"_s});
    page.worker()->waitForIdle();
}

TEST_CASE("What-if charts and tables export", "[whatif]")
{
    const auto snapshot = test::simulatedSnapshot(3000);
    WhatIfPage page;
    page.resize(1366, 700);
    page.show();
    page.setModelSnapshot(snapshot);
    REQUIRE(waitForInputs(page));
    REQUIRE(waitForTornado(page));
    QTemporaryDir dir;
    for (const auto figure : {WhatIfPage::Figure::SegmentClv, WhatIfPage::Figure::Revenue, WhatIfPage::Figure::Tornado}) {
        for (const QString& ext : {u"pdf"_s, u"png"_s, u"svg"_s}) {
            const QString file = dir.filePath(u"chart%1.%2"_s.arg(static_cast<int>(figure)).arg(ext));
            QString error;
            CHECK(page.exportChart(figure, file, &error));
            CHECK(error.isEmpty());
            CHECK(QFileInfo(file).size() > 1000);
        }
    }
    for (const auto figure : {WhatIfPage::Figure::SegmentClv, WhatIfPage::Figure::Revenue, WhatIfPage::Figure::Tornado,
                              WhatIfPage::Figure::Delta}) {
        const QString file = dir.filePath(u"table%1.csv"_s.arg(static_cast<int>(figure)));
        CHECK(page.exportTable(figure, file));
        QFile csv(file);
        REQUIRE(csv.open(QIODevice::ReadOnly));
        CHECK(csv.readAll().count('\n') >= 4);
    }
    const QString artifacts = test::artifactsDir();
    if (!artifacts.isEmpty()) {
        page.resize(1366 - 200, 768 - 90);  // the page inside the main window at 1366x768
        QTest::qWait(50);
        page.grab().save(artifacts + u"/whatif-page.png"_s);
        page.exportChart(WhatIfPage::Figure::Tornado, artifacts + u"/whatif-tornado.png"_s);
    }
}
