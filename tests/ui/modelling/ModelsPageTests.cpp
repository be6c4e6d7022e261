// SPDX-License-Identifier: MIT
// The Models page against direct core calls on the demo project (offscreen).
#include "ModelsTestSupport.h"

#include "../UiTestSupport.h"
#include "../analytics/AnalyticsTestSupport.h"

#include "ui/analytics/PageTools.h"
#include "ui/charts/CurveChart.h"
#include "ui/charts/ModelBarChart.h"
#include "ui/modelling/ModelResultsView.h"
#include "ui/modelling/ModelTableModel.h"
#include "ui/modelling/ModelsPage.h"

#include "core/models/FitDiagnostics.h"
#include "core/valuation/Backtest.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace clv;
using namespace clv::ui;
using namespace clv::ui::test;

namespace {

double raw(const ModelTableModel& model, int row, int column)
{
    return model.index(row, column).data(ModelTableModel::RawRole).toDouble();
}

void checkFit(const FitResult& shown, const FitResult& core)
{
    REQUIRE(shown.parameters.size() == core.parameters.size());
    for (std::size_t i = 0; i < core.parameters.size(); ++i) {
        INFO(core.parameters[i].name);
        CHECK(shown.parameters[i].name == core.parameters[i].name);
        CHECK(shown.parameters[i].value == Approx(core.parameters[i].value).epsilon(1e-12));
        CHECK(shown.parameters[i].standardError == Approx(core.parameters[i].standardError).epsilon(1e-9));
    }
    CHECK(shown.logLikelihood == Approx(core.logLikelihood).epsilon(1e-12));
    CHECK(shown.iterations == core.iterations);
}

}  // namespace

