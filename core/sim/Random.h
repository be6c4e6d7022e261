// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <random>

namespace clv::sim {

/// A seeded pseudo-random generator whose output is the same on every platform and standard library.
///
/// Raw 64-bit words come from std::mt19937_64 (its sequence is fixed by the C++ standard); every distribution
/// is implemented here because the std::*_distribution algorithms are implementation-defined. The transforms
/// use only IEEE-754 double arithmetic, std::sqrt (correctly rounded) and std::log / std::exp / std::pow.
/// Outputs are bit-identical wherever those agree, which is the case for the same libm and no floating-point
/// contraction (FMA); the simulator quantises values to cents and days, so a last-bit libm difference would
/// almost never show in its output.
///
/// The order in which a method consumes raw words is part of its contract: changing it changes every
/// downstream simulation (the golden checksum in tests/core/SimulatorTests.cpp guards this).
class Rng {
public:
    /// Seeds the engine with std::mt19937_64(seed).
    explicit Rng(std::uint64_t seed);

    /// Next raw 64-bit word of the engine.
    std::uint64_t nextU64();

    /// Uniform on [0, 1) with 53 random bits (one word).
    double uniform01();

    /// Uniform on the open interval (0, 1) with 53 random bits (one word); safe to pass to log().
    double uniformOpen01();

    /// Uniform integer on [0, n) without modulo bias (rejection; usually one word). Requires n >= 1.
    std::uint64_t uniformInt(std::uint64_t n);

    /// True with probability `probability` (one word; `uniform01() < probability`).
    bool bernoulli(double probability);

    /// Exponential with rate `rate` > 0 (mean 1 / rate), by inversion: -log(U) / rate, U in (0, 1). One word.
    double exponential(double rate);

    /// Standard normal N(0, 1) by the Marsaglia polar method. Values come in pairs: the second of a pair is
    /// kept and returned by the next call.
    double normal();

    /// Gamma with shape `shape` > 0 and RATE `rate` > 0 (density proportional to x^(shape-1) e^(-rate x),
    /// mean shape / rate). Marsaglia-Tsang (2000) squeeze/rejection; for shape < 1 it draws
    /// Gamma(shape + 1) and multiplies by U^(1 / shape).
    double gamma(double shape, double rate);

    /// Beta(a, b), a > 0, b > 0 (mean a / (a + b)), as X / (X + Y) with X ~ Gamma(a, 1), Y ~ Gamma(b, 1).
    double beta(double a, double b);

private:
    std::mt19937_64 m_engine;
    double m_spareNormal = 0.0;
    bool m_hasSpareNormal = false;
};

}  // namespace clv::sim
