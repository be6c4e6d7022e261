// SPDX-License-Identifier: MIT
#include "ui/tasks/ProjectTasks.h"

#include <cmath>
#include <filesystem>
#include <future>
#include <system_error>

namespace clv::ui::tasks {
namespace {

/// Maps a core progress fraction of one step onto [from, to] of the whole task.
TaskContext stepContext(std::stop_token stop, const StageProgress& progress, TaskStage stage, double from, double to)
{
    TaskContext ctx{std::move(stop), {}};
    if (progress) {
        progress(from, stage);
        ctx.progress = [progress, stage, from, to](double f) { progress(from + (to - from) * f, stage); };
    }
    return ctx;
}

std::optional<Error> cancelledError(const std::stop_token& stop)
{
    if (stop.stop_requested())
        return Error{ErrorCode::Cancelled, "cancelled", {}, 0, 0};
    return std::nullopt;
}

/// Counts, orders, summary and revenue from an open connection; progress covers [from, 1]. The orders are read
/// once (one scan into columns) and everything else is computed from them; the analytics reuse them.
TaskOutcome snapshot(Database& db, TaskOutcome outcome, std::stop_token stop, const StageProgress& progress,
                     double from)
{
    auto data = std::make_shared<ProjectData>();
    data->path = outcome.projectPath;

    auto customers = db.queryInt("SELECT count(*) FROM customers");
    auto imports = db.queryInt("SELECT count(*) FROM imports");
    if (!customers || !imports) {
        outcome.error = !customers ? customers.error() : imports.error();
        return outcome;
    }
    data->counts.customers = *customers;
    data->counts.imports = *imports;
    if (auto stored = modelstore::loadAll(db))  // best effort: without them the model is fitted again
        data->storedModels = std::make_shared<const std::vector<modelstore::StoredModel>>(std::move(*stored));

    const double loadEnd = from + (1.0 - from) * 0.75;
    auto table = loadOrderTable(db, stepContext(stop, progress, TaskStage::Summarizing, from, loadEnd));
    if (table) {
        auto orders = std::make_shared<const OrderTable>(std::move(*table));
        std::int64_t cents = 0;
        for (double amount : orders->amounts)
            cents += std::llround(amount * 100.0);
        data->counts.orders = static_cast<std::int64_t>(orders->orderCount());
        data->counts.netRevenue = static_cast<double>(cents) / 100.0;
        auto summary = summarizeTable(*orders, SummaryOptions{},
                                      stepContext(stop, progress, TaskStage::Summarizing, loadEnd, 0.95));
        if (!summary) {
            outcome.error = summary.error();
            return outcome;
        }
        data->summary = std::make_shared<const CustomerSummary>(std::move(*summary));
        if (progress)
            progress(0.95, TaskStage::Revenue);
        data->revenue = monthlyRevenue(*orders);
        data->orders = std::move(orders);
    } else if (table.error().code == ErrorCode::NoData) {
        data->summary = std::make_shared<const CustomerSummary>();  // an empty project is not an error
    } else {
        outcome.error = table.error();
        return outcome;
    }
    if ((outcome.error = cancelledError(stop)))
        return outcome;
    if (progress)
        progress(1.0, TaskStage::Revenue);
    outcome.data = std::move(data);
    return outcome;
}

void removeProjectFile(const std::string& path)
{
    std::error_code ec;  // best effort: ignore failures
    std::filesystem::remove(path, ec);
    std::filesystem::remove(path + "-journal", ec);
}

}  // namespace

TaskOutcome loadProject(const QString& projectPath, std::stop_token stop, const StageProgress& progress,
                        const LoadFinisher& finish)
{
    TaskOutcome outcome;
    outcome.kind = TaskKind::Load;
    outcome.projectPath = projectPath;
    if (progress)
        progress(0.0, TaskStage::Opening);
    const std::string path = projectPath.toStdString();
    auto db = project::open(path, Database::OpenMode::OpenExisting, project::IntegrityCheck::Deferred);
    if (!db) {
        outcome.error = db.error();
        return outcome;
    }
    // The integrity check reads the whole file: it runs on a second core while the orders are read, and a
    // damaged file still gives its error instead of data.
    auto check = std::async(std::launch::async, [path] { return project::quickCheck(path); });
    outcome = snapshot(*db, std::move(outcome), std::move(stop), progress, 0.05);
    if (finish)
        outcome = finish(std::move(outcome));
    if (auto checked = check.get(); !checked) {
        outcome.data.reset();
        outcome.error = checked.error();
    }
    return outcome;
}

TaskOutcome createProject(const QString& projectPath, std::stop_token stop, const StageProgress& progress)
{
    TaskOutcome outcome;
    outcome.kind = TaskKind::Create;
    outcome.projectPath = projectPath;
    if (progress)
        progress(0.0, TaskStage::Creating);
    const std::string path = projectPath.toStdString();
    removeProjectFile(path);
    auto db = project::open(path, Database::OpenMode::CreateIfMissing);
    if (!db) {
        outcome.error = db.error();
        return outcome;
    }
    return snapshot(*db, std::move(outcome), std::move(stop), progress, 0.5);
}

TaskOutcome importCsv(const QString& projectPath, const QString& csvPath, ProjectTarget target, std::stop_token stop,
                      const StageProgress& progress)
{
    TaskOutcome outcome;
    outcome.kind = TaskKind::Import;
    outcome.projectPath = projectPath;
    outcome.csvPath = csvPath;
    const std::string path = projectPath.toStdString();
    std::error_code ec;
    if (target == ProjectTarget::Replace && !std::filesystem::exists(csvPath.toStdString(), ec)) {
        // Check before deleting anything: a missing CSV must not cost the user the file they chose to replace.
        outcome.error = Error{ErrorCode::FileNotFound, "no such file", csvPath.toStdString(), 0, 0};
        return outcome;
    }
    if (target == ProjectTarget::Replace)
        removeProjectFile(path);
    const bool createdHere = target != ProjectTarget::Existing && !std::filesystem::exists(path, ec);
    if (progress)
        progress(0.0, createdHere ? TaskStage::Creating : TaskStage::Opening);
    {
        auto db = project::open(path, target == ProjectTarget::Existing ? Database::OpenMode::OpenExisting
                                                                        : Database::OpenMode::CreateIfMissing);
        if (!db) {
            outcome.error = db.error();
            return outcome;  // open failed: nothing was created
        }
        auto report = importOrdersCsv(*db, csvPath.toStdString(),
                                      stepContext(stop, progress, TaskStage::Importing, 0.02, 0.7));
        if (report) {
            // The import is committed: from here on the task is no longer cancellable, otherwise the user would be
            // told "cancelled" about data that is already stored.
            outcome.importReport = std::make_shared<const ImportReport>(std::move(*report));
            return snapshot(*db, std::move(outcome), std::stop_token{}, progress, 0.7);
        } else {
            outcome.error = report.error();
        }
    }  // the connection is closed here, before a new file may be removed
    if (createdHere)
        removeProjectFile(path);
    return outcome;
}

}  // namespace clv::ui::tasks
