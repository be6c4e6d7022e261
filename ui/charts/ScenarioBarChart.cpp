// SPDX-License-Identifier: MIT
#include "ui/charts/ScenarioBarChart.h"

#include "ui/charts/ChartRender.h"

#include <QBarCategoryAxis>
#include <QLocale>
#include <QBarSet>
#include <QCursor>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace clv::ui {

ScenarioBarChart::ScenarioBarChart(QWidget* parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(260, 180);
    QChart* initial = chart();
    setChart(buildChart({}, locale()));
    delete initial;
}

ScenarioBarChart::~ScenarioBarChart() = default;

QChart* ScenarioBarChart::buildChart(const ScenarioBarChartData& chartData, const QLocale& locale, Style style)
{
    const ScenarioBarChartData& d = chartData;
    QChart* chart = newStyledChart(locale, style == Style::Export);
    if (style == Style::Screen) {
        chart->setTitle(d.title);
        chart->layout()->setContentsMargins(2, 2, 2, 2);
        chart->setMargins(QMargins(4, 4, 4, 4));
    }
    if (d.categories.isEmpty() || d.sets.empty()) {
        chart->legend()->hide();
        return chart;
    }
    auto* series = new QHorizontalBarSeries;
    double low = 0.0, high = 0.0;
    // Horizontal bars run bottom-up: reverse so the first category is on top; sets are appended in reverse so the
    // first set is the upper bar of each pair and first in the (reversed) legend.
    for (auto set = d.sets.rbegin(); set != d.sets.rend(); ++set) {
        auto* bars = new QBarSet(set->name);
        bars->setColor(set->color);
        bars->setBorderColor(set->color);
        for (auto v = set->values.rbegin(); v != set->values.rend(); ++v) {
            const double value = std::isfinite(*v) ? *v : 0.0;
            bars->append(value);
            low = std::min(low, value);
            high = std::max(high, value);
        }
        series->append(bars);
    }
    series->setBarWidth(0.8);
    chart->addSeries(series);
    auto* yAxis = new QBarCategoryAxis;
    QStringList reversed = d.categories;
    std::reverse(reversed.begin(), reversed.end());
    yAxis->append(reversed);
    if (d.categories.size() > 4) {  // many bars: smaller labels so they are not elided to "…"
        QFont font = yAxis->labelsFont();
        font.setPointSizeF(std::max(6.5, font.pointSizeF() * 0.8));
        yAxis->setLabelsFont(font);
    }
    chart->addAxis(yAxis, Qt::AlignLeft);
    series->attachAxis(yAxis);
    auto* xAxis = new QValueAxis;
    if (d.symmetric) {
        const double m = std::max({std::abs(low), std::abs(high), 1e-9});
        xAxis->setRange(-m, m);
    } else {
        xAxis->setRange(low, high > low ? high : low + 1.0);
    }
    xAxis->applyNiceNumbers();
    // A symmetric axis: −m, 0, +m; a chart with its legend at the side: 0, mid, max (room for long labels).
    xAxis->setTickCount(d.symmetric || d.categories.size() > 6 ? 3 : 5);
    xAxis->setLabelFormat(u"%.0f"_s);
    xAxis->setTitleText(d.valueTitle);
    chart->addAxis(xAxis, Qt::AlignBottom);
    series->attachAxis(xAxis);
    // Bar labels need their height (taller in CJK fonts): a tornado, or a chart of many bars, puts its legend at the
    // side so the category names are not elided.
    chart->legend()->setAlignment(d.symmetric || d.categories.size() > 6 ? Qt::AlignRight : Qt::AlignBottom);
    chart->legend()->setReverseMarkers(true);
    return chart;
}

bool ScenarioBarChart::updateInPlace(const ScenarioBarChartData& next)
{
    // Same categories and sets (a new result while dragging): replace the bar values and the axis range only,
    // which is much cheaper than building a new chart.
    if (next.categories != m_data.categories || next.sets.size() != m_data.sets.size() || next.title != m_data.title
        || next.symmetric != m_data.symmetric || next.categories.isEmpty())
        return false;
    QHorizontalBarSeries* series = nullptr;
    for (QAbstractSeries* s : chart()->series())
        if (auto* bars = qobject_cast<QHorizontalBarSeries*>(s))
            series = bars;
    QValueAxis* xAxis = nullptr;
    for (QAbstractAxis* axis : chart()->axes(Qt::Horizontal))
        if (auto* value = qobject_cast<QValueAxis*>(axis))
            xAxis = value;
    if (!series || !xAxis || series->count() != static_cast<int>(next.sets.size()))
        return false;
    const QList<QBarSet*> sets = series->barSets();
    double low = 0.0, high = 0.0;
    for (std::size_t i = 0; i < next.sets.size(); ++i) {
        QBarSet* bars = sets[static_cast<qsizetype>(next.sets.size() - 1 - i)];  // appended in reverse
        const std::vector<double>& values = next.sets[i].values;
        if (bars->count() != static_cast<qsizetype>(values.size()) || bars->label() != next.sets[i].name)
            return false;
        for (std::size_t k = 0; k < values.size(); ++k) {
            const double value = std::isfinite(values[k]) ? values[k] : 0.0;
            bars->replace(static_cast<int>(values.size() - 1 - k), value);
            low = std::min(low, value);
            high = std::max(high, value);
        }
    }
    if (next.symmetric) {
        const double m = std::max({std::abs(low), std::abs(high), 1e-9});
        xAxis->setRange(-m, m);
    } else {
        xAxis->setRange(low, high > low ? high : low + 1.0);
    }
    xAxis->applyNiceNumbers();
    xAxis->setTickCount(next.symmetric ? 3 : 5);
    return true;
}

void ScenarioBarChart::setBarData(ScenarioBarChartData chartData)
{
    const bool updated = updateInPlace(chartData);
    m_data = std::move(chartData);
    if (updated)
        return;
    QChart* previous = chart();
    QChart* next = buildChart(m_data, locale());
    for (QAbstractSeries* series : next->series()) {
        if (auto* bars = qobject_cast<QHorizontalBarSeries*>(series)) {
            connect(bars, &QHorizontalBarSeries::hovered, this, [this, bars](bool hovering, int index, QBarSet* set) {
                const auto position = bars->barSets().indexOf(set);
                showToolTip(hovering, static_cast<int>(m_data.sets.size()) - 1 - static_cast<int>(position), index);
            });
        }
    }
    setChart(next);
    delete previous;
}

int ScenarioBarChart::barCount() const
{
    int count = 0;
    for (QAbstractSeries* series : chart()->series())
        if (auto* bars = qobject_cast<QHorizontalBarSeries*>(series))
            for (QBarSet* set : bars->barSets())
                count += static_cast<int>(set->count());
    return count;
}

void ScenarioBarChart::showToolTip(bool hovering, int set, int index)
{
    const int categories = static_cast<int>(m_data.categories.size());
    if (!hovering || set < 0 || static_cast<std::size_t>(set) >= m_data.sets.size() || index < 0
        || index >= categories) {
        QToolTip::hideText();
        return;
    }
    const QStringList& tips = m_data.sets[static_cast<std::size_t>(set)].toolTips;
    const int category = categories - 1 - index;
    if (category < tips.size())
        QToolTip::showText(QCursor::pos(), tips[category], this);
}

void ScenarioBarChart::renderTo(QPainter& painter, const QRectF& target) const
{
    renderChartCopy(buildChart(m_data, locale(), Style::Export), painter, target);
}

}  // namespace clv::ui
