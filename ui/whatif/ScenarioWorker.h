// SPDX-License-Identifier: MIT
#pragma once

#include "ui/tasks/ModelSnapshot.h"
#include "ui/whatif/ScenarioTypes.h"

#include <QObject>
#include <QString>
#include <QThreadPool>

#include <memory>

namespace clv::ui {

/// Owns the what-if ScenarioEngine on one dedicated worker thread (a single-thread pool whose thread never expires)
/// and serializes every call to it, since the engine is not thread-safe. Requests are latest-wins: a request made
/// while one runs replaces any waiting one (coalescing), and the tornado computed after a result is cancelled by
/// the next request so it never delays a redraw. The saved-scenario store runs on the same thread with its own
/// SQLite connection. Results arrive on the GUI thread as signals; superseded ones are dropped.
class ScenarioWorker : public QObject {
    Q_OBJECT

public:
    explicit ScenarioWorker(QObject* parent = nullptr);
    ~ScenarioWorker() override;  ///< cancels and waits for the worker

    /// A new model: the engine is rebuilt from a copy of its customer base on the worker. Null drops it.
    void setSnapshot(std::shared_ptr<const ModelSnapshot> snapshot);
    /// Evaluates `baseline` and `inputs` (latest wins); then, unless a newer request arrives, the tornado.
    /// Returns the request number carried by the result.
    quint64 request(const clv::ScenarioInputs& baseline, const clv::ScenarioInputs& inputs);
    quint64 latestRequest() const { return m_request; }
    quint64 generation() const { return m_generation; }

    /// Saved scenarios of the project at `projectPath` (opened on the worker; migrated when older).
    void listScenarios(const QString& projectPath);
    void saveScenario(const QString& projectPath, const QString& name, const clv::ScenarioInputs& inputs);
    void deleteScenario(const QString& projectPath, const QString& name);
    void loadScenario(const QString& projectPath, const QString& name);
    /// Closes the worker's project connection (when the project closes).
    void closeProject();

    /// True while an evaluation or store operation has not returned yet.
    bool isBusy() const { return m_pendingEvaluations > 0 || m_pendingStore > 0; }
    bool isEvaluating() const { return m_pendingEvaluations > 0; }
    /// Blocks until the worker is idle (tests, benchmark and shutdown).
    void waitForIdle();

signals:
    void engineFailed(const clv::Error& error);
    void resultReady(const clv::ui::ScenarioResult& result);
    void tornadoReady(const clv::ui::TornadoResult& result);
    /// After list, save and delete: the project's scenarios now (or the error).
    void scenariosListed(const clv::ui::ScenarioListResult& result);
    /// After loadScenario: the inputs, or nullopt when the name is unknown (or `error` is set).
    void scenarioLoaded(const QString& name, const std::optional<clv::ScenarioInputs>& inputs,
                        const std::optional<clv::Error>& error);

private:
    struct State;
    void schedule();
    void runStore(std::function<void(State&)> job);

    std::shared_ptr<State> m_state;
    QThreadPool m_pool;
    quint64 m_request = 0;
    quint64 m_generation = 0;
    int m_pendingEvaluations = 0;
    int m_pendingStore = 0;
};

}  // namespace clv::ui
