// SPDX-License-Identifier: MIT
#include "SpecialFunctions.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace clv::numeric {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kTolerance = 1e-16;      // remaining tail relative to the sum
constexpr double kMaxCancellation = 1e6;  // Σ|term| / |Σ term| above this loses more than 6 digits
constexpr int kRescaleExponent = 700;     // terms are kept below 2^700 by moving powers of two into a log scale
const double kLn2 = std::log(2.0);

bool isNonPositiveInteger(double v) { return v <= 0.0 && v == std::floor(v); }

Hyp2f1Value failed(int terms)
{
    Hyp2f1Value out;
    out.logAbs = kNaN;
    out.converged = false;
    out.terms = terms;
    return out;
}

}  // namespace

double logGamma(double x, int* sign)
{
    int s = 1;
    const double v = ::lgamma_r(x, &s);
    if (sign)
        *sign = s;
    return v;
}

double logBeta(double a, double b)
{
    if (!(a > 0.0) || !(b > 0.0))
        return kNaN;
    return logGamma(a) + logGamma(b) - logGamma(a + b);
}

double digamma(double x)
{
    if (!(x > 0.0) || !std::isfinite(x))
        return kNaN;
    double result = 0.0;
    while (x < 10.0) {
        result -= 1.0 / x;
        x += 1.0;
    }
    const double inv = 1.0 / x;
    const double inv2 = inv * inv;
    const double series =
        inv2 * (1.0 / 12 - inv2 * (1.0 / 120 - inv2 * (1.0 / 252 - inv2 * (1.0 / 240 - inv2 * (1.0 / 132)))));
    return result + std::log(x) - 0.5 * inv - series;
}

double logSumExp(double a, double b)
{
    const double hi = std::max(a, b);
    const double lo = std::min(a, b);
    if (hi == -kInf)
        return -kInf;
    if (hi == kInf)
        return kInf;
    return hi + std::log1p(std::exp(lo - hi));
}

double logSumExp(std::span<const double> values)
{
    double hi = -kInf;
    for (double v : values)
        hi = std::max(hi, v);
    if (hi == -kInf || hi == kInf)
        return hi;
    double sum = 0.0;
    for (double v : values)
        sum += std::exp(v - hi);
    return hi + std::log(sum);
}

double Hyp2f1Value::value() const
{
    if (!converged)
        return kNaN;
    return sign * std::exp(logAbs);
}

Hyp2f1Value hyp2f1Series(double a, double b, double c, double z, int maxTerms)
{
    if (!std::isfinite(a) || !std::isfinite(b) || !std::isfinite(c) || !std::isfinite(z) || !(std::abs(z) < 1.0)
        || isNonPositiveInteger(c))
        return failed(0);
    Hyp2f1Value out;
    if (z == 0.0 || a == 0.0 || b == 0.0) {
        out.converged = true;
        return out;
    }
    // Scaled sums: true value = sum · 2^(scaleExp).
    double term = 1.0, sum = 1.0, sumAbs = 1.0;
    long scaleExp = 0;
    const double lowest = std::min({a, b, c});
    for (int n = 0; n < maxTerms; ++n) {
        const double dn = n;
        term *= (a + dn) * (b + dn) / ((c + dn) * (dn + 1.0)) * z;
        sum += term;
        sumAbs += std::abs(term);
        if (term == 0.0) {  // a or b is a non-positive integer: the series terminates
            out.terms = n + 1;
            break;
        }
        if (!std::isfinite(sum))
            return failed(n + 1);
        if (std::abs(term) > 0x1p700 || std::abs(sum) > 0x1p700 || sumAbs > 0x1p700) {
            term = std::ldexp(term, -kRescaleExponent);
            sum = std::ldexp(sum, -kRescaleExponent);
            sumAbs = std::ldexp(sumAbs, -kRescaleExponent);
            scaleExp += kRescaleExponent;
        }
        // Rigorous tail bound: for m > n with m + min(a,b,c) > 0, every later ratio is at most
        // rho = |z| · max(1, |(m+a)/(m+c)|) · max(1, |(m+b)/(m+1)|), since both factors are monotone in m.
        const double m = dn + 1.0;
        if (m + lowest > 0.0) {
            const double rho = std::abs(z) * std::max(1.0, std::abs((m + a) / (m + c)))
                               * std::max(1.0, std::abs((m + b) / (m + 1.0)));
            if (rho < 1.0 && std::abs(term) * rho / (1.0 - rho) <= kTolerance * std::abs(sum)) {
                out.terms = n + 1;
                break;
            }
        }
        if (n + 1 == maxTerms)
            return failed(maxTerms);
    }
    if (sum == 0.0 || sumAbs > kMaxCancellation * std::abs(sum))
        return failed(out.terms);
    out.sign = sum < 0.0 ? -1 : 1;
    out.logAbs = std::log(std::abs(sum)) + static_cast<double>(scaleExp) * kLn2;
    out.converged = true;
    return out;
}

