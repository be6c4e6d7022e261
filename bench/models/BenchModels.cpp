// SPDX-License-Identifier: MIT
// bench_models [customers]: simulates customers in memory (BG/NBD + Gamma-Gamma, weekly units, whole days),
// then times the BG/NBD and Gamma-Gamma fits and the per-customer predictions (52-week expected purchases,
// P(alive), expected spend, and their product as an undiscounted 52-week value).
#include "core/models/BgNbd.h"
#include "core/models/GammaGamma.h"
#include "core/models/RfmSimulator.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

using namespace clv;

namespace {

double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv)
{
    RfmSimulationParams sim;
    sim.customers = argc > 1 ? std::atoll(argv[1]) : 1'000'000;
    sim.seed = 42;
    if (sim.customers < 1) {
        std::fprintf(stderr, "usage: bench_models [customers]\n");
        return 2;
    }
    auto t0 = std::chrono::steady_clock::now();
    const auto data = simulateRfm(sim);
    std::printf("simulated %lld customers in %.3f s\n", static_cast<long long>(sim.customers), secondsSince(t0));

    t0 = std::chrono::steady_clock::now();
    auto bg = fitBgNbd(data, TimeUnit::Week);
    const double bgSeconds = secondsSince(t0);
    if (!bg) {
        std::fprintf(stderr, "BG/NBD fit failed: %s\n", bg.error().toString().c_str());
        return 1;
    }
    t0 = std::chrono::steady_clock::now();
    auto gg = fitGammaGamma(data, TimeUnit::Week);
    const double ggSeconds = secondsSince(t0);
    if (!gg) {
        std::fprintf(stderr, "Gamma-Gamma fit failed: %s\n", gg.error().toString().c_str());
        return 1;
    }
    std::printf("BG/NBD fit:      %.3f s (%lld patterns, %d iterations, %d/%d starts converged)\n", bgSeconds,
                static_cast<long long>(bg->fit.patterns), bg->fit.iterations, bg->fit.startsConverged,
                bg->fit.startsTried);
    for (const auto& p : bg->fit.parameters)
        std::printf("  %-6s %.5f +- %.5f\n", p.name.c_str(), p.value, p.standardError);
    std::printf("Gamma-Gamma fit: %.3f s (%lld patterns)\n", ggSeconds, static_cast<long long>(gg->fit.patterns));
    for (const auto& p : gg->fit.parameters)
        std::printf("  %-6s %.5f +- %.5f\n", p.name.c_str(), p.value, p.standardError);
    std::printf("fit total:       %.3f s\n", bgSeconds + ggSeconds);

    t0 = std::chrono::steady_clock::now();
    double totalValue = 0.0, totalAlive = 0.0;
    std::size_t nonFinite = 0;
    for (const auto& o : data) {
        const double cet = bg->model.conditionalExpectedPurchases(52.0, o.frequency, o.recency, o.T);
        const double alive = bg->model.probabilityAlive(o.frequency, o.recency, o.T);
        const double spend = gg->model.conditionalExpectedSpend(o.frequency, o.monetaryValue);
        const double value = cet * spend;
        if (!std::isfinite(value) || !std::isfinite(alive)) {
            ++nonFinite;
            continue;
        }
        totalValue += value;
        totalAlive += alive;
    }
    const double predictSeconds = secondsSince(t0);
    std::printf("per-customer predictions: %.3f s for %zu customers (%.0f ns each), non-finite: %zu\n",
                predictSeconds, data.size(), 1e9 * predictSeconds / static_cast<double>(data.size()), nonFinite);
    std::printf("  52-week value total %.0f, expected alive %.0f\n", totalValue, totalAlive);
    return nonFinite == 0 ? 0 : 1;
}
