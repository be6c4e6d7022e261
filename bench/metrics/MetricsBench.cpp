// SPDX-License-Identifier: MIT
// Times the analytics core on a project, in process: loading every order (one sequential scan into columns),
// the customer summary and RFM with the default grid (in columns) and, on a second thread, monthly cohorts. Prints the best of N runs (default 3), in ms.
// With --check FILE (the sqlite3 shell's per-customer summary as CSV: customer_id, frequency, recency_days, T_days,
// monetary), it also verifies that the in-process summary (refunds ignored, as the SQL does) is the same, row by row.
// Usage: clv_metrics_bench PROJECT.clvw [RUNS] [--check FILE]
#include "core/metrics/Cohorts.h"
#include "core/metrics/CustomerSummary.h"
#include "core/metrics/Rfm.h"
#include "core/storage/Project.h"
#include "core/util/Allocator.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <unordered_map>

using namespace clv;

namespace {

double msSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

// CPU time of this process in ms (all threads).
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

struct SqlRow {
    long long frequency = 0, recency = 0, T = 0;
    double monetary = 0.0;
};

// Compares the summary (day units, refunds ignored) with the sqlite3 CSV; prints the outcome, returns mismatches.
long long checkAgainstSql(const OrderTable& table, const char* path)
{
    std::ifstream in(path);
    if (!in) {
        std::fprintf(stderr, "cannot read %s\n", path);
        return -1;
    }
    std::unordered_map<long long, SqlRow> sql;
    std::string line;
    while (std::getline(in, line)) {
        std::replace(line.begin(), line.end(), ',', ' ');
        std::istringstream fields(line);
        long long id = 0;
        SqlRow r;
        if (fields >> id >> r.frequency >> r.recency >> r.T >> r.monetary)
            sql[id] = r;
    }
    SummaryOptions opt;
    opt.returns = ReturnsPolicy::Ignore;
    auto summary = summarizeTable(table, opt);
    if (!summary) {
        std::fprintf(stderr, "%s\n", summary.error().toString().c_str());
        return -1;
    }
    long long mismatches = 0, matched = 0;
    double maxMonetaryDiff = 0.0;
    for (const CustomerSummaryRow& row : summary->rows) {
        const auto it = sql.find(row.customer);
        if (it == sql.end()) {
            ++mismatches;
            continue;
        }
        ++matched;
        const SqlRow& r = it->second;
        const double diff = std::abs(row.monetaryValue - r.monetary);
        maxMonetaryDiff = std::max(maxMonetaryDiff, diff);
        if (row.frequency != r.frequency || row.recency != static_cast<double>(r.recency)
            || row.T != static_cast<double>(r.T) || diff > 1e-6 * std::max(1.0, std::abs(r.monetary)))
            ++mismatches;
    }
    mismatches += static_cast<long long>(sql.size()) - matched;  // customers only sqlite3 has
    std::printf("check vs sqlite3: %zu customers in process, %zu from sqlite3, %lld mismatches (max |monetary diff| %.2g)\n",
                summary->rows.size(), sql.size(), mismatches, maxMonetaryDiff);
    return mismatches;
}

}  // namespace

