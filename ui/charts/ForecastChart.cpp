// SPDX-License-Identifier: MIT
#include "ui/charts/ForecastChart.h"

#include "ui/charts/ChartRender.h"

#include "ui/text/Format.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QCursor>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLegendMarker>
#include <QLineSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace clv::ui {
namespace {

const QColor kHistoryColor(0x2f, 0x6f, 0xb3);
const QColor kForecastColor(0xd9, 0x6c, 0x1e);

int labelStep(std::size_t count)
{
    for (int step : {1, 2, 3, 6, 12})
        if (count <= static_cast<std::size_t>(step) * 12)
            return step;
    return 12 * static_cast<int>((count + 143) / 144);
}

}  // namespace

ForecastChart::ForecastChart(QWidget* parent) : QChartView(parent)
{
    setObjectName(u"forecastChart"_s);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 220);
    QChart* initial = chart();
    setChart(buildChart({}, locale(), Style::Screen));
    delete initial;
}

ForecastChart::~ForecastChart() = default;

QString ForecastChart::chartTitle()
{
    return tr("Revenue per month: history and model forecast");
}

std::vector<std::size_t> ForecastChart::thinnedIndexes(const std::vector<double>& values, int maxPoints)
{
    std::vector<std::size_t> out;
    const std::size_t n = values.size();
    if (maxPoints <= 0 || n <= static_cast<std::size_t>(maxPoints)) {
        for (std::size_t i = 0; i < n; ++i)
            out.push_back(i);
        return out;
    }
    const std::size_t buckets = std::max<std::size_t>(1, static_cast<std::size_t>(maxPoints) / 2);
    out.push_back(0);
    for (std::size_t b = 0; b < buckets; ++b) {
        const std::size_t from = 1 + b * (n - 2) / buckets, to = 1 + (b + 1) * (n - 2) / buckets;
        if (from >= to)
            continue;
        const auto [lo, hi] = std::minmax_element(values.begin() + static_cast<std::ptrdiff_t>(from),
                                                  values.begin() + static_cast<std::ptrdiff_t>(to));
        const auto a = static_cast<std::size_t>(lo - values.begin()), c = static_cast<std::size_t>(hi - values.begin());
        out.push_back(std::min(a, c));
        if (a != c)
            out.push_back(std::max(a, c));
    }
    out.push_back(n - 1);
    return out;
}

QChart* ForecastChart::buildChart(const ForecastData& data, const QLocale& locale, Style style, int maxPoints)
{
    QChart* chart = newStyledChart(locale, style == Style::Export, 1.15);
    chart->legend()->setAlignment(Qt::AlignBottom);
    if (data.empty()) {
        chart->setTitle(tr("Revenue forecast — no orders yet"));
        chart->legend()->hide();
        return chart;
    }
    if (style == Style::Screen)
        chart->setTitle(chartTitle());

    const auto historyCount = static_cast<int>(data.history.size());
    std::vector<double> values;
    values.reserve(data.history.size());
    for (const MonthlyRevenue& m : data.history)
        values.push_back(m.revenue);
    double low = 0.0, high = 0.0;
    auto* history = new QLineSeries;
    history->setName(tr("Observed net revenue"));
    history->setPen(QPen(kHistoryColor, 2.0));
    QList<QPointF> points;
    for (std::size_t i : thinnedIndexes(values, maxPoints)) {
        points.append(QPointF(static_cast<double>(i), values[i]));
        low = std::min(low, values[i]);
        high = std::max(high, values[i]);
    }
    history->replace(points);

    QList<QPointF> forecastPoints, lowerPoints, upperPoints;
    const bool band = data.lower.size() == data.forecast.size() && data.upper.size() == data.forecast.size();
    for (std::size_t k = 0; k < data.forecast.size(); ++k) {
        const double x = historyCount - 1 + static_cast<double>(k + 1);
        forecastPoints.append(QPointF(x, data.forecast[k]));
        high = std::max(high, data.forecast[k]);
        if (band) {
            lowerPoints.append(QPointF(x, data.lower[k]));
            upperPoints.append(QPointF(x, data.upper[k]));
            high = std::max(high, data.upper[k]);
        }
    }
    QAreaSeries* area = nullptr;
    if (band && !forecastPoints.isEmpty()) {
        auto* upper = new QLineSeries;
        upper->replace(upperPoints);
        auto* lower = new QLineSeries;
        lower->replace(lowerPoints);
        area = new QAreaSeries(upper, lower);
        area->setName(tr("%1 % interval (model parameters)").arg(formatDecimal(data.level * 100.0, 0, locale)));
        QColor fill = kForecastColor;
        fill.setAlpha(110);
        area->setBrush(fill);
        QColor edge = kForecastColor;
        edge.setAlpha(160);
        area->setPen(QPen(edge, 1.0));
        chart->addSeries(area);
    }
    chart->addSeries(history);
    QLineSeries* forecast = nullptr;
    if (!forecastPoints.isEmpty()) {
        forecast = new QLineSeries;
        forecast->setName(tr("Model forecast"));
        forecast->setPen(QPen(kForecastColor, 2.0, Qt::DashLine));
        forecast->replace(forecastPoints);
        chart->addSeries(forecast);
    }

    const int total = historyCount + static_cast<int>(data.forecast.size());
    auto* xAxis = new QCategoryAxis;
    xAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    xAxis->setStartValue(0.0);
    const int step = 2 * labelStep(static_cast<std::size_t>(total));  // room for "2024-03" labels
    for (int i = 0; i < historyCount; ++i) {
        const MonthlyRevenue& m = data.history[static_cast<std::size_t>(i)];
        if ((m.year * 12 + static_cast<int>(m.month) - 1) % step == 0)
            xAxis->append(formatMonth(m.year, m.month), i);
    }
    for (int k = step; k <= static_cast<int>(data.forecast.size()); k += step)
        xAxis->append(tr("+%1").arg(k), historyCount - 1 + k);
    xAxis->setRange(0.0, std::max(1.0, total - 1.0));
    xAxis->setGridLineVisible(false);
    xAxis->setTitleText(tr("Month"));
    chart->addAxis(xAxis, Qt::AlignBottom);

    auto* yAxis = new QValueAxis;
    if (high <= low)
        high = low + 1.0;
    yAxis->setRange(low, high);
    yAxis->applyNiceNumbers();
    yAxis->setLabelFormat(high - low >= 20.0 ? u"%.0f"_s : u"%.2f"_s);
    yAxis->setTitleText(tr("Revenue"));
    chart->addAxis(yAxis, Qt::AlignLeft);
    for (QAbstractSeries* series : chart->series()) {
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    }
    return chart;
}

