// SPDX-License-Identifier: MIT
#include "Optimizer.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace clv::numeric {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

double dot(std::span<const double> a, std::span<const double> b)
{
    double s = 0.0;
    for (std::size_t i = 0; i < a.size(); ++i)
        s += a[i] * b[i];
    return s;
}

double normInf(std::span<const double> v)
{
    double m = 0.0;
    for (double e : v)
        m = std::max(m, std::abs(e));
    return m;
}

bool allFinite(std::span<const double> v)
{
    return std::all_of(v.begin(), v.end(), [](double e) { return std::isfinite(e); });
}

/// One evaluation along the search line x + alpha·p.
struct LinePoint {
    double alpha = 0.0;
    double f = kInf;
    double slope = 0.0;  // ∇f · p
    std::vector<double> x, g;
};

class LineSearch {
public:
    LineSearch(const Objective& f, const BfgsParams& params, std::span<const double> x, std::span<const double> p,
               int& evaluations)
        : m_f(f), m_params(params), m_x(x), m_p(p), m_evaluations(evaluations)
    {
    }

    /// Strong-Wolfe search (Nocedal & Wright, algorithms 3.5 and 3.6). Returns a point with sufficient decrease,
    /// or nothing (alpha = 0) when none was found.
    LinePoint run(const LinePoint& start, double alphaInit, double alphaMax)
    {
        m_start = start;
        LinePoint prev = start;
        double alpha = std::min(alphaInit, alphaMax);
        for (int i = 0; i < m_params.maxLineSearchSteps; ++i) {
            LinePoint cur = evaluate(alpha);
            if (!std::isfinite(cur.f)) {  // outside the domain: shrink towards the last good point
                alpha = prev.alpha + 0.25 * (alpha - prev.alpha);
                continue;
            }
            if (!armijo(cur) || (i > 0 && cur.f >= prev.f))
                return zoom(prev, cur);
            if (std::abs(cur.slope) <= -m_params.wolfeC2 * start.slope)
                return cur;
            if (cur.slope >= 0.0)
                return zoom(cur, prev);
            if (alpha >= alphaMax)
                return cur;  // sufficient decrease at the longest allowed step
            prev = std::move(cur);
            alpha = std::min(2.0 * alpha, alphaMax);
        }
        return prev;  // the start point (alpha 0) when nothing better was found
    }

private:
    bool armijo(const LinePoint& pt) const
    {
        return pt.f <= m_start.f + m_params.wolfeC1 * pt.alpha * m_start.slope;
    }

    LinePoint evaluate(double alpha)
    {
        LinePoint pt;
        pt.alpha = alpha;
        pt.x.resize(m_x.size());
        pt.g.assign(m_x.size(), 0.0);
        for (std::size_t i = 0; i < m_x.size(); ++i)
            pt.x[i] = m_x[i] + alpha * m_p[i];
        ++m_evaluations;
        pt.f = m_f(pt.x, pt.g);
        if (!std::isfinite(pt.f) || !allFinite(pt.g))
            pt.f = kInf;
        pt.slope = dot(pt.g, m_p);
        return pt;
    }

    LinePoint zoom(LinePoint lo, LinePoint hi)
    {
        for (int i = 0; i < m_params.maxLineSearchSteps; ++i) {
            const double width = hi.alpha - lo.alpha;
            double alpha = lo.alpha + 0.5 * width;
            if (std::isfinite(hi.f)) {  // safeguarded quadratic interpolation
                const double denom = 2.0 * (hi.f - lo.f - lo.slope * width);
                if (denom > 0.0) {
                    const double trial = lo.alpha - lo.slope * width * width / denom;
                    const double a = std::min(lo.alpha, hi.alpha), b = std::max(lo.alpha, hi.alpha);
                    const double margin = 0.1 * (b - a);
                    if (trial > a + margin && trial < b - margin)
                        alpha = trial;
                }
            }
            if (std::abs(width) < 1e-16 * std::max(1.0, std::abs(lo.alpha)))
                break;
            LinePoint cur = evaluate(alpha);
            if (!std::isfinite(cur.f) || !armijo(cur) || cur.f >= lo.f) {
                hi = std::move(cur);
            } else {
                if (std::abs(cur.slope) <= -m_params.wolfeC2 * m_start.slope)
                    return cur;
                if (cur.slope * (hi.alpha - lo.alpha) >= 0.0)
                    hi = lo;
                lo = std::move(cur);
            }
        }
        return lo;  // best point with sufficient decrease found, or the start (alpha 0)
    }

    const Objective& m_f;
    const BfgsParams& m_params;
    std::span<const double> m_x;
    std::span<const double> m_p;
    int& m_evaluations;
    LinePoint m_start;
};

}  // namespace

