// SPDX-License-Identifier: MIT
#include "RfmSimulator.h"

#include <cmath>
#include <random>

namespace clv {

std::vector<RfmObservation> simulateRfm(const RfmSimulationParams& params)
{
    std::mt19937_64 rng(params.seed);
    const auto& bg = params.purchases;
    const auto& gg = params.spend;
    std::gamma_distribution<double> rateDist(bg.r, 1.0 / bg.alpha);
    std::gamma_distribution<double> betaA(bg.a, 1.0), betaB(bg.b, 1.0);
    std::gamma_distribution<double> nuDist(gg.q, 1.0 / gg.gamma);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    const double step = params.resolution;
    const auto snap = [step](double v) { return step > 0.0 ? std::floor(v / step + 1e-9) * step : v; };

    std::vector<RfmObservation> out;
    out.reserve(static_cast<std::size_t>(std::max<std::int64_t>(0, params.customers)));
    for (std::int64_t c = 0; c < params.customers; ++c) {
        const double lambda = rateDist(rng);
        const double ga = betaA(rng), gb = betaB(rng);
        const double dropout = ga / (ga + gb);
        const double T = snap(params.minAge + (params.maxAge - params.minAge) * uniform(rng));
        double t = 0.0, last = 0.0;
        int x = 0;
        if (lambda > 0.0) {
            std::exponential_distribution<double> wait(lambda);
            while (true) {
                t += wait(rng);
                if (t > T)
                    break;
                const double at = snap(t);
                if (at > last) {  // a new purchase period (same-period purchases merge)
                    ++x;
                    last = at;
                }
                if (uniform(rng) < dropout)
                    break;
            }
        }
        RfmObservation obs{static_cast<double>(x), x > 0 ? last : 0.0, T, 0.0};
        if (x > 0) {  // mean of x Gamma(p, rate ν) values is Gamma(p·x, rate x·ν)
            const double nu = nuDist(rng);
            std::gamma_distribution<double> meanDist(gg.p * x, 1.0 / (x * nu));
            obs.monetaryValue = meanDist(rng);
        }
        out.push_back(obs);
    }
    return out;
}

}  // namespace clv
