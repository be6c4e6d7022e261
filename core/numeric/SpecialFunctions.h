// SPDX-License-Identifier: MIT
#pragma once

#include <span>
#include <vector>

/// Special functions for the probabilistic CLV models, written once and tested against closed forms.
/// All functions are pure, thread-safe and never throw; failures are reported as values (NaN or a flag).
namespace clv::numeric {

/// ln|Γ(x)|, thread-safe (lgamma_r; glibc's lgamma writes the global `signgam`). `sign`, if given, receives the
/// sign of Γ(x) (+1 or -1). +inf at the poles x = 0, -1, -2, ...
double logGamma(double x, int* sign = nullptr);

/// ln B(a, b) = lnΓ(a) + lnΓ(b) − lnΓ(a+b), for a, b > 0.
double logBeta(double a, double b);

/// ψ(x), the digamma function (derivative of lnΓ), for x > 0 (NaN otherwise).
double digamma(double x);

/// ln(e^a + e^b) without overflow; -inf when both are -inf.
double logSumExp(double a, double b);
/// ln Σ e^{v_i} without overflow; -inf for an empty span.
double logSumExp(std::span<const double> values);

/// A hypergeometric value in log form: value = sign · e^{logAbs}. `converged` is false when the series did not
/// meet its convergence test (too many terms, precision lost to cancellation, or an invalid argument); the numbers
/// are then NaN and must not be used.
struct Hyp2f1Value {
    double logAbs = 0.0;
    int sign = 1;
    bool converged = false;
    bool eulerTransformed = false;  ///< the Euler transform was used
    int terms = 0;                  ///< series terms summed

    double value() const;  ///< sign · e^{logAbs} (may overflow to ±inf; NaN when not converged)
};

/// Gauss ₂F₁(a, b; c; z) by its power series, for |z| < 1, summed in scaled form so that huge intermediate terms
/// (e.g. a, b > 300) do not overflow. Stops when the remaining tail is below 1e-15 of the sum. NaN-flagged
/// (converged = false) for |z| >= 1, c a non-positive integer, more than `maxTerms` terms, or cancellation.
Hyp2f1Value hyp2f1Series(double a, double b, double c, double z, int maxTerms = 200000);

/// ₂F₁(a, b; c; z) for |z| < 1 in log form. Uses the direct series, or the Euler transform
/// ₂F₁(a,b;c;z) = (1−z)^(c−a−b) · ₂F₁(c−a, c−b; c; z) when c−a−b < 0 (the transformed series then converges much
/// faster and stays small) or when the first choice fails.
Hyp2f1Value logHyp2f1(double a, double b, double c, double z);

/// logHyp2f1 at several z in [0, 1) sharing a, b, c: the series coefficients are computed once and every z is
/// summed with the same transform choice, tail bound and cancellation test; a point that fails them (or any
/// invalid input) is evaluated by logHyp2f1 on its own. Writes min(z.size(), out.size()) values.
void logHyp2f1Batch(double a, double b, double c, std::span<const double> z, std::span<Hyp2f1Value> out);

/// ₂F₁(a, b; c; z) as a plain number; NaN when the series could not be evaluated reliably.
double hyp2f1(double a, double b, double c, double z);

}  // namespace clv::numeric
