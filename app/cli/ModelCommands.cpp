// SPDX-License-Identifier: MIT
#include "Commands.h"
#include "ContractCommands.h"

#include "CliArgs.h"
#include "CliSupport.h"
#include "ModelValuationSupport.h"

#include "core/metrics/CustomerSummary.h"
#include "core/models/ModelPipeline.h"
#include "core/models/BgNbd.h"
#include "core/models/GammaGamma.h"
#include "core/models/MbgNbd.h"
#include "core/models/ParetoNbd.h"
#include "core/models/SummaryCsv.h"
#include "core/storage/Project.h"
#include "core/util/TextFormat.h"

#include <cmath>
#include <ostream>
#include <sstream>

namespace clv::cli {
namespace {

// ---- fit ---------------------------------------------------------------------------------------------------------

std::string jsonNumber(double v) { return std::isfinite(v) ? text::shortest(v) : "null"; }

std::string textNumber(double v, int digits)
{
    if (!std::isfinite(v))
        return "n/a";
    std::ostringstream s;
    s.precision(digits);
    s << v;
    return s.str();
}

const char* modelTitle(const std::string& model)
{
    if (model == "bgnbd")
        return "BG/NBD";
    if (model == "mbgnbd")
        return "MBG/NBD";
    if (model == "pareto")
        return "Pareto/NBD";
    return "Gamma-Gamma";
}

Result<FitResult> fitModel(const std::string& model, const std::vector<RfmObservation>& data, TimeUnit unit)
{
    if (const auto kind = parsePurchaseModelKind(model))
        return fitPurchaseModel(*kind, data, unit);
    auto gg = fitGammaGamma(data, unit);
    if (!gg)
        return fail(gg.error());
    return std::move(gg->fit);
}

void printFitText(const FitResult& fit, const std::string& source, std::ostream& out)
{
    out << "model:          " << modelTitle(fit.model) << " (" << fit.model << ")\n"
        << "data:           " << source << ": " << fit.observations << " customers, " << fit.patterns
        << " distinct patterns\n"
        << "time unit:      " << timeUnitName(fit.unit) << " (rates, recency, T and horizons are per "
        << timeUnitName(fit.unit) << ")\n\n"
        << "parameter          value     std.error\n";
    for (const auto& p : fit.parameters) {
        std::string name = p.name;
        name.resize(10, ' ');
        std::string value = textNumber(p.value, 7);
        value.resize(14, ' ');
        out << "  " << name << value << "  " << textNumber(p.standardError, 5) << '\n';
    }
    out << "\nlog-likelihood: " << text::fixed(fit.logLikelihood, 4) << "\nAIC:            " << text::fixed(fit.aic, 4)
        << "\nBIC:            " << text::fixed(fit.bic, 4) << "\nconverged:      " << (fit.converged ? "yes" : "no")
        << " (" << fit.iterations << " iterations, gradient norm " << textNumber(fit.gradientNorm, 3) << ", "
        << fit.startsConverged << " of " << fit.startsTried << " starting points converged)\n";
    if (fit.warnings.empty())
        out << "warnings:       none\n";
    for (const auto& w : fit.warnings)
        out << "warning:        " << fitWarningName(w.code) << ": " << w.detail << '\n';
}

void printFitJson(const FitResult& fit, const std::string& source, std::ostream& out)
{
    out << "{\"model\":" << text::jsonString(fit.model) << ",\"source\":" << text::jsonString(source)
        << ",\"unit\":\"" << timeUnitName(fit.unit) << "\",\"customers\":" << fit.observations
        << ",\"patterns\":" << fit.patterns << ",\"parameters\":[";
    for (std::size_t i = 0; i < fit.parameters.size(); ++i) {
        const auto& p = fit.parameters[i];
        out << (i ? "," : "") << "{\"name\":" << text::jsonString(p.name) << ",\"value\":" << jsonNumber(p.value)
            << ",\"standard_error\":" << jsonNumber(p.standardError) << '}';
    }
    out << "],\"log_likelihood\":" << jsonNumber(fit.logLikelihood) << ",\"aic\":" << jsonNumber(fit.aic)
        << ",\"bic\":" << jsonNumber(fit.bic) << ",\"converged\":" << (fit.converged ? "true" : "false")
        << ",\"iterations\":" << fit.iterations << ",\"gradient_norm\":" << jsonNumber(fit.gradientNorm)
        << ",\"starts_tried\":" << fit.startsTried << ",\"starts_converged\":" << fit.startsConverged
        << ",\"warnings\":[";
    for (std::size_t i = 0; i < fit.warnings.size(); ++i)
        out << (i ? "," : "") << "{\"code\":\"" << fitWarningName(fit.warnings[i].code)
            << "\",\"detail\":" << text::jsonString(fit.warnings[i].detail) << '}';
    out << "]}\n";
}

int runFit(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err)
{
    // The contractual model has its own options (--periods, --discount); its command takes the arguments as given.
    for (std::size_t i = 0; i < argv.size(); ++i)
        if (argv[i] == "--model=sbg" || (argv[i] == "--model" && i + 1 < argv.size() && argv[i + 1] == "sbg"))
            return runSbgFit(argv, out, err);
    std::string error;
    auto args = CliArgs::parse(argv, {{"model", "project", "summary", "unit", "end", "format"}, {}}, error);
    if (!args)
        return usageError(err, "fit", error);
    if (!args->positionals().empty())
        return usageError(err, "fit", "unexpected argument '" + args->positionals().front() + "'");
    const auto model = args->value("model");
    if (!model)
        return usageError(err, "fit", "--model bgnbd|mbgnbd|pareto|gg|sbg is required");
    if (*model != "bgnbd" && *model != "mbgnbd" && *model != "pareto" && *model != "gg")
        return usageError(err, "fit", "--model must be bgnbd, mbgnbd, pareto or gg, got '" + *model + "'");
    const auto projectPath = args->value("project");
    const auto summaryPath = args->value("summary");
    if (projectPath.has_value() == summaryPath.has_value())
        return usageError(err, "fit", "give exactly one of --project FILE.clvw or --summary FILE.csv");
    SummaryOptions options;
    if (auto v = args->value("unit")) {
        auto unit = parseTimeUnit(*v);
        if (!unit)
            return usageError(err, "fit", "--unit must be day, week or month, got '" + *v + "'");
        options.unit = *unit;
    }
    if (!parseDateOption(*args, "end", options.end, error))
        return usageError(err, "fit", error);
    if (summaryPath && options.end)
        return usageError(err, "fit", "--end applies to --project only (a summary file is already cut at its end)");
    const std::string format = args->value("format").value_or("text");
    if (format != "text" && format != "json")
        return usageError(err, "fit", "--format must be text or json, got '" + format + "'");

    std::vector<RfmObservation> data;
    std::string source;
    if (summaryPath) {
        auto table = readSummaryCsv(*summaryPath);
        if (!table)
            return runtimeError(err, "fit", table.error());
        if (*model == "gg" && !table->hasMonetary)
            return runtimeError(err, "fit", Error{ErrorCode::Parse,
                                                  "the spend model needs a monetary_value (or zbar) column",
                                                  *summaryPath, 1, 0});
        data = std::move(table->rows);
        source = *summaryPath;
    } else {
        auto db = project::open(*projectPath, Database::OpenMode::ReadOnly);
        if (!db)
            return runtimeError(err, "fit", db.error());
        auto summary = summarizeProject(*db, options);
        if (!summary)
            return runtimeError(err, "fit", summary.error());
        data = toObservations(*summary);
        source = *projectPath + " (end " + summary->end.toIso() + ")";
    }
    auto fit = fitModel(*model, data, options.unit);
    if (!fit) {
        Error e = fit.error();
        if (e.file.empty())
            e.file = summaryPath ? *summaryPath : *projectPath;
        return runtimeError(err, "fit", e);
    }
    if (format == "json")
        printFitJson(*fit, source, out);
    else
        printFitText(*fit, source, out);
    return kExitOk;
}

}  // namespace

std::vector<Command> modelCommands()
{
    std::vector<Command> all{
        {"fit", "fit a probabilistic model (BG/NBD, MBG/NBD, Pareto/NBD or Gamma-Gamma) by maximum likelihood",
         "Usage: clv fit --model bgnbd|mbgnbd|pareto|gg (--project P.clvw | --summary FILE.csv)\n"
         "       clv fit --model sbg --project P.clvw [--end DATE] [--periods N] [--discount R] (see clv sbg --help)\n"
         "               [--unit day|week|month] [--end YYYY-MM-DD] [--format text|json]\n\n"
         "Fits the model by maximum likelihood from several starting points and prints the parameters with standard\n"
         "errors, log-likelihood, AIC/BIC, convergence and warnings. Rates are per --unit, which is stored with the\n"
         "fit: a weekly fit predicts in weeks.\n\n"
         "  --model M       bgnbd, mbgnbd or pareto (repeat purchases: BG/NBD, MBG/NBD, Pareto/NBD),\n"
         "                  or gg (Gamma-Gamma spend of repeat customers)\n"
         "  --project P     summarise the orders of a project (lifetimes definitions, same-day orders merged)\n"
         "  --summary F     read a ready summary CSV with columns frequency, recency, T[, monetary_value]\n"
         "                  or x, t_x, T[, zbar] (any order, an id column optional)\n"
         "  --unit U        time unit of recency and T: day (default), week or month; for --summary, the unit\n"
         "                  the file is in\n"
         "  --end DATE      observation end for --project (default: the last order date)\n"
         "  --format F      text (default) or json\n",
         runFit},
    };
    for (auto& cmd : modelValuationCommands())
        all.push_back(cmd);
    return all;
}

}  // namespace clv::cli
