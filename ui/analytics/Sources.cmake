# SPDX-License-Identifier: MIT
# Analytics pages: segments, cohorts, churn, models, what-if (issue 7).
target_sources(clv_ui PRIVATE
    analytics/AnalyticsPages.cpp analytics/AnalyticsPages.h
    analytics/AnalyticsTasks.cpp analytics/AnalyticsTasks.h
    analytics/ChurnPage.cpp analytics/ChurnPage.h
    analytics/CohortViews.cpp analytics/CohortViews.h
    analytics/CohortsPage.cpp analytics/CohortsPage.h
    analytics/LatestRunner.h
    analytics/PageTools.cpp analytics/PageTools.h
    analytics/RfmHeatmapData.cpp analytics/RfmHeatmapData.h
    analytics/SegmentsPage.cpp analytics/SegmentsPage.h
    charts/CurveChart.cpp charts/CurveChart.h
    charts/HeatmapView.cpp charts/HeatmapView.h
    charts/SegmentChart.cpp charts/SegmentChart.h
    models/CohortTableModel.cpp models/CohortTableModel.h
    models/SegmentCustomerModel.cpp models/SegmentCustomerModel.h
    models/SegmentTableModel.cpp models/SegmentTableModel.h
    models/SurvivalTableModel.cpp models/SurvivalTableModel.h
)
