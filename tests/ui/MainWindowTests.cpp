// SPDX-License-Identifier: MIT
#include "UiTestSupport.h"

#include "ui/MainWindow.h"
#include "ui/charts/RevenueChart.h"
#include "ui/dialogs/ImportReportDialog.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QBarSeries>
#include <QBarSet>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace clv;
using namespace clv::ui;
using namespace clv::ui::test;

namespace {

constexpr int kTimeoutMs = 60000;

bool waitUntilIdle(const MainWindow& window)
{
    return QTest::qWaitFor([&] { return !window.isBusy(); }, kTimeoutMs);
}

int tableRows(const MainWindow& window)
{
    auto* table = window.findChild<QTableView*>(QStringLiteral("customersTable"));
    REQUIRE(table != nullptr);
    return table->model()->rowCount();
}

qsizetype chartBars(const MainWindow& window)
{
    auto* chart = window.findChild<RevenueChart*>(QStringLiteral("revenueChart"));
    REQUIRE(chart != nullptr);
    for (QAbstractSeries* series : chart->chart()->series()) {
        if (auto* bars = qobject_cast<QBarSeries*>(series); bars && !bars->barSets().isEmpty())
            return bars->barSets().front()->count();
    }
    return 0;
}

void closeMessageBoxes(const MainWindow& window)
{
    for (QMessageBox* box : window.findChildren<QMessageBox*>())
        box->close();
}

}  // namespace

