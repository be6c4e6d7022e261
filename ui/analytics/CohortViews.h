// SPDX-License-Identifier: MIT
#pragma once

#include "ui/charts/CurveChart.h"
#include "ui/charts/HeatmapView.h"
#include "ui/models/CohortTableModel.h"

#include "core/metrics/Cohorts.h"

#include <QCoreApplication>

namespace clv::ui {

/// Turns core's cohort table into what the cohorts page draws: the retention heat map and the curves per cohort.
/// Numbers are taken from the cells as core computed them (rates shown in percent).
class CohortViews {
    Q_DECLARE_TR_FUNCTIONS(CohortViews)

public:
    /// Cohorts as rows, periods since acquisition as columns; periods a cohort has not reached are left out.
    static HeatmapData heatmap(const clv::CohortTable& table, CohortMetric metric);
    /// One curve per cohort over its complete periods.
    static CurveChartData retentionCurves(const clv::CohortTable& table, CohortMetric metric);
    /// Cumulative revenue per customer (cohort LTV at k) per cohort over its complete periods.
    static CurveChartData revenueCurves(const clv::CohortTable& table);

    static QString metricName(CohortMetric metric);
    static QString metricDefinition(CohortMetric metric);
    static QString periodName(clv::CohortGrain grain);  ///< "Months since acquisition"
};

}  // namespace clv::ui
