// SPDX-License-Identifier: MIT
#include "ui/import/ImportJobs.h"

#include "core/import/ImportLog.h"
#include "core/storage/Project.h"

#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>
#include <filesystem>
#include <system_error>

namespace clv::ui {
namespace importjobs {
namespace {

clv::Error cancelledError()
{
    return clv::Error{clv::ErrorCode::Cancelled, "import cancelled", {}, 0, 0};
}

void removeProjectFile(const std::string& path)
{
    std::error_code ec;  // best effort
    std::filesystem::remove(path, ec);
    std::filesystem::remove(path + "-journal", ec);
}

/// Imports the files one after the other into `db`; progress covers [0, 1] split evenly over the files. On an
/// error the imports committed so far are undone (newest first) and the error is returned.
ImportJobResult importAll(clv::Database& db, const QStringList& files, const clv::ImportOptions& options,
                          const std::stop_token& stop, const Progress& progress)
{
    ImportJobResult result;
    const double share = files.isEmpty() ? 1.0 : 1.0 / static_cast<double>(files.size());
    for (qsizetype i = 0; i < files.size(); ++i) {
        const double from = share * static_cast<double>(i);
        clv::TaskContext ctx{stop, {}};
        if (progress)
            ctx.progress = [&progress, from, share](double f) { progress(from + share * f); };
        std::optional<clv::Error> failure;
        if (stop.stop_requested()) {
            failure = cancelledError();
        } else {
            auto report = clv::importOrdersCsv(db, files.at(i).toStdString(), options, ctx);
            if (report) {
                result.reports.push_back(std::move(*report));
                continue;
            }
            failure = report.error();
        }
        for (auto it = result.reports.rbegin(); it != result.reports.rend(); ++it) {
            if (it->importId == 0)
                continue;
            if (auto undone = clv::undoImport(db, it->importId); !undone)
                failure = undone.error();  // the earlier file could not be taken back: say so, not "nothing changed"
        }
        result.reports.clear();
        if (failure->file.empty())
            failure->file = files.at(i).toStdString();
        result.error = std::move(failure);
        return result;
    }
    if (progress)
        progress(1.0);
    return result;
}

}  // namespace

ImportJobResult preview(const QString& csv, const clv::ImportOptions& options)
{
    ImportJobResult result;
    auto previewed = clv::previewImportFile(csv.toStdString(), options);
    if (previewed)
        result.profile = std::move(*previewed);
    else
        result.error = previewed.error();
    return result;
}

ImportJobResult profile(const QString& csv, const clv::ImportOptions& options, std::stop_token stop,
                        const Progress& progress)
{
    ImportJobResult result;
    auto profiled = clv::profileOrdersCsv(csv.toStdString(), options, clv::TaskContext{std::move(stop), progress});
    if (profiled)
        result.profile = std::move(*profiled);
    else
        result.error = profiled.error();
    return result;
}

ImportJobResult loadPresets(const ImportTarget& target)
{
    ImportJobResult result;
    std::error_code ec;
    const std::string path = target.projectPath.toStdString();
    if (target.mode == ProjectTarget::Replace || !std::filesystem::exists(path, ec))
        return result;
    auto db = clv::project::open(path, clv::Database::OpenMode::OpenExisting);
    if (!db) {
        result.error = db.error();
        return result;
    }
    auto presets = clv::loadUserPresets(*db);
    if (presets)
        result.userPresets = std::move(*presets);
    else
        result.error = presets.error();
    return result;
}

ImportJobResult dryRun(const ImportTarget& target, const QStringList& files, const clv::ImportOptions& options,
                       std::stop_token stop, const Progress& progress)
{
    ImportJobResult result;
    QTemporaryDir dir;
    if (!dir.isValid()) {
        result.error = clv::Error{clv::ErrorCode::FileWrite, "cannot create a temporary folder", {}, 0, 0};
        return result;
    }
    const std::string copy = dir.filePath(QStringLiteral("dry-run.clvw")).toStdString();
    const std::string source = target.projectPath.toStdString();
    std::error_code ec;
    if (target.mode != ProjectTarget::Replace && std::filesystem::exists(source, ec)) {
        auto original = clv::project::open(source, clv::Database::OpenMode::OpenExisting);
        if (!original) {
            result.error = original.error();
            return result;
        }
        if (auto copied = clv::project::saveCopy(*original, copy); !copied) {
            result.error = copied.error();
            return result;
        }
    }
    {
        auto db = clv::project::open(copy, clv::Database::OpenMode::CreateIfMissing);
        if (!db) {
            result.error = db.error();
            return result;
        }
        result = importAll(*db, files, options, stop, progress);
    }
    removeProjectFile(copy);
    return result;
}

ImportJobResult run(const ImportTarget& target, const QStringList& files, const clv::ImportOptions& options,
                    const std::optional<clv::ImportPreset>& saveAs, std::stop_token stop, const Progress& progress)
{
    ImportJobResult result;
    const std::string path = target.projectPath.toStdString();
    std::error_code ec;
    for (const QString& file : files) {
        if (!std::filesystem::exists(file.toStdString(), ec)) {
            // Checked before anything is replaced: a vanished CSV must not cost the user the file they chose.
            result.error = clv::Error{clv::ErrorCode::FileNotFound, "no such file", file.toStdString(), 0, 0};
            return result;
        }
    }
    if (target.mode == ProjectTarget::Replace)
        removeProjectFile(path);
    const bool createdHere = target.mode != ProjectTarget::Existing && !std::filesystem::exists(path, ec);
    {
        auto db = clv::project::open(path, target.mode == ProjectTarget::Existing
                                               ? clv::Database::OpenMode::OpenExisting
                                               : clv::Database::OpenMode::CreateIfMissing);
        if (!db) {
            result.error = db.error();
            return result;
        }
        result = importAll(*db, files, options, stop, progress);
        if (result.ok() && saveAs) {
            if (auto saved = clv::saveUserPreset(*db, *saveAs); !saved)
                result.presetError = saved.error();
        }
    }
    if (!result.ok() && createdHere)
        removeProjectFile(path);
    return result;
}

}  // namespace importjobs

ImportJobRunner::ImportJobRunner(QObject* parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
    m_pool.setObjectName(QStringLiteral("ImportJobPool"));
    connect(&m_watcher, &QFutureWatcher<ImportJobResult>::finished, this, &ImportJobRunner::onWatcherFinished);
}

ImportJobRunner::~ImportJobRunner()
{
    m_pending.reset();
    cancel();
    waitForFinished();
    m_pool.waitForDone();
}

bool ImportJobRunner::start(Job job)
{
    if (m_running)
        return false;
    launch(std::move(job));
    return true;
}

void ImportJobRunner::startLatest(Job job)
{
    if (!m_running) {
        launch(std::move(job));
        return;
    }
    m_pending = std::move(job);
    m_stop.request_stop();
}

void ImportJobRunner::cancel()
{
    m_pending.reset();
    if (m_running)
        m_stop.request_stop();
}

void ImportJobRunner::waitForFinished()
{
    m_watcher.waitForFinished();
}

void ImportJobRunner::launch(Job job)
{
    m_running = true;
    m_stop = std::stop_source();
    const quint64 generation = ++m_generation;
    importjobs::Progress progress = [this, generation](double fraction) {
        QMetaObject::invokeMethod(
            this,
            [this, generation, fraction] {
                if (m_running && generation == m_generation && !m_pending)
                    emit progressChanged(fraction);
            },
            Qt::QueuedConnection);
    };
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [job = std::move(job), token = m_stop.get_token(), progress] {
        try {
            return job(token, progress);
        } catch (const std::exception& e) {  // e.g. std::bad_alloc: report it instead of terminating
            ImportJobResult failed;
            failed.error = clv::Error{clv::ErrorCode::Internal, e.what(), {}, 0, 0};
            return failed;
        }
    }));
}

void ImportJobRunner::onWatcherFinished()
{
    if (!m_running)
        return;
    m_running = false;
    if (m_pending) {
        Job next = std::move(*m_pending);
        m_pending.reset();
        launch(std::move(next));
        return;
    }
    const ImportJobResult result = m_watcher.future().result();
    emit finished(result);
}

}  // namespace clv::ui
