// SPDX-License-Identifier: MIT
#pragma once

#include "core/models/FitResult.h"
#include "core/models/PurchaseModel.h"
#include "core/models/Valuation.h"
#include "core/storage/Database.h"
#include "core/util/Result.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace clv::modelstore {

/// Version of the stored body and of the model code that produced it. Records of another version are ignored on
/// load (the model is then fitted again), so bump it whenever a fit, valuation or interval would give other numbers.
inline constexpr int kFormatVersion = 1;

/// The headline figures of a valued model, as the Overview shows them: totals over the customer base, the monthly
/// revenue forecast and the two delta-method intervals. Money in currency units, months of 30.4375 days.
struct ModelFigures {
    PurchaseModelKind kind = PurchaseModelKind::BgNbd;
    ValuationSettings settings;
    double customers = 0.0;  ///< customers the valuation used
    double totalClv = 0.0;   ///< discounted gross margin over the horizon, all customers
    double meanClv = 0.0;
    std::vector<double> monthlyRevenue;  ///< expected revenue per future month k = 1..horizon
    bool hasInterval = false;            ///< interval on totalClv (parameter uncertainty)
    double intervalLevel = 0.95, intervalLower = 0.0, intervalUpper = 0.0;
    std::string intervalError;  ///< why there is no interval (empty when there is one or it was not computed)
    bool hasBand = false;       ///< interval per forecast month
    double bandLevel = 0.95;
    std::vector<double> bandLower, bandUpper;  ///< per month, like monthlyRevenue
    std::string bandError;                     ///< why there is no band
};

/// A model fitted and valued on a project, kept in the project file (table `model_results`, one row per purchase
/// model kind) so that opening the project again shows the figures at once and skips the fit. `signature` says
/// which model inputs it belongs to (inputSignature); a record whose signature, kind or settings differ from the
/// current ones is stale and must not be shown.
struct StoredModel {
    std::uint64_t signature = 0;
    ModelFigures figures;
    FitResult purchaseFit;  ///< the purchase model's fit (FitResult::model names the kind)
    FitResult spendFit;     ///< Gamma-Gamma
    std::string savedAt;    ///< UTC ISO 8601, set by save()
};

/// A 64-bit fingerprint of everything a fit and valuation read besides the settings: each observation's
/// frequency, recency, T and monetary value (bit patterns), the group label of each customer, the group names and
/// the time unit. Identical inputs give identical signatures; any change (one order, one date) gives another.
std::uint64_t inputSignature(std::span<const RfmObservation> observations, std::span<const std::uint32_t> groups,
                             std::span<const std::string> groupNames, TimeUnit unit);

/// Replaces the record of `model.figures.kind`. Database errors as values.
Result<void> save(Database& db, const StoredModel& model);
/// Every record of the current format (at most one per kind); records of another format or that do not parse
/// are skipped. An older project without the table gives an empty list.
Result<std::vector<StoredModel>> loadAll(Database& db);

/// The text body stored for a record (line based, doubles with 17 significant digits so they read back bit for
/// bit), and its inverse; Parse error naming the line for a malformed body.
std::string serialize(const StoredModel& model);
Result<StoredModel> parse(std::string_view body);

/// True when the two settings are equal field by field (exact doubles).
bool sameSettings(const ValuationSettings& a, const ValuationSettings& b);

}  // namespace clv::modelstore
