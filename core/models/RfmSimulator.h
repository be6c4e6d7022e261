// SPDX-License-Identifier: MIT
#pragma once

#include "BgNbd.h"
#include "GammaGamma.h"

#include <cstdint>
#include <vector>

namespace clv {

/// In-memory simulation of customer summaries from known BG/NBD + Gamma-Gamma parameters, for parameter-recovery
/// tests and benchmarks (no orders are written; see core/sim for realistic order exports).
struct RfmSimulationParams {
    std::int64_t customers = 10000;
    std::uint64_t seed = 1;
    BgNbd purchases{0.25, 4.0, 0.8, 2.4};  ///< rates per time unit (e.g. weeks)
    GammaGamma spend{6.0, 4.0, 15.0};
    double minAge = 26.0;  ///< T is uniform on [minAge, maxAge], in the same time unit
    double maxAge = 104.0;
    /// > 0: recency and T are rounded down to multiples of this (e.g. 1/7 for whole days in weekly units),
    /// as a project summary would give; repeat purchases inside one step are merged.
    double resolution = 1.0 / 7.0;
};

/// Simulates one RfmObservation per customer. Deterministic for a given seed on one standard library.
std::vector<RfmObservation> simulateRfm(const RfmSimulationParams& params);

}  // namespace clv
