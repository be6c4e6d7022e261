// SPDX-License-Identifier: MIT
#pragma once

#include "core/metrics/CustomerSummary.h"
#include "core/models/CustomerBase.h"
#include "core/models/FitResult.h"
#include "core/models/GammaGamma.h"
#include "core/models/PurchaseModel.h"
#include "core/util/Result.h"
#include "core/util/TaskContext.h"

#include <cstdint>
#include <span>
#include <vector>

namespace clv {

/// Fits any of the three purchase models on observations in `unit` (the fit's time unit). Errors of the model's
/// fit function (NoData, InvalidArgument, Cancelled).
Result<FitResult> fitPurchaseModel(PurchaseModelKind kind, std::span<const RfmObservation> data, TimeUnit unit,
                                   const FitOptions& options = {}, const TaskContext& ctx = {});

/// A purchase model fit and the Gamma-Gamma spend fit of the same observations.
struct PurchaseAndSpendFits {
    FitResult purchaseFit;
    GammaGammaFit spendFit;
};

/// Fits the purchase model (on this thread, with `ctx`'s progress) and Gamma-Gamma (on a second thread, same
/// stop token) at the same time: they are independent, so on two cores the wall time is that of the slower one.
/// Errors of either fit (the purchase fit's first); Cancelled on request.
Result<PurchaseAndSpendFits> fitPurchaseAndSpend(PurchaseModelKind kind, std::span<const RfmObservation> data,
                                                 TimeUnit unit, const TaskContext& ctx = {});

/// Options of the standard model chain.
struct ModelChainOptions {
    PurchaseModelKind purchase = PurchaseModelKind::BgNbd;
    /// Empty (everyone in group 0) or one label per summary row in [0, groupCount), e.g. RFM segments; the
    /// valuation and scenario totals are then also given per group.
    std::vector<std::uint32_t> groups;
    std::size_t groupCount = 1;
    /// Fits made earlier on the same observations (e.g. stored in the project with a matching
    /// modelstore::inputSignature): when both are set, of the chosen kind and in the summary's unit, they are used
    /// as they are and nothing is fitted. The caller vouches that they belong to these observations.
    const FitResult* reusePurchaseFit = nullptr;
    const FitResult* reuseSpendFit = nullptr;
};

/// What the valuation, forecast, interval and scenario functions need: the models fitted on a summary and the
/// compressed customer base. All times in `unit` (the summary's unit); money in currency units.
struct FittedModels {
    TimeUnit unit = TimeUnit::Week;
    std::vector<RfmObservation> data;  ///< one per summary row, in `unit`
    FitResult purchaseFit;             ///< BG/NBD, MBG/NBD or Pareto/NBD
    FitResult spendFit;                ///< Gamma-Gamma
    PurchaseModel model{BgNbd{}, TimeUnit::Week};
    GammaGamma spend;
    CustomerBase base;
};

/// The standard chain: observations from the summary, the purchase model and Gamma-Gamma fitted (concurrently,
/// fitPurchaseAndSpend), the spend model checked (q > 1), the base compressed. Progress: fits 0-0.85, base 0.85-1.
/// Errors of the fits (NoData for no customers), InvalidArgument for an unusable spend model or reused fits of
/// another kind or unit, Cancelled.
Result<FittedModels> fitModelChain(const CustomerSummary& summary, const ModelChainOptions& options = {},
                                   const TaskContext& ctx = {});

}  // namespace clv
