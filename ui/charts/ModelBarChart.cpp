// SPDX-License-Identifier: MIT
#include "ui/charts/ModelBarChart.h"

#include "ui/charts/ChartRender.h"

#include "ui/text/Format.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCursor>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLegend>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <array>

using namespace Qt::Literals::StringLiterals;

namespace clv::ui {
namespace {

QBarSeries* barSeries(const QChart* chart)
{
    for (QAbstractSeries* series : chart->series())
        if (auto* bars = qobject_cast<QBarSeries*>(series))
            return bars;
    return nullptr;
}

}  // namespace

ModelBarChart::ModelBarChart(QWidget* parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(280, 200);
    QChart* initial = chart();
    setChart(buildChart({}, locale()));
    delete initial;
}

ModelBarChart::~ModelBarChart() = default;

QChart* ModelBarChart::buildChart(const BarChartData& data, const QLocale& locale, Style style)
{
    QChart* chart = newStyledChart(locale, style == Style::Export);
    if (style == Style::Screen) {
        chart->setTitle(data.title);
        chart->layout()->setContentsMargins(0, 0, 0, 0);
    }
    if (data.categories.isEmpty() || data.sets.empty()) {
        chart->legend()->hide();
        return chart;
    }
    static const std::array<QColor, 3> colors{QColor(0x2f, 0x6f, 0xb3), QColor(0xe0, 0x7b, 0x00),
                                              QColor(0x3a, 0x9a, 0x5b)};
    auto* series = new QBarSeries;
    double high = 0.0;
    for (std::size_t i = 0; i < data.sets.size(); ++i) {
        auto* set = new QBarSet(data.sets[i].name);
        set->setColor(colors[i % colors.size()]);
        set->setBorderColor(colors[i % colors.size()]);
        for (double v : data.sets[i].values) {
            set->append(v);
            high = std::max(high, v);
        }
        series->append(set);
    }
    series->setBarWidth(0.8);
    chart->addSeries(series);
    auto* xAxis = new QBarCategoryAxis;
    xAxis->append(data.categories);
    xAxis->setTitleText(data.xTitle);
    chart->addAxis(xAxis, Qt::AlignBottom);
    series->attachAxis(xAxis);
    auto* yAxis = new QValueAxis;
    yAxis->setRange(0.0, std::max(high * 1.05, 0.1));  // a floor, so that noise near 0 is not magnified
    yAxis->applyNiceNumbers();
    yAxis->setTitleText(data.yTitle);
    yAxis->setLabelFormat(high >= 10.0 ? u"%.0f"_s : u"%.2f"_s);
    chart->addAxis(yAxis, Qt::AlignLeft);
    series->attachAxis(yAxis);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

void ModelBarChart::setBarData(BarChartData value)
{
    m_data = std::move(value);
    QChart* previous = chart();
    QChart* next = buildChart(m_data, locale());
    if (QBarSeries* bars = barSeries(next))
        connect(bars, &QBarSeries::hovered, this,
                [this](bool hovering, int index, QBarSet*) { showToolTip(hovering, index); });
    setChart(next);
    delete previous;
}

QList<double> ModelBarChart::drawnValues(int set) const
{
    QList<double> out;
    const QBarSeries* bars = barSeries(chart());
    if (!bars || set < 0 || set >= bars->count())
        return out;
    const QBarSet* barSet = bars->barSets().at(set);
    for (int i = 0; i < barSet->count(); ++i)
        out.append(barSet->at(i));
    return out;
}

int ModelBarChart::drawnSetCount() const
{
    const QBarSeries* bars = barSeries(chart());
    return bars ? bars->count() : 0;
}

void ModelBarChart::showToolTip(bool hovering, int index)
{
    if (!hovering || index < 0 || index >= m_data.categories.size()) {
        QToolTip::hideText();
        return;
    }
    QString text = m_data.definition + u"\n\n"_s + m_data.xTitle + u": "_s + m_data.categories.at(index);
    for (const BarSet& set : m_data.sets)
        if (index < set.values.size())
            text += u"\n"_s + set.name + u": "_s + formatDecimal(set.values.at(index), m_data.decimals, locale());
    QToolTip::showText(QCursor::pos(), text, this);
}

void ModelBarChart::renderTo(QPainter& painter, const QRectF& target) const
{
    renderChartCopy(buildChart(m_data, locale(), Style::Export), painter, target);
}

}  // namespace clv::ui
