// SPDX-License-Identifier: MIT
#include "FitDiagnostics.h"

#include "core/numeric/SpecialFunctions.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <string>

namespace clv {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// ln of Γ(r+n) / (Γ(r) n!) for n = 0 .. count − 1 (the part of the NBD probabilities that does not depend on t).
std::vector<double> nbdLogCoefficients(double r, int count)
{
    std::vector<double> c(static_cast<std::size_t>(count));
    for (int n = 0; n < count; ++n)
        c[static_cast<std::size_t>(n)] =
            numeric::logGamma(r + n) - numeric::logGamma(r) - numeric::logGamma(n + 1.0);
    return c;
}

/// NBD(n; t) = Γ(r+n)/(Γ(r) n!) · (α/(α+t))^r · (t/(α+t))^n: the Poisson-Gamma count of purchases in (0, t] of a
/// customer who stays alive throughout, for n = 0 .. out.size() − 1.
void nbdProbabilities(std::span<const double> logCoeff, double r, double alpha, double t, std::span<double> out)
{
    const double logP = std::log(alpha / (alpha + t));
    const double logQ = t > 0.0 ? std::log(t / (alpha + t)) : -std::numeric_limits<double>::infinity();
    for (std::size_t n = 0; n < out.size(); ++n) {
        const double dn = static_cast<double>(n);
        out[n] = n == 0 ? std::exp(r * logP) : std::exp(logCoeff[n] + r * logP + dn * logQ);
    }
}

/// BG/NBD (shift 0) and MBG/NBD (shift 1): the customer survives each dropout opportunity (after every repeat
/// purchase, plus at time 0 for MBG/NBD) with a Beta(a, b) distributed probability 1 − p.
/// P(n) = B(a, b+n+shift)/B(a,b)·NBD(n) + [n + shift > 0]·B(a+1, b+n+shift−1)/B(a,b)·P(NBD >= n).
std::vector<double> betaGeometricProbabilities(const std::array<double, 4>& p, double t, int count, int shift)
{
    const double r = p[0], alpha = p[1], a = p[2], b = p[3];
    std::vector<double> nbd(static_cast<std::size_t>(count));
    nbdProbabilities(nbdLogCoefficients(r, count), r, alpha, t, nbd);
    const double lbab = numeric::logBeta(a, b);
    std::vector<double> out(nbd.size());
    double cdf = 0.0;  // P(NBD count < n)
    for (int n = 0; n < count; ++n) {
        const auto i = static_cast<std::size_t>(n);
        const double dn = n + shift;
        double value = std::exp(numeric::logBeta(a, b + dn) - lbab) * nbd[i];
        if (n + shift > 0)
            value += std::exp(numeric::logBeta(a + 1.0, b + dn - 1.0) - lbab) * std::max(0.0, 1.0 - cdf);
        out[i] = value;
        cdf += nbd[i];
    }
    return out;
}

/// ∫ of sβ^s/(β+u)^(s+1) · NBD(n; u) over [from, to] for every n, by vector-valued adaptive Simpson quadrature
/// (the error test is on the largest component).
class LifetimeIntegral {
public:
    LifetimeIntegral(const std::array<double, 4>& p, int count)
        : m_r(p[0]), m_alpha(p[1]), m_s(p[2]), m_beta(p[3]), m_coeff(nbdLogCoefficients(p[0], count)),
          m_count(static_cast<std::size_t>(count))
    {
    }

    std::vector<double> integrate(double from, double to) const
    {
        const auto fa = eval(from), fb = eval(to), fm = eval(0.5 * (from + to));
        const auto whole = simpson(from, to, fa, fm, fb);
        std::vector<double> acc(m_count, 0.0);
        refine(from, to, fa, fm, fb, whole, 1e-12, 0, acc);
        return acc;
    }

private:
    static constexpr int kMinDepth = 5;   // 32 panels before the error test is trusted
    static constexpr int kMaxDepth = 40;

    std::vector<double> eval(double u) const
    {
        std::vector<double> v(m_count);
        nbdProbabilities(m_coeff, m_r, m_alpha, u, v);
        const double density = m_s / m_beta * std::exp(-(m_s + 1.0) * std::log1p(u / m_beta));
        for (double& x : v)
            x *= density;
        return v;
    }

    std::vector<double> simpson(double a, double b, const std::vector<double>& fa, const std::vector<double>& fm,
                                const std::vector<double>& fb) const
    {
        std::vector<double> s(m_count);
        for (std::size_t i = 0; i < m_count; ++i)
            s[i] = (b - a) / 6.0 * (fa[i] + 4.0 * fm[i] + fb[i]);
        return s;
    }

