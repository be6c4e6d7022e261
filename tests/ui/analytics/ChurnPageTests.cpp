// SPDX-License-Identifier: MIT
#include "AnalyticsTestSupport.h"

#include "../UiTestSupport.h"

#include "ui/MainWindow.h"
#include "ui/analytics/AnalyticsPages.h"
#include "ui/analytics/ChurnPage.h"
#include "ui/charts/CurveChart.h"
#include "ui/models/SurvivalTableModel.h"

#include "core/metrics/Survival.h"
#include "core/storage/Project.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace clv;
using namespace clv::ui;
using namespace clv::ui::test;

namespace {

LapseCurve coreLapse(const QString& project, double threshold, TimeUnit unit)
{
    LapseOptions options;
    options.threshold = threshold;
    options.unit = unit;
    auto lapse = lapseCurve(*coreOrders(project), options);
    REQUIRE(lapse.has_value());
    return std::move(*lapse);
}

void checkModel(const SurvivalTableModel& model, const KaplanMeierCurve& expected)
{
    REQUIRE(model.rowCount() == static_cast<int>(expected.steps.size()));
    for (int row = 0; row < model.rowCount(); ++row) {
        const KaplanMeierStep& step = expected.steps[static_cast<std::size_t>(row)];
        CHECK(model.index(row, SurvivalTableModel::TimeColumn).data(SurvivalTableModel::RawRole).toDouble() ==
              Approx(step.time));
        CHECK(model.index(row, SurvivalTableModel::AtRiskColumn).data(SurvivalTableModel::RawRole).toLongLong() ==
              step.atRisk);
        CHECK(model.index(row, SurvivalTableModel::SurvivalColumn).data(SurvivalTableModel::RawRole).toDouble() ==
              Approx(step.survival * 100.0));
        CHECK(model.index(row, SurvivalTableModel::LowerColumn).data(SurvivalTableModel::RawRole).toDouble() ==
              Approx(step.lower * 100.0));
    }
}

void checkChart(const CurveChart& chart, const KaplanMeierCurve& expected)
{
    REQUIRE(chart.lineCount() == 1);
    const Curve& curve = chart.curveData().curves.front();
    REQUIRE_FALSE(curve.points.isEmpty());
    CHECK(curve.points.front().y() == Approx(100.0));
    CHECK(curve.points.back().y() == Approx(expected.steps.back().survival * 100.0));
    CHECK(curve.upper.size() == curve.points.size());
}

}  // namespace

TEST_CASE("Churn page shows core's lapse curve and recomputes when N changes", "[analytics][churn]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString project = dir.filePath(QStringLiteral("demo.clvw"));
    makeDemoProject(project);

    MainWindow window;
    window.resize(1366, 768);
    window.show();
    openAndWait(window, project);
    window.showPage(MainWindow::ChurnPageIndex);
    ChurnPage& page = *window.analyticsPages()->churn();
    REQUIRE(page.isVisible());
    REQUIRE(page.lapse() != nullptr);
    QAbstractItemModelTester tester(page.lapseModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    const LapseCurve three = coreLapse(project, 3.0, TimeUnit::Month);
    CHECK(page.lapse()->lapsed == three.lapsed);
    checkModel(*page.lapseModel(), three.curve);
    checkChart(*page.lapseChart(), three.curve);
    saveScreenshot(window, QStringLiteral("churn.png"));
    CHECK_FALSE(page.hasSubscriptionCurve());
    auto* noSubscriptions = window.findChild<QLabel*>(QStringLiteral("subscriptionEmptyState"));
    REQUIRE(noSubscriptions != nullptr);
    CHECK_FALSE(noSubscriptions->text().isEmpty());

    SECTION("the spin box recomputes off the GUI thread; the latest N wins")
    {
        QSignalSpy changed(&page, &ChurnPage::lapseChanged);
        auto* spin = window.findChild<QSpinBox*>(QStringLiteral("lapseThreshold"));
        REQUIRE(spin != nullptr);
        spin->setValue(4);
        spin->setValue(5);
        spin->setValue(6);
        REQUIRE(waitForPages(window));
        CHECK(changed.count() == 1);
        CHECK(page.lapse()->options.threshold == 6.0);
        const LapseCurve six = coreLapse(project, 6.0, TimeUnit::Month);
        CHECK(six.lapsed < three.lapsed);  // a longer gap means fewer lapsed customers
        CHECK(page.lapse()->lapsed == six.lapsed);
        checkModel(*page.lapseModel(), six.curve);
        checkChart(*page.lapseChart(), six.curve);
    }

    SECTION("weeks as the unit")
    {
        QSignalSpy changed(&page, &ChurnPage::lapseChanged);
        page.setLapse(8, TimeUnit::Week);
        REQUIRE(changed.wait(30000));
        checkModel(*page.lapseModel(), coreLapse(project, 8.0, TimeUnit::Week).curve);
    }

    SECTION("the chart exports")
    {
        QString error;
        CHECK(page.exportCurrentChart(dir.filePath(QStringLiteral("lapse.svg")), &error));
        CHECK(QFileInfo(dir.filePath(QStringLiteral("lapse.svg"))).size() > 1000);
    }
}

TEST_CASE("Churn page shows Kaplan-Meier with a band when the project has subscriptions", "[analytics][churn]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString project = dir.filePath(QStringLiteral("subs.clvw"));
    importWithCore(writeSmallOrdersCsv(dir.path()), project);
    addSubscriptions(project, 30);

    MainWindow window;
    window.show();
    openAndWait(window, project);
    window.showPage(MainWindow::ChurnPageIndex);
    ChurnPage& page = *window.analyticsPages()->churn();
    REQUIRE(page.hasSubscriptionCurve());
    QAbstractItemModelTester tester(page.subscriptionModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    auto db = project::open(project.toStdString());
    REQUIRE(db.has_value());
    auto expected = subscriptionSurvival(*db, TimeUnit::Month, std::nullopt);
    REQUIRE(expected.has_value());
    CHECK(expected->subjects == 30);
    checkModel(*page.subscriptionModel(), *expected);
    checkChart(*page.subscriptionChart(), *expected);
    const Curve& curve = page.subscriptionChart()->curveData().curves.front();
    CHECK(curve.lower.back().y() <= curve.points.back().y());
    CHECK(curve.upper.back().y() >= curve.points.back().y());
}
