// SPDX-License-Identifier: MIT
#pragma once

#include "FitResult.h"

namespace clv {

/// Gamma-Gamma spend model (Fader & Hardie 2013; Colombo & Jiang 1999): each transaction value is
/// Gamma(p, ν) with ν ~ Gamma(q, γ) across customers. Spend is in currency units per transaction; the model has
/// no time dimension, but the fit keeps the unit of the summary it came from. Assumes spend is independent of
/// purchase frequency.
struct GammaGamma {
    double p = 1.0;
    double q = 2.0;
    double gamma = 1.0;  ///< scale, in currency units

    /// Builds the model from a fit with parameters named p, q, gamma.
    static GammaGamma fromFit(const FitResult& fit);

    /// Log-likelihood of one repeat customer with x repeat transactions of mean value m (x > 0, m > 0).
    double logLikelihood(double x, double m) const;
    /// Population mean spend p·γ/(q−1); NaN when q <= 1 (the mean does not exist; the fit warns).
    double populationMean() const;
    /// E(M | x, m) = p(γ + x·m)/(px + q − 1); the population mean when x = 0. NaN for m <= 0 with x > 0
    /// (the model is undefined for non-positive spend).
    double conditionalExpectedSpend(double x, double m) const;
};

struct GammaGammaFit {
    GammaGamma model;
    FitResult fit;  ///< model "gg", parameters p, q, gamma
};

/// Fits on repeat customers (frequency > 0) with positive mean spend. Rows with frequency > 0 and spend <= 0 are
/// left out with a NonPositiveSpend warning; q <= 1 at the optimum gives an InfiniteMeanSpend warning. NoData
/// when no repeat customer with positive spend remains.
Result<GammaGammaFit> fitGammaGamma(std::span<const RfmObservation> data, TimeUnit unit,
                                    const FitOptions& options = {}, const TaskContext& ctx = {});

}  // namespace clv
