// SPDX-License-Identifier: MIT
#pragma once

#include "ui/tasks/ModelSnapshot.h"
#include "ui/tasks/ProjectData.h"
#include "ui/whatif/ScenarioTypes.h"

#include <QTimer>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace clv::ui {

class CurveChart;
class ModelService;
class ScenarioBarChart;
class ScenarioTableModel;
class ScenarioWorker;
class WhatIfControls;

/// What-if page (issue 7). Interface fixed for the main window: setData() with every project snapshot, the shared
/// ModelService (the active model), clear() when the project closes, isBusy() while a background task runs.
///
/// Sliders and spin boxes for the scenario inputs; core's ScenarioEngine evaluates baseline and scenario on a
/// worker thread (debounced, latest wins) and the page shows the CLV per segment and the monthly revenue forecast
/// (baseline vs scenario, each with a data table), the delta table and a tornado of each input's effect on total
/// CLV. Named scenarios are stored in the project (core/storage/ScenarioStore). Nothing is computed here.
class WhatIfPage : public QWidget {
    Q_OBJECT

public:
    explicit WhatIfPage(QWidget* parent = nullptr);
    ~WhatIfPage() override;

    void setModelService(ModelService* service);
    void setData(std::shared_ptr<const ProjectData> data);
    void clear();
    bool isBusy() const;

    /// Uses `snapshot` as the active model (what the ModelService connection does; tests and the benchmark call it
    /// directly). Null shows the empty state.
    void setModelSnapshot(std::shared_ptr<const ModelSnapshot> snapshot);

    /// The inputs of the baseline (the model's valuation settings, no behaviour change, the CAC entered).
    clv::ScenarioInputs baselineInputs() const;
    clv::ScenarioInputs inputs() const;
    /// Sets every control to the baseline (the CAC is kept) and recomputes.
    void resetToBaseline();

    /// The figures on screen, as core returned them; null before the first result.
    const std::shared_ptr<const clv::ScenarioOutcome>& baselineOutcome() const { return m_baseline; }
    const std::shared_ptr<const clv::ScenarioOutcome>& scenarioOutcome() const { return m_scenario; }
    /// The inputs of the figures on screen.
    const clv::ScenarioInputs& shownInputs() const { return m_shownInputs; }
    const std::optional<TornadoResult>& tornado() const { return m_tornado; }
    /// Wall time of the core calls behind the figures on screen (worker side), milliseconds.
    double lastEvaluateMs() const { return m_lastEvaluateMs; }
    /// True while the figures on screen are older than the inputs (a recompute is on its way).
    bool isStale() const;
    bool showsEmptyState() const;
    QString emptyStateText() const;
    QString statusText() const;

    // Saved scenarios (stored in the open project on the worker thread; results arrive as scenariosChanged()).
    bool saveScenario(const QString& name);
    bool deleteScenario(const QString& name);
    bool loadScenario(const QString& name);
    QStringList scenarioNames() const;

    enum class Figure { SegmentClv, Revenue, Tornado, Delta };
    bool exportChart(Figure figure, const QString& path, QString* error = nullptr) const;
    bool exportTable(Figure figure, const QString& path, QString* error = nullptr) const;

    WhatIfControls* controls() const { return m_controls; }
    ScenarioWorker* worker() const { return m_worker; }
    ScenarioBarChart* segmentChart() const { return m_segmentChart; }
    CurveChart* revenueChart() const { return m_revenueChart; }
    ScenarioBarChart* tornadoChart() const { return m_tornadoChart; }
    ScenarioTableModel* deltaModel() const { return m_deltaModel; }
    ScenarioTableModel* segmentModel() const { return m_segmentModel; }
    ScenarioTableModel* revenueModel() const { return m_revenueModel; }
    ScenarioTableModel* tornadoModel() const { return m_tornadoModel; }

signals:
    /// A scenario result is on screen (charts and tables hold it).
    void resultApplied();
    void tornadoApplied();
    /// The list of saved scenarios changed (after a list, save or delete); `ok` is false after an error.
    void scenariosChanged(bool ok);
    /// A saved scenario's inputs are in the controls (a recompute follows).
    void scenarioLoaded(const QString& name, bool ok);

private:
    QWidget* createSidePanel();
    QWidget* createFigures();
    QToolButton* createExportButton(QWidget* parent);
    void onInputsChanged();
    void sendRequest();
    void applyResult(const ScenarioResult& result);
    void applyTornado(const TornadoResult& result);
    void applyScenarioList(const ScenarioListResult& result);
    void applyLoaded(const QString& name, const std::optional<clv::ScenarioInputs>& inputs,
                     const std::optional<clv::Error>& error);
    void updateState();
    void updateStaleMarks();
    void clearFigures();
    QString projectPath() const;
    /// Lists the saved scenarios when the project changed (closes the worker's connection without one).
    void syncProject();
    QString exportBaseName(const QString& what) const;

    ModelService* m_service = nullptr;
    std::shared_ptr<const ProjectData> m_data;
    std::shared_ptr<const ModelSnapshot> m_snapshot;
    std::optional<clv::Error> m_engineError;
    ScenarioWorker* m_worker = nullptr;
    QTimer m_debounce;           ///< the coalescing window after a request
    bool m_inputsPending = false;  ///< inputs changed inside the window: send when it closes
    QString m_listedPath;

    std::shared_ptr<const clv::ScenarioOutcome> m_baseline, m_scenario;
    clv::ScenarioInputs m_shownInputs;
    quint64 m_appliedRequest = 0;
    double m_lastEvaluateMs = 0.0;
    QString m_resultError;  ///< why core refused the latest inputs (empty when it accepted them)
    std::optional<TornadoResult> m_tornado;

    QStackedWidget* m_stack = nullptr;
    QLabel* m_empty = nullptr;
    WhatIfControls* m_controls = nullptr;
    QComboBox* m_scenarioName = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_reset = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_storeStatus = nullptr;
    ScenarioBarChart* m_segmentChart = nullptr;
    CurveChart* m_revenueChart = nullptr;
    ScenarioBarChart* m_tornadoChart = nullptr;
    ScenarioTableModel* m_deltaModel = nullptr;
    ScenarioTableModel* m_segmentModel = nullptr;
    ScenarioTableModel* m_revenueModel = nullptr;
    ScenarioTableModel* m_tornadoModel = nullptr;
    QTableView* m_deltaView = nullptr;
};

}  // namespace clv::ui
