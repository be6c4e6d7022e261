// SPDX-License-Identifier: MIT
#pragma once

#include "ui/modelling/ModelFitTask.h"
#include "ui/report/ChartExporter.h"

#include <QTabWidget>

#include <memory>
#include <optional>

class QLabel;
class QStackedWidget;
class QTableView;

namespace clv::ui {

class CurveChart;
class ModelBarChart;
class ModelTableModel;

/// The results of one Models page fit, in tabs: parameters with standard errors and the model comparison, the
/// frequency histogram (actual vs model), the holdout bins and the tracking plot. Each chart has its data-table
/// twin next to it; every number is core's.
class ModelResultsView : public QTabWidget {
    Q_OBJECT

public:
    enum Tab { ParametersTab = 0, FrequencyTab = 1, HoldoutTab = 2, TrackingTab = 3 };

    explicit ModelResultsView(QWidget* parent = nullptr);

    void setOutcome(std::shared_ptr<const ModelFitOutcome> outcome);
    void clearResults();
    const std::shared_ptr<const ModelFitOutcome>& outcome() const { return m_outcome; }

    /// The chart of the current tab as an export document (none on the parameters tab or without data).
    std::optional<ChartDocument> currentChart(const QString& subtitle) const;
    /// The table of the current tab (the parameters on the first tab).
    const ModelTableModel& currentTable() const;
    /// A short file-name stem for the current tab ("frequency", "holdout", ...).
    QString currentName() const;

    ModelTableModel* comparisonModel() const { return m_comparison; }
    ModelTableModel* parameterModel() const { return m_parameters; }
    ModelTableModel* frequencyModel() const { return m_frequency; }
    ModelTableModel* holdoutModel() const { return m_holdout; }
    ModelTableModel* trackingModel() const { return m_tracking; }
    ModelBarChart* frequencyChart() const { return m_frequencyChart; }
    ModelBarChart* holdoutChart() const { return m_holdoutChart; }
    CurveChart* trackingChart() const { return m_trackingChart; }

private:
    QWidget* createParametersTab();
    QWidget* createChartTab(QWidget* chart, QTableView* table, QLabel* note);
    void showFrequency();
    void showHoldout();

    std::shared_ptr<const ModelFitOutcome> m_outcome;
    ModelTableModel* m_comparison = nullptr;
    ModelTableModel* m_parameters = nullptr;
    ModelTableModel* m_frequency = nullptr;
    ModelTableModel* m_holdout = nullptr;
    ModelTableModel* m_tracking = nullptr;
    QTableView* m_comparisonView = nullptr;
    QTableView* m_parameterView = nullptr;
    QTableView* m_frequencyView = nullptr;
    QTableView* m_holdoutView = nullptr;
    QTableView* m_trackingView = nullptr;
    QLabel* m_parameterNote = nullptr;
    QLabel* m_frequencyNote = nullptr;
    QLabel* m_holdoutNote = nullptr;
    QLabel* m_trackingNote = nullptr;
    QStackedWidget* m_frequencyStack = nullptr;
    QStackedWidget* m_holdoutStack = nullptr;
    QStackedWidget* m_trackingStack = nullptr;
    QLabel* m_frequencyEmpty = nullptr;
    QLabel* m_holdoutEmpty = nullptr;
    QLabel* m_trackingEmpty = nullptr;
    ModelBarChart* m_frequencyChart = nullptr;
    ModelBarChart* m_holdoutChart = nullptr;
    CurveChart* m_trackingChart = nullptr;
};

}  // namespace clv::ui
