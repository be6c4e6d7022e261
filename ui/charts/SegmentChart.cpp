// SPDX-License-Identifier: MIT
#include "ui/charts/SegmentChart.h"

#include "ui/text/SegmentText.h"

#include "ui/charts/ChartRender.h"

#include "ui/text/Format.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCursor>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace clv::ui {

SegmentChart::SegmentChart(QWidget* parent) : QChartView(parent)
{
    setObjectName(u"segmentChart"_s);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(300, 220);
    QChart* initial = chart();
    setChart(buildChart(nullptr, locale()));
    delete initial;
}

SegmentChart::~SegmentChart() = default;

QString SegmentChart::chartTitle()
{
    return tr("Customers and revenue per segment");
}

QChart* SegmentChart::buildChart(const clv::RfmResult* result, const QLocale& locale, Style style)
{
    QChart* chart = newStyledChart(locale, style == Style::Export, 1.15);
    if (style == Style::Screen)
        chart->setTitle(chartTitle());
    if (!result || result->segments.empty()) {
        chart->legend()->hide();
        return chart;
    }
    auto* customers = new QBarSet(tr("Customers (% of all)"));
    auto* revenue = new QBarSet(tr("Revenue (% of all)"));
    customers->setColor(QColor(0x2f, 0x6f, 0xb3));
    revenue->setColor(QColor(0xe0, 0x7b, 0x00));
    QStringList names;
    double high = 0.0;
    // Horizontal bars run bottom-up; reverse so the first segment is on top.
    for (auto it = result->segments.rbegin(); it != result->segments.rend(); ++it) {
        names << segmentDisplayName(it->name);
        customers->append(it->customerShare * 100.0);
        revenue->append(it->revenueShare * 100.0);
        high = std::max({high, it->customerShare * 100.0, it->revenueShare * 100.0});
    }
    auto* series = new QHorizontalBarSeries;
    series->append(revenue);
    series->append(customers);
    series->setBarWidth(0.8);
    chart->addSeries(series);
    auto* yAxis = new QBarCategoryAxis;
    yAxis->append(names);
    chart->addAxis(yAxis, Qt::AlignLeft);
    series->attachAxis(yAxis);
    auto* xAxis = new QValueAxis;
    xAxis->setRange(0.0, std::max(1.0, high));
    xAxis->applyNiceNumbers();
    xAxis->setLabelFormat(u"%.0f"_s);
    xAxis->setTitleText(tr("% of all"));
    chart->addAxis(xAxis, Qt::AlignBottom);
    series->attachAxis(xAxis);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setReverseMarkers(true);
    return chart;
}

void SegmentChart::setResult(std::shared_ptr<const clv::RfmResult> result)
{
    m_result = std::move(result);
    QChart* previous = chart();
    QChart* next = buildChart(m_result.get(), locale());
    for (QAbstractSeries* series : next->series()) {
        if (auto* bars = qobject_cast<QHorizontalBarSeries*>(series)) {
            connect(bars, &QHorizontalBarSeries::hovered, this,
                    [this](bool hovering, int index, QBarSet*) { showToolTip(hovering, index); });
            connect(bars, &QHorizontalBarSeries::clicked, this, [this](int index, QBarSet*) {
                if (m_result)
                    emit segmentClicked(static_cast<int>(m_result->segments.size()) - 1 - index);
            });
        }
    }
    setChart(next);
    delete previous;
}

void SegmentChart::showToolTip(bool hovering, int index)
{
    if (!hovering || !m_result || index < 0 || static_cast<std::size_t>(index) >= m_result->segments.size()) {
        QToolTip::hideText();
        return;
    }
    const RfmSegmentSummary& s = m_result->segments[m_result->segments.size() - 1 - static_cast<std::size_t>(index)];
    QToolTip::showText(
        QCursor::pos(),
        tr("%1\nCustomers: %2 (%3 % of all customers)\nRevenue: %4 (%5 % of all net revenue)\n"
           "Revenue is the members' total net purchase value, refunds subtracted. Click to list the customers.")
            .arg(segmentDisplayName(s.name), formatCount(s.customers, locale()),
                 formatDecimal(s.customerShare * 100.0, 1, locale()), formatMoney(s.revenue, locale()),
                 formatDecimal(s.revenueShare * 100.0, 1, locale())),
        this);
}

void SegmentChart::renderTo(QPainter& painter, const QRectF& target) const
{
    renderChartCopy(buildChart(m_result.get(), locale(), Style::Export), painter, target);
}

}  // namespace clv::ui
