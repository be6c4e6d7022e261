// SPDX-License-Identifier: MIT
// Models page: cancel, empty states, failing fits, the active model and the page inside the main window.
#include "ModelsTestSupport.h"

#include "../UiTestSupport.h"
#include "../analytics/AnalyticsTestSupport.h"

#include "ui/MainWindow.h"
#include "ui/analytics/AnalyticsPages.h"
#include "ui/modelling/ModelResultsView.h"
#include "ui/modelling/ModelTableModel.h"
#include "ui/modelling/ModelsPage.h"
#include "ui/tasks/ModelService.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace clv;
using namespace clv::ui;
using namespace clv::ui::test;

namespace {

QString visibleEmptyText(const ModelsPage& page, const char* name)
{
    auto* label = page.findChild<QLabel*>(QString::fromLatin1(name));
    REQUIRE(label != nullptr);
    auto* stack = qobject_cast<QStackedWidget*>(label->parentWidget());
    REQUIRE(stack != nullptr);
    return stack->currentWidget() == label ? label->text() : QString();
}

/// Customers 0..n-1, each with `repeats` orders a week apart from day `i`.
std::vector<OrderRecord> orders(int customers, int repeats)
{
    std::vector<OrderRecord> out;
    for (int c = 0; c < customers; ++c)
        for (int k = 0; k <= repeats; ++k)
            out.push_back({c, Date{Date::fromCivil(2024, 1, 1).days + c + 7 * k * (c % 3 + 1)}, 10.0 + c % 5});
    return out;
}

}  // namespace

TEST_CASE("Models page: cancel stops the fit at once and keeps the previous results", "[models]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const auto data = demoData(dir.filePath(QStringLiteral("demo.clvw")));
    ModelsPage page;
    page.setData(data);
    page.setOptions(PurchaseModelKind::ParetoNbd, TimeUnit::Day, std::nullopt);
    QSignalSpy finished(&page, &ModelsPage::fitFinished);
    QSignalSpy cancelled(&page, &ModelsPage::fitCancelled);

    SECTION("cancel before any result: the page is usable and the next fit works")
    {
        REQUIRE(page.fit());
        QTest::qWait(100);  // let the worker get going
        QElapsedTimer timer;
        timer.start();
        page.cancelFit();
        CHECK(timer.elapsed() < 100);  // returns at once
        CHECK_FALSE(page.isFitting());
        CHECK(cancelled.count() == 1);
        CHECK(page.findChild<QPushButton*>(QStringLiteral("fitButton"))->isEnabled());
        CHECK(page.findChild<QPushButton*>(QStringLiteral("cancelButton"))->isHidden());
        REQUIRE(QTest::qWaitFor([&] { return !page.isBusy(); }, 10000));  // the worker stops promptly
        CHECK(finished.count() == 0);  // its result is dropped
        CHECK(page.outcome() == nullptr);
        CHECK(visibleEmptyText(page, "modelsResultState").contains(QStringLiteral("No fit yet")));

        page.setOptions(PurchaseModelKind::BgNbd, TimeUnit::Week, std::nullopt);
        REQUIRE(page.fit());
        REQUIRE(finished.wait(180000));
        REQUIRE(page.outcome() != nullptr);
        CHECK(page.outcome()->request.kind == PurchaseModelKind::BgNbd);
        CHECK(page.results()->comparisonModel()->rowCount() == 3);
    }

    SECTION("cancel with results shown keeps them")
    {
        page.setOptions(PurchaseModelKind::BgNbd, TimeUnit::Week, std::nullopt);
        REQUIRE(page.fit());
        REQUIRE(finished.wait(180000));
        const auto before = page.outcome();
        REQUIRE(before != nullptr);
        page.setOptions(PurchaseModelKind::ParetoNbd, TimeUnit::Day, std::nullopt);
        REQUIRE(page.fit());
        page.cancelFit();
        REQUIRE(QTest::qWaitFor([&] { return !page.isBusy(); }, 10000));
        CHECK(finished.count() == 1);
        CHECK(page.outcome() == before);
        CHECK(page.results()->outcome() == before);
        CHECK(page.results()->comparisonModel()->rowCount() == 3);
        CHECK(page.findChild<QLabel*>(QStringLiteral("fitStatus"))->text().contains(QStringLiteral("previous")));
    }
}

TEST_CASE("Models page empty states: no project, empty project, one customer", "[models]")
{
    ModelsPage page;
    CHECK(visibleEmptyText(page, "modelsEmptyState").contains(QStringLiteral("no orders")));
    CHECK_FALSE(page.fit());
    CHECK_FALSE(page.isBusy());

    auto empty = std::make_shared<ProjectData>();
    empty->summary = std::make_shared<const CustomerSummary>();
    page.setData(empty);
    CHECK(visibleEmptyText(page, "modelsEmptyState").contains(QStringLiteral("Import an orders CSV")));
    CHECK_FALSE(page.fit());

    page.setData(ordersData(orders(1, 3)));
    CHECK(visibleEmptyText(page, "modelsEmptyState").contains(QStringLiteral("Only one customer")));
    CHECK_FALSE(page.fit());
    page.resize(1200, 700);
    saveScreenshot(page, QStringLiteral("models-one-customer.png"));

    page.setData(ordersData(orders(30, 2)));
    CHECK(visibleEmptyText(page, "modelsEmptyState").isEmpty());
    CHECK(visibleEmptyText(page, "modelsResultState").contains(QStringLiteral("No fit yet")));
    page.clear();
    CHECK_FALSE(visibleEmptyText(page, "modelsEmptyState").isEmpty());
}

