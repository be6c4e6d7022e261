// SPDX-License-Identifier: MIT
#include "PurchaseModel.h"

#include <cmath>

namespace clv {
namespace {

template <typename F>
auto dispatch(PurchaseModelKind kind, const std::array<double, 4>& p, F&& f)
{
    switch (kind) {
    case PurchaseModelKind::BgNbd:
        return f(BgNbd{p[0], p[1], p[2], p[3]});
    case PurchaseModelKind::MbgNbd:
        return f(MbgNbd{p[0], p[1], p[2], p[3]});
    case PurchaseModelKind::ParetoNbd:
        break;
    }
    return f(ParetoNbd{p[0], p[1], p[2], p[3]});
}

}  // namespace

const char* purchaseModelName(PurchaseModelKind kind)
{
    switch (kind) {
    case PurchaseModelKind::BgNbd:
        return "bgnbd";
    case PurchaseModelKind::MbgNbd:
        return "mbgnbd";
    case PurchaseModelKind::ParetoNbd:
        break;
    }
    return "pareto";
}

std::optional<PurchaseModelKind> parsePurchaseModelKind(std::string_view name)
{
    if (name == "bgnbd")
        return PurchaseModelKind::BgNbd;
    if (name == "mbgnbd")
        return PurchaseModelKind::MbgNbd;
    if (name == "pareto")
        return PurchaseModelKind::ParetoNbd;
    return std::nullopt;
}

double unitsPerMonth(TimeUnit unit) { return (365.25 / 12.0) / daysPerUnit(unit); }

PurchaseModel::PurchaseModel(const BgNbd& m, TimeUnit unit)
    : m_kind(PurchaseModelKind::BgNbd), m_unit(unit), m_p{m.r, m.alpha, m.a, m.b}
{
}

PurchaseModel::PurchaseModel(const MbgNbd& m, TimeUnit unit)
    : m_kind(PurchaseModelKind::MbgNbd), m_unit(unit), m_p{m.r, m.alpha, m.a, m.b}
{
}

PurchaseModel::PurchaseModel(const ParetoNbd& m, TimeUnit unit)
    : m_kind(PurchaseModelKind::ParetoNbd), m_unit(unit), m_p{m.r, m.alpha, m.s, m.beta}
{
}

Result<PurchaseModel> PurchaseModel::fromFit(const FitResult& fit)
{
    const auto kind = parsePurchaseModelKind(fit.model);
    if (!kind)
        return fail(ErrorCode::InvalidArgument, "not a purchase model fit: " + fit.model);
    const bool pareto = *kind == PurchaseModelKind::ParetoNbd;
    const char* names[4] = {"r", "alpha", pareto ? "s" : "a", pareto ? "beta" : "b"};
    std::array<double, 4> p{};
    for (std::size_t i = 0; i < 4; ++i) {
        p[i] = fit.parameter(names[i]);
        if (!(p[i] > 0.0) || !std::isfinite(p[i]))
            return fail(ErrorCode::InvalidArgument, std::string("parameter ") + names[i] + " is not a positive number");
    }
    PurchaseModel m(BgNbd{}, fit.unit);
    m.m_kind = *kind;
    m.m_p = p;
    return m;
}

PurchaseModel PurchaseModel::withParameters(const std::array<double, 4>& p) const
{
    PurchaseModel m = *this;
    m.m_p = p;
    return m;
}

double PurchaseModel::retention() const
{
    if (m_kind == PurchaseModelKind::ParetoNbd)
        return std::exp(m_p[2] * std::log(m_p[3] / (m_p[3] + unitsPerMonth(m_unit))));
    return m_p[3] / (m_p[2] + m_p[3]);
}

Result<PurchaseModel> PurchaseModel::adjusted(const BehaviourChange& change) const
{
    if (!std::isfinite(change.frequencyPercent) || !(change.frequencyPercent > -100.0))
        return fail(ErrorCode::InvalidArgument, "frequency change must be above -100 %");
    if (!std::isfinite(change.retentionPoints))
        return fail(ErrorCode::InvalidArgument, "retention change is not a number");
    std::array<double, 4> p = m_p;
    p[1] = m_p[1] / (1.0 + change.frequencyPercent / 100.0);
    if (change.retentionPoints != 0.0) {
        const double target = retention() + change.retentionPoints / 100.0;
        if (!(target > 0.0 && target < 1.0))
            return fail(ErrorCode::InvalidArgument, "retention would leave (0, 100) %");
        if (m_kind == PurchaseModelKind::ParetoNbd) {
            const double k = std::exp(std::log(target) / m_p[2]);  // β/(β+m)
            p[3] = unitsPerMonth(m_unit) * k / (1.0 - k);
        } else {
            const double sum = m_p[2] + m_p[3];
            p[2] = (1.0 - target) * sum;
            p[3] = target * sum;
        }
        if (!(p[2] > 0.0 && p[3] > 0.0 && std::isfinite(p[3])))
            return fail(ErrorCode::InvalidArgument, "retention change gives an invalid dropout distribution");
    }
    return withParameters(p);
}

double PurchaseModel::expectedPurchases(double t) const
{
    return dispatch(m_kind, m_p, [&](const auto& m) { return m.expectedPurchases(t); });
}

double PurchaseModel::conditionalExpectedPurchases(double t, double x, double recency, double T) const
{
    return dispatch(m_kind, m_p,
                          [&](const auto& m) { return m.conditionalExpectedPurchases(t, x, recency, T); });
}

double PurchaseModel::aliveExpectedPurchases(double t, double x, double T) const
{
    return dispatch(m_kind, m_p, [&](const auto& m) { return m.aliveExpectedPurchases(t, x, T); });
}

void PurchaseModel::aliveExpectedPurchases(std::span<const double> t, double x, double T, std::span<double> out) const
{
    dispatch(m_kind, m_p, [&](const auto& m) {
        m.aliveExpectedPurchases(t, x, T, out);
        return 0;
    });
}

double PurchaseModel::probabilityAlive(double x, double recency, double T) const
{
    return dispatch(m_kind, m_p, [&](const auto& m) { return m.probabilityAlive(x, recency, T); });
}

}  // namespace clv