void ForecastChart::setForecast(ForecastData forecast)
{
    m_data = std::move(forecast);
    rebuild();
}

void ForecastChart::rebuild()
{
    m_builtForWidth = width();
    QChart* previous = chart();
    QChart* next = buildChart(m_data, locale(), Style::Screen, std::max(64, width()));
    for (QAbstractSeries* series : next->series()) {
        if (auto* line = qobject_cast<QLineSeries*>(series))
            connect(line, &QLineSeries::hovered, this, &ForecastChart::showToolTip);
    }
    setChart(next);
    delete previous;
}

void ForecastChart::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    // Only a long history depends on the width (thinning); rebuild when crossing its length.
    const auto n = static_cast<int>(m_data.history.size());
    if (n > std::min(width(), m_builtForWidth) && width() != m_builtForWidth)
        rebuild();
}

void ForecastChart::showToolTip(const QPointF& point, bool state)
{
    if (!state) {
        QToolTip::hideText();
        return;
    }
    const auto i = static_cast<long>(std::lround(point.x()));
    const auto n = static_cast<long>(m_data.history.size());
    QString text;
    if (i >= 0 && i < n) {
        const MonthlyRevenue& m = m_data.history[static_cast<std::size_t>(i)];
        text = tr("%1\nObserved net revenue: %2\n(sum of the month's orders minus refunds)")
                   .arg(formatMonth(m.year, m.month), formatMoney(m.revenue, locale()));
    } else if (i >= n && i - n < static_cast<long>(m_data.forecast.size())) {
        const auto k = static_cast<std::size_t>(i - n);
        text = tr("Month +%1 after the observation end\nExpected revenue: %2\n(sum over customers of P(alive) × "
                  "expected purchases in the month × expected spend per purchase)")
                   .arg(k + 1)
                   .arg(formatMoney(m_data.forecast[k], locale()));
        if (k < m_data.lower.size() && k < m_data.upper.size())
            text += tr("\n%1 % interval: %2 – %3 (delta method on the fitted parameters)")
                        .arg(formatDecimal(m_data.level * 100.0, 0, locale()),
                             formatMoney(m_data.lower[k], locale()), formatMoney(m_data.upper[k], locale()));
    }
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), text, this);
}

void ForecastChart::renderTo(QPainter& painter, const QRectF& target) const
{
    renderChartCopy(buildChart(m_data, locale(), Style::Export, 800), painter, target);
}

}  // namespace clv::ui
