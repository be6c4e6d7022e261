// SPDX-License-Identifier: MIT
// Internal: the expected purchases while alive shared by BG/NBD and MBG/NBD, which differ only in the
// hypergeometric parameters and the leading factor.
#pragma once

#include <span>

namespace clv::detail {

/// factor · [1 − ((α+T)/(α+T+t))^(r+x) · ₂F₁(r+x, b2; c2; t/(α+T+t))], evaluated stably in log space.
/// t, T in the fit's time unit. 0 for t = 0; NaN for t < 0 or when the series does not converge.
double aliveExpectation(double factor, double r, double alpha, double x, double T, double b2, double c2, double t);

/// The same for many horizons t at once (the series coefficients are shared); out has t.size() entries.
void aliveExpectation(double factor, double r, double alpha, double x, double T, double b2, double c2,
                      std::span<const double> t, std::span<double> out);

}  // namespace clv::detail
