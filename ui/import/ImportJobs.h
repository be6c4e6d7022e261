// SPDX-License-Identifier: MIT
#pragma once

#include "ui/tasks/ProjectData.h"

#include "core/import/ImportPresets.h"
#include "core/import/OrderImporter.h"
#include "core/util/Error.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>
#include <QThreadPool>

#include <functional>
#include <optional>
#include <stop_token>
#include <vector>

namespace clv::ui {

/// Where the wizard imports to: an open project, or a new file (created, or replacing one the user confirmed).
struct ImportTarget {
    QString projectPath;
    ProjectTarget mode = ProjectTarget::Existing;
};

/// The outcome of one background job of the wizard: a profile, or one report per file, or an error.
struct ImportJobResult {
    std::optional<clv::ImportProfile> profile;
    std::vector<clv::ImportReport> reports;
    std::vector<clv::ImportPreset> userPresets;
    std::optional<clv::Error> error;
    std::optional<clv::Error> presetError;  ///< run(): the import succeeded but the preset could not be saved

    bool ok() const { return !error.has_value(); }
    bool cancelled() const { return error && error->code == clv::ErrorCode::Cancelled; }
};

/// The job bodies. They run on a worker thread, open their own SQLite connection, call core and never touch
/// widgets. `progress` receives a fraction in [0, 1] on the worker thread.
namespace importjobs {

using Progress = std::function<void(double)>;

/// The header and first records of `csv` read with the dialect and encoding in `options` (core's previewImportFile).
ImportJobResult preview(const QString& csv, const clv::ImportOptions& options);

/// A full pass over `csv` with the chosen mapping: date order and decimal verdicts over the whole columns.
ImportJobResult profile(const QString& csv, const clv::ImportOptions& options, std::stop_token stop,
                        const Progress& progress);

/// The presets saved in the project (none when it does not exist yet).
ImportJobResult loadPresets(const ImportTarget& target);

/// Imports every file into a throw-away copy of the target project (written with the SQLite backup API; a new
/// empty one when the target does not exist yet or will be replaced), so the reports show exactly what a real import would reject and skip. The target is not touched.
ImportJobResult dryRun(const ImportTarget& target, const QStringList& files, const clv::ImportOptions& options,
                       std::stop_token stop, const Progress& progress);

/// Imports every file into the target, each in its own core transaction. When a later file fails or the stop token
/// is triggered, the imports already committed by this job are undone, and a project file created by the job is
/// removed: the project is left exactly as it was. After a successful import `saveAs` (when set) is stored as a
/// user preset in the project; a failure there is reported in `presetError` and does not undo the import.
ImportJobResult run(const ImportTarget& target, const QStringList& files, const clv::ImportOptions& options,
                    const std::optional<clv::ImportPreset>& saveAs, std::stop_token stop, const Progress& progress);

}  // namespace importjobs

/// Runs one wizard job at a time on a private one-thread pool (QtConcurrent + QFutureWatcher) with progress and
/// cooperative cancellation. start() refuses while a job runs; startLatest() cancels the running job and runs the
/// new one after it (the cancelled job's result is dropped). Progress and finished() arrive on the GUI thread.
class ImportJobRunner : public QObject {
    Q_OBJECT

public:
    using Job = std::function<ImportJobResult(std::stop_token, const importjobs::Progress&)>;

    explicit ImportJobRunner(QObject* parent = nullptr);
    ~ImportJobRunner() override;  ///< requests stop and waits for the running job (core stops at the next batch)

    bool isRunning() const { return m_running; }
    bool start(Job job);
    void startLatest(Job job);
    void cancel();
    void waitForFinished();

signals:
    void progressChanged(double fraction);
    void finished(const clv::ui::ImportJobResult& result);

private:
    void launch(Job job);
    void onWatcherFinished();

    QThreadPool m_pool;
    QFutureWatcher<ImportJobResult> m_watcher;
    std::stop_source m_stop;
    std::optional<Job> m_pending;
    quint64 m_generation = 0;
    bool m_running = false;
};

}  // namespace clv::ui
