// SPDX-License-Identifier: MIT
#pragma once

#include "ui/analytics/LatestRunner.h"
#include "ui/models/CohortTableModel.h"
#include "ui/report/ChartExporter.h"
#include "ui/tasks/ProjectData.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QToolButton;

namespace clv::ui {

class CurveChart;
class HeatmapView;

/// Acquisition cohorts: the retention heat map (cohort x periods since acquisition; logo or revenue retention, in
/// percent or absolute; week, month or quarter grain), retention curves per cohort, cumulative revenue per customer
/// curves, and the heat map's data-table twin. A grain change recomputes off the GUI thread (latest wins).
class CohortsPage : public QWidget {
    Q_OBJECT

public:
    explicit CohortsPage(QWidget* parent = nullptr);

    void setData(std::shared_ptr<const ProjectData> data);
    void clear();

    void setGrain(clv::CohortGrain grain);
    clv::CohortGrain grain() const;
    /// Logo (customers) or revenue retention, in percent or absolute.
    void setRetention(bool revenue, bool percent);
    CohortMetric metric() const;
    bool isBusy() const { return m_runner.isBusy(); }

    const std::shared_ptr<const clv::CohortTable>& table() const { return m_table; }
    HeatmapView* heatmap() const { return m_heatmap; }
    CurveChart* retentionChart() const { return m_retention; }
    CurveChart* revenueChart() const { return m_revenue; }
    CohortTableModel* model() const { return m_model; }

    /// Exports the chart of the current tab (the heat map for the table tab).
    bool exportCurrentChart(const QString& path, QString* error = nullptr) const;

signals:
    void tableChanged();

private:
    QWidget* createToolbar();
    void recompute();
    void applyTable(const Computed<clv::CohortTable>& computed);
    void refreshViews();
    ChartDocument currentChartDocument() const;

    std::shared_ptr<const ProjectData> m_data;
    std::shared_ptr<const clv::CohortTable> m_table;
    LatestRunner m_runner{this};

    QStackedWidget* m_stack = nullptr;
    QLabel* m_empty = nullptr;
    QComboBox* m_grain = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_scale = nullptr;
    QLabel* m_status = nullptr;
    QToolButton* m_export = nullptr;
    QTabWidget* m_tabs = nullptr;
    HeatmapView* m_heatmap = nullptr;
    CurveChart* m_retention = nullptr;
    CurveChart* m_revenue = nullptr;
    CohortTableModel* m_model = nullptr;
    QTableView* m_view = nullptr;
};

}  // namespace clv::ui
