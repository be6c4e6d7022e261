// SPDX-License-Identifier: MIT
#pragma once

#include "core/models/ClvInterval.h"
#include "core/models/ModelPipeline.h"
#include "core/models/Valuation.h"
#include "core/storage/ModelResultStore.h"
#include "core/util/Error.h"

#include <QString>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace clv::ui {

/// The project's active probabilistic model, fitted by core off the GUI thread on ProjectData::summary (same row
/// order) and handed to the pages as an immutable snapshot: Overview (model CLV, forecast), Customers (CLV and
/// P(alive) columns, customer detail), What-if (scenario engine baseline).
struct ModelSnapshot {
    QString projectPath;
    clv::PurchaseModelKind kind = clv::PurchaseModelKind::BgNbd;
    /// Fitted with one group per RFM segment (labels from ProjectData::rfm), so totals come per segment too.
    std::shared_ptr<const clv::FittedModels> models;
    std::vector<std::string> groupNames;  ///< per group: the RFM segment names (one "All customers" without RFM)
    clv::ValuationSettings settings;      ///< the baseline valuation settings (horizon, discount rate, margin)
    /// Per summary row and totals (monthly forecast of purchases and revenue) under `settings`.
    std::shared_ptr<const clv::Valuation> valuation;
    /// 95 % interval on total and per-group CLV from the parameter covariances; null when it could not be computed
    /// (e.g. a singular Hessian), with the reason in intervalError.
    std::shared_ptr<const clv::ClvInterval> interval;
    std::optional<clv::Error> intervalError;
    /// The headline figures (totals, interval, monthly forecast and its band) as the Overview shows them and as
    /// they are stored in the project; never null in a published snapshot.
    std::shared_ptr<const clv::modelstore::ModelFigures> figures;
    bool reusedStoredFits = false;  ///< the fits came from the project file (same inputs), nothing was fitted
};

}  // namespace clv::ui
