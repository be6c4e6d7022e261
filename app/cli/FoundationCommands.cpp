// SPDX-License-Identifier: MIT
#include "Commands.h"

#include "AnalyticsSupport.h"
#include "CliArgs.h"
#include "CliSupport.h"
#include "ImportCommand.h"

#include "core/import/OrderImporter.h"
#include "core/metrics/CustomerSummary.h"
#include "core/sim/StoreSimulator.h"
#include "core/storage/Project.h"
#include "core/util/TextFormat.h"

#include <filesystem>
#include <fstream>
#include <ostream>
#include <sstream>

namespace clv::cli {
namespace {

// ---- simulate ----------------------------------------------------------------------------------------------------

int runSimulate(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err)
{
    std::string error;
    auto args = CliArgs::parse(argv, {{"customers", "seed", "out", "kind", "start", "end"}, {}}, error);
    if (!args)
        return usageError(err, "simulate", error);
    if (!args->positionals().empty())
        return usageError(err, "simulate", "unexpected argument '" + args->positionals().front() + "'");
    const auto outPath = args->value("out");
    if (!outPath)
        return usageError(err, "simulate", "--out FILE is required");
    const std::string kind = args->value("kind").value_or("orders");
    if (kind != "orders" && kind != "subscriptions")
        return usageError(err, "simulate", "--kind must be 'orders' or 'subscriptions', got '" + kind + "'");
    std::int64_t customers = 2000;
    std::uint64_t seed = 1;
    if (auto v = args->value("customers"); v && (!parseInteger(*v, customers) || customers < 1 || customers > 100'000'000))
        return usageError(err, "simulate", "--customers must be a whole number from 1 to 100000000, got '" + *v + "'");
    if (auto v = args->value("seed"); v && !parseInteger(*v, seed))
        return usageError(err, "simulate", "--seed must be a non-negative whole number, got '" + *v + "'");
    std::optional<Date> start, end;
    if (!parseDateOption(*args, "start", start, error) || !parseDateOption(*args, "end", end, error))
        return usageError(err, "simulate", error);

    std::ostringstream csv;
    Result<sim::SimulationStats> stats = sim::SimulationStats{};
    std::string truth;
    if (kind == "orders") {
        sim::OrdersParams p;
        p.customers = customers;
        p.seed = seed;
        p.start = start.value_or(p.start);
        p.end = end.value_or(p.end);
        stats = sim::simulateOrders(p, csv);
        if (stats)
            truth = sim::toJson(p, *stats);
    } else {
        sim::SubscriptionParams p;
        p.customers = customers;
        p.seed = seed;
        p.start = start.value_or(p.start);
        p.end = end.value_or(p.end);
        stats = sim::simulateSubscriptions(p, csv);
        if (stats)
            truth = sim::toJson(p, *stats);
    }
    if (!stats)
        return runtimeError(err, "simulate", stats.error());
    if (auto r = writeFileAtomically(*outPath, csv.str()); !r)
        return runtimeError(err, "simulate", r.error());
    if (auto r = writeFileAtomically(*outPath + ".truth.json", truth + "\n"); !r)
        return runtimeError(err, "simulate", r.error());
    out << "wrote " << *outPath << ": " << stats->customers << " customers, " << stats->rows << " rows";
    if (kind == "orders")
        out << " (" << stats->refunds << " refunds)";
    out << "\ntrue parameters: " << *outPath << ".truth.json\n";
    return kExitOk;
}

// ---- import ------------------------------------------------------------------------------------------------------

int runImport(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err)
{
    return runImportCommand(argv, out, err);
}

// ---- summary -----------------------------------------------------------------------------------------------------

int runSummary(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err)
{
    std::string error;
    auto args = CliArgs::parse(argv, {{"project", "unit", "period", "end", "format", "returns", "calibration-end"}, {}}, error);
    if (!args)
        return usageError(err, "summary", error);
    const auto projectPath = args->value("project");
    if (!projectPath)
        return usageError(err, "summary", "--project FILE.clvw is required");
    if (!args->positionals().empty())
        return usageError(err, "summary", "unexpected argument '" + args->positionals().front() + "'");
    SummaryOptions options;
    if (auto v = args->value("unit")) {
        auto unit = parseTimeUnit(*v);
        if (!unit)
            return usageError(err, "summary", "--unit must be day, week or month, got '" + *v + "'");
        options.unit = *unit;
    }
    if (auto v = args->value("period")) {
        auto period = parseTimeUnit(*v);
        if (!period)
            return usageError(err, "summary", "--period must be day, week or month, got '" + *v + "'");
        options.period = *period;
    }
    if (!parseDateOption(*args, "end", options.end, error) || !parseDateOption(*args, "calibration-end", options.calibrationEnd, error)
        || !analytics::parseReturns(*args, options.returns, error))
        return usageError(err, "summary", error);
    const bool holdout = options.calibrationEnd.has_value();
    const std::string format = args->value("format").value_or("csv");
    if (format != "csv" && format != "json")
        return usageError(err, "summary", "--format must be csv or json, got '" + format + "'");

    auto db = project::open(*projectPath, Database::OpenMode::ReadOnly);
    if (!db)
        return runtimeError(err, "summary", db.error());
    auto summary = summarizeProject(*db, options);
    if (!summary)
        return runtimeError(err, "summary", summary.error());
    if (format == "csv") {
        out << "customer_id,frequency,recency,T,monetary_value" << (holdout ? ",holdout_frequency,holdout_monetary\n" : "\n");
        for (const auto& r : summary->rows) {
            out << text::csvField(r.customerId) << ',' << r.frequency << ',' << text::fixed(r.recency, 4) << ','
                << text::fixed(r.T, 4) << ',' << text::fixed(r.monetaryValue, 4);
            if (holdout)
                out << ',' << r.holdoutFrequency << ',' << text::fixed(r.holdoutMonetary, 4);
            out << '\n';
        }
    } else {
        out << "{\"unit\":\"" << timeUnitName(options.unit) << "\",\"period\":\"" << timeUnitName(options.period)
            << "\",\"end\":\"" << summary->end.toIso() << "\",\"returns\":\"" << returnsPolicyName(options.returns)
            << "\",\"returns_report\":" << analytics::returnsReportJson(summary->returns);
        if (holdout)
            out << ",\"calibration_end\":\"" << summary->calibrationEnd->toIso() << "\",\"holdout_duration\":"
                << text::shortest(summary->holdoutDuration);
        out << ",\"customers\":" << summary->rows.size() << ",\"rows\":[";
        for (std::size_t i = 0; i < summary->rows.size(); ++i) {
            const auto& r = summary->rows[i];
            out << (i ? ",\n" : "\n") << "{\"customer_id\":" << text::jsonString(r.customerId)
                << ",\"frequency\":" << r.frequency << ",\"recency\":" << text::shortest(r.recency)
                << ",\"T\":" << text::shortest(r.T) << ",\"monetary_value\":" << text::shortest(r.monetaryValue);
            if (holdout)
                out << ",\"holdout_frequency\":" << r.holdoutFrequency << ",\"holdout_monetary\":"
                    << text::shortest(r.holdoutMonetary);
            out << '}';
        }
        out << "\n]}\n";
    }
    return kExitOk;
}

// ---- info --------------------------------------------------------------------------------------------------------

int runInfo(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err)
{
    std::string error;
    auto args = CliArgs::parse(argv, {{"project"}, {}}, error);
    if (!args)
        return usageError(err, "info", error);
    const auto projectPath = args->value("project");
    if (!projectPath)
        return usageError(err, "info", "--project FILE.clvw is required");
    auto db = project::open(*projectPath, Database::OpenMode::ReadOnly);
    if (!db)
        return runtimeError(err, "info", db.error());
    auto counts = project::counts(*db);
    if (!counts)
        return runtimeError(err, "info", counts.error());
    out << "project:   " << *projectPath << "\ncustomers: " << counts->customers << "\norders:    " << counts->orders
        << "\nimports:   " << counts->imports << '\n';
    return kExitOk;
}

}  // namespace

std::vector<Command> foundationCommands()
{
    return {
        {"simulate", "write a simulated orders or subscriptions export (demo and test data)",
         "Usage: clv simulate --out FILE.csv [--customers N] [--seed S] [--kind orders|subscriptions]\n"
         "                    [--start YYYY-MM-DD] [--end YYYY-MM-DD]\n\n"
         "Writes a realistic export from a seeded simulator: orders from a BG/NBD purchase process with Gamma-Gamma\n"
         "order values, a few refunds and same-day orders; or monthly subscriptions with shifted-beta-geometric churn.\n"
         "The same seed always gives the same bytes. The true parameters go to FILE.csv.truth.json.\n\n"
         "  --customers N   number of customers (default 2000)\n"
         "  --seed S        random seed (default 1)\n"
         "  --kind K        orders (default) or subscriptions\n"
         "  --start DATE    first acquisition day (default 2023-01-01)\n"
         "  --end DATE      last day of the export (default 2024-12-31)\n",
         runSimulate},
        {"import", "import orders or subscriptions exports into a project (created if missing)", importUsage(),
         runImport},
        {"summary", "per-customer frequency, recency, T and monetary value",
         "Usage: clv summary --project P.clvw [--unit day|week|month] [--period day|week|month]\n"
         "                   [--end YYYY-MM-DD] [--calibration-end YYYY-MM-DD] [--returns net|drop|ignore]\n"
         "                   [--format csv|json]\n\n"
         "One row per customer (lifetimes definitions):\n"
         "  frequency       number of repeat purchase periods (orders in the same period count once)\n"
         "  recency         time from the first to the last purchase\n"
         "  T               time from the first purchase to the end date\n"
         "  monetary_value  mean net value of the repeat purchases (first purchase excluded; 0 if none)\n"
         "Refunds are netted into the latest purchase period at or before them (--returns; see clv returns).\n"
         "With --calibration-end the four columns use the orders up to it (T runs to it) and two holdout columns follow:\n"
         "  holdout_frequency  purchase periods after the calibration end up to the end date\n"
         "  holdout_monetary   mean net value of those periods (0 if none)\n\n"
         "  --unit U     unit of recency and T (default day; week = 7 days, month = 30.4375 days)\n"
         "  --period P   orders within one period are merged into one purchase (default day)\n"
         "  --end DATE   observation end, inclusive (default: the last order date)\n"
         "  --calibration-end DATE  end of the calibration period (inclusive), before --end\n"
         "  --returns P  net (default), drop (remove periods netting to <= 0) or ignore refunds\n"
         "  --format F   csv (default) or json\n",
         runSummary},
        {"info", "show what a project holds", "Usage: clv info --project P.clvw\n", runInfo},
    };
}

}  // namespace clv::cli