std::string BfgsParams::validate() const
{
    if (maxIterations < 1)
        return "maxIterations";
    if (!(gradientTolerance > 0.0))
        return "gradientTolerance";
    if (!(relativeTolerance >= 0.0))
        return "relativeTolerance";
    if (maxLineSearchSteps < 1)
        return "maxLineSearchSteps";
    if (!(wolfeC1 > 0.0 && wolfeC1 < wolfeC2 && wolfeC2 < 1.0))
        return "wolfeC1/wolfeC2";
    if (!(maxStep > 0.0))
        return "maxStep";
    return {};
}

const char* bfgsStatusName(BfgsStatus status)
{
    switch (status) {
    case BfgsStatus::Converged: return "converged";
    case BfgsStatus::SmallChange: return "small-change";
    case BfgsStatus::MaxIterations: return "max-iterations";
    case BfgsStatus::LineSearchFailed: return "line-search-failed";
    case BfgsStatus::NonFiniteStart: return "non-finite-start";
    case BfgsStatus::Cancelled: return "cancelled";
    }
    return "unknown";
}

Result<BfgsResult> minimizeBfgs(const Objective& f, std::vector<double> x0, const BfgsParams& params,
                                const std::function<bool()>& stop)
{
    if (auto bad = params.validate(); !bad.empty())
        return fail(ErrorCode::InvalidArgument, "invalid optimizer parameter: " + bad);
    if (x0.empty())
        return fail(ErrorCode::InvalidArgument, "empty starting point");
    const std::size_t n = x0.size();
    BfgsResult res;
    res.x = std::move(x0);
    res.gradient.assign(n, 0.0);
    res.evaluations = 1;
    res.value = f(res.x, res.gradient);
    res.gradientNorm = normInf(res.gradient);
    if (!std::isfinite(res.value) || !allFinite(res.gradient) || !allFinite(res.x)) {
        res.status = BfgsStatus::NonFiniteStart;
        return res;
    }
    std::vector<double> h(n * n, 0.0);  // inverse Hessian approximation
    const auto resetH = [&] {
        std::fill(h.begin(), h.end(), 0.0);
        for (std::size_t i = 0; i < n; ++i)
            h[i * n + i] = 1.0;
    };
    resetH();
    bool fresh = true;  // h is the identity (no curvature information yet)
    if (params.initialInverseHessian.size() == n * n && allFinite(params.initialInverseHessian)) {
        h = params.initialInverseHessian;
        fresh = false;
    }
    int smallChanges = 0;
    std::vector<double> p(n), s(n), y(n), hy(n);
    res.status = BfgsStatus::MaxIterations;
    for (res.iterations = 0; res.iterations < params.maxIterations; ++res.iterations) {
        if (res.gradientNorm <= params.gradientTolerance * std::max(1.0, std::abs(res.value))) {
            res.status = BfgsStatus::Converged;
            break;
        }
        if (stop && stop()) {
            res.status = BfgsStatus::Cancelled;
            break;
        }
        for (std::size_t i = 0; i < n; ++i) {
            p[i] = 0.0;
            for (std::size_t j = 0; j < n; ++j)
                p[i] -= h[i * n + j] * res.gradient[j];
        }
        double slope = dot(p, res.gradient);
        if (!(slope < 0.0)) {  // not a descent direction: fall back to steepest descent
            resetH();
            fresh = true;
            for (std::size_t i = 0; i < n; ++i)
                p[i] = -res.gradient[i];
            slope = dot(p, res.gradient);
        }
        const double pNorm = normInf(p);
        const double alphaMax = params.maxStep / std::max(pNorm, 1e-300);
        const double alphaInit = fresh ? std::min(1.0, 1.0 / std::max(pNorm, 1e-300)) : 1.0;
        LinePoint start;
        start.f = res.value;
        start.slope = slope;
        LineSearch search(f, params, res.x, p, res.evaluations);
        LinePoint next = search.run(start, alphaInit, alphaMax);
        if (next.alpha <= 0.0) {
            if (!fresh) {  // retry once along steepest descent with a fresh Hessian
                resetH();
                fresh = true;
                continue;
            }
            // At the optimum to working precision the predicted decrease is below what f can resolve: no
            // step can lower f any more, which is convergence in value, not a failure.
            const double resolvable = 1e3 * std::numeric_limits<double>::epsilon() * std::max(1.0, std::abs(res.value));
            res.status = -slope <= resolvable ? BfgsStatus::SmallChange : BfgsStatus::LineSearchFailed;
            break;
        }
        for (std::size_t i = 0; i < n; ++i) {
            s[i] = next.x[i] - res.x[i];
            y[i] = next.g[i] - res.gradient[i];
        }
        const double change = res.value - next.f;
        res.x = std::move(next.x);
        res.gradient = std::move(next.g);
        res.value = next.f;
        res.gradientNorm = normInf(res.gradient);
        const double sy = dot(s, y);
        if (sy > 1e-12 * std::sqrt(dot(s, s) * dot(y, y))) {
            if (fresh) {  // Nocedal & Wright (6.20): scale the initial matrix before the first update
                const double scale = sy / dot(y, y);
                for (std::size_t i = 0; i < n; ++i)
                    h[i * n + i] = scale;
                fresh = false;
            }
            const double rho = 1.0 / sy;
            for (std::size_t i = 0; i < n; ++i) {
                hy[i] = 0.0;
                for (std::size_t j = 0; j < n; ++j)
                    hy[i] += h[i * n + j] * y[j];
            }
            const double yhy = dot(y, hy);
            for (std::size_t i = 0; i < n; ++i)
                for (std::size_t j = 0; j < n; ++j)
                    h[i * n + j] += -rho * (hy[i] * s[j] + s[i] * hy[j]) + (rho * rho * yhy + rho) * s[i] * s[j];
        }
        smallChanges = change <= params.relativeTolerance * std::max(1.0, std::abs(res.value)) ? smallChanges + 1 : 0;
        if (smallChanges >= 3) {
            res.status = res.gradientNorm <= params.gradientTolerance * std::max(1.0, std::abs(res.value))
                             ? BfgsStatus::Converged
                             : BfgsStatus::SmallChange;
            ++res.iterations;
            break;
        }
    }
    res.inverseHessian = std::move(h);
    return res;
}

