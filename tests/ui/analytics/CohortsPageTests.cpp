// SPDX-License-Identifier: MIT
#include "AnalyticsTestSupport.h"

#include "../UiTestSupport.h"

#include "ui/MainWindow.h"
#include "ui/analytics/AnalyticsPages.h"
#include "ui/analytics/CohortsPage.h"
#include "ui/analytics/PageTools.h"
#include "ui/charts/CurveChart.h"
#include "ui/charts/HeatmapView.h"
#include "ui/models/CohortTableModel.h"

#include "core/metrics/Cohorts.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace clv;
using namespace clv::ui;
using namespace clv::ui::test;

namespace {

CohortTable coreCohorts(const QString& project, CohortGrain grain)
{
    CohortOptions options;
    options.grain = grain;
    auto table = computeCohorts(*coreOrders(project), options);
    REQUIRE(table.has_value());
    return std::move(*table);
}

void checkHeatmap(const CohortsPage& page, const CohortTable& expected, CohortMetric metric)
{
    const HeatmapData& heat = page.heatmap()->heatmapData();
    REQUIRE(heat.rows() == static_cast<int>(expected.cohorts.size()));
    for (std::size_t row = 0; row < expected.cohorts.size(); ++row) {
        const Cohort& cohort = expected.cohorts[row];
        CHECK(heat.rowLabels.at(static_cast<qsizetype>(row)).toStdString() == cohort.label);
        for (const CohortCell& cell : cohort.cells)
            CHECK(heat.cell(static_cast<int>(row), cell.period).value == Approx(cohortMetricValue(cell, metric)));
        for (int k = static_cast<int>(cohort.cells.size()); k < heat.columns(); ++k)
            CHECK(std::isnan(heat.cell(static_cast<int>(row), k).value));
    }
    const CohortTableModel& model = *page.model();
    REQUIRE(model.rowCount() == static_cast<int>(expected.cohorts.size()));
    const CohortCell& firstRepeat = expected.cohorts.front().cells.at(1);
    CHECK(model.index(0, CohortTableModel::FirstPeriodColumn + 1).data(CohortTableModel::RawRole).toDouble() ==
          Approx(cohortMetricValue(firstRepeat, metric)));
    CHECK(model.index(0, CohortTableModel::SizeColumn).data(CohortTableModel::RawRole).toLongLong() ==
          expected.cohorts.front().size);
}

}  // namespace

