// SPDX-License-Identifier: MIT
#include "core/models/ModelPipeline.h"

#include "core/models/BgNbd.h"
#include "core/models/MbgNbd.h"
#include "core/models/ParetoNbd.h"
#include "core/models/Valuation.h"

#include <future>
#include <utility>

namespace clv {
namespace {

/// A context whose progress maps [0, 1] onto [from, to] of `ctx`'s progress.
TaskContext subRange(const TaskContext& ctx, double from, double to)
{
    TaskContext sub{ctx.stop, {}};
    if (ctx.progress)
        sub.progress = [&ctx, from, to](double f) { ctx.progress(from + (to - from) * f); };
    return sub;
}

}  // namespace

Result<FitResult> fitPurchaseModel(PurchaseModelKind kind, std::span<const RfmObservation> data, TimeUnit unit,
                                   const FitOptions& options, const TaskContext& ctx)
{
    const auto take = [](auto&& res) -> Result<FitResult> {
        if (!res)
            return fail(res.error());
        return std::move(res->fit);
    };
    switch (kind) {
    case PurchaseModelKind::BgNbd:
        return take(fitBgNbd(data, unit, options, ctx));
    case PurchaseModelKind::MbgNbd:
        return take(fitMbgNbd(data, unit, options, ctx));
    case PurchaseModelKind::ParetoNbd:
        break;
    }
    return take(fitParetoNbd(data, unit, options, ctx));
}

Result<PurchaseAndSpendFits> fitPurchaseAndSpend(PurchaseModelKind kind, std::span<const RfmObservation> data,
                                                 TimeUnit unit, const TaskContext& ctx)
{
    const TaskContext spendCtx{ctx.stop, {}};
    auto spendFuture = std::async(std::launch::async, [data, unit, &spendCtx] {
        return fitGammaGamma(data, unit, {}, spendCtx);
    });
    auto purchaseFit = fitPurchaseModel(kind, data, unit, {}, ctx);
    auto spendFit = spendFuture.get();
    if (!purchaseFit)
        return fail(purchaseFit.error());
    if (!spendFit)
        return fail(spendFit.error());
    return PurchaseAndSpendFits{std::move(*purchaseFit), std::move(*spendFit)};
}

Result<FittedModels> fitModelChain(const CustomerSummary& summary, const ModelChainOptions& options,
                                   const TaskContext& ctx)
{
    const TimeUnit unit = summary.options.unit;
    std::vector<RfmObservation> data = toObservations(summary);

    Result<PurchaseAndSpendFits> fits = fail(ErrorCode::Internal, "not fitted");
    if (options.reusePurchaseFit && options.reuseSpendFit) {
        const FitResult& purchase = *options.reusePurchaseFit;
        const FitResult& spend = *options.reuseSpendFit;
        if (purchase.model != purchaseModelName(options.purchase) || spend.model != "gg" || purchase.unit != unit
            || spend.unit != unit)
            return fail(ErrorCode::InvalidArgument, "the fits to reuse are of another model or time unit");
        fits = PurchaseAndSpendFits{purchase, GammaGammaFit{GammaGamma::fromFit(spend), spend}};
    } else {
        fits = fitPurchaseAndSpend(options.purchase, data, unit, subRange(ctx, 0.0, 0.85));
    }
    if (!fits)
        return fail(fits.error());
    auto model = PurchaseModel::fromFit(fits->purchaseFit);
    if (!model)
        return fail(model.error());
    if (auto checked = checkedSpendModel(fits->spendFit.model); !checked)
        return fail(checked.error());

    const TaskContext baseCtx = subRange(ctx, 0.85, 1.0);
    auto base = CustomerBase::build(data, options.groups, options.groupCount, baseCtx);
    if (!base)
        return fail(base.error());
    if (ctx.progress)
        ctx.progress(1.0);
    return FittedModels{unit,   std::move(data),           std::move(fits->purchaseFit), std::move(fits->spendFit.fit),
                        *model, fits->spendFit.model, std::move(*base)};
}

}  // namespace clv
