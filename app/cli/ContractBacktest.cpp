// SPDX-License-Identifier: MIT
// clv backtest: calibration/holdout backtest of the repeat-purchase models on a project's orders.
#include "CliArgs.h"
#include "CliSupport.h"
#include "ContractCommands.h"

#include "core/storage/Project.h"
#include "core/util/TextFormat.h"
#include "core/valuation/Backtest.h"

#include <cmath>
#include <ostream>

namespace clv::cli {
namespace {

std::string jsonNumber(double v) { return std::isfinite(v) ? text::shortest(v) : "null"; }

std::string padded(std::string s, std::size_t width)
{
    if (s.size() < width)
        s.insert(0, width - s.size(), ' ');
    return s;
}

std::string binName(const BacktestBin& bin) { return std::to_string(bin.frequency) + (bin.openEnded ? "+" : ""); }

void printJson(const BacktestReport& r, const std::string& source, std::ostream& out)
{
    const auto& fit = r.fit;
    out << "{\"model\":" << text::jsonString(fit.model) << ",\"source\":" << text::jsonString(source)
        << ",\"unit\":\"" << timeUnitName(fit.unit) << "\",\"first_day\":\"" << r.firstDay.toIso()
        << "\",\"calibration_end\":\"" << r.calibrationEnd.toIso() << "\",\"end\":\"" << r.end.toIso()
        << "\",\"holdout_length\":" << jsonNumber(r.holdoutLength) << ",\"customers\":" << r.customers
        << ",\"parameters\":[";
    for (std::size_t i = 0; i < fit.parameters.size(); ++i)
        out << (i ? "," : "") << "{\"name\":" << text::jsonString(fit.parameters[i].name)
            << ",\"value\":" << jsonNumber(fit.parameters[i].value)
            << ",\"standard_error\":" << jsonNumber(fit.parameters[i].standardError) << '}';
    out << "],\"log_likelihood\":" << jsonNumber(fit.logLikelihood)
        << ",\"converged\":" << (fit.converged ? "true" : "false") << ",\"bins\":[";
    for (std::size_t i = 0; i < r.bins.size(); ++i) {
        const auto& b = r.bins[i];
        out << (i ? "," : "") << "{\"frequency\":\"" << binName(b) << "\",\"customers\":" << b.customers
            << ",\"actual\":" << jsonNumber(b.actual) << ",\"expected\":" << jsonNumber(b.expected) << '}';
    }
    out << "],\"actual_holdout\":" << jsonNumber(r.actualHoldout)
        << ",\"expected_holdout\":" << jsonNumber(r.expectedHoldout)
        << ",\"aggregate_error_percent\":" << jsonNumber(r.aggregateErrorPercent)
        << ",\"mae\":" << jsonNumber(r.meanAbsoluteError) << ",\"rmse\":" << jsonNumber(r.rootMeanSquaredError)
        << ",\"tracking\":[";
    for (std::size_t i = 0; i < r.tracking.size(); ++i) {
        const auto& p = r.tracking[i];
        out << (i ? "," : "") << "{\"step\":" << p.step << ",\"date\":\"" << p.date.toIso()
            << "\",\"actual\":" << jsonNumber(p.actual) << ",\"expected\":" << jsonNumber(p.expected) << '}';
    }
    out << "]}\n";
}

void printText(const BacktestReport& r, const std::string& source, std::ostream& out)
{
    const auto& fit = r.fit;
    const std::string unit = timeUnitName(fit.unit);
    out << "model:           " << fit.model << " (fitted on the calibration period, " << (fit.converged ? "" : "NOT ")
        << "converged)\n"
        << "data:            " << source << ": " << r.customers << " customers acquired by the calibration end\n"
        << "calibration:     " << r.firstDay.toIso() << " .. " << r.calibrationEnd.toIso() << "\n"
        << "holdout:         to " << r.end.toIso() << " (" << text::fixed(r.holdoutLength, 2) << ' ' << unit
        << "s)\nparameters:     ";
    for (const auto& p : fit.parameters)
        out << ' ' << p.name << '=' << text::fixed(p.value, 4);
    out << "\n\nholdout purchases per customer by calibration frequency\n"
        << "  freq  customers    actual  expected\n";
    for (const auto& b : r.bins)
        out << padded(binName(b), 6) << padded(std::to_string(b.customers), 11) << padded(text::fixed(b.actual, 4), 10)
            << padded(text::fixed(b.expected, 4), 10) << '\n';
    out << "\ntotal holdout:   actual " << text::fixed(r.actualHoldout, 1) << ", expected "
        << text::fixed(r.expectedHoldout, 1) << " (aggregate error " << text::fixed(r.aggregateErrorPercent, 2)
        << "%)\ncustomer level:  MAE " << text::fixed(r.meanAbsoluteError, 4) << ", RMSE "
        << text::fixed(r.rootMeanSquaredError, 4) << " purchases\n\ncumulative repeat purchases per " << unit
        << "\n  " << padded(unit, 6) << "  before          actual    expected\n";
    bool holdoutMarked = false;
    for (const auto& p : r.tracking) {
        out << "  " << padded(std::to_string(p.step), 6) << "  " << p.date.toIso()
            << padded(text::fixed(p.actual, 0), 12) << padded(text::fixed(p.expected, 1), 12);
        if (!holdoutMarked && p.date > r.calibrationEnd) {
            holdoutMarked = true;
            out << "   <- first point after the calibration end";
        }
        out << '\n';
    }
}

}  // namespace

int runBacktestCommand(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err)
{
    std::string error;
    auto args = CliArgs::parse(argv, {{"project", "calibration-end", "end", "model", "unit", "format"}, {}}, error);
    if (!args)
        return usageError(err, "backtest", error);
    if (!args->positionals().empty())
        return usageError(err, "backtest", "unexpected argument '" + args->positionals().front() + "'");
    const auto projectPath = args->value("project");
    if (!projectPath)
        return usageError(err, "backtest", "--project FILE.clvw is required");
    std::optional<Date> calibrationEnd;
    BacktestOptions options;
    if (!parseDateOption(*args, "calibration-end", calibrationEnd, error) ||
        !parseDateOption(*args, "end", options.end, error))
        return usageError(err, "backtest", error);
    if (!calibrationEnd)
        return usageError(err, "backtest", "--calibration-end YYYY-MM-DD is required");
    options.calibrationEnd = *calibrationEnd;
    if (auto v = args->value("model")) {
        auto model = parseBacktestModel(*v);
        if (!model)
            return usageError(err, "backtest", "--model must be bgnbd, mbgnbd or pareto, got '" + *v + "'");
        options.model = *model;
    }
    if (auto v = args->value("unit")) {
        auto unit = parseTimeUnit(*v);
        if (!unit)
            return usageError(err, "backtest", "--unit must be day, week or month, got '" + *v + "'");
        options.unit = *unit;
    }
    const std::string format = args->value("format").value_or("text");
    if (format != "text" && format != "json")
        return usageError(err, "backtest", "--format must be text or json, got '" + format + "'");

    auto db = project::open(*projectPath, Database::OpenMode::ReadOnly);
    if (!db)
        return runtimeError(err, "backtest", db.error());
    auto table = loadOrderTable(*db);
    if (!table)
        return runtimeError(err, "backtest", table.error());
    auto report = runBacktest(*table, options);
    if (!report) {
        Error e = report.error();
        if (e.file.empty())
            e.file = *projectPath;
        return runtimeError(err, "backtest", e);
    }
    if (format == "json")
        printJson(*report, *projectPath, out);
    else
        printText(*report, *projectPath, out);
    return kExitOk;
}

}  // namespace clv::cli