TEST_CASE("Cohorts page shows core's cohorts and recomputes on a grain change", "[analytics][cohorts]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString project = dir.filePath(QStringLiteral("demo.clvw"));
    makeDemoProject(project);

    MainWindow window;
    window.resize(1366, 768);
    window.show();
    openAndWait(window, project);
    window.showPage(MainWindow::CohortsPageIndex);
    CohortsPage& page = *window.analyticsPages()->cohorts();
    REQUIRE(page.isVisible());
    REQUIRE(page.table() != nullptr);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    const CohortTable monthly = coreCohorts(project, CohortGrain::Month);
    REQUIRE(monthly.cohorts.size() > 3);
    CHECK(page.grain() == CohortGrain::Month);
    checkHeatmap(page, monthly, CohortMetric::ActiveRate);
    saveScreenshot(window, QStringLiteral("cohorts.png"));

    std::size_t withCompletePeriods = 0;
    for (const Cohort& cohort : monthly.cohorts)
        withCompletePeriods += std::any_of(cohort.cells.begin(), cohort.cells.end(),
                                           [](const CohortCell& c) { return c.complete; });
    CHECK(page.retentionChart()->lineCount() == static_cast<int>(withCompletePeriods));
    CHECK(page.revenueChart()->lineCount() == static_cast<int>(withCompletePeriods));
    const Curve& firstRevenue = page.revenueChart()->curveData().curves.front();
    CHECK(firstRevenue.points.back().y() ==
          Approx(monthly.cohorts.front().cells.at(static_cast<std::size_t>(firstRevenue.points.back().x()))
                     .cumulativeRevenuePerCustomer));

    SECTION("revenue and absolute toggles show the other numbers of the same cells")
    {
        page.setRetention(true, false);
        CHECK(page.metric() == CohortMetric::Revenue);
        checkHeatmap(page, monthly, CohortMetric::Revenue);
        page.setRetention(true, true);
        checkHeatmap(page, monthly, CohortMetric::RevenueRetention);
        page.setRetention(false, false);
        checkHeatmap(page, monthly, CohortMetric::ActiveCustomers);
    }

    SECTION("quarter and week grains are computed in the background, the latest request wins")
    {
        QSignalSpy changed(&page, &CohortsPage::tableChanged);
        page.setGrain(CohortGrain::Week);
        page.setGrain(CohortGrain::Quarter);
        REQUIRE(waitForPages(window));
        REQUIRE(changed.count() == 1);  // the superseded weekly result was dropped
        CHECK(page.table()->options.grain == CohortGrain::Quarter);
        checkHeatmap(page, coreCohorts(project, CohortGrain::Quarter), CohortMetric::ActiveRate);

        page.setGrain(CohortGrain::Week);
        REQUIRE(changed.wait(30000));
        checkHeatmap(page, coreCohorts(project, CohortGrain::Week), CohortMetric::ActiveRate);
    }

    SECTION("charts and the table export")
    {
        QString error;
        CHECK(page.exportCurrentChart(dir.filePath(QStringLiteral("heat.png")), &error));
        CHECK(QFileInfo(dir.filePath(QStringLiteral("heat.png"))).size() > 1000);
        const QString csv = dir.filePath(QStringLiteral("cohorts.csv"));
        REQUIRE(PageTools::writeCsv(*page.model(), csv, &error));
        QFile file(csv);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        REQUIRE(lines.size() == static_cast<qsizetype>(monthly.cohorts.size()) + 2);  // header, rows, final newline
        CHECK(lines.front().startsWith("Cohort,Size,P0,P1"));
        CHECK(lines.at(1).startsWith(QByteArray::fromStdString(monthly.cohorts.front().label + ",") +
                                     QByteArray::number(static_cast<qlonglong>(monthly.cohorts.front().size))));
    }
}

TEST_CASE("Cohorts page with one customer shows one cohort, an empty project an empty state", "[analytics][cohorts]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    MainWindow window;
    window.show();
    REQUIRE(window.newProject(dir.filePath(QStringLiteral("empty.clvw"))));
    REQUIRE(QTest::qWaitFor([&] { return !window.isBusy(); }, 60000));
    window.showPage(MainWindow::CohortsPageIndex);
    auto* empty = window.findChild<QLabel*>(QStringLiteral("cohortsEmptyState"));
    REQUIRE(empty != nullptr);
    CHECK(empty->isVisible());

    QFile csv(dir.filePath(QStringLiteral("one.csv")));
    REQUIRE(csv.open(QIODevice::WriteOnly));
    csv.write("order_id,customer_id,order_date,amount\n1,A,2024-01-05,10.00\n2,A,2024-03-07,12.00\n");
    csv.close();
    const QString one = dir.filePath(QStringLiteral("one.clvw"));
    importWithCore(csv.fileName(), one);
    openAndWait(window, one);
    CHECK_FALSE(empty->isVisible());
    REQUIRE(window.analyticsPages()->cohorts()->model()->rowCount() == 1);
    CHECK(window.analyticsPages()->cohorts()->heatmap()->heatmapData().columns() == 3);
    auto* segmentsEmpty = window.findChild<QLabel*>(QStringLiteral("segmentsEmptyState"));
    REQUIRE(segmentsEmpty != nullptr);
    CHECK(segmentsEmpty->text().contains(QStringLiteral("at least two customers")));
}
