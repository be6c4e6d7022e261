// SPDX-License-Identifier: MIT
#include "ui/charts/RevenueChart.h"

#include "ui/charts/ChartRender.h"

#include "ui/text/Format.h"

#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QCursor>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace clv::ui {
namespace {

const QColor kBarColor(0x2f, 0x6f, 0xb3);

}  // namespace

RevenueChart::RevenueChart(QWidget* parent) : QChartView(parent)
{
    setObjectName(u"revenueChart"_s);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 240);
    QChart* initial = chart();
    setChart(buildChart({}, locale()));
    delete initial;
}

RevenueChart::~RevenueChart() = default;

QString RevenueChart::chartTitle()
{
    return tr("Net revenue per month");
}

int RevenueChart::labelStep(std::size_t count)
{
    // At most about 12 labels, on "round" months (every quarter, half year, January, ...).
    for (int step : {1, 2, 3, 6, 12})
        if (count <= static_cast<std::size_t>(step) * 12)
            return step;
    return 12 * static_cast<int>((count + 143) / 144);
}

QChart* RevenueChart::buildChart(const std::vector<clv::MonthlyRevenue>& months, const QLocale& locale, Style style)
{
    QChart* chart = newStyledChart(locale, style == Style::Export, 1.25);
    chart->legend()->hide();
    if (months.empty()) {
        chart->setTitle(tr("Net revenue per month — no orders yet"));
        return chart;
    }
    if (style == Style::Screen)
        chart->setTitle(chartTitle());

    // Build the whole value list first, then hand it over in one call.
    QList<qreal> values;
    values.reserve(static_cast<qsizetype>(months.size()));
    double low = 0.0, high = 0.0;
    for (const MonthlyRevenue& month : months) {
        values.append(month.revenue);
        low = std::min(low, month.revenue);
        high = std::max(high, month.revenue);
    }
    auto* set = new QBarSet(tr("Net revenue"));
    set->setColor(kBarColor);
    set->setBorderColor(kBarColor);
    set->append(values);
    auto* series = new QBarSeries;
    series->setBarWidth(0.8);
    series->append(set);
    chart->addSeries(series);

    const int count = static_cast<int>(months.size());
    const int step = labelStep(months.size());
    auto* xAxis = new QCategoryAxis;
    xAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    xAxis->setStartValue(-0.5);
    for (int i = 0; i < count; ++i) {
        const MonthlyRevenue& m = months[static_cast<std::size_t>(i)];
        const int sinceYearZero = m.year * 12 + static_cast<int>(m.month) - 1;
        if (sinceYearZero % step == 0)
            xAxis->append(formatMonth(m.year, m.month), i);
    }
    xAxis->setRange(-0.5, count - 0.5);
    xAxis->setGridLineVisible(false);
    xAxis->setTitleText(tr("Month"));
    chart->addAxis(xAxis, Qt::AlignBottom);
    series->attachAxis(xAxis);

    auto* yAxis = new QValueAxis;
    if (high <= low)
        high = low + 1.0;
    yAxis->setRange(low, high);
    yAxis->applyNiceNumbers();
    yAxis->setLabelFormat(high - low >= 20.0 ? u"%.0f"_s : u"%.2f"_s);
    yAxis->setTitleText(tr("Net revenue"));
    chart->addAxis(yAxis, Qt::AlignLeft);
    series->attachAxis(yAxis);
    return chart;
}

void RevenueChart::setRevenue(std::vector<clv::MonthlyRevenue> months)
{
    m_months = std::move(months);
    QChart* previous = chart();
    QChart* next = buildChart(m_months, locale());
    for (QAbstractSeries* series : next->series()) {
        if (auto* bars = qobject_cast<QBarSeries*>(series))
            connect(bars, &QBarSeries::hovered, this, &RevenueChart::showToolTip);
    }
    setChart(next);
    delete previous;
}

void RevenueChart::showToolTip(bool hovering, int index, QBarSet* /*set*/)
{
    if (!hovering || index < 0 || static_cast<std::size_t>(index) >= m_months.size()) {
        QToolTip::hideText();
        return;
    }
    const MonthlyRevenue& m = m_months[static_cast<std::size_t>(index)];
    QToolTip::showText(QCursor::pos(),
                       tr("%1\nNet revenue: %2\nOrders: %3\nCustomers: %4")
                           .arg(formatMonth(m.year, m.month), formatMoney(m.revenue, locale()),
                                formatCount(m.orders, locale()), formatCount(m.customers, locale())),
                       this);
}

void RevenueChart::renderTo(QPainter& painter, const QRectF& target) const
{
    renderChartCopy(buildChart(m_months, locale(), Style::Export), painter, target);
}

}  // namespace clv::ui
