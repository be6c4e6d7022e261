// SPDX-License-Identifier: MIT
#include "UiTestSupport.h"

#include "ui/charts/RevenueChart.h"
#include "ui/report/ChartExporter.h"

#include <catch2/catch.hpp>

#include <QBarSeries>
#include <QBarSet>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace clv;
using namespace clv::ui;

namespace {

std::vector<MonthlyRevenue> sampleMonths(int count)
{
    std::vector<MonthlyRevenue> months;
    for (int i = 0; i < count; ++i) {
        const int index = 2023 * 12 + 10 + i;  // from November 2023
        months.push_back({index / 12, static_cast<unsigned>(index % 12 + 1), 1000.0 + 250.0 * i, 10 + i, 8 + i});
    }
    return months;
}

ChartDocument documentFor(const RevenueChart& chart)
{
    ChartDocument document;
    document.title = RevenueChart::chartTitle();
    document.subtitle = QStringLiteral("Project test.clvw · exported today");
    document.paintChart = [&chart](QPainter& painter, const QRectF& target) { chart.renderTo(painter, target); };
    return document;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

}  // namespace

TEST_CASE("Revenue chart has one bar per month and no animation", "[chart]")
{
    RevenueChart chart;
    chart.setRevenue(sampleMonths(14));
    REQUIRE(chart.chart()->series().size() == 1);
    auto* series = qobject_cast<QBarSeries*>(chart.chart()->series().front());
    REQUIRE(series != nullptr);
    REQUIRE(series->barSets().size() == 1);
    CHECK(series->barSets().front()->count() == 14);
    CHECK(series->barSets().front()->at(13) == Approx(1000.0 + 250.0 * 13));
    CHECK(chart.chart()->animationOptions() == QChart::NoAnimation);
    CHECK_FALSE(chart.chart()->title().isEmpty());
    CHECK(chart.chart()->axes(Qt::Horizontal).size() == 1);
    CHECK(chart.chart()->axes(Qt::Vertical).size() == 1);

    chart.setRevenue({});
    CHECK(chart.chart()->series().isEmpty());
}

TEST_CASE("Chart export writes a vector PDF page, a PNG and an SVG", "[chart][export]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    RevenueChart chart;
    chart.setRevenue(sampleMonths(20));

    SECTION("PDF")
    {
        const QString path = dir.filePath(QStringLiteral("chart.pdf"));
        QString error;
        REQUIRE(ChartExporter::exportTo(path, ChartExporter::Format::Pdf, documentFor(chart), &error));
        CHECK(error.isEmpty());
        const QByteArray pdf = readAll(path);
        CHECK(pdf.startsWith("%PDF"));
        const auto pages = QString::fromLatin1(pdf).count(QRegularExpression(QStringLiteral("/Type\\s*/Page(?!s)")));
        CHECK(pages == 1);
        CHECK_FALSE(pdf.contains("/Subtype /Image"));  // vector: no embedded raster image
    }
    SECTION("PNG")
    {
        const QString path = dir.filePath(QStringLiteral("chart.png"));
        REQUIRE(ChartExporter::exportTo(path, ChartExporter::Format::Png, documentFor(chart)));
        const QImage image(path);
        REQUIRE_FALSE(image.isNull());
        CHECK(image.width() == 2 * ChartExporter::imagePageSize().width());
    }
    SECTION("SVG")
    {
        const QString path = dir.filePath(QStringLiteral("chart.svg"));
        REQUIRE(ChartExporter::exportTo(path, ChartExporter::Format::Svg, documentFor(chart)));
        const QByteArray svg = readAll(path);
        CHECK(svg.contains("<svg"));
        CHECK(svg.contains("2024-01"));  // an axis label is real text
    }
    SECTION("an unwritable path fails cleanly")
    {
        QString error;
        CHECK_FALSE(ChartExporter::exportTo(dir.filePath(QStringLiteral("missing/dir/chart.pdf")),
                                            ChartExporter::Format::Pdf, documentFor(chart), &error));
        CHECK_FALSE(error.isEmpty());
    }
    SECTION("formats by extension")
    {
        CHECK(ChartExporter::formatForPath(QStringLiteral("a/B.PDF")) == ChartExporter::Format::Pdf);
        CHECK(ChartExporter::formatForPath(QStringLiteral("b.svg")) == ChartExporter::Format::Svg);
        CHECK_FALSE(ChartExporter::formatForPath(QStringLiteral("c.jpg")).has_value());
    }
}
