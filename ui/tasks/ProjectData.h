// SPDX-License-Identifier: MIT
#pragma once

#include "core/import/OrderImporter.h"
#include "core/metrics/Cohorts.h"
#include "core/metrics/CustomerSummary.h"
#include "core/metrics/OrderTable.h"
#include "core/metrics/Revenue.h"
#include "core/metrics/Rfm.h"
#include "core/metrics/SimpleClv.h"
#include "core/metrics/Survival.h"
#include "core/storage/ModelResultStore.h"
#include "core/storage/Project.h"
#include "core/util/Error.h"

#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace clv::ui {

/// Overview key figures and the textbook CLV formulas, measured by core on the worker (null/empty without orders).
struct OverviewFigures {
    std::shared_ptr<const clv::ClvDataInputs> inputs;  ///< trailing-365-day inputs (AOV, active customers, churn)
    std::optional<clv::Error> inputsError;             ///< why `inputs` is null (e.g. NoData)
    double repeatRate = 0.0;    ///< customers with frequency > 0 / summary customers
    double activeShare = 0.0;   ///< inputs->activeCustomers / summary customers
    clv::SimpleClvOptions options;                     ///< margin and CAC the report was computed with
    std::shared_ptr<const clv::SimpleClvReport> simpleClv;  ///< null when inputs is null
};

/// Everything the pages show for one project, computed by core on a worker thread and then handed to the GUI
/// thread as an immutable snapshot.
struct ProjectData {
    QString path;
    clv::project::Counts counts;
    std::shared_ptr<const clv::CustomerSummary> summary;  ///< never null; no rows for a project without orders
    std::vector<clv::MonthlyRevenue> revenue;             ///< one entry per month, empty without orders

    // Analytics pages (segments, cohorts, churn), computed by core in the same background task.
    std::shared_ptr<const clv::OrderTable> orders;        ///< null without orders
    clv::RfmSegmentMap rfmGrid = clv::defaultRfmGrid();   ///< the project's stored grid, or the default one
    std::shared_ptr<const clv::RfmResult> rfm;            ///< null when there are no customers to score
    std::shared_ptr<const clv::CohortTable> cohorts;      ///< monthly cohorts; null without orders
    std::shared_ptr<const clv::LapseCurve> lapse;         ///< 3-month lapse curve; null without orders
    std::shared_ptr<const clv::KaplanMeierCurve> subscriptions;  ///< monthly; null without subscriptions
    OverviewFigures overview;  ///< KPIs and simple CLV (Overview page)

    /// Models fitted and valued on this project before (table model_results), and the signature of the current
    /// model inputs (ModelInputs.h): a stored model whose signature equals it was made on exactly this data.
    std::shared_ptr<const std::vector<clv::modelstore::StoredModel>> storedModels;
    std::uint64_t modelSignature = 0;
};

enum class TaskKind { Load, Create, Import };

/// How an import treats the project file: it must exist, it is created when missing, or an existing file is
/// replaced by a new project (the user confirmed overwriting it in the save dialog).
enum class ProjectTarget { Existing, CreateIfMissing, Replace };

/// Where a task is, for the progress label.
enum class TaskStage { Opening, Creating, Importing, Summarizing, Revenue, Analytics };

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