TEST_CASE("Models page shows fits that fail", "[models]")
{
    ModelsPage page;
    QSignalSpy finished(&page, &ModelsPage::fitFinished);

    SECTION("no repeat customer: Gamma-Gamma and the holdout cannot be fitted")
    {
        page.setData(ordersData(orders(40, 0)));
        page.setOptions(PurchaseModelKind::BgNbd, TimeUnit::Week, Date::fromCivil(2024, 1, 20));
        REQUIRE(page.fit());
        REQUIRE(finished.wait(60000));
        REQUIRE(page.outcome() != nullptr);
        CHECK_FALSE(page.outcome()->spendFit.has_value());
        CHECK(page.outcome()->spendError.has_value());
        CHECK(page.findChild<QLabel*>(QStringLiteral("parameterNote"))->text().contains(QStringLiteral("Gamma-Gamma")));
        CHECK(page.results()->comparisonModel()->rowCount() == 3);
        page.resize(1200, 700);
        page.results()->setCurrentIndex(ModelResultsView::HoldoutTab);
        saveScreenshot(page, QStringLiteral("models-no-repeaters-holdout.png"));
    }

    SECTION("the summary fails: the page says so and stays usable")
    {
        auto broken = std::make_shared<ProjectData>(*ordersData(orders(30, 2)));
        broken->orders = std::make_shared<const OrderTable>();  // no orders behind the summary
        page.setData(broken);
        REQUIRE(page.fit());
        REQUIRE(finished.wait(60000));
        CHECK(page.outcome() == nullptr);
        CHECK(visibleEmptyText(page, "modelsResultState").contains(QStringLiteral("The fit failed")));
        CHECK(page.findChild<QPushButton*>(QStringLiteral("fitButton"))->isEnabled());
        page.resize(1200, 700);
        saveScreenshot(page, QStringLiteral("models-fit-failed.png"));
    }
}

TEST_CASE("Models page hands the fitted model to the model service", "[models]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const auto data = demoData(dir.filePath(QStringLiteral("demo.clvw")));
    ModelService service;
    ModelsPage page;
    page.setModelService(&service);
    page.setData(data);
    service.setProject(data);
    QSignalSpy snapshots(&service, &ModelService::snapshotChanged);
    REQUIRE(snapshots.wait(180000));
    auto* active = page.findChild<QLabel*>(QStringLiteral("activeModel"));
    CHECK(active->text().contains(QStringLiteral("BG/NBD")));

    QSignalSpy finished(&page, &ModelsPage::fitFinished);
    page.setOptions(PurchaseModelKind::MbgNbd, TimeUnit::Week, std::nullopt);
    REQUIRE(page.fit());
    REQUIRE(finished.wait(180000));
    auto* use = page.findChild<QPushButton*>(QStringLiteral("useAsActive"));
    REQUIRE(use->isEnabled());
    use->click();
    CHECK(service.kind() == PurchaseModelKind::MbgNbd);
    REQUIRE(snapshots.wait(180000));
    REQUIRE(service.snapshot() != nullptr);
    CHECK(service.snapshot()->kind == PurchaseModelKind::MbgNbd);
    CHECK(active->text().contains(QStringLiteral("MBG/NBD")));
    CHECK_FALSE(use->isEnabled());
}

TEST_CASE("Models page in the main window fits the demo when shown", "[models][window]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString project = dir.filePath(QStringLiteral("demo.clvw"));
    makeDemoProject(project);
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    openAndWait(window, project);
    ModelsPage& page = *window.analyticsPages()->models();
    QSignalSpy finished(&page, &ModelsPage::fitFinished);
    window.showPage(MainWindow::ModelsPageIndex);
    REQUIRE(page.isVisible());
    REQUIRE(finished.wait(180000));
    REQUIRE(page.outcome() != nullptr);
    CHECK(page.outcome()->backtest.has_value());  // the default calibration end (2/3 through the data) works
    saveScreenshot(window, QStringLiteral("models-parameters.png"));
    for (int tab : {ModelResultsView::FrequencyTab, ModelResultsView::HoldoutTab, ModelResultsView::TrackingTab}) {
        page.results()->setCurrentIndex(tab);
        saveScreenshot(window, QStringLiteral("models-%1.png").arg(page.results()->currentName()));
    }
    REQUIRE(waitForPages(window));
}
