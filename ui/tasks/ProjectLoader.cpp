// SPDX-License-Identifier: MIT
#include "ui/tasks/ProjectLoader.h"

#include "ui/analytics/AnalyticsTasks.h"
#include "ui/tasks/ModelInputs.h"

#include <QtConcurrent/QtConcurrentRun>

#include <exception>

namespace clv::ui {
namespace {

/// Share of the progress bar for the task body; the analytics of the pages take the rest.
constexpr double kLoadShare = 0.85;

/// Adds what the analytics pages show to a successful outcome (on the worker thread). After an import is committed
/// the task is no longer cancellable, so the analytics then ignore the stop token.
TaskOutcome withAnalytics(TaskOutcome outcome, const std::stop_token& stop, const tasks::StageProgress& progress)
{
    if (!outcome.ok() || !outcome.data)
        return outcome;
    auto data = std::make_shared<ProjectData>(*outcome.data);
    const std::stop_token analyticsStop = outcome.kind == TaskKind::Import ? std::stop_token{} : stop;
    auto step = [&progress](double f) { progress(kLoadShare + (1.0 - kLoadShare) * f, TaskStage::Analytics); };
    if (auto error = analytics::computeAnalytics(*data, analyticsStop, step)) {
        outcome.error = std::move(error);
        return outcome;
    }
    data->modelSignature = modelInputSignature(*data);
    outcome.data = std::move(data);
    return outcome;
}

}  // namespace

ProjectLoader::ProjectLoader(QObject* parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
    m_pool.setObjectName(QStringLiteral("ProjectLoaderPool"));
    connect(&m_watcher, &QFutureWatcher<TaskOutcome>::finished, this, &ProjectLoader::onWatcherFinished);
}

ProjectLoader::~ProjectLoader()
{
    cancel();
    waitForFinished();
    m_pool.waitForDone();
}

bool ProjectLoader::load(const QString& projectPath)
{
    return start(TaskKind::Load, [projectPath](std::stop_token stop, const tasks::StageProgress& progress,
                                               const tasks::LoadFinisher& finish) {
        return tasks::loadProject(projectPath, std::move(stop), progress, finish);
    });
}

bool ProjectLoader::create(const QString& projectPath)
{
    return start(TaskKind::Create, [projectPath](std::stop_token stop, const tasks::StageProgress& progress,
                                                 const tasks::LoadFinisher& finish) {
        return finish(tasks::createProject(projectPath, std::move(stop), progress));
    });
}

bool ProjectLoader::importCsv(const QString& projectPath, const QString& csvPath, ProjectTarget target)
{
    return start(TaskKind::Import,
                 [projectPath, csvPath, target](std::stop_token stop, const tasks::StageProgress& progress,
                                                const tasks::LoadFinisher& finish) {
                     return finish(tasks::importCsv(projectPath, csvPath, target, std::move(stop), progress));
                 });
}

bool ProjectLoader::start(TaskKind kind, Body body)
{
    if (m_running)
        return false;
    m_running = true;
    m_kind = kind;
    m_stop = std::stop_source();
    const quint64 generation = ++m_generation;

    // Called on the worker thread: hop to the GUI thread with a queued call. The receiver context (`this`)
    // drops pending calls if the loader is destroyed, and the generation check drops stale ones.
    tasks::StageProgress progress = [this, generation](double fraction, TaskStage stage) {
        QMetaObject::invokeMethod(
            this,
            [this, generation, fraction, stage] {
                if (m_running && generation == m_generation)
                    emit progressChanged(fraction, stage);
            },
            Qt::QueuedConnection);
    };
    std::stop_token token = m_stop.get_token();
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [body = std::move(body), token, progress, kind]() {
        try {
            const tasks::StageProgress scaled = [progress](double fraction, TaskStage stage) {
                progress(fraction * kLoadShare, stage);
            };
            const tasks::LoadFinisher finish = [token, progress](TaskOutcome outcome) {
                return withAnalytics(std::move(outcome), token, progress);
            };
            return body(token, scaled, finish);
        } catch (const std::exception& e) {  // e.g. std::bad_alloc: report it instead of terminating
            TaskOutcome failed;
            failed.kind = kind;
            failed.error = Error{ErrorCode::Internal, e.what(), {}, 0, 0};
            return failed;
        }
    }));
    emit started(kind);
    return true;
}

void ProjectLoader::cancel()
{
    if (m_running)
        m_stop.request_stop();
}

void ProjectLoader::waitForFinished()
{
    m_watcher.waitForFinished();
}

void ProjectLoader::onWatcherFinished()
{
    if (!m_running)
        return;
    TaskOutcome outcome = m_watcher.future().result();
    m_running = false;
    emit finished(outcome);
}

QString ProjectLoader::stageText(TaskStage stage)
{
    switch (stage) {
    case TaskStage::Opening:
        return tr("Opening project…");
    case TaskStage::Creating:
        return tr("Creating project…");
    case TaskStage::Importing:
        return tr("Importing orders…");
    case TaskStage::Summarizing:
        return tr("Summarising customers…");
    case TaskStage::Revenue:
        return tr("Computing monthly revenue…");
    case TaskStage::Analytics:
        return tr("Computing segments, cohorts and churn…");
    }
    return {};
}

}  // namespace clv::ui
