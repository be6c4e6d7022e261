// SPDX-License-Identifier: MIT
#include "core/metrics/ForecastBand.h"

#include "core/models/ClvInterval.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace clv {
namespace {

constexpr double kStep = 1e-4;

std::vector<double> monthRevenue(const CustomerBase& base, const PurchaseTable& table, const GammaGamma& spend,
                                 const ValuationSettings& settings)
{
    return aggregateClv(base, table, entrySpend(base, spend), settings).monthlyRevenue;
}


/// Adds g_i g_j Σ[i][j] / (θ_i θ_j) per month (gradients in log-parameters, covariance in natural ones).
void addQuadraticForm(const std::vector<std::vector<double>>& gradients, std::span<const double> covariance,
                      std::span<const double> theta, std::vector<double>& variance)
{
    const std::size_t n = theta.size();
    for (std::size_t k = 0; k < variance.size(); ++k)
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t j = 0; j < n; ++j)
                variance[k] += gradients[i][k] * gradients[j][k] * covariance[i * n + j] / (theta[i] * theta[j]);
}

std::vector<double> centralDifference(const std::vector<double>& up, const std::vector<double>& down)
{
    std::vector<double> g(up.size());
    for (std::size_t k = 0; k < g.size(); ++k)
        g[k] = (up[k] - down[k]) / (2.0 * kStep);
    return g;
}

}  // namespace

Result<RevenueForecastBand> revenueForecastBand(const CustomerBase& base, const PurchaseModel& model,
                                                std::span<const double> purchaseCovariance, const GammaGamma& spend,
                                                std::span<const double> spendCovariance,
                                                const ValuationSettings& settings, double level,
                                                const TaskContext& ctx)
{
    if (auto checked = checkIntervalInputs(level, settings, purchaseCovariance, spend, spendCovariance); !checked)
        return fail(checked.error());
    const GammaGamma* gg = &spend;
    auto table = computePurchaseTable(base, model, settings.horizonMonths, ctx);
    if (!table)
        return fail(table.error());
    RevenueForecastBand out;
    out.level = level;
    out.revenue = monthRevenue(base, *table, *gg, settings);

    const auto theta = model.parameters();
    std::vector<std::vector<double>> purchaseGrad;
    for (std::size_t i = 0; i < theta.size(); ++i) {
        std::array<std::vector<double>, 2> side;
        for (std::size_t s = 0; s < 2; ++s) {
            auto p = theta;
            p[i] *= std::exp(s == 0 ? kStep : -kStep);
            auto shifted = computePurchaseTable(base, model.withParameters(p), settings.horizonMonths, ctx);
            if (!shifted)
                return fail(shifted.error());
            side[s] = monthRevenue(base, *shifted, *gg, settings);
        }
        purchaseGrad.push_back(centralDifference(side[0], side[1]));
    }
    const std::array<double, 3> spendTheta{gg->p, gg->q, gg->gamma};
    std::vector<std::vector<double>> spendGrad;
    for (std::size_t i = 0; i < spendTheta.size(); ++i) {
        std::array<std::vector<double>, 2> side;
        for (std::size_t s = 0; s < 2; ++s) {
            auto p = spendTheta;
            p[i] *= std::exp(s == 0 ? kStep : -kStep);
            side[s] = monthRevenue(base, *table, GammaGamma{p[0], p[1], p[2]}, settings);
        }
        spendGrad.push_back(centralDifference(side[0], side[1]));
    }
    std::vector<double> variance(out.revenue.size(), 0.0);
    addQuadraticForm(purchaseGrad, purchaseCovariance, theta, variance);
    addQuadraticForm(spendGrad, spendCovariance, spendTheta, variance);

    const double z = normalTwoSidedQuantile(level);
    for (std::size_t k = 0; k < out.revenue.size(); ++k) {
        const double centre = out.revenue[k];
        const double se = std::sqrt(std::max(0.0, variance[k]));
        const double factor = centre > 0.0 ? std::exp(z * se / centre) : 1.0;
        out.standardError.push_back(se);
        out.lower.push_back(centre / factor);
        out.upper.push_back(centre * factor);
    }
    return out;
}

}  // namespace clv