TEST_CASE("Models page fits what core fits and shows core's diagnostics", "[models]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const auto data = demoData(dir.filePath(QStringLiteral("demo.clvw")));
    const Date calibrationEnd{data->orders->firstDay.days + 365};

    ModelsPage page;
    page.resize(1366, 700);
    ModelResultsView& results = *page.results();
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    for (QAbstractItemModel* m : {static_cast<QAbstractItemModel*>(results.comparisonModel()),
                                  static_cast<QAbstractItemModel*>(results.parameterModel()),
                                  static_cast<QAbstractItemModel*>(results.frequencyModel()),
                                  static_cast<QAbstractItemModel*>(results.holdoutModel()),
                                  static_cast<QAbstractItemModel*>(results.trackingModel())})
        testers.push_back(std::make_unique<QAbstractItemModelTester>(
            m, QAbstractItemModelTester::FailureReportingMode::Fatal));

    page.setData(data);
    CHECK_FALSE(page.isFitting());  // not shown yet: the first fit waits for the page to appear
    page.setOptions(PurchaseModelKind::BgNbd, TimeUnit::Week, calibrationEnd);
    QSignalSpy finished(&page, &ModelsPage::fitFinished);
    REQUIRE(page.fit());
    CHECK(page.isFitting());
    REQUIRE(finished.wait(180000));
    REQUIRE(page.outcome() != nullptr);
    REQUIRE_FALSE(page.outcome()->error.has_value());

    // The same summary and fits, straight from core.
    SummaryOptions options;
    options.unit = TimeUnit::Week;
    auto summary = summarizeTable(*data->orders, options);
    REQUIRE(summary);
    const auto observations = toObservations(*summary);
    CHECK(page.outcome()->customers == static_cast<std::int64_t>(summary->rows.size()));

    SECTION("parameters, standard errors and the comparison table")
    {
        const ModelTableModel& comparison = *results.comparisonModel();
        REQUIRE(comparison.rowCount() == 3);
        REQUIRE(comparison.columnCount() == 8);
        REQUIRE(page.outcome()->fits.size() == 3);
        for (int row = 0; row < 3; ++row) {
            const PurchaseModelKind kind = kPurchaseModels[row];
            auto core = fitPurchaseModel(kind, observations, TimeUnit::Week);
            REQUIRE(core);
            const auto& entry = page.outcome()->fits[static_cast<std::size_t>(row)];
            REQUIRE(entry.fit.has_value());
            checkFit(*entry.fit, *core);
            CHECK(raw(comparison, row, 1) == Approx(core->logLikelihood).epsilon(1e-12));
            CHECK(raw(comparison, row, 2) == Approx(core->aic).epsilon(1e-12));
            CHECK(raw(comparison, row, 3) == Approx(core->bic).epsilon(1e-12));
            CHECK(raw(comparison, row, 6) == core->iterations);
        }
        auto bg = fitPurchaseModel(PurchaseModelKind::BgNbd, observations, TimeUnit::Week);
        auto gg = fitGammaGamma(observations, TimeUnit::Week);
        REQUIRE(gg);
        REQUIRE(page.outcome()->spendFit.has_value());
        checkFit(*page.outcome()->spendFit, gg->fit);

        // Parameter table: BG/NBD's four, then Gamma-Gamma's three, each with value and standard error.
        const ModelTableModel& params = *results.parameterModel();
        REQUIRE(params.rowCount() == 7);
        for (int row = 0; row < 4; ++row) {
            const FitParameter& p = bg->parameters[static_cast<std::size_t>(row)];
            CHECK(params.index(row, 1).data().toString() == QString::fromStdString(p.name));
            CHECK(raw(params, row, 2) == Approx(p.value).epsilon(1e-12));
            CHECK(raw(params, row, 3) == Approx(p.standardError).epsilon(1e-9));
            CHECK(params.index(row, 1).data(Qt::ToolTipRole).toString().size() > 30);
        }
        CHECK(raw(params, 4, 2) == Approx(gg->fit.parameters[0].value).epsilon(1e-12));
        for (int c = 0; c < comparison.columnCount(); ++c)
            CHECK_FALSE(comparison.headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
    }

    SECTION("frequency histogram: chart and table equal core's frequencyHistogram")
    {
        auto bg = fitPurchaseModel(PurchaseModelKind::BgNbd, observations, TimeUnit::Week);
        auto model = PurchaseModel::fromFit(*bg);
        REQUIRE(model);
        auto histogram = frequencyHistogram(*model, observations, 7);
        REQUIRE(histogram);
        REQUIRE(histogram->bins.size() == 8);
        const ModelBarChart& chart = *results.frequencyChart();
        REQUIRE(chart.drawnSetCount() == 2);
        const QList<double> actual = chart.drawnValues(0), expected = chart.drawnValues(1);
        REQUIRE(actual.size() == 8);
        REQUIRE(expected.size() == 8);
        const ModelTableModel& table = *results.frequencyModel();
        REQUIRE(table.rowCount() == 8);
        for (int i = 0; i < 8; ++i) {
            const FrequencyBin& bin = histogram->bins[static_cast<std::size_t>(i)];
            CHECK(actual[i] == static_cast<double>(bin.actual));
            CHECK(expected[i] == Approx(bin.expected).epsilon(1e-9));
            CHECK(raw(table, i, 1) == static_cast<double>(bin.actual));
            CHECK(raw(table, i, 2) == Approx(bin.expected).epsilon(1e-9));
        }
        CHECK(chart.barData().categories.back() == QStringLiteral("7+"));
    }

    SECTION("holdout bins and tracking plot equal core's runBacktest")
    {
        BacktestOptions backtest;
        backtest.unit = TimeUnit::Week;
        backtest.calibrationEnd = calibrationEnd;
        auto report = runBacktest(*data->orders, backtest);
        REQUIRE(report);
        const ModelBarChart& chart = *results.holdoutChart();
        REQUIRE(chart.drawnSetCount() == 2);
        REQUIRE(chart.drawnValues(0).size() == static_cast<qsizetype>(report->bins.size()));
        const ModelTableModel& bins = *results.holdoutModel();
        REQUIRE(bins.rowCount() == static_cast<int>(report->bins.size()));
        for (std::size_t i = 0; i < report->bins.size(); ++i) {
            const int row = static_cast<int>(i);
            CHECK(chart.drawnValues(0)[row] == Approx(report->bins[i].actual).epsilon(1e-12));
            CHECK(chart.drawnValues(1)[row] == Approx(report->bins[i].expected).epsilon(1e-9));
            CHECK(raw(bins, row, 1) == static_cast<double>(report->bins[i].customers));
        }
        const CurveChart& tracking = *results.trackingChart();
        REQUIRE(tracking.lineCount() == 3);  // actual, model, calibration end
        const Curve& actual = tracking.curveData().curves[0];
        const Curve& expected = tracking.curveData().curves[1];
        REQUIRE(actual.points.size() == static_cast<qsizetype>(report->tracking.size()));
        for (std::size_t i = 0; i < report->tracking.size(); i += 7) {
            const int at = static_cast<int>(i);
            CHECK(actual.points[at].x() == report->tracking[i].step);
            CHECK(actual.points[at].y() == Approx(report->tracking[i].actual).epsilon(1e-12));
            CHECK(expected.points[at].y() == Approx(report->tracking[i].expected).epsilon(1e-9));
        }
        const Curve& marker = tracking.curveData().curves[2];
        CHECK(marker.points.front().x() == Approx((calibrationEnd.days - report->firstDay.days + 1) / 7.0));
        CHECK(results.trackingModel()->rowCount() == static_cast<int>(report->tracking.size()));
    }

    SECTION("charts and tables export")
    {
        for (int tab : {ModelResultsView::FrequencyTab, ModelResultsView::HoldoutTab, ModelResultsView::TrackingTab}) {
            results.setCurrentIndex(tab);
            const auto document = results.currentChart(QStringLiteral("test"));
            REQUIRE(document.has_value());
            for (const char* ext : {"pdf", "png", "svg"}) {
                const QString path = dir.filePath(results.currentName() + u'.' + QString::fromLatin1(ext));
                QString error;
                CHECK(PageTools::writeChart(path, *document, &error));
                CHECK(QFileInfo(path).size() > 1000);
            }
        }
        results.setCurrentIndex(ModelResultsView::ParametersTab);
        CHECK_FALSE(results.currentChart(QStringLiteral("test")).has_value());
        const QString csv = dir.filePath(QStringLiteral("comparison.csv"));
        REQUIRE(PageTools::writeCsv(*results.comparisonModel(), csv));
        QFile file(csv);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.readAll().count('\n') == 4);  // header + 3 models
    }
}
