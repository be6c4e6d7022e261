// SPDX-License-Identifier: MIT
#include "AnalyticsTestSupport.h"

#include "../UiTestSupport.h"

#include "ui/MainWindow.h"
#include "ui/analytics/AnalyticsPages.h"
#include "ui/analytics/SegmentsPage.h"
#include "ui/charts/HeatmapView.h"
#include "ui/charts/SegmentChart.h"
#include "ui/models/CustomerTableModel.h"
#include "ui/models/SegmentCustomerModel.h"
#include "ui/models/SegmentTableModel.h"
#include "ui/pages/CustomersPage.h"

#include "core/metrics/Rfm.h"
#include "core/storage/Project.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace clv;
using namespace clv::ui;
using namespace clv::ui::test;

namespace {

RfmResult coreRfm(const QString& project, const RfmSegmentMap& map)
{
    auto rfm = computeRfm(*coreSummary(project), RfmOptions{}, map);
    REQUIRE(rfm.has_value());
    return std::move(*rfm);
}

std::int64_t cellCustomers(const RfmResult& rfm, int r, int f)
{
    std::int64_t n = 0;
    for (const RfmCustomer& c : rfm.customers)
        n += c.r == r && c.f == f ? 1 : 0;
    return n;
}

void checkPageMatches(const SegmentsPage& page, const RfmResult& expected)
{
    const SegmentTableModel& model = *page.segmentModel();
    REQUIRE(model.rowCount() == static_cast<int>(expected.segments.size()));
    for (int row = 0; row < model.rowCount(); ++row) {
        const RfmSegmentSummary& s = expected.segments[static_cast<std::size_t>(row)];
        CHECK(model.index(row, SegmentTableModel::SegmentColumn).data().toString().toStdString() == s.name);
        CHECK(model.index(row, SegmentTableModel::CustomersColumn).data(SegmentTableModel::RawRole).toLongLong() ==
              s.customers);
        CHECK(model.index(row, SegmentTableModel::RevenueColumn).data(SegmentTableModel::RawRole).toDouble() ==
              Approx(s.revenue));
    }
    const HeatmapData& heat = page.heatmap()->heatmapData();
    REQUIRE(heat.rows() == 5);
    REQUIRE(heat.columns() == 5);
    for (int r = 1; r <= 5; ++r)
        for (int f = 1; f <= 5; ++f)
            CHECK(heat.cell(5 - r, f - 1).value == static_cast<double>(cellCustomers(expected, r, f)));

    auto* bars = qobject_cast<QHorizontalBarSeries*>(page.chart()->chart()->series().value(0));
    REQUIRE(bars != nullptr);
    QBarSet* customers = bars->barSets().value(1);
    REQUIRE(customers != nullptr);
    REQUIRE(customers->count() == static_cast<qsizetype>(expected.segments.size()));
    // Bars run bottom-up: bar i is segment n - 1 - i.
    for (int i = 0; i < customers->count(); ++i)
        CHECK(customers->at(i) ==
              Approx(expected.segments[expected.segments.size() - 1 - static_cast<std::size_t>(i)].customerShare * 100));
}

}  // namespace

