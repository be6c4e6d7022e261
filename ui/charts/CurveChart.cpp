// SPDX-License-Identifier: MIT
#include "ui/charts/CurveChart.h"

#include "ui/charts/ChartRender.h"

#include "ui/charts/HeatmapView.h"

#include <QAreaSeries>
#include <QLocale>
#include <QCursor>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace clv::ui {
namespace {

constexpr int kMaxLegendEntries = 12;

QColor curveColor(std::size_t index, std::size_t count)
{
    static const QColor categorical[] = {QColor(0x2f, 0x6f, 0xb3), QColor(0xe0, 0x7b, 0x00), QColor(0x3a, 0x9d, 0x5d),
                                         QColor(0xc0, 0x39, 0x2b), QColor(0x8e, 0x44, 0xad), QColor(0x16, 0xa0, 0x85),
                                         QColor(0x7f, 0x8c, 0x8d), QColor(0xd3, 0x54, 0x00), QColor(0x2c, 0x3e, 0x50),
                                         QColor(0xb7, 0x95, 0x0b)};
    if (count <= std::size(categorical))
        return categorical[index];
    // Many cohorts: a sequential scale, older cohorts lighter.
    return HeatmapView::scaleColor(0.25 + 0.75 * static_cast<double>(index) / static_cast<double>(count - 1));
}

}  // namespace

CurveChart::CurveChart(QWidget* parent) : QChartView(parent)
{
    setObjectName(u"curveChart"_s);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 220);
    QChart* initial = chart();
    setChart(buildChart({}, locale()));
    delete initial;
}

CurveChart::~CurveChart() = default;

QList<QPointF> CurveChart::stepped(const QList<QPointF>& points)
{
    QList<QPointF> out;
    out.reserve(points.size() * 2);
    for (qsizetype i = 0; i < points.size(); ++i) {
        if (i > 0)
            out.append(QPointF(points[i].x(), points[i - 1].y()));
        out.append(points[i]);
    }
    return out;
}

QChart* CurveChart::buildChart(const CurveChartData& data, const QLocale& locale, Style style)
{
    QChart* chart = newStyledChart(locale, style == Style::Export, 1.15);
    if (style == Style::Screen)
        chart->setTitle(data.title);
    if (data.curves.empty()) {
        chart->legend()->hide();
        return chart;
    }
    double xLow = 0.0, xHigh = 1.0, yLow = 0.0, yHigh = 0.0;
    bool first = true;
    auto* xAxis = new QValueAxis;
    auto* yAxis = new QValueAxis;
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    const std::size_t count = data.curves.size();
    for (std::size_t i = 0; i < count; ++i) {
        const Curve& curve = data.curves[i];
        const QColor color = curveColor(i, count);
        for (const QPointF& p : curve.points) {
            xLow = first ? p.x() : std::min(xLow, p.x());
            xHigh = first ? p.x() : std::max(xHigh, p.x());
            yLow = std::min(yLow, p.y());
            yHigh = std::max(yHigh, p.y());
            first = false;
        }
        if (!curve.lower.isEmpty() && curve.lower.size() == curve.upper.size()) {
            auto* lower = new QLineSeries;
            auto* upper = new QLineSeries;
            lower->replace(curve.step ? stepped(curve.lower) : curve.lower);
            upper->replace(curve.step ? stepped(curve.upper) : curve.upper);
            auto* band = new QAreaSeries(upper, lower);
            band->setName(tr("%1 (confidence band)").arg(curve.name));
            QColor fill = color;
            fill.setAlphaF(0.2f);
            band->setBrush(fill);
            band->setPen(Qt::NoPen);
            chart->addSeries(band);
            band->attachAxis(xAxis);
            band->attachAxis(yAxis);
        }
        auto* line = new QLineSeries;
        line->setName(curve.name);
        line->replace(curve.step ? stepped(curve.points) : curve.points);
        line->setPen(QPen(color, 2.0));
        line->setProperty("curveIndex", static_cast<int>(i));
        chart->addSeries(line);
        line->attachAxis(xAxis);
        line->attachAxis(yAxis);
    }
    if (xHigh <= xLow)
        xHigh = xLow + 1.0;
    xAxis->setRange(xLow, xHigh);
    xAxis->setLabelFormat(u"%.0f"_s);
    xAxis->setTitleText(data.xTitle);
    if (yHigh <= yLow)
        yHigh = yLow + 1.0;
    yAxis->setRange(data.yMin.value_or(yLow), data.yMax.value_or(yHigh));
    if (!data.yMax)
        yAxis->applyNiceNumbers();
    yAxis->setLabelFormat(u"%.0f"_s + data.valueSuffix);
    yAxis->setTitleText(data.yTitle);
    chart->legend()->setVisible(count > 1 && count <= kMaxLegendEntries);
    chart->legend()->setAlignment(Qt::AlignRight);
    for (QLegendMarker* marker : chart->legend()->markers()) {
        if (qobject_cast<QAreaSeries*>(marker->series()))
            marker->setVisible(false);
    }
    return chart;
}

void CurveChart::setCurveData(CurveChartData curves)
{
    m_data = std::move(curves);
    QChart* previous = chart();
    QChart* next = buildChart(m_data, locale());
    for (QAbstractSeries* series : next->series()) {
        if (auto* line = qobject_cast<QLineSeries*>(series)) {
            const int index = line->property("curveIndex").toInt();
            connect(line, &QLineSeries::hovered, this,
                    [this, index](const QPointF& point, bool state) { showToolTip(index, point, state); });
        }
    }
    setChart(next);
    delete previous;
}

int CurveChart::lineCount() const
{
    int lines = 0;
    for (QAbstractSeries* series : chart()->series())
        lines += series->type() == QAbstractSeries::SeriesTypeLine ? 1 : 0;
    return lines;
}

void CurveChart::showToolTip(int curveIndex, const QPointF& point, bool hovering)
{
    if (!hovering || curveIndex < 0 || static_cast<std::size_t>(curveIndex) >= m_data.curves.size()) {
        QToolTip::hideText();
        return;
    }
    const Curve& curve = m_data.curves[static_cast<std::size_t>(curveIndex)];
    if (curve.points.isEmpty())
        return;
    // The data point at or before the hovered x (the value of a step function there).
    qsizetype at = 0;
    for (qsizetype i = 0; i < curve.points.size(); ++i)
        if (curve.points[i].x() <= point.x() + 1e-9)
            at = i;
    const QPointF p = curve.points[at];
    QString text = tr("%1\n%2\n%3: %4\nValue: %5%6")
                       .arg(m_data.definition, curve.name, m_data.xTitle, locale().toString(p.x(), 'f', 0),
                            locale().toString(p.y(), 'f', m_data.decimals), m_data.valueSuffix);
    if (at < curve.lower.size() && at < curve.upper.size())
        text += tr("\nBand: %1 – %2%3")
                    .arg(locale().toString(curve.lower[at].y(), 'f', m_data.decimals),
                         locale().toString(curve.upper[at].y(), 'f', m_data.decimals), m_data.valueSuffix);
    QToolTip::showText(QCursor::pos(), text, this);
}

void CurveChart::renderTo(QPainter& painter, const QRectF& target) const
{
    renderChartCopy(buildChart(m_data, locale(), Style::Export), painter, target);
}

}  // namespace clv::ui
