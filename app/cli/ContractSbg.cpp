// SPDX-License-Identifier: MIT
// clv sbg: shifted-beta-geometric fits per monthly subscription cohort.
#include "CliArgs.h"
#include "CliSupport.h"
#include "ContractCommands.h"

#include "core/storage/Project.h"
#include "core/util/TextFormat.h"
#include "core/valuation/SbgCohorts.h"

#include <cmath>
#include <ostream>
#include <sstream>

namespace clv::cli {
namespace {

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

std::string padded(std::string s, std::size_t width)
{
    if (s.size() < width)
        s.insert(0, width - s.size(), ' ');
    return s;
}

std::string jsonArray(const std::vector<double>& values)
{
    std::string out = "[";
    for (std::size_t i = 0; i < values.size(); ++i)
        out += (i ? "," : "") + jsonNumber(values[i]);
    return out + "]";
}

void printCohortJson(const SbgCohortFit& c, std::ostream& out)
{
    out << "{\"cohort\":" << text::jsonString(c.cohort) << ",\"customers\":" << c.customers
        << ",\"active\":" << c.active << ",\"observed_periods\":" << c.observedPeriods
        << ",\"observed_survival\":" << jsonArray(c.observedSurvival) << ",\"fitted\":" << (c.fitted ? "true" : "false");
    if (!c.fitted) {
        out << ",\"reason\":\"" << errorCodeName(c.error.code) << "\",\"detail\":" << text::jsonString(c.error.detail)
            << '}';
        return;
    }
    const auto& fit = c.sbg.fit;
    out << ",\"alpha\":" << jsonNumber(c.sbg.model.alpha) << ",\"alpha_se\":" << jsonNumber(fit.parameters[0].standardError)
        << ",\"beta\":" << jsonNumber(c.sbg.model.beta) << ",\"beta_se\":" << jsonNumber(fit.parameters[1].standardError)
        << ",\"log_likelihood\":" << jsonNumber(fit.logLikelihood) << ",\"converged\":" << (fit.converged ? "true" : "false")
        << ",\"iterations\":" << fit.iterations << ",\"warnings\":[";
    for (std::size_t i = 0; i < fit.warnings.size(); ++i)
        out << (i ? "," : "") << "{\"code\":\"" << fitWarningName(fit.warnings[i].code)
            << "\",\"detail\":" << text::jsonString(fit.warnings[i].detail) << '}';
    out << "],\"projected_survival\":" << jsonArray(c.projectedSurvival)
        << ",\"expected_lifetime\":" << jsonNumber(c.expectedLifetime)
        << ",\"mean_residual_lifetime\":" << jsonNumber(c.meanResidualLifetime)
        << ",\"total_residual_lifetime\":" << jsonNumber(c.totalResidualLifetime) << '}';
}

void printCohortText(const SbgCohortFit& c, std::ostream& out)
{
    out << c.cohort << std::string(c.cohort.size() < 8 ? 8 - c.cohort.size() : 1, ' ')
        << padded(std::to_string(c.customers), 7) << padded(std::to_string(c.active), 8)
        << padded(std::to_string(c.observedPeriods), 7);
    if (!c.fitted) {
        out << "  not fitted: " << errorCodeName(c.error.code) << '\n';
        return;
    }
    const auto& p = c.sbg.fit.parameters;
    out << padded(textNumber(p[0].value, 4), 9) << padded(textNumber(p[0].standardError, 2), 9)
        << padded(textNumber(p[1].value, 4), 9) << padded(textNumber(p[1].standardError, 2), 9)
        << padded(c.sbg.fit.converged ? "yes" : "no", 6)
        << padded(c.projectedSurvival.empty() ? "-" : text::fixed(c.projectedSurvival.back(), 3), 9)
        << padded(text::fixed(c.expectedLifetime, 2), 8) << padded(text::fixed(c.meanResidualLifetime, 2), 8) << '\n';
    for (const auto& w : c.sbg.fit.warnings)
        out << "        warning: " << fitWarningName(w.code) << ": " << w.detail << '\n';
}

void printReportText(const SbgCohortReport& r, const std::string& source, int periods, std::ostream& out)
{
    out << "model:       sBG (shifted-beta-geometric), monthly periods\n"
        << "data:        " << source << " (end " << r.end.toIso() << "): " << r.pooled.customers
        << " subscriptions in " << r.cohorts.size() << " monthly cohorts, " << r.pooled.active << " active\n"
        << "discount:    " << textNumber(r.discountRate, 6) << " per month; DEL and DERL in monthly payments\n\n"
        << "cohort    subs  active months    alpha       se     beta       se  conv  S(+" << periods
        << ")     DEL    DERL\n";
    for (const auto& c : r.cohorts)
        printCohortText(c, out);
    printCohortText(r.pooled, out);
    out << "\nS(+" << periods << "): projected survival " << periods
        << " months after the cohort's observed months; DERL: mean over the active subscriptions.\n";
}

}  // namespace

int runSbgFit(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err)
{
    std::string error;
    auto args = CliArgs::parse(argv, {{"project", "end", "periods", "discount", "format", "model", "unit"}, {}}, error);
    if (!args)
        return usageError(err, "sbg", error);
    if (!args->positionals().empty())
        return usageError(err, "sbg", "unexpected argument '" + args->positionals().front() + "'");
    if (auto model = args->value("model"); model && *model != "sbg")
        return usageError(err, "sbg", "--model must be sbg here, got '" + *model + "'");
    if (auto unit = args->value("unit"); unit && *unit != "month")
        return usageError(err, "sbg", "sBG periods are months: --unit must be month, got '" + *unit + "'");
    const auto projectPath = args->value("project");
    if (!projectPath)
        return usageError(err, "sbg", "--project FILE.clvw is required");
    SbgCohortOptions options;
    if (!parseDateOption(*args, "end", options.end, error))
        return usageError(err, "sbg", error);
    if (auto v = args->value("periods")) {
        if (!parseInteger(*v, options.projectionPeriods) || options.projectionPeriods < 0 ||
            options.projectionPeriods > 600)
            return usageError(err, "sbg", "--periods must be an integer from 0 to 600, got '" + *v + "'");
    }
    if (auto v = args->value("discount")) {
        const auto d = text::parseDouble(*v);
        if (!d || !(*d > 0.0) || !(*d < 10.0))
            return usageError(err, "sbg", "--discount must be a rate per month above 0 (e.g. 0.01), got '" + *v + "'");
        options.discountRate = *d;
    }
    const std::string format = args->value("format").value_or("text");
    if (format != "text" && format != "json")
        return usageError(err, "sbg", "--format must be text or json, got '" + format + "'");

    auto db = project::open(*projectPath, Database::OpenMode::ReadOnly);
    if (!db)
        return runtimeError(err, "sbg", db.error());
    auto spans = loadSubscriptionSpans(*db);
    if (!spans)
        return runtimeError(err, "sbg", spans.error());
    auto report = fitSbgCohorts(*spans, options);
    if (!report) {
        Error e = report.error();
        if (e.file.empty())
            e.file = *projectPath;
        return runtimeError(err, "sbg", e);
    }
    if (format == "json") {
        out << "{\"model\":\"sbg\",\"unit\":\"month\",\"source\":" << text::jsonString(*projectPath)
            << ",\"end\":\"" << report->end.toIso() << "\",\"discount_rate\":" << jsonNumber(report->discountRate)
            << ",\"projection_periods\":" << options.projectionPeriods << ",\"cohorts\":[";
        for (std::size_t i = 0; i < report->cohorts.size(); ++i) {
            out << (i ? "," : "");
            printCohortJson(report->cohorts[i], out);
        }
        out << "],\"pooled\":";
        printCohortJson(report->pooled, out);
        out << "}\n";
    } else {
        printReportText(*report, *projectPath, options.projectionPeriods, out);
    }
    return kExitOk;
}

}  // namespace clv::cli