TEST_CASE("Segments page shows core's RFM grid, segments and members", "[analytics][segments]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString project = dir.filePath(QStringLiteral("demo.clvw"));
    makeDemoProject(project);

    MainWindow window;
    window.resize(1366, 768);
    window.show();
    openAndWait(window, project);
    window.showPage(MainWindow::SegmentsPageIndex);
    SegmentsPage& page = *window.analyticsPages()->segments();
    REQUIRE(page.isVisible());
    REQUIRE(page.result() != nullptr);

    checkPageMatches(page, coreRfm(project, defaultRfmGrid()));
    page.showSegment(0);
    saveScreenshot(window, QStringLiteral("segments.png"));

    QAbstractItemModelTester segmentTester(page.segmentModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester customerTester(page.customerModel(),
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);

    SECTION("clicking a segment lists exactly its members")
    {
        const int champions = 0;
        page.showSegment(champions);
        const RfmSegmentSummary& s = page.result()->segments[champions];
        REQUIRE(page.customerModel()->rowCount() == static_cast<int>(s.customers));
        for (int row = 0; row < page.customerModel()->rowCount(); ++row) {
            const int r = page.customerModel()->index(row, SegmentCustomerModel::RColumn).data().toInt();
            const int f = page.customerModel()->index(row, SegmentCustomerModel::FColumn).data().toInt();
            CHECK(QString::fromStdString(defaultRfmGrid().grid[static_cast<std::size_t>((r - 1) * 5 + f - 1)]) ==
                  QString::fromStdString(s.name));
        }
        page.showCell(1, 1);
        CHECK(page.customerModel()->rowCount() == static_cast<int>(cellCustomers(*page.result(), 1, 1)));
    }

    SECTION("editing the grid recomputes, saving stores it in the project")
    {
        QSignalSpy changed(&page, &SegmentsPage::resultChanged);
        REQUIRE(page.assignCell(5, 5, QStringLiteral("hibernating")));
        REQUIRE(changed.wait(30000));
        CHECK(page.isDirty());
        RfmSegmentMap edited = defaultRfmGrid();
        edited.grid[24] = "hibernating";
        checkPageMatches(page, coreRfm(project, edited));

        QSignalSpy saved(&page, &SegmentsPage::gridSaved);
        REQUIRE(page.saveGrid());
        REQUIRE(saved.wait(30000));
        CHECK(saved.front().front().toBool());
        CHECK_FALSE(page.isDirty());
        auto db = project::open(project.toStdString());
        REQUIRE(db.has_value());
        auto stored = loadRfmGrid(*db);
        REQUIRE(stored.has_value());
        CHECK(stored->grid[24] == "hibernating");

        // The saved grid is the project's segmentation at once: the Customers table shows it without a reload.
        REQUIRE(window.projectData()->rfm == page.result());
        CHECK(window.projectData()->rfmGrid.grid[24] == "hibernating");
        const CustomerTableModel* customers = window.customersPage()->model();
        REQUIRE(QTest::qWaitFor([&] { return customers->rowCount() > 0; }, 30000));
        int moved = 0;
        for (const RfmCustomer& c : page.result()->customers)
            if (c.r == 5 && c.f == 5 && moved < 20) {
                ++moved;
                CHECK(customers->index(static_cast<int>(c.row), CustomerTableModel::SegmentColumn).data().toString()
                      == QStringLiteral("hibernating"));
            }
        CHECK(moved > 0);

        openAndWait(window, project);  // reopened: the stored grid is used
        CHECK(page.grid().grid[24] == "hibernating");
        checkPageMatches(page, coreRfm(project, edited));
    }

    SECTION("a rule preset is shown but cannot be edited")
    {
        QSignalSpy changed(&page, &SegmentsPage::resultChanged);
        REQUIRE(page.selectPreset(QStringLiteral("rfm-package")));
        REQUIRE(changed.wait(30000));
        CHECK(page.result()->preset == "rfm-package");
        CHECK(page.segmentModel()->rowCount() == static_cast<int>(rfmPreset("rfm-package")->segmentNames().size()));
        CHECK_FALSE(page.assignCell(1, 1, QStringLiteral("champions")));
    }

    SECTION("heat map, chart and table export")
    {
        QString error;
        CHECK(page.exportHeatmap(dir.filePath(QStringLiteral("grid.svg")), &error));
        CHECK(page.exportChart(dir.filePath(QStringLiteral("segments.pdf")), &error));
        CHECK(QFileInfo(dir.filePath(QStringLiteral("grid.svg"))).size() > 1000);
        CHECK(QFileInfo(dir.filePath(QStringLiteral("segments.pdf"))).size() > 1000);
        CHECK_FALSE(page.exportChart(dir.filePath(QStringLiteral("segments.jpg")), &error));
        CHECK_FALSE(error.isEmpty());
    }
}

TEST_CASE("Segments page explains why it is empty", "[analytics][segments]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    MainWindow window;
    window.show();
    REQUIRE(window.newProject(dir.filePath(QStringLiteral("empty.clvw"))));
    REQUIRE(QTest::qWaitFor([&] { return !window.isBusy(); }, 60000));
    window.showPage(MainWindow::SegmentsPageIndex);
    auto* empty = window.findChild<QLabel*>(QStringLiteral("segmentsEmptyState"));
    REQUIRE(empty != nullptr);
    CHECK(empty->isVisible());
    CHECK(empty->text().contains(QStringLiteral("no orders")));
    CHECK(window.analyticsPages()->segments()->result() == nullptr);
}
