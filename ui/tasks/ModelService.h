// SPDX-License-Identifier: MIT
#pragma once

#include "ui/tasks/ModelSnapshot.h"
#include "ui/tasks/ProjectData.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>

#include <memory>
#include <stop_token>

namespace clv::ui {

/// Keeps the project's active model: after every new project snapshot it fits the chosen purchase model and
/// Gamma-Gamma in the background (core's fitModelChain, then valueCustomers and clvInterval), with progress and
/// cancellation, and publishes a ModelSnapshot. A newer request cancels and supersedes a running one; results of
/// superseded runs are dropped. Nothing runs on the GUI thread but the hand-over.
class ModelService : public QObject {
    Q_OBJECT

public:
    explicit ModelService(QObject* parent = nullptr);
    ~ModelService() override;  ///< requests stop and waits for a running fit

    /// Fits on `data` with the current kind and settings (cancels a running fit). Null clears.
    void setProject(std::shared_ptr<const ProjectData> data);
    /// Refits with another purchase model and/or baseline settings on the current project.
    void setModel(clv::PurchaseModelKind kind, const clv::ValuationSettings& settings);
    void clear();
    void cancel();
    /// Blocks until a running fit has stopped (used when the window closes).
    void waitForFinished();

    bool isBusy() const { return m_running; }
    clv::PurchaseModelKind kind() const { return m_kind; }
    const clv::ValuationSettings& settings() const { return m_settings; }
    /// The latest published snapshot, or null (no project, still fitting, or the fit failed).
    std::shared_ptr<const ModelSnapshot> snapshot() const { return m_snapshot; }
    /// Why the latest fit produced no snapshot (empty when it did or while none ran).
    QString lastError() const { return m_lastError; }

signals:
    void started();
    void progressChanged(double fraction);
    /// A new snapshot (or null after clear()).
    void snapshotChanged(std::shared_ptr<const clv::ui::ModelSnapshot> snapshot);
    /// The fit failed or could not start (e.g. no repeat customers); `message` is translated.
    void failed(const QString& message);
    /// A new project's model figures as stored in its file for exactly the current inputs, kind and settings:
    /// emitted by setProject() at once, before the snapshot (computed from the stored fits) arrives.
    void storedFiguresAvailable(const QString& projectPath,
                                std::shared_ptr<const clv::modelstore::ModelFigures> figures);

private:
    struct Outcome {
        quint64 generation = 0;
        std::shared_ptr<const ModelSnapshot> snapshot;
        std::optional<clv::Error> error;
    };
    void start();
    void onFinished();
    /// The stored model of `m_data` for the current kind whose inputs are those of the data (or null).
    std::shared_ptr<const clv::modelstore::StoredModel> storedForCurrent() const;
    static Outcome compute(std::shared_ptr<const ProjectData> data, clv::PurchaseModelKind kind,
                           clv::ValuationSettings settings, std::shared_ptr<const clv::modelstore::StoredModel> stored,
                           quint64 generation, std::stop_token stop, const std::function<void(double)>& progress);

    QThreadPool m_pool;
    QFutureWatcher<Outcome> m_watcher;
    std::stop_source m_stop;
    std::shared_ptr<const ProjectData> m_data;
    std::shared_ptr<const ModelSnapshot> m_snapshot;
    clv::PurchaseModelKind m_kind = clv::PurchaseModelKind::BgNbd;
    clv::ValuationSettings m_settings;
    QString m_lastError;
    quint64 m_generation = 0;
    bool m_running = false;
    bool m_restart = false;  ///< a request arrived while a fit was running: start again when it returns
};

}  // namespace clv::ui
