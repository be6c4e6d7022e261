// SPDX-License-Identifier: MIT
#include "../UiTestSupport.h"
#include "OverviewTestSupport.h"

#include "ui/MainWindow.h"
#include "ui/charts/ForecastChart.h"
#include "ui/pages/ForecastTableModel.h"
#include "ui/pages/KpiCard.h"
#include "ui/pages/OverviewPage.h"
#include "ui/tasks/ModelService.h"
#include "ui/tasks/ProjectData.h"
#include "ui/text/Format.h"

#include "core/metrics/Cohorts.h"
#include "core/metrics/ForecastBand.h"
#include "core/metrics/SimpleClv.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLabel>
#include <QLineSeries>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace clv;
using namespace clv::ui;
using namespace clv::ui::test;

namespace {

std::optional<double> formulaValue(const SimpleClvReport& report, const std::string& key)
{
    for (const ClvFormula& f : report.formulas)
        if (f.key == key)
            return f.value;
    return std::nullopt;
}

QString cardValue(const OverviewPage& page, const QString& name)
{
    KpiCard* card = page.card(name);
    REQUIRE(card != nullptr);
    return card->value();
}

const QLineSeries* seriesNamed(const ForecastChart& chart, const QString& name)
{
    for (QAbstractSeries* series : chart.chart()->series())
        if (auto* line = qobject_cast<QLineSeries*>(series); line && line->name() == name)
            return line;
    return nullptr;
}

}  // namespace

TEST_CASE("Overview shows core's CLV three ways, LTV:CAC and the model forecast", "[overview]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString project = makeDemoProject(dir);
    if (project.isEmpty()) {
        WARN("demo CSV missing");
        return;
    }
    MainWindow window;
    window.show();
    OverviewPage* page = window.overviewPage();
    WarningCollector warnings;
    QAbstractItemModelTester forecastTester(page->forecastModel(),
                                            QAbstractItemModelTester::FailureReportingMode::Warning);
    REQUIRE(window.openProject(project));
    REQUIRE(waitForModel(window));
    REQUIRE(page->hasFigures());

    // The simple formulas for margin 40 % and CAC 25, recomputed in the background.
    QSignalSpy simpleChanged(page, &OverviewPage::simpleClvChanged);
    page->setMarginAndCac(0.4, 25.0);
    REQUIRE(QTest::qWaitFor([&] { return simpleChanged.count() > 0 && !page->isBusy(); }, kOverviewTimeoutMs));

    const OrderTable orders = loadOrders(project);
    auto inputs = measureClvInputs(orders, std::nullopt);
    REQUIRE(inputs.has_value());
    CohortOptions cohortOptions;
    cohortOptions.grain = CohortGrain::Month;
    auto cohorts = computeCohorts(orders, cohortOptions);
    REQUIRE(cohorts.has_value());
    SimpleClvOptions options;
    options.grossMargin = 0.4;
    options.cac = 25.0;
    auto report = simpleClv(*inputs, options, &*cohorts);
    REQUIRE(report.has_value());

    CHECK(cardValue(*page, QStringLiteral("kpiAov")) == formatMoney(inputs->averageOrderValue));
    const auto simple = formulaValue(*report, "arpu_margin_churn");
    if (simple)
        CHECK(cardValue(*page, QStringLiteral("clvSimple")) == formatMoney(*simple));
    else
        CHECK(cardValue(*page, QStringLiteral("clvSimple")) == QStringLiteral("–"));
    const auto cohort = formulaValue(*report, "cohort_revenue_per_customer");
    REQUIRE(cohort.has_value());
    CHECK(cardValue(*page, QStringLiteral("clvCohort")) == formatMoney(*cohort));
    if (report->ltvToCac)
        CHECK(cardValue(*page, QStringLiteral("clvLtvCac")).startsWith(formatDecimal(*report->ltvToCac, 1)));
    const auto payback = formulaValue(*report, "cac_payback_months");
    REQUIRE(payback.has_value());
    CHECK(cardValue(*page, QStringLiteral("clvPayback")).startsWith(formatDecimal(*payback, 1)));
    const ProjectData* data = window.projectData();
    std::int64_t repeaters = 0;
    for (const auto& row : data->summary->rows)
        repeaters += row.frequency > 0;
    CHECK(cardValue(*page, QStringLiteral("kpiRepeatRate")).startsWith(formatDecimal(
        100.0 * static_cast<double>(repeaters) / static_cast<double>(data->summary->rows.size()), 1)));

    // Model CLV and forecast: the same chain fitted by core in the test.
    const auto snapshot = window.modelService()->snapshot();
    const CoreModel core = fitLikeTheApp(window, snapshot->settings);
    CHECK(cardValue(*page, QStringLiteral("clvModel")) == formatMoney(core.valuation.totals.meanClv));

    const ForecastData& shown = page->forecastChart()->forecastData();
    REQUIRE(shown.forecast.size() == core.valuation.totals.monthlyRevenue.size());
    for (std::size_t k = 0; k < shown.forecast.size(); ++k)
        CHECK(shown.forecast[k] == Approx(core.valuation.totals.monthlyRevenue[k]).epsilon(1e-9));
    const QLineSeries* line = seriesNamed(*page->forecastChart(), ForecastChart::tr("Model forecast"));
    REQUIRE(line != nullptr);
    REQUIRE(line->count() == static_cast<qsizetype>(snapshot->valuation->totals.monthlyRevenue.size()));
    for (int k = 0; k < static_cast<int>(line->count()); ++k)
        CHECK(line->at(k).y() == Approx(snapshot->valuation->totals.monthlyRevenue[static_cast<std::size_t>(k)]));
    CHECK(shown.history.size() == data->revenue.size());

    const FittedModels& m = core.models;
    auto band = revenueForecastBand(m.base, m.model, m.purchaseFit.covariance, m.spend, m.spendFit.covariance,
                                    snapshot->settings);
    if (band) {
        REQUIRE(page->hasBand());
        REQUIRE(shown.lower.size() == band->lower.size());
        for (std::size_t k = 0; k < shown.lower.size(); ++k) {
            CHECK(shown.lower[k] == Approx(band->lower[k]).epsilon(1e-6));
            CHECK(shown.upper[k] == Approx(band->upper[k]).epsilon(1e-6));
            CHECK(shown.lower[k] <= shown.forecast[k]);
            CHECK(shown.forecast[k] <= shown.upper[k]);
        }
    }
    // The data-table twin: history rows then forecast rows.
    CHECK(page->forecastModel()->rowCount() == static_cast<int>(shown.history.size() + shown.forecast.size()));

    SECTION("the forecast exports as SVG and its table as CSV")
    {
        const QString svg = dir.filePath(QStringLiteral("forecast.svg"));
        REQUIRE(page->exportForecastChart(svg));
        QFile file(svg);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.readAll().contains("<svg"));
        const QString csv = dir.filePath(QStringLiteral("forecast.csv"));
        REQUIRE(page->exportForecastCsv(csv));
        QFile table(csv);
        REQUIRE(table.open(QIODevice::ReadOnly | QIODevice::Text));
        CHECK(table.readAll().count('\n') == page->forecastModel()->rowCount() + 1);
    }
    QStringList messages = warnings.messages();
    messages.removeIf([](const QString& message) { return message.contains(QStringLiteral("propagateSizeHints")); });
    CHECK(messages.join(QLatin1Char('\n')).toStdString().empty());
}

