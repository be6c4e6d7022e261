// SPDX-License-Identifier: MIT
#include "Scenario.h"

#include <cmath>

namespace clv {

ScenarioEngine::ScenarioEngine(CustomerBase base, PurchaseModel model, GammaGamma spend)
    : m_base(std::move(base)), m_model(model), m_spend(spend)
{
    m_entrySpend = entrySpend(m_base, m_spend);
}

Result<ScenarioEngine> ScenarioEngine::create(CustomerBase base, PurchaseModel model, GammaGamma spend)
{
    auto gg = checkedSpendModel(spend);
    if (!gg)
        return fail(gg.error());
    return ScenarioEngine(std::move(base), model, *gg);
}

Result<const ScenarioEngine::Forecast*> ScenarioEngine::forecastFor(const ScenarioInputs& inputs,
                                                                    const TaskContext& ctx)
{
    for (const auto& f : m_cache)
        if (f.retentionPoints == inputs.retentionPoints && f.frequencyPercent == inputs.frequencyPercent
            && f.months == inputs.horizonMonths)
            return &f;
    auto model = m_model.adjusted({inputs.retentionPoints, inputs.frequencyPercent});
    if (!model)
        return fail(model.error());
    auto table = computePurchaseTable(m_base, *model, inputs.horizonMonths, ctx);
    if (!table)
        return fail(table.error());
    auto breakdown = monthlyBreakdown(m_base, *table, m_entrySpend);
    Forecast f;
    f.retentionPoints = inputs.retentionPoints;
    f.frequencyPercent = inputs.frequencyPercent;
    f.months = inputs.horizonMonths;
    f.groupMonthlySpend = std::move(breakdown.groupSpend);
    f.monthlyPurchases = std::move(breakdown.purchases);
    const double u = unitsPerMonth(model->unit());
    double previous = 0.0;
    for (int k = 1; k <= inputs.horizonMonths; ++k) {
        const double cumulative = model->expectedPurchases(k * u);
        if (!std::isfinite(cumulative))
            return fail(ErrorCode::InvalidArgument, "new-customer expected purchases not finite");
        f.newCustomerIncrements.push_back(std::max(0.0, cumulative - previous));
        previous = std::max(previous, cumulative);
    }
    const auto isBaseline = [](const Forecast& c) { return c.retentionPoints == 0.0 && c.frequencyPercent == 0.0; };
    if (m_cache.size() >= 2) {
        std::size_t evict = 0;
        for (std::size_t i = 0; i < m_cache.size(); ++i)
            if (isBaseline(m_cache[i]) == isBaseline(f))
                evict = i;
        m_cache.erase(m_cache.begin() + static_cast<std::ptrdiff_t>(evict));
    }
    m_cache.push_back(std::move(f));
    return &m_cache.back();
}

Result<ScenarioOutcome> ScenarioEngine::evaluate(const ScenarioInputs& inputs, const TaskContext& ctx)
{
    ValuationSettings settings;
    settings.horizonMonths = inputs.horizonMonths;
    settings.monthlyDiscountRate = inputs.monthlyDiscountRate;
    settings.grossMargin = inputs.grossMargin;
    settings.priceChangePercent = inputs.priceChangePercent;
    if (const auto bad = settings.validate(); !bad.empty())
        return fail(ErrorCode::InvalidArgument, bad);
    if (!std::isfinite(inputs.cac) || inputs.cac < 0.0)
        return fail(ErrorCode::InvalidArgument, "cac");
    auto forecast = forecastFor(inputs, ctx);
    if (!forecast)
        return fail(forecast.error());
    const Forecast& f = **forecast;
    const auto totals = totalsFromBreakdown(m_base, {f.months, f.groupMonthlySpend, f.monthlyPurchases}, settings);

    ScenarioOutcome out;
    out.customers = totals.customers;
    out.totalClv = totals.totalClv;
    out.meanClv = totals.meanClv;
    out.groupClv = totals.groupClv;
    out.groupMeanClv = totals.groupMeanClv;
    out.monthlyPurchases = totals.monthlyPurchases;
    out.monthlyRevenue = totals.monthlyRevenue;

    const double unitMargin = inputs.grossMargin * (1.0 + inputs.priceChangePercent / 100.0)
                              * m_spend.p * m_spend.gamma / (m_spend.q - 1.0);
    double cumulative = unitMargin, discount = 1.0;
    if (inputs.cac > 0.0 && cumulative >= inputs.cac)
        out.paybackMonths = 0;
    for (int k = 1; k <= f.months; ++k) {
        discount /= 1.0 + inputs.monthlyDiscountRate;
        cumulative += unitMargin * f.newCustomerIncrements[static_cast<std::size_t>(k - 1)] * discount;
        if (inputs.cac > 0.0 && !out.paybackMonths && cumulative >= inputs.cac)
            out.paybackMonths = k;
    }
    out.newCustomerLtv = cumulative;
    if (inputs.cac > 0.0)
        out.ltvToCac = cumulative / inputs.cac;
    return out;
}

}  // namespace clv