TEST_CASE("MainWindow opens a project in the background and shows core's numbers", "[mainwindow]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString project = dir.filePath(QStringLiteral("shop.clvw"));
    importWithCore(writeSmallOrdersCsv(dir.path()), project);

    MainWindow window;
    window.show();
    QSignalSpy opened(&window, &MainWindow::projectOpened);
    REQUIRE(window.openProject(project));
    CHECK(window.isBusy());
    CHECK_FALSE(window.openProject(project));  // one task at a time
    REQUIRE(waitUntilIdle(window));
    REQUIRE(opened.count() == 1);
    CHECK(window.lastError().isEmpty());
    CHECK(window.projectPath() == project);
    CHECK(window.windowTitle().startsWith(QStringLiteral("shop.clvw")));
    CHECK(window.findChild<QStackedWidget*>(QStringLiteral("centralStack"))->currentIndex() == 1);

    const std::size_t summaryRows = coreSummaryRowCount(project);
    CHECK(summaryRows == kSmallCsvCustomers);
    CHECK(tableRows(window) == static_cast<int>(summaryRows));

    const auto revenue = coreMonthlyRevenue(project);
    CHECK(revenue.size() == kSmallCsvMonths);
    CHECK(chartBars(window) == static_cast<qsizetype>(revenue.size()));

    auto* customersKpi = window.findChild<QLabel*>(QStringLiteral("kpiCustomers"));
    REQUIRE(customersKpi != nullptr);
    CHECK(customersKpi->text() == QStringLiteral("4"));

    SECTION("the chart exports to a one-page PDF")
    {
        const QString pdfPath = dir.filePath(QStringLiteral("revenue.pdf"));
        REQUIRE(window.exportChart(pdfPath));
        QFile pdf(pdfPath);
        REQUIRE(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        CHECK(bytes.startsWith("%PDF"));
        qsizetype pages = 0;
        for (qsizetype at = bytes.indexOf("/Type /Page"); at >= 0; at = bytes.indexOf("/Type /Page", at + 1)) {
            if (bytes.mid(at + 11, 1) != "s")
                ++pages;
        }
        CHECK(pages >= 1);
    }
    SECTION("an unsupported export extension is an error, not a crash")
    {
        CHECK_FALSE(window.exportChart(dir.filePath(QStringLiteral("revenue.jpg"))));
        CHECK_FALSE(window.lastError().isEmpty());
        closeMessageBoxes(window);
    }
}

TEST_CASE("Importing a CSV through the main window shows progress and fills the table", "[mainwindow][import]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString csv = writeSmallOrdersCsv(dir.path());
    const QString project = dir.filePath(QStringLiteral("new.clvw"));

    MainWindow window;
    window.show();
    auto* progress = window.findChild<QProgressBar*>(QStringLiteral("taskProgress"));
    REQUIRE(progress != nullptr);
    CHECK_FALSE(progress->isVisible());

    QSignalSpy finished(&window, &MainWindow::taskFinished);
    REQUIRE(window.importCsvIntoProject(csv, project));
    CHECK(progress->isVisible());  // shown as soon as the task starts
    REQUIRE(waitUntilIdle(window));
    REQUIRE(finished.count() == 1);
    CHECK(finished.front().front().toBool());
    CHECK_FALSE(progress->isVisible());
    CHECK(window.lastError().isEmpty());

    CHECK(tableRows(window) == static_cast<int>(coreSummaryRowCount(project)));
    CHECK(tableRows(window) == kSmallCsvCustomers);
    CHECK(chartBars(window) == kSmallCsvMonths);

    auto* report = window.findChild<ImportReportDialog*>(QStringLiteral("importReportDialog"));
    REQUIRE(report != nullptr);
    CHECK(report->isVisible());
    CHECK_FALSE(report->isModal());
    auto* issues = report->findChild<QTreeWidget*>(QStringLiteral("importIssues"));
    REQUIRE(issues != nullptr);
    REQUIRE(issues->topLevelItemCount() == kSmallCsvRejected);
    CHECK(issues->topLevelItem(0)->text(0) == QStringLiteral("12"));
    CHECK(issues->topLevelItem(1)->text(0) == QStringLiteral("13"));

    SECTION("importing the same file again adds nothing twice")
    {
        REQUIRE(window.importCsv(csv));
        REQUIRE(waitUntilIdle(window));
        CHECK(window.lastError().isEmpty());
        CHECK(tableRows(window) == kSmallCsvCustomers);
        CHECK(window.projectData()->counts.orders == 12 - kSmallCsvRejected);
    }
}

TEST_CASE("A new project starts empty and is filled by an import into it", "[mainwindow][import]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString project = dir.filePath(QStringLiteral("fresh.clvw"));
    MainWindow window;
    CHECK_FALSE(window.importCsv(writeSmallOrdersCsv(dir.path())));  // no project open yet
    REQUIRE(window.newProject(project));
    REQUIRE(waitUntilIdle(window));
    CHECK(window.lastError().isEmpty());
    CHECK(window.projectPath() == project);
    CHECK(tableRows(window) == 0);
    CHECK(chartBars(window) == 0);
    auto* exportAction = window.findChild<QAction*>(QStringLiteral("actionExportChart"));
    REQUIRE(exportAction != nullptr);
    CHECK_FALSE(exportAction->isEnabled());  // nothing to export yet

    REQUIRE(window.importCsv(dir.filePath(QStringLiteral("orders.csv"))));
    REQUIRE(waitUntilIdle(window));
    CHECK(tableRows(window) == kSmallCsvCustomers);
    CHECK(exportAction->isEnabled());
}

TEST_CASE("Opening a file that is not a project shows an error and keeps the window usable", "[mainwindow][error]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString bogus = dir.filePath(QStringLiteral("notes.clvw"));
    {
        QFile file(bogus);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("These are my notes, not a database.\n");
    }
    MainWindow window;
    window.show();
    QSignalSpy errors(&window, &MainWindow::errorShown);
    REQUIRE(window.openProject(bogus));
    REQUIRE(waitUntilIdle(window));
    REQUIRE(errors.count() == 1);
    CHECK(window.lastError().contains(QStringLiteral("notes.clvw")));
    CHECK(window.projectPath().isEmpty());
    CHECK(window.findChild<QStackedWidget*>(QStringLiteral("centralStack"))->currentIndex() == 0);
    auto* box = window.findChild<QMessageBox*>(QStringLiteral("errorMessageBox"));
    REQUIRE(box != nullptr);
    CHECK(box->isVisible());
    closeMessageBoxes(window);

    SECTION("a missing file too")
    {
        REQUIRE(window.openProject(dir.filePath(QStringLiteral("missing.clvw"))));
        REQUIRE(waitUntilIdle(window));
        CHECK(errors.count() == 2);
        CHECK(window.lastError().contains(QStringLiteral("missing.clvw")));
        closeMessageBoxes(window);
    }
    SECTION("a CSV that is not an orders file")
    {
        const QString csv = dir.filePath(QStringLiteral("people.csv"));
        QFile file(csv);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("name,age\nAda,36\n");
        file.close();
        const QString project = dir.filePath(QStringLiteral("people.clvw"));
        REQUIRE(window.importCsvIntoProject(csv, project));
        REQUIRE(waitUntilIdle(window));
        CHECK(errors.count() == 2);
        CHECK(window.lastError().contains(QStringLiteral("people.csv")));
        CHECK_FALSE(QFile::exists(project));  // the project created for the failed import is removed again
        closeMessageBoxes(window);
    }
}

TEST_CASE("Cancelling or closing during a task is clean", "[mainwindow][cancel]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString csv = demoCsvPath().isEmpty() ? writeSmallOrdersCsv(dir.path()) : demoCsvPath();
    const QString project = dir.filePath(QStringLiteral("cancel.clvw"));

    SECTION("cancel right after starting an import")
    {
        MainWindow window;
        QSignalSpy finished(&window, &MainWindow::taskFinished);
        REQUIRE(window.importCsvIntoProject(csv, project));
        window.cancelTask();
        REQUIRE(waitUntilIdle(window));
        REQUIRE(finished.count() == 1);
        CHECK(window.lastError().isEmpty());  // cancelling is not an error
        if (finished.front().front().toBool()) {
            CHECK(tableRows(window) == static_cast<int>(coreSummaryRowCount(project)));  // finished first
        } else {
            CHECK_FALSE(QFile::exists(project));  // rolled back, new file removed
            CHECK(window.projectPath().isEmpty());
        }
    }
    SECTION("closing the window while a task runs waits for it")
    {
        auto window = std::make_unique<MainWindow>();
        window->show();
        REQUIRE(window->importCsvIntoProject(csv, project));
        CHECK(window->close());  // returns only after the worker has stopped
        window.reset();
        // Either the import was rolled back (and its new file removed) or it completed into a valid project.
        if (QFile::exists(project))
            CHECK(coreSummaryRowCount(project) > 0);
    }
}

TEST_CASE("The bundled demo data opens in the main window", "[mainwindow][demo]")
{
    const QString csv = demoCsvPath();
    REQUIRE_FALSE(csv.isEmpty());  // resources/demo/orders.csv ships with the repository
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString project = dir.filePath(QStringLiteral("demo.clvw"));
    MainWindow window;
    REQUIRE(window.importCsvIntoProject(csv, project));
    REQUIRE(waitUntilIdle(window));
    CHECK(window.lastError().isEmpty());
    CHECK(tableRows(window) == static_cast<int>(coreSummaryRowCount(project)));
    CHECK(tableRows(window) > 100);
    CHECK(chartBars(window) == static_cast<qsizetype>(coreMonthlyRevenue(project).size()));

    const QString keep = artifactsDir();
    const QString out = keep.isEmpty() ? dir.path() : keep;
    for (const char* name : {"demo-revenue.pdf", "demo-revenue.png", "demo-revenue.svg"}) {
        INFO(name);
        const QString path = QDir(out).filePath(QString::fromLatin1(name));
        CHECK(window.exportChart(path));
        CHECK(QFileInfo(path).size() > 1000);
    }
}

// Manual probe (hidden, not run by ctest): how long the GUI thread is busy applying and sorting a big project.
// CLV_UI_TEST_BIG_PROJECT=/tmp/big.clvw ./clv_ui_tests "[.perf]"
TEST_CASE("GUI-thread cost of a large project", "[.perf]")
{
    const QString project = qEnvironmentVariable("CLV_UI_TEST_BIG_PROJECT");
    if (project.isEmpty()) {
        WARN("set CLV_UI_TEST_BIG_PROJECT to a large project");
        return;
    }
    MainWindow window;
    window.show();
    // The longest gap between 10 ms ticks is the longest time the GUI thread was blocked.
    QElapsedTimer timer, tick;
    qint64 longestStall = 0;
    QTimer ticker;
    ticker.setInterval(10);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        longestStall = std::max(longestStall, tick.restart());
    });
    timer.start();
    tick.start();
    ticker.start();
    REQUIRE(window.openProject(project));
    REQUIRE(waitUntilIdle(window));
    QTest::qWait(50);
    ticker.stop();
    WARN("open (background + apply): " << timer.elapsed() << " ms, rows " << tableRows(window)
                                       << ", longest GUI stall " << longestStall << " ms");
    auto* table = window.findChild<QTableView*>(QStringLiteral("customersTable"));
    window.showPage(MainWindow::CustomersPageIndex);
    for (int column = 0; column < table->model()->columnCount(); ++column) {
        timer.restart();
        table->sortByColumn(column, Qt::DescendingOrder);
        WARN("sort column " << column << ": " << timer.elapsed() << " ms");
    }
    auto* filter = window.findChild<QLineEdit*>(QStringLiteral("customerFilter"));
    timer.restart();
    filter->setText(QStringLiteral("C0001"));
    QMetaObject::invokeMethod(filter, "returnPressed");
    WARN("filter: " << timer.elapsed() << " ms, rows " << tableRows(window));
}
