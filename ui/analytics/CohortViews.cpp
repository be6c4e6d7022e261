// SPDX-License-Identifier: MIT
#include "ui/analytics/CohortViews.h"

#include "ui/text/Format.h"

#include <algorithm>
#include <cmath>

namespace clv::ui {
namespace {

QString valueText(double value, CohortMetric metric)
{
    if (cohortMetricIsPercent(metric))
        return QCoreApplication::translate("clv::ui::CohortViews", "%1 %").arg(formatDecimal(value, 0));
    if (metric == CohortMetric::ActiveCustomers)
        return formatCount(static_cast<std::int64_t>(std::llround(value)));
    return formatMoney(value);
}

}  // namespace

QString CohortViews::metricName(CohortMetric metric)
{
    switch (metric) {
    case CohortMetric::ActiveRate: return tr("Active customers (% of cohort)");
    case CohortMetric::ActiveCustomers: return tr("Active customers");
    case CohortMetric::RevenueRetention: return tr("Revenue (% of period 0)");
    case CohortMetric::Revenue: return tr("Net revenue");
    case CohortMetric::CumulativeRevenuePerCustomer: return tr("Cumulative revenue per customer");
    }
    return {};
}

QString CohortViews::metricDefinition(CohortMetric metric)
{
    switch (metric) {
    case CohortMetric::ActiveRate:
        return tr("Logo retention: cohort members with at least one purchase in the period / cohort size.");
    case CohortMetric::ActiveCustomers:
        return tr("Logo retention: cohort members with at least one purchase in the period.");
    case CohortMetric::RevenueRetention:
        return tr("Revenue retention: the cohort's net revenue in the period / its revenue in period 0.");
    case CohortMetric::Revenue:
        return tr("Net revenue of the cohort's members in the period, refunds subtracted.");
    case CohortMetric::CumulativeRevenuePerCustomer:
        return tr("Cohort LTV at k: the cohort's net revenue in periods 0..k / cohort size.");
    }
    return {};
}

QString CohortViews::periodName(clv::CohortGrain grain)
{
    switch (grain) {
    case CohortGrain::Week: return tr("Weeks since acquisition");
    case CohortGrain::Month: return tr("Months since acquisition");
    case CohortGrain::Quarter: return tr("Quarters since acquisition");
    }
    return {};
}

HeatmapData CohortViews::heatmap(const clv::CohortTable& table, CohortMetric metric)
{
    HeatmapData data;
    data.title = metricName(metric);
    data.rowTitle = tr("Acquisition cohort");
    data.columnTitle = periodName(table.options.grain);
    std::size_t periods = 0;
    for (const Cohort& cohort : table.cohorts) {
        data.rowLabels << QString::fromStdString(cohort.label);
        periods = std::max(periods, cohort.cells.size());
    }
    for (std::size_t k = 0; k < periods; ++k)
        data.columnLabels << QString::number(k);
    data.cells.resize(table.cohorts.size() * periods);
    double high = 0.0;
    for (std::size_t row = 0; row < table.cohorts.size(); ++row) {
        const Cohort& cohort = table.cohorts[row];
        for (const CohortCell& cell : cohort.cells) {
            HeatmapCell& out = data.cells[row * periods + static_cast<std::size_t>(cell.period)];
            out.value = cohortMetricValue(cell, metric);
            // Percent scales ignore period 0 (100 % by definition) so that later periods get the contrast.
            if (!cohortMetricIsPercent(metric) || cell.period > 0)
                high = std::max(high, out.value);
            out.text = valueText(out.value, metric);
            out.toolTip = tr("Cohort %1 (%2 customers), period %3\n%4: %5\n%6%7")
                              .arg(QString::fromStdString(cohort.label), formatCount(cohort.size))
                              .arg(cell.period)
                              .arg(metricName(metric), valueText(out.value, metric), metricDefinition(metric),
                                   cell.complete ? QString() : tr("\nThe period was still running at the end date."));
        }
    }
    data.low = 0.0;
    data.high = high > 0.0 ? high : 1.0;
    data.lowText = valueText(0.0, metric);
    data.highText = valueText(data.high, metric);
    return data;
}

CurveChartData CohortViews::retentionCurves(const clv::CohortTable& table, CohortMetric metric)
{
    CurveChartData data;
    data.title = tr("Retention per cohort: %1").arg(metricName(metric));
    data.xTitle = periodName(table.options.grain);
    data.yTitle = metricName(metric);
    data.definition = metricDefinition(metric) + tr(" Complete periods only.");
    data.valueSuffix = cohortMetricIsPercent(metric) ? QStringLiteral("%") : QString();
    data.decimals = metric == CohortMetric::ActiveCustomers ? 0 : 1;
    if (metric == CohortMetric::ActiveRate) {
        data.yMin = 0.0;
        data.yMax = 100.0;
    }
    for (const Cohort& cohort : table.cohorts) {
        Curve curve;
        curve.name = QString::fromStdString(cohort.label);
        for (const CohortCell& cell : cohort.cells)
            if (cell.complete)
                curve.points.append(QPointF(cell.period, cohortMetricValue(cell, metric)));
        if (!curve.points.isEmpty())
            data.curves.push_back(std::move(curve));
    }
    return data;
}

CurveChartData CohortViews::revenueCurves(const clv::CohortTable& table)
{
    CurveChartData data = retentionCurves(table, CohortMetric::CumulativeRevenuePerCustomer);
    data.title = tr("Cumulative net revenue per customer, per cohort");
    return data;
}

}  // namespace clv::ui
