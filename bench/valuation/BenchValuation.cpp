// SPDX-License-Identifier: MIT
// bench_valuation [customers]: simulates an orders export and a subscriptions export (core/sim, default 100,000
// customers each), then times
//   1. the calibration/holdout backtest (summary with a split, BG/NBD fit, conditional expectations for every
//      customer, frequency bins, weekly tracking), calibration to 2024-03-31, holdout to 2024-12-31;
//   2. the sBG fits of every monthly subscription cohort plus the pooled fit.
#include "core/sim/StoreSimulator.h"
#include "core/valuation/Backtest.h"
#include "core/valuation/SbgCohorts.h"
#include "core/util/Allocator.h"

#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>

using namespace clv;

namespace {

double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

/// CPU seconds of this process (single-threaded work: comparable across runs on a loaded machine).
double cpuSeconds() { return static_cast<double>(std::clock()) / CLOCKS_PER_SEC; }

/// Fields of one simulator CSV line (no quoting in the simulator's output).
std::vector<std::string> splitLine(const std::string& line)
{
    std::vector<std::string> fields;
    std::size_t begin = 0;
    for (;;) {
        const auto comma = line.find(',', begin);
        fields.push_back(line.substr(begin, comma - begin));
        if (comma == std::string::npos)
            return fields;
        begin = comma + 1;
    }
}

std::vector<OrderRecord> parseOrders(const std::string& csv)
{
    std::istringstream in(csv);
    std::string line;
    std::getline(in, line);
    std::vector<OrderRecord> orders;
    while (std::getline(in, line)) {
        const auto f = splitLine(line);
        orders.push_back({std::atoll(f[1].c_str() + 1), *Date::parse(f[2]), std::atof(f[3].c_str())});
    }
    return orders;
}

std::vector<SubscriptionSpan> parseSubscriptions(const std::string& csv)
{
    std::istringstream in(csv);
    std::string line;
    std::getline(in, line);
    std::vector<SubscriptionSpan> spans;
    while (std::getline(in, line)) {
        const auto f = splitLine(line);
        SubscriptionSpan s{*Date::parse(f[5]), std::nullopt};
        if (f.size() > 6 && !f[6].empty())
            s.cancel = Date::parse(f[6]);
        spans.push_back(s);
    }
    return spans;
}

int benchBacktest(std::int64_t customers)
{
    sim::OrdersParams params;
    params.customers = customers;
    params.seed = 42;
    std::ostringstream csv;
    auto t0 = std::chrono::steady_clock::now();
    if (!sim::simulateOrders(params, csv))
        return 1;
    const auto table = makeOrderTable(parseOrders(csv.str()));
    std::printf("orders: %lld customers, %zu orders simulated and grouped in %.3f s\n",
                static_cast<long long>(customers), table.orderCount(), secondsSince(t0));

    BacktestOptions options;
    options.calibrationEnd = Date::fromCivil(2024, 3, 31);
    options.end = params.end;
    t0 = std::chrono::steady_clock::now();
    const double cpu0 = cpuSeconds();
    auto report = runBacktest(table, options);
    const double seconds = secondsSince(t0);
    const double cpu = cpuSeconds() - cpu0;
    if (!report) {
        std::fprintf(stderr, "backtest failed: %s\n", report.error().toString().c_str());
        return 1;
    }
    std::printf("backtest (BG/NBD, weekly):      %8.3f s wall, %.3f s CPU  for %lld customers, %zu tracking weeks, "
                "%lld patterns\n",
                seconds, cpu, static_cast<long long>(report->customers), report->tracking.size(),
                static_cast<long long>(report->fit.patterns));
    std::printf("  holdout actual %.0f, expected %.1f (aggregate error %.2f%%), MAE %.4f\n", report->actualHoldout,
                report->expectedHoldout, report->aggregateErrorPercent, report->meanAbsoluteError);
    SummaryOptions so;
    so.unit = TimeUnit::Week;
    so.end = options.end;
    so.calibrationEnd = options.calibrationEnd;
    t0 = std::chrono::steady_clock::now();
    auto summary = summarizeTable(table, so);
    std::printf("  of which the split summary:   %8.3f s\n", secondsSince(t0));
    return summary ? 0 : 1;
}

int benchSbg(std::int64_t customers)
{
    sim::SubscriptionParams params;
    params.customers = customers;
    params.seed = 42;
    std::ostringstream csv;
    if (!sim::simulateSubscriptions(params, csv))
        return 1;
    const auto spans = parseSubscriptions(csv.str());
    SbgCohortOptions options;
    options.end = params.end;
    const auto t0 = std::chrono::steady_clock::now();
    const double cpu0 = cpuSeconds();
    auto report = fitSbgCohorts(spans, options);
    const double seconds = secondsSince(t0);
    const double cpu = cpuSeconds() - cpu0;
    if (!report) {
        std::fprintf(stderr, "sBG failed: %s\n", report.error().toString().c_str());
        return 1;
    }
    std::printf("sBG cohorts + pooled fit:       %8.3f s wall, %.3f s CPU  for %zu subscriptions in %zu cohorts; "
                "pooled alpha %.4f (truth %.2f), beta %.4f (truth %.2f)\n",
                seconds, cpu, spans.size(), report->cohorts.size(), report->pooled.sbg.model.alpha, params.alpha,
                report->pooled.sbg.model.beta, params.beta);
    return 0;
}

}  // namespace

int main(int argc, char** argv)
{
    clv::tuneAllocatorForColumns();  // as the applications do: big columns reuse heap memory
    const std::int64_t customers = argc > 1 ? std::atoll(argv[1]) : 100'000;
    if (customers < 1) {
        std::fprintf(stderr, "usage: bench_valuation [customers]\n");
        return 2;
    }
    const int rc = benchBacktest(customers);
    return rc != 0 ? rc : benchSbg(customers);
}
