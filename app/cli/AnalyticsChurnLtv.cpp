// SPDX-License-Identifier: MIT
// clv churn (Kaplan-Meier lapse curve or subscription lifetimes) and clv ltv (simple CLV formulas).
#include "AnalyticsSupport.h"

#include "CliSupport.h"

#include "core/metrics/Cohorts.h"
#include "core/metrics/SimpleClv.h"
#include "core/metrics/Survival.h"
#include "core/storage/Project.h"
#include "core/util/TextFormat.h"

#include <ostream>

namespace clv::cli::analytics {
namespace {

// ---- churn -------------------------------------------------------------------------------------------------------

void printCurve(const KaplanMeierCurve& curve, bool json, const std::string& header, std::ostream& out)
{
    if (!json) {
        out << "time,at_risk,events,censored,survival,std_error,lower,upper\n";
        for (const auto& s : curve.steps)
            out << text::shortest(s.time) << ',' << s.atRisk << ',' << s.events << ',' << s.censored << ','
                << text::fixed(s.survival, 6) << ',' << text::fixed(s.standardError, 6) << ',' << text::fixed(s.lower, 6)
                << ',' << text::fixed(s.upper, 6) << '\n';
        return;
    }
    out << '{' << header << ",\"subjects\":" << curve.subjects << ",\"events\":" << curve.events << ",\"median\":"
        << (curve.median ? text::shortest(*curve.median) : "null") << ",\"steps\":[";
    for (std::size_t i = 0; i < curve.steps.size(); ++i) {
        const auto& s = curve.steps[i];
        out << (i ? ",\n" : "\n") << "{\"time\":" << text::shortest(s.time) << ",\"at_risk\":" << s.atRisk
            << ",\"events\":" << s.events << ",\"censored\":" << s.censored << ",\"survival\":" << text::shortest(s.survival)
            << ",\"std_error\":" << text::shortest(s.standardError) << ",\"lower\":" << text::shortest(s.lower)
            << ",\"upper\":" << text::shortest(s.upper) << '}';
    }
    out << "\n]}\n";
}

}  // namespace

int runChurn(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err)
{
    std::string error;
    auto args = CliArgs::parse(argv, {{"project", "end", "format", "lapse", "unit", "confidence", "band"}, {"subscriptions"}},
                               error);
    if (!args)
        return usageError(err, "churn", error);
    auto common = parseCommon(*args, error);
    if (!common)
        return usageError(err, "churn", error);
    LapseOptions lo;
    lo.end = common->end;
    if (auto v = args->value("unit")) {
        auto unit = parseTimeUnit(*v);
        if (!unit)
            return usageError(err, "churn", "--unit must be day, week or month, got '" + *v + "'");
        lo.unit = *unit;
    }
    std::optional<double> lapse, confidence;
    if (!parseNumber(*args, "lapse", 1e-9, 1e6, lapse, error) || !parseNumber(*args, "confidence", 0.5, 0.999, confidence, error))
        return usageError(err, "churn", error);
    lo.threshold = lapse.value_or(lo.threshold);
    lo.km.confidence = confidence.value_or(lo.km.confidence);
    if (auto v = args->value("band")) {
        if (*v != "log-log" && *v != "plain")
            return usageError(err, "churn", "--band must be log-log or plain, got '" + *v + "'");
        lo.km.band = *v == "plain" ? ConfidenceBand::Plain : ConfidenceBand::LogLog;
    }
    auto db = project::open(common->project, Database::OpenMode::ReadOnly);
    if (!db)
        return runtimeError(err, "churn", db.error());
    const std::string band = lo.km.band == ConfidenceBand::Plain ? "plain" : "log-log";
    const std::string base = "\"unit\":\"" + std::string(timeUnitName(lo.unit)) + "\",\"confidence\":"
                             + text::shortest(lo.km.confidence) + ",\"band\":\"" + band + "\"";
    if (args->has("subscriptions")) {
        auto curve = subscriptionSurvival(*db, lo.unit, common->end, lo.km);
        if (!curve)
            return runtimeError(err, "churn", curve.error());
        printCurve(*curve, common->json, "\"kind\":\"subscriptions\"," + base, out);
        return kExitOk;
    }
    auto table = loadOrderTable(*db);
    if (!table)
        return runtimeError(err, "churn", table.error());
    auto curve = lapseCurve(*table, lo);
    if (!curve)
        return runtimeError(err, "churn", curve.error());
    printCurve(curve->curve, common->json,
               "\"kind\":\"lapse\"," + base + ",\"lapse_after\":" + text::shortest(lo.threshold) + ",\"end\":\""
                   + curve->end.toIso() + "\",\"lapsed\":" + std::to_string(curve->lapsed)
                   + ",\"active\":" + std::to_string(curve->active),
               out);
    return kExitOk;
}

// ---- ltv ---------------------------------------------------------------------------------------------------------

int runLtv(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err)
{
    std::string error;
    auto args = CliArgs::parse(
        argv, {{"project", "end", "format", "margin", "cac", "churn", "lifespan", "cohort-month", "window-days"}, {}}, error);
    if (!args)
        return usageError(err, "ltv", error);
    auto common = parseCommon(*args, error);
    if (!common)
        return usageError(err, "ltv", error);
    SimpleClvOptions so;
    std::optional<double> margin, month, window;
    if (!parseNumber(*args, "margin", 1e-9, 1.0, margin, error) || !parseNumber(*args, "cac", 0.0, 1e12, so.cac, error)
        || !parseNumber(*args, "churn", 1e-9, 1.0, so.annualChurn, error)
        || !parseNumber(*args, "lifespan", 1e-9, 1000.0, so.lifespanYears, error)
        || !parseNumber(*args, "cohort-month", 0.0, 1200.0, month, error)
        || !parseNumber(*args, "window-days", 28.0, 3660.0, window, error))
        return usageError(err, "ltv", error);
    so.grossMargin = margin.value_or(1.0);
    so.cohortMonth = static_cast<int>(month.value_or(12.0));
    auto db = project::open(common->project, Database::OpenMode::ReadOnly);
    if (!db)
        return runtimeError(err, "ltv", db.error());
    auto table = loadOrderTable(*db);
    if (!table)
        return runtimeError(err, "ltv", table.error());
    auto inputs = measureClvInputs(*table, common->end, static_cast<int>(window.value_or(365.0)));
    if (!inputs)
        return runtimeError(err, "ltv", inputs.error());
    CohortOptions co;
    co.end = common->end;
    auto cohorts = computeCohorts(*table, co);
    if (!cohorts)
        return runtimeError(err, "ltv", cohorts.error());
    auto rep = simpleClv(*inputs, so, &*cohorts);
    if (!rep)
        return runtimeError(err, "ltv", rep.error());
    if (!common->json) {
        out << "key,value,formula,inputs,note\n";
        for (const auto& f : rep->formulas)
            out << f.key << ',' << (f.value ? text::fixed(*f.value, 2) : "") << ',' << text::csvField(f.formula) << ','
                << text::csvField(f.inputs) << ',' << text::csvField(f.note) << '\n';
        return kExitOk;
    }
    const ClvDataInputs& d = rep->data;
    out << "{\"end\":\"" << d.end.toIso() << "\",\"window_days\":" << d.windowDays << ",\"active_customers\":"
        << d.activeCustomers << ",\"orders\":" << d.orders << ",\"revenue\":" << text::shortest(d.revenue)
        << ",\"average_order_value\":" << text::shortest(d.averageOrderValue) << ",\"purchases_per_year\":"
        << text::shortest(d.purchasesPerYear) << ",\"arpu_per_month\":" << text::shortest(d.arpuPerMonth)
        << ",\"measured_annual_churn\":" << (d.annualChurn ? text::shortest(*d.annualChurn) : "null")
        << ",\"annual_churn\":" << text::shortest(rep->annualChurn) << ",\"lifespan_years\":"
        << text::shortest(rep->lifespanYears) << ",\"gross_margin\":" << text::shortest(so.grossMargin)
        << ",\"ltv_to_cac_healthy\":" << (rep->ltvToCacHealthy ? "true" : "false") << ",\"formulas\":[";
    for (std::size_t i = 0; i < rep->formulas.size(); ++i) {
        const auto& f = rep->formulas[i];
        out << (i ? ",\n" : "\n") << "{\"key\":\"" << f.key << "\",\"value\":" << (f.value ? text::shortest(*f.value) : "null")
            << ",\"formula\":" << text::jsonString(f.formula) << ",\"inputs\":" << text::jsonString(f.inputs)
            << ",\"note\":" << text::jsonString(f.note) << '}';
    }
    out << "\n]}\n";
    return kExitOk;
}

}  // namespace clv::cli::analytics