int main(int argc, char** argv)
{
    clv::tuneAllocatorForColumns();  // as the applications do: big columns reuse heap memory
    if (argc < 2) {
        std::fprintf(stderr, "usage: clv_metrics_bench PROJECT.clvw [RUNS] [--check FILE]\n");
        return 2;
    }
    int runs = 3;
    const char* check = nullptr;
    for (int i = 2; i < argc; ++i) {
        if (std::strcmp(argv[i], "--check") == 0 && i + 1 < argc)
            check = argv[++i];
        else
            runs = std::max(1, std::atoi(argv[i]));
    }
    auto opened = std::chrono::steady_clock::now();
    auto db = project::open(argv[1], Database::OpenMode::ReadOnly);
    if (!db) {
        std::fprintf(stderr, "%s\n", db.error().toString().c_str());
        return 1;
    }
    const double openMs = msSince(opened);
    double best[5] = {1e300, 1e300, 1e300, 1e300, 1e300};
    double bestCpu = 1e300;
    double bestPhaseCpu[4] = {1e300, 1e300, 1e300, 1e300};
    std::size_t orders = 0, customers = 0, cohorts = 0;
    for (int run = 0; run < runs; ++run) {
        const auto t0 = std::chrono::steady_clock::now();
        const double cpu0 = cpuMs();
        auto table = loadOrderTable(*db);
        const double load = msSince(t0);
        double phaseCpu[4] = {0.0, 0.0, 0.0, 0.0};
        double cpuMark = cpuMs();
        phaseCpu[0] = cpuMark - cpu0;
        // Cohorts (which need only the order table) run on a second thread while this one computes the
        // summary and RFM in columns (summarizeTableCompact / computeRfmCompact, the fast paths of the row APIs).
        Result<CohortTable> co = fail(ErrorCode::NoData, "not computed");
        double coMs = 0.0;
        std::thread cohortThread;
        if (table)
            cohortThread = std::thread([&] {
                const double c0 = threadCpuMs();
                const auto tc = std::chrono::steady_clock::now();
                co = computeCohorts(*table, {});
                coMs = msSince(tc);
                phaseCpu[3] = threadCpuMs() - c0;
            });
        else
            co = fail(table.error());
        auto t = std::chrono::steady_clock::now();
        cpuMark = threadCpuMs();
        auto summary = table ? summarizeTableCompact(*table, {}) : Result<CompactSummary>(fail(table.error()));
        const double sum = msSince(t);
        phaseCpu[1] = threadCpuMs() - cpuMark;
        cpuMark = threadCpuMs();
        t = std::chrono::steady_clock::now();
        auto rfm = summary ? computeRfmCompact(*summary, {}, defaultRfmGrid()) : Result<RfmCompact>(fail(summary.error()));
        const double rfmMs = msSince(t);
        phaseCpu[2] = threadCpuMs() - cpuMark;
        if (cohortThread.joinable())
            cohortThread.join();
        for (int i = 0; i < 4; ++i)
            bestPhaseCpu[i] = std::min(bestPhaseCpu[i], phaseCpu[i]);
        const double total = msSince(t0);
        bestCpu = std::min(bestCpu, cpuMs() - cpu0);
        if (!rfm || !co) {
            std::fprintf(stderr, "%s\n", (!rfm ? rfm.error() : co.error()).toString().c_str());
            return 1;
        }
        orders = table->orderCount();
        customers = summary->size();
        cohorts = co->cohorts.size();
        const double times[5] = {load, sum, rfmMs, coMs, total};
        for (int i = 0; i < 5; ++i)
            best[i] = std::min(best[i], times[i]);
        if (check && run == runs - 1 && checkAgainstSql(*table, check) != 0)
            return 1;
    }
    std::printf("orders %zu, customers %zu, monthly cohorts %zu; project open (integrity check, not timed below) %.0f ms\n",
                orders, customers, cohorts, openMs);
    std::printf("best of %d runs: load %.0f ms, summary %.0f ms, rfm %.0f ms, cohorts %.0f ms, total %.0f ms\n", runs,
                best[0], best[1], best[2], best[3], best[4]);
    std::printf("best CPU times: load %.0f ms, summary %.0f ms, rfm %.0f ms, cohorts %.0f ms, total %.0f ms "
                "(wall minus waiting for the CPU on a busy machine)\n",
                bestPhaseCpu[0], bestPhaseCpu[1], bestPhaseCpu[2], bestPhaseCpu[3], bestCpu);
    std::printf("TOTAL_MS %.1f\n", best[4]);
    std::printf("TOTAL_CPU_MS %.1f\n", bestCpu);
    return 0;
}