void numericGradient(const std::function<double(std::span<const double>)>& f, std::span<const double> x,
                     std::span<double> grad, double step)
{
    std::vector<double> xs(x.begin(), x.end());
    for (std::size_t i = 0; i < xs.size(); ++i) {
        const double h = step * std::max(1.0, std::abs(x[i]));
        xs[i] = x[i] + h;
        const double up = f(xs);
        xs[i] = x[i] - h;
        const double down = f(xs);
        xs[i] = x[i];
        grad[i] = (up - down) / (2.0 * h);
    }
}

std::vector<double> numericHessian(const std::function<double(std::span<const double>)>& f,
                                   std::span<const double> x, double step)
{
    const std::size_t n = x.size();
    std::vector<double> hess(n * n, 0.0), xs(x.begin(), x.end()), h(n);
    for (std::size_t i = 0; i < n; ++i)
        h[i] = step * std::max(1.0, std::abs(x[i]));
    const double f0 = f(xs);
    for (std::size_t i = 0; i < n; ++i) {
        xs[i] = x[i] + h[i];
        const double up = f(xs);
        xs[i] = x[i] - h[i];
        const double down = f(xs);
        xs[i] = x[i];
        hess[i * n + i] = (up - 2.0 * f0 + down) / (h[i] * h[i]);
        for (std::size_t j = 0; j < i; ++j) {
            double corners[4];
            int k = 0;
            for (double si : {1.0, -1.0})
                for (double sj : {1.0, -1.0}) {
                    xs[i] = x[i] + si * h[i];
                    xs[j] = x[j] + sj * h[j];
                    corners[k++] = f(xs);
                }
            xs[i] = x[i];
            xs[j] = x[j];
            const double v = (corners[0] - corners[1] - corners[2] + corners[3]) / (4.0 * h[i] * h[j]);
            hess[i * n + j] = v;
            hess[j * n + i] = v;
        }
    }
    return hess;
}

Result<std::vector<double>> invertSymmetricPositiveDefinite(std::span<const double> matrix, std::size_t n)
{
    if (n == 0 || matrix.size() != n * n)
        return fail(ErrorCode::InvalidArgument, "matrix size is not n*n");
    std::vector<double> l(n * n, 0.0);  // lower Cholesky factor
    for (std::size_t j = 0; j < n; ++j) {
        double d = matrix[j * n + j];
        for (std::size_t k = 0; k < j; ++k)
            d -= l[j * n + k] * l[j * n + k];
        if (!(d > 0.0) || !std::isfinite(d))
            return fail(ErrorCode::InvalidArgument, "not positive definite");
        l[j * n + j] = std::sqrt(d);
        for (std::size_t i = j + 1; i < n; ++i) {
            double v = 0.5 * (matrix[i * n + j] + matrix[j * n + i]);
            for (std::size_t k = 0; k < j; ++k)
                v -= l[i * n + k] * l[j * n + k];
            l[i * n + j] = v / l[j * n + j];
        }
    }
    // inv(A) = inv(L)^T inv(L); first invert L (lower triangular) in place into m.
    std::vector<double> m(n * n, 0.0);
    for (std::size_t i = 0; i < n; ++i) {
        m[i * n + i] = 1.0 / l[i * n + i];
        for (std::size_t j = 0; j < i; ++j) {
            double v = 0.0;
            for (std::size_t k = j; k < i; ++k)
                v -= l[i * n + k] * m[k * n + j];
            m[i * n + j] = v / l[i * n + i];
        }
    }
    std::vector<double> inv(n * n, 0.0);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j <= i; ++j) {
            double v = 0.0;
            for (std::size_t k = i; k < n; ++k)
                v += m[k * n + i] * m[k * n + j];
            inv[i * n + j] = v;
            inv[j * n + i] = v;
        }
    if (!std::all_of(inv.begin(), inv.end(), [](double e) { return std::isfinite(e); }))
        return fail(ErrorCode::InvalidArgument, "not positive definite");
    return inv;
}

}  // namespace clv::numeric