    void refine(double a, double b, const std::vector<double>& fa, const std::vector<double>& fm,
                const std::vector<double>& fb, const std::vector<double>& whole, double tol, int depth,
                std::vector<double>& acc) const
    {
        const double m = 0.5 * (a + b);
        const auto flm = eval(0.5 * (a + m)), frm = eval(0.5 * (m + b));
        const auto left = simpson(a, m, fa, flm, fm), right = simpson(m, b, fm, frm, fb);
        double error = 0.0;
        for (std::size_t i = 0; i < m_count; ++i)
            error = std::max(error, std::abs(left[i] + right[i] - whole[i]));
        if (depth >= kMaxDepth || (depth >= kMinDepth && error <= 15.0 * tol)) {
            for (std::size_t i = 0; i < m_count; ++i)
                acc[i] += left[i] + right[i] + (left[i] + right[i] - whole[i]) / 15.0;
            return;
        }
        refine(a, m, fa, flm, fm, left, 0.5 * tol, depth + 1, acc);
        refine(m, b, fm, frm, fb, right, 0.5 * tol, depth + 1, acc);
    }

    double m_r, m_alpha, m_s, m_beta;
    std::vector<double> m_coeff;
    std::size_t m_count;
};

std::vector<double> paretoProbabilities(const std::array<double, 4>& p, double t, int count)
{
    std::vector<double> out(static_cast<std::size_t>(count));
    nbdProbabilities(nbdLogCoefficients(p[0], count), p[0], p[1], t, out);
    const double survive = std::exp(-p[2] * std::log1p(t / p[3]));  // (β/(β+t))^s: still alive at t
    for (double& x : out)
        x *= survive;
    if (t > 0.0) {
        const auto died = LifetimeIntegral(p, count).integrate(0.0, t);
        for (std::size_t i = 0; i < out.size(); ++i)
            out[i] += died[i];
    }
    return out;
}

}  // namespace

std::vector<double> purchaseCountProbabilities(const PurchaseModel& model, double t, int count)
{
    if (count <= 0)
        return {};
    if (!std::isfinite(t) || t < 0.0)
        return std::vector<double>(static_cast<std::size_t>(count), kNaN);
    if (t == 0.0) {
        std::vector<double> out(static_cast<std::size_t>(count), 0.0);
        out[0] = 1.0;
        return out;
    }
    const auto p = model.parameters();
    switch (model.kind()) {
    case PurchaseModelKind::BgNbd:
        return betaGeometricProbabilities(p, t, count, 0);
    case PurchaseModelKind::MbgNbd:
        return betaGeometricProbabilities(p, t, count, 1);
    case PurchaseModelKind::ParetoNbd:
        break;
    }
    return paretoProbabilities(p, t, count);
}

Result<FrequencyHistogram> frequencyHistogram(const PurchaseModel& model, std::span<const RfmObservation> data,
                                              int maxBin, const TaskContext& ctx)
{
    if (maxBin < 1)
        return fail(ErrorCode::InvalidArgument, "maxBin must be at least 1");
    FrequencyHistogram out;
    out.bins.resize(static_cast<std::size_t>(maxBin) + 1);
    for (int x = 0; x <= maxBin; ++x) {
        out.bins[static_cast<std::size_t>(x)].frequency = x;
        out.bins[static_cast<std::size_t>(x)].openEnded = x == maxBin;
    }
    std::map<double, std::int64_t> ages;  // customers per distinct T: the expectation depends on T only
    for (const RfmObservation& row : data) {
        if (!std::isfinite(row.frequency) || !std::isfinite(row.T) || row.frequency < 0.0 || row.T < 0.0)
            continue;
        const double x = std::min(std::floor(row.frequency + 0.5), static_cast<double>(maxBin));
        ++out.bins[static_cast<std::size_t>(x)].actual;
        ++ages[row.T];
        ++out.customers;
    }
    if (out.customers == 0)
        return fail(ErrorCode::NoData, "no customer with valid frequency and T");

    ProgressThrottle progress(ctx);
    std::size_t done = 0;
    for (const auto& [T, customers] : ages) {
        if (ctx.cancelled())
            return fail(ErrorCode::Cancelled);
        const auto probabilities = purchaseCountProbabilities(model, T, maxBin);
        const double weight = static_cast<double>(customers);
        double below = 0.0;
        for (std::size_t x = 0; x < probabilities.size(); ++x) {
            if (!std::isfinite(probabilities[x]))
                return fail(ErrorCode::InvalidArgument, "the model gives no probability at T = " + std::to_string(T));
            out.bins[x].expected += weight * probabilities[x];
            below += probabilities[x];
        }
        out.bins.back().expected += weight * std::max(0.0, 1.0 - below);
        progress.report(static_cast<double>(++done) / static_cast<double>(ages.size()));
    }
    for (const FrequencyBin& bin : out.bins) {
        if (bin.expected > 0.0) {
            const double d = static_cast<double>(bin.actual) - bin.expected;
            out.chiSquare += d * d / bin.expected;
        }
    }
    return out;
}

}  // namespace clv
