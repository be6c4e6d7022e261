// SPDX-License-Identifier: MIT
#pragma once

#include "ui/analytics/LatestRunner.h"
#include "ui/charts/ForecastChart.h"

#include "core/metrics/Cohorts.h"
#include "core/metrics/SimpleClv.h"
#include "core/storage/ModelResultStore.h"

#include <QWidget>

#include <memory>

class QDoubleSpinBox;
class QLabel;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QToolButton;

namespace clv::ui {

struct ModelSnapshot;
struct ProjectData;
class ForecastTableModel;
class KpiCard;
class RevenueChart;

/// The project at a glance: key figures (customers, orders, revenue, AOV, repeat rate, active share, churn), CLV
/// three ways side by side (textbook formula, cohort cumulative revenue, probabilistic model) with LTV:CAC and CAC
/// payback, and the revenue forecast (history + model forecast with interval) next to its data table.
/// Every number comes from core: the KPIs and formulas from the background load (recomputed off the GUI thread when
/// margin or CAC change), model CLV and forecast from the model snapshot, the forecast band from a worker.
class OverviewPage : public QWidget {
    Q_OBJECT

public:
    explicit OverviewPage(QWidget* parent = nullptr);
    ~OverviewPage() override;

    void setData(const ProjectData& project);
    void clear();
    /// The active model's results (null while fitting, after a failed fit, or without a project).
    void setModelSnapshot(std::shared_ptr<const ModelSnapshot> snapshot);
    /// The model figures stored in the project for exactly its current inputs, shown while the snapshot is being
    /// computed from the stored fits (ignored for another project or once a snapshot is shown).
    void setStoredModelFigures(const QString& projectPath, std::shared_ptr<const clv::modelstore::ModelFigures> figures);
    /// Why the active model could not be fitted (shown on the model CLV card until the next snapshot).
    void setModelError(const QString& message);

    RevenueChart* chart() const { return m_chart; }
    ForecastChart* forecastChart() const { return m_forecastChart; }
    ForecastTableModel* forecastModel() const { return m_forecastModel; }
    KpiCard* card(const QString& objectName) const;

    /// Margin (fraction) and CAC (0 = none) for the simple formulas; changes recompute them in the background and
    /// are remembered in the user settings.
    void setMarginAndCac(double grossMargin, double cac);
    const std::shared_ptr<const clv::SimpleClvReport>& simpleClvReport() const { return m_report; }
    bool isBusy() const { return m_runner.isBusy(); }
    /// True once the KPIs and simple CLV are shown for a project (resp. the model CLV and forecast line).
    bool hasFigures() const { return m_hasFigures; }
    bool hasModel() const { return m_model != nullptr; }
    bool hasBand() const { return !m_forecast.lower.empty(); }
    /// True while the model figures shown are the stored ones (the recomputed snapshot has not arrived yet).
    bool showsStoredModel() const { return m_model && !m_snapshot; }

    bool exportForecastChart(const QString& path, QString* error = nullptr) const;
    bool exportForecastCsv(const QString& path, QString* error = nullptr) const;

signals:
    /// The simple CLV figures were (re)computed and are on screen.
    void simpleClvChanged();
    /// The forecast chart changed (model line or interval band).
    void forecastChanged();

private:
    QWidget* createToolbar();
    QWidget* createCards();
    QWidget* createCharts();
    void setEmptyState(bool noProject);
    void showKpis(const ProjectData& project);
    void showSimpleClv();
    void showModelClv();
    void recomputeSimpleClv();
    void showModelFigures(std::shared_ptr<const clv::modelstore::ModelFigures> figures);
    void updateForecast();
    void saveOptions();

    QStackedWidget* m_stack = nullptr;
    QLabel* m_empty = nullptr;
    QDoubleSpinBox* m_margin = nullptr;
    QDoubleSpinBox* m_cac = nullptr;
    QLabel* m_status = nullptr;
    QToolButton* m_export = nullptr;
    std::vector<KpiCard*> m_cards;
    KpiCard* m_customers = nullptr;
    KpiCard* m_orders = nullptr;
    KpiCard* m_revenue = nullptr;
    KpiCard* m_aov = nullptr;
    KpiCard* m_repeat = nullptr;
    KpiCard* m_active = nullptr;
    KpiCard* m_churn = nullptr;
    KpiCard* m_clvSimple = nullptr;
    KpiCard* m_clvCohort = nullptr;
    KpiCard* m_clvModel = nullptr;
    KpiCard* m_ltvCac = nullptr;
    KpiCard* m_payback = nullptr;
    QTabWidget* m_tabs = nullptr;
    ForecastChart* m_forecastChart = nullptr;
    ForecastTableModel* m_forecastModel = nullptr;
    QTableView* m_forecastView = nullptr;
    RevenueChart* m_chart = nullptr;

    QString m_path;
    std::shared_ptr<const ProjectData> m_info;  ///< path and counts only, for export subtitles
    std::int64_t m_customerCount = 0;
    std::shared_ptr<const clv::ClvDataInputs> m_inputs;
    std::shared_ptr<const clv::CohortTable> m_cohorts;
    std::shared_ptr<const clv::SimpleClvReport> m_report;
    QString m_reportError;
    std::shared_ptr<const ModelSnapshot> m_snapshot;
    std::shared_ptr<const clv::modelstore::ModelFigures> m_model;  ///< shown: the snapshot's or the stored figures
    QString m_modelError;
    ForecastData m_forecast;
    bool m_hasFigures = false;
    LatestRunner m_runner{this};
};

}  // namespace clv::ui
