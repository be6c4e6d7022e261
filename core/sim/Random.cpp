// SPDX-License-Identifier: MIT
#include "core/sim/Random.h"

#include <cassert>
#include <cmath>

namespace clv::sim {
namespace {

constexpr double kTwoPowMinus53 = 1.0 / 9007199254740992.0;  // 2^-53

}  // namespace

Rng::Rng(std::uint64_t seed) : m_engine(seed) {}

std::uint64_t Rng::nextU64() { return m_engine(); }

double Rng::uniform01() { return static_cast<double>(nextU64() >> 11) * kTwoPowMinus53; }

double Rng::uniformOpen01()
{
    // (k + 0.5) / 2^53 for k in [0, 2^53): strictly inside (0, 1), exactly representable.
    return (static_cast<double>(nextU64() >> 11) + 0.5) * kTwoPowMinus53;
}

std::uint64_t Rng::uniformInt(std::uint64_t n)
{
    assert(n >= 1);
    // Accept words in [2^64 mod n, 2^64): that range holds a whole multiple of n values.
    const std::uint64_t threshold = (0 - n) % n;
    for (;;) {
        const std::uint64_t word = nextU64();
        if (word >= threshold)
            return word % n;
    }
}

bool Rng::bernoulli(double probability) { return uniform01() < probability; }

double Rng::exponential(double rate) { return -std::log(uniformOpen01()) / rate; }

double Rng::normal()
{
    if (m_hasSpareNormal) {
        m_hasSpareNormal = false;
        return m_spareNormal;
    }
    for (;;) {
        const double u = 2.0 * uniform01() - 1.0;
        const double v = 2.0 * uniform01() - 1.0;
        const double s = u * u + v * v;
        if (s >= 1.0 || s == 0.0)
            continue;
        const double factor = std::sqrt(-2.0 * std::log(s) / s);
        m_spareNormal = v * factor;
        m_hasSpareNormal = true;
        return u * factor;
    }
}

double Rng::gamma(double shape, double rate)
{
    assert(shape > 0.0 && rate > 0.0);
    if (shape < 1.0) {
        // If G ~ Gamma(shape + 1) and U ~ U(0, 1) then G * U^(1/shape) ~ Gamma(shape).
        const double g = gamma(shape + 1.0, 1.0);
        const double u = uniformOpen01();
        return g * std::pow(u, 1.0 / shape) / rate;
    }
    const double d = shape - 1.0 / 3.0;
    const double c = 1.0 / std::sqrt(9.0 * d);
    for (;;) {
        double x = 0.0;
        double v = 0.0;
        do {
            x = normal();
            v = 1.0 + c * x;
        } while (v <= 0.0);
        v = v * v * v;
        const double u = uniformOpen01();
        const double x2 = x * x;
        if (u < 1.0 - 0.0331 * (x2 * x2))
            return d * v / rate;
        if (std::log(u) < 0.5 * x2 + d * (1.0 - v + std::log(v)))
            return d * v / rate;
    }
}

double Rng::beta(double a, double b)
{
    assert(a > 0.0 && b > 0.0);
    for (;;) {
        const double x = gamma(a, 1.0);
        const double y = gamma(b, 1.0);
        const double sum = x + y;
        if (sum > 0.0)  // both can underflow to 0 for tiny shapes; draw again
            return x / sum;
    }
}

}  // namespace clv::sim
