// SPDX-License-Identifier: MIT
#include "ClvInterval.h"

#include <array>
#include <cmath>

namespace clv {
namespace {

constexpr double kStep = 1e-4;

/// Group totals (last element: overall total) for one model and spend model.
std::vector<double> groupTotals(const CustomerBase& base, const PurchaseTable& table, const GammaGamma& spend,
                                const ValuationSettings& settings)
{
    const auto t = aggregateClv(base, table, entrySpend(base, spend), settings);
    auto out = t.groupClv;
    out.push_back(t.totalClv);
    return out;
}

/// Accumulates g_i g_j Σ_log[i][j] into `variance` for each output, given per-parameter gradients.
void addQuadraticForm(const std::vector<std::vector<double>>& gradients, std::span<const double> covariance,
                      std::span<const double> theta, std::vector<double>& variance)
{
    const std::size_t n = theta.size();
    for (std::size_t out = 0; out < variance.size(); ++out)
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t j = 0; j < n; ++j)
                variance[out] += gradients[i][out] * gradients[j][out] * covariance[i * n + j] / (theta[i] * theta[j]);
}

bool finiteAll(std::span<const double> values)
{
    for (double v : values)
        if (!std::isfinite(v))
            return false;
    return true;
}

}  // namespace

double normalTwoSidedQuantile(double level)
{
    double lo = 0.0, hi = 40.0;
    for (int i = 0; i < 200; ++i) {
        const double mid = 0.5 * (lo + hi);
        if (std::erf(mid / std::sqrt(2.0)) < level)
            lo = mid;
        else
            hi = mid;
    }
    return 0.5 * (lo + hi);
}

Result<void> checkIntervalInputs(double level, const ValuationSettings& settings,
                                 std::span<const double> purchaseCovariance, const GammaGamma& spend,
                                 std::span<const double> spendCovariance)
{
    if (!(level > 0.0 && level < 1.0))
        return fail(ErrorCode::InvalidArgument, "level must lie in (0, 1)");
    if (const auto bad = settings.validate(); !bad.empty())
        return fail(ErrorCode::InvalidArgument, bad);
    if (purchaseCovariance.size() != 16 || !finiteAll(purchaseCovariance))
        return fail(ErrorCode::InvalidArgument, "purchase model covariance unavailable");
    if (spendCovariance.size() != 9 || !finiteAll(spendCovariance))
        return fail(ErrorCode::InvalidArgument, "spend model covariance unavailable");
    if (auto gg = checkedSpendModel(spend); !gg)
        return fail(gg.error());
    return {};
}

Result<ClvInterval> clvInterval(const CustomerBase& base, const PurchaseModel& model,
                                std::span<const double> purchaseCovariance, const GammaGamma& spend,
                                std::span<const double> spendCovariance, const ValuationSettings& settings,
                                double level, const TaskContext& ctx)
{
    if (auto checked = checkIntervalInputs(level, settings, purchaseCovariance, spend, spendCovariance); !checked)
        return fail(checked.error());
    const GammaGamma* gg = &spend;
    auto table = computePurchaseTable(base, model, settings.horizonMonths, ctx);
    if (!table)
        return fail(table.error());
    const auto centre = groupTotals(base, *table, *gg, settings);

    const auto theta = model.parameters();
    std::vector<std::vector<double>> purchaseGrad;
    for (std::size_t i = 0; i < 4; ++i) {
        std::array<std::vector<double>, 2> side;
        for (int s = 0; s < 2; ++s) {
            auto p = theta;
            p[i] *= std::exp(s == 0 ? kStep : -kStep);
            auto shifted = computePurchaseTable(base, model.withParameters(p), settings.horizonMonths, ctx);
            if (!shifted)
                return fail(shifted.error());
            side[static_cast<std::size_t>(s)] = groupTotals(base, *shifted, *gg, settings);
        }
        std::vector<double> g(centre.size());
        for (std::size_t k = 0; k < g.size(); ++k)
            g[k] = (side[0][k] - side[1][k]) / (2.0 * kStep);
        purchaseGrad.push_back(std::move(g));
    }
    const std::array<double, 3> spendTheta{gg->p, gg->q, gg->gamma};
    std::vector<std::vector<double>> spendGrad;
    for (std::size_t i = 0; i < 3; ++i) {
        std::array<std::vector<double>, 2> side;
        for (int s = 0; s < 2; ++s) {
            auto p = spendTheta;
            p[i] *= std::exp(s == 0 ? kStep : -kStep);
            side[static_cast<std::size_t>(s)] = groupTotals(base, *table, GammaGamma{p[0], p[1], p[2]}, settings);
        }
        std::vector<double> g(centre.size());
        for (std::size_t k = 0; k < g.size(); ++k)
            g[k] = (side[0][k] - side[1][k]) / (2.0 * kStep);
        spendGrad.push_back(std::move(g));
    }
    std::vector<double> variance(centre.size(), 0.0);
    addQuadraticForm(purchaseGrad, purchaseCovariance, theta, variance);
    addQuadraticForm(spendGrad, spendCovariance, spendTheta, variance);

    const double z = normalTwoSidedQuantile(level);
    ClvInterval out;
    out.level = level;
    for (std::size_t k = 0; k < centre.size(); ++k) {
        const double se = std::sqrt(std::max(0.0, variance[k]));
        const double factor = centre[k] > 0.0 ? std::exp(z * se / centre[k]) : 1.0;
        const bool overall = k + 1 == centre.size();
        (overall ? out.total : out.groupTotal.emplace_back()) = centre[k];
        (overall ? out.standardError : out.groupStandardError.emplace_back()) = se;
        (overall ? out.lower : out.groupLower.emplace_back()) = centre[k] / factor;
        (overall ? out.upper : out.groupUpper.emplace_back()) = centre[k] * factor;
    }
    return out;
}

}  // namespace clv