Hyp2f1Value logHyp2f1(double a, double b, double c, double z)
{
    const auto euler = [&] {
        Hyp2f1Value v = hyp2f1Series(c - a, c - b, c, z);
        if (v.converged) {
            v.logAbs += (c - a - b) * std::log1p(-z);
            v.eulerTransformed = true;
        }
        return v;
    };
    const bool terminating = isNonPositiveInteger(a) || isNonPositiveInteger(b);
    const bool preferEuler = !terminating && c - a - b < 0.0;
    Hyp2f1Value first = preferEuler ? euler() : hyp2f1Series(a, b, c, z);
    if (first.converged && std::isfinite(first.logAbs))
        return first;
    Hyp2f1Value second = preferEuler ? hyp2f1Series(a, b, c, z) : euler();
    if (second.converged && std::isfinite(second.logAbs))
        return second;
    return failed(first.terms + second.terms);
}

double hyp2f1(double a, double b, double c, double z) { return logHyp2f1(a, b, c, z).value(); }

void logHyp2f1Batch(double a, double b, double c, std::span<const double> z, std::span<Hyp2f1Value> out)
{
    const std::size_t count = std::min(z.size(), out.size());
    const bool terminating = isNonPositiveInteger(a) || isNonPositiveInteger(b);
    const bool euler = !terminating && c - a - b < 0.0;
    const double sa = euler ? c - a : a, sb = euler ? c - b : b;
    bool valid = std::isfinite(a) && std::isfinite(b) && std::isfinite(c) && !isNonPositiveInteger(c);
    for (std::size_t k = 0; k < count && valid; ++k)
        valid = z[k] >= 0.0 && z[k] < 1.0;
    std::vector<double> sum(count, 1.0), sumAbs(count, 1.0), power(count, 1.0);
    std::vector<char> done(count, 0);
    std::vector<int> terms(count, 0);
    std::size_t active = count;
    for (std::size_t k = 0; k < count; ++k)
        if (z[k] == 0.0 || sa == 0.0 || sb == 0.0) {
            done[k] = 1;
            --active;
        }
    const double lowest = std::min({sa, sb, c});
    double coef = 1.0;
    constexpr int kMaxBatchTerms = 20000;
    for (int n = 0; valid && active > 0 && n < kMaxBatchTerms; ++n) {
        const double dn = n, m = dn + 1.0;
        coef *= (sa + dn) * (sb + dn) / ((c + dn) * m);
        if (!std::isfinite(coef) || std::abs(coef) > 0x1p700)
            break;  // the per-point series (scaled) takes over
        const double ratioBound = m + lowest > 0.0 ? std::max(1.0, std::abs((m + sa) / (m + c)))
                                                          * std::max(1.0, std::abs((m + sb) / (m + 1.0)))
                                                    : kInf;
        for (std::size_t k = 0; k < count; ++k) {
            if (done[k])
                continue;
            power[k] *= z[k];
            const double term = coef * power[k];
            sum[k] += term;
            sumAbs[k] += std::abs(term);
            const double rho = z[k] * ratioBound;
            if (term == 0.0 || (rho < 1.0 && std::abs(term) * rho / (1.0 - rho) <= kTolerance * std::abs(sum[k]))) {
                done[k] = 1;
                terms[k] = n + 1;
                --active;
            }
        }
    }
    for (std::size_t k = 0; k < count; ++k) {
        if (!valid || !done[k] || sum[k] == 0.0 || sumAbs[k] > kMaxCancellation * std::abs(sum[k])
            || !std::isfinite(sum[k])) {
            out[k] = logHyp2f1(a, b, c, z[k]);
            continue;
        }
        Hyp2f1Value v;
        v.sign = sum[k] < 0.0 ? -1 : 1;
        v.logAbs = std::log(std::abs(sum[k])) + (euler ? (c - a - b) * std::log1p(-z[k]) : 0.0);
        v.converged = std::isfinite(v.logAbs);
        v.eulerTransformed = euler;
        v.terms = terms[k];
        out[k] = v.converged ? v : logHyp2f1(a, b, c, z[k]);
    }
}

}  // namespace clv::numeric
