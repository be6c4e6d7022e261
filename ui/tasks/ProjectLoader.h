// SPDX-License-Identifier: MIT
#pragma once

#include "ui/tasks/ProjectData.h"
#include "ui/tasks/ProjectTasks.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>

#include <functional>
#include <stop_token>

namespace clv::ui {

/// Runs one project task at a time off the GUI thread (QtConcurrent on a private one-thread pool) with progress
/// and cancellation. Progress is forwarded to the GUI thread with queued calls; the outcome arrives in
/// finished() on the GUI thread. Cancellation is cooperative: core polls the stop token between batches.
class ProjectLoader : public QObject {
    Q_OBJECT

public:
    explicit ProjectLoader(QObject* parent = nullptr);
    ~ProjectLoader() override;  ///< requests stop and waits for a running task

    bool isRunning() const { return m_running; }
    TaskKind currentKind() const { return m_kind; }

    /// Each returns false (and does nothing) while another task runs.
    bool load(const QString& projectPath);
    bool create(const QString& projectPath);
    bool importCsv(const QString& projectPath, const QString& csvPath, ProjectTarget target);

    /// Asks the running task to stop; finished() still follows (with a Cancelled error or, if it was too late to
    /// stop, the normal result).
    void cancel();
    /// Blocks until the running task has finished (used when the application closes).
    void waitForFinished();

    /// Translated label for a stage ("Importing orders…").
    static QString stageText(TaskStage stage);

signals:
    void started(clv::ui::TaskKind kind);
    void progressChanged(double fraction, clv::ui::TaskStage stage);
    void finished(const clv::ui::TaskOutcome& outcome);

private:
    /// A task body: gets the stop token, the progress callback (scaled to the body's share) and the finisher that
    /// adds the analytics; it must call the finisher on its outcome exactly once (loadProject does so while its
    /// integrity check still runs).
    using Body = std::function<TaskOutcome(std::stop_token, const tasks::StageProgress&, const tasks::LoadFinisher&)>;
    bool start(TaskKind kind, Body body);
    void onWatcherFinished();

    QThreadPool m_pool;
    QFutureWatcher<TaskOutcome> m_watcher;
    std::stop_source m_stop;
    TaskKind m_kind = TaskKind::Load;
    quint64 m_generation = 0;
    bool m_running = false;
};

}  // namespace clv::ui