TEST_CASE("Overview shows empty states for no project, an empty project and one customer", "[overview]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    MainWindow window;
    window.show();
    OverviewPage* page = window.overviewPage();
    auto* empty = page->findChild<QLabel*>(QStringLiteral("overviewEmptyState"));
    REQUIRE(empty != nullptr);
    CHECK(empty->text().contains(OverviewPage::tr("No project open")));

    SECTION("a project without orders")
    {
        REQUIRE(window.newProject(dir.filePath(QStringLiteral("empty.clvw"))));
        REQUIRE(waitUntilIdle(window));
        CHECK(empty->isVisible());
        CHECK(empty->text().contains(OverviewPage::tr("No orders yet")));
        CHECK_FALSE(page->hasFigures());
    }
    SECTION("a project with one customer")
    {
        const QString csv = dir.filePath(QStringLiteral("one.csv"));
        QFile file(csv);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Text));
        file.write("customer_id,order_date,amount\nA1,2024-01-05,20.00\nA1,2024-02-10,35.50\nA1,2024-04-01,12.25\n");
        file.close();
        const QString project = dir.filePath(QStringLiteral("one.clvw"));
        importWithCore(csv, project);
        REQUIRE(window.openProject(project));
        REQUIRE(waitUntilIdle(window));
        CHECK(QTest::qWaitFor([&] { return !window.modelService()->isBusy(); }, kOverviewTimeoutMs));
        CHECK_FALSE(empty->isVisible());
        CHECK(page->hasFigures());
        CHECK(cardValue(*page, QStringLiteral("kpiCustomers")) == QStringLiteral("1"));
        CHECK(cardValue(*page, QStringLiteral("kpiRepeatRate")).startsWith(formatDecimal(100.0, 1)));
        // No model can be fitted on one customer: the card says why instead of a number.
        if (!window.modelService()->snapshot()) {
            CHECK(cardValue(*page, QStringLiteral("clvModel")) == QStringLiteral("–"));
            CHECK_FALSE(page->card(QStringLiteral("clvModel"))->detail().isEmpty());
            CHECK(page->forecastChart()->forecastData().forecast.empty());
        }
        CHECK(page->forecastChart()->forecastData().history.size() == 4);
    }
}

TEST_CASE("Forecast chart thins long histories and keeps the extremes", "[overview]")
{
    std::vector<double> values(1000);
    for (std::size_t i = 0; i < values.size(); ++i)
        values[i] = static_cast<double>((i * 37) % 101);
    values[500] = 1000.0;
    values[501] = -5.0;
    const auto kept = ForecastChart::thinnedIndexes(values, 100);
    CHECK(kept.size() <= 102);
    CHECK(kept.front() == 0);
    CHECK(kept.back() == values.size() - 1);
    CHECK(std::find(kept.begin(), kept.end(), std::size_t{500}) != kept.end());
    CHECK(std::find(kept.begin(), kept.end(), std::size_t{501}) != kept.end());
    CHECK(std::is_sorted(kept.begin(), kept.end()));
    CHECK(ForecastChart::thinnedIndexes(values, 0).size() == values.size());
}
