// SPDX-License-Identifier: MIT
#pragma once

#include "core/import/OrderImporter.h"
#include "core/metrics/CustomerSummary.h"
#include "core/metrics/Revenue.h"
#include "core/storage/Project.h"
#include "core/util/Error.h"

#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace clv::ui {

/// Everything the pages show for one project, computed by core on a worker thread and then handed to the GUI
/// thread as an immutable snapshot.
struct ProjectData {
    QString path;
    clv::project::Counts counts;
    std::shared_ptr<const clv::CustomerSummary> summary;  ///< never null; no rows for a project without orders
    std::vector<clv::MonthlyRevenue> revenue;             ///< one entry per month, empty without orders
};

enum class TaskKind { Load, Create, Import };

/// How an import treats the project file: it must exist, it is created when missing, or an existing file is
/// replaced by a new project (the user confirmed overwriting it in the save dialog).
enum class ProjectTarget { Existing, CreateIfMissing, Replace };

/// Where a task is, for the progress label.
enum class TaskStage { Opening, Creating, Importing, Summarizing, Revenue };

/// The result of one background task: either data (and, for imports, the report) or an error.
struct TaskOutcome {
    TaskKind kind = TaskKind::Load;
    QString projectPath;
    QString csvPath;
    std::shared_ptr<const ProjectData> data;
    std::shared_ptr<const clv::ImportReport> importReport;
    std::optional<clv::Error> error;

    bool ok() const { return !error.has_value(); }
    bool cancelled() const { return error && error->code == clv::ErrorCode::Cancelled; }
};

}  // namespace clv::ui
