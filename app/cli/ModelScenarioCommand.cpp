// SPDX-License-Identifier: MIT
#include "ModelValuationSupport.h"

#include "CliSupport.h"

#include "core/models/Scenario.h"
#include "core/util/TextFormat.h"

#include <chrono>
#include <ostream>

namespace clv::cli {
namespace {

std::string optionalNum(const std::optional<double>& v, int decimals)
{
    return v ? text::fixed(*v, decimals) : std::string("n/a");
}

void printOutcomeJson(const ScenarioOutcome& o, const ScenarioInputs& in, const std::vector<std::string>& groups,
                      std::ostream& out)
{
    out << "{\"inputs\":{\"retention_change_points\":" << jsonNum(in.retentionPoints)
        << ",\"frequency_change_percent\":" << jsonNum(in.frequencyPercent)
        << ",\"price_change_percent\":" << jsonNum(in.priceChangePercent) << ",\"margin\":" << jsonNum(in.grossMargin)
        << ",\"discount\":" << jsonNum(in.monthlyDiscountRate) << ",\"horizon_months\":" << in.horizonMonths
        << ",\"cac\":" << jsonNum(in.cac) << "},\"total_clv\":" << jsonNum(o.totalClv)
        << ",\"mean_clv\":" << jsonNum(o.meanClv) << ",\"new_customer_ltv\":" << jsonNum(o.newCustomerLtv)
        << ",\"ltv_to_cac\":" << (o.ltvToCac ? jsonNum(*o.ltvToCac) : "null")
        << ",\"payback_months\":" << (o.paybackMonths ? std::to_string(*o.paybackMonths) : "null") << ",\"groups\":[";
    for (std::size_t g = 0; g < groups.size(); ++g)
        out << (g ? "," : "") << "{\"group\":" << text::jsonString(groups[g])
            << ",\"total_clv\":" << jsonNum(o.groupClv[g]) << ",\"mean_clv\":" << jsonNum(o.groupMeanClv[g]) << '}';
    out << "],\"monthly_revenue\":[";
    for (std::size_t k = 0; k < o.monthlyRevenue.size(); ++k)
        out << (k ? "," : "") << jsonNum(o.monthlyRevenue[k]);
    out << "],\"monthly_purchases\":[";
    for (std::size_t k = 0; k < o.monthlyPurchases.size(); ++k)
        out << (k ? "," : "") << jsonNum(o.monthlyPurchases[k]);
    out << "]}";
}

std::string change(double scenario, double baseline)
{
    if (!(baseline != 0.0))
        return "";
    const double pct = 100.0 * (scenario / baseline - 1.0);
    return std::string(pct >= 0.0 ? " (+" : " (") + text::fixed(pct, 2) + " %)";
}

void printComparisonText(const ScenarioOutcome& b, const ScenarioOutcome& s, const std::vector<std::string>& groups,
                         std::ostream& out)
{
    out << "\n                      baseline        scenario\n"
        << "total CLV:        " << text::fixed(b.totalClv, 2) << "    " << text::fixed(s.totalClv, 2)
        << change(s.totalClv, b.totalClv) << "\nmean CLV:         " << text::fixed(b.meanClv, 4) << "    "
        << text::fixed(s.meanClv, 4) << change(s.meanClv, b.meanClv) << "\nnew-customer LTV: "
        << text::fixed(b.newCustomerLtv, 4) << "    " << text::fixed(s.newCustomerLtv, 4) << "\nLTV:CAC:          "
        << optionalNum(b.ltvToCac, 3) << "    " << optionalNum(s.ltvToCac, 3) << "\npayback months:   "
        << (b.paybackMonths ? std::to_string(*b.paybackMonths) : "not within horizon") << "    "
        << (s.paybackMonths ? std::to_string(*s.paybackMonths) : "not within horizon") << '\n';
    out << "\ngroup,baseline_total_clv,scenario_total_clv,baseline_mean_clv,scenario_mean_clv\n";
    for (std::size_t g = 0; g < groups.size(); ++g)
        out << text::csvField(groups[g]) << ',' << text::fixed(b.groupClv[g], 2) << ',' << text::fixed(s.groupClv[g], 2)
            << ',' << text::fixed(b.groupMeanClv[g], 4) << ',' << text::fixed(s.groupMeanClv[g], 4) << '\n';
    out << "\nmonth,baseline_revenue,scenario_revenue,baseline_purchases,scenario_purchases\n";
    for (std::size_t k = 0; k < b.monthlyRevenue.size(); ++k)
        out << k + 1 << ',' << text::fixed(b.monthlyRevenue[k], 2) << ',' << text::fixed(s.monthlyRevenue[k], 2) << ','
            << text::fixed(b.monthlyPurchases[k], 4) << ',' << text::fixed(s.monthlyPurchases[k], 4) << '\n';
}

}  // namespace

const char* scenarioHelp()
{
    static const std::string help = std::string(
        "Usage: clv scenario --project P.clvw [--model ...] [--unit ...] [--end ...] [--horizon MONTHS]\n"
        "                    [--discount RATE] [--margin M] [--cac C] [--groups FILE.csv]\n"
        "                    [--retention-change PP] [--frequency-change PCT] [--price-change PCT]\n"
        "                    [--scenario-margin M] [--scenario-discount RATE] [--scenario-cac C]\n"
        "                    [--format text|json]\n\n"
        "Values the existing customers under the fitted models (baseline) and under changed inputs (scenario),\n"
        "without refitting. Retention points act on the per-period retention: BG/NBD and MBG/NBD the retention per\n"
        "purchase 1 - a/(a+b) (a+b kept), Pareto/NBD the monthly retention (b/(b+m))^s (s kept). The new-customer\n"
        "LTV counts the first purchase and the expected repeat purchases at the population mean spend; payback is\n"
        "the first month its cumulative discounted margin reaches the CAC.\n\n")
        + valuationOptionsHelp()
        + "  --cac C                 acquisition cost per new customer (baseline and scenario)\n"
          "  --retention-change PP   percentage points added to the retention (e.g. 5 or -3)\n"
          "  --frequency-change PCT  percent change of the purchase rate (> -100)\n"
          "  --price-change PCT      percent change of the average order value (> -100)\n"
          "  --scenario-margin M     gross margin of the scenario (default: --margin)\n"
          "  --scenario-discount R   monthly discount rate of the scenario (default: --discount)\n"
          "  --scenario-cac C        CAC of the scenario (default: --cac)\n"
          "  --format F              text (default) or json\n";
    return help.c_str();
}

int runScenario(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err)
{
    auto names = valuationOptionNames();
    names.insert({"format", "cac", "retention-change", "frequency-change", "price-change", "scenario-margin",
                  "scenario-discount", "scenario-cac"});
    std::string error;
    auto args = CliArgs::parse(argv, {names, {}}, error);
    if (!args)
        return usageError(err, "scenario", error);
    const std::string format = args->value("format").value_or("text");
    if (format != "text" && format != "json")
        return usageError(err, "scenario", "--format must be text or json, got '" + format + "'");
    double cac = 0.0;
    ScenarioInputs scenario;
    if (!parseNumberOption(*args, "cac", 0, 1e12, cac, error)
        || !parseNumberOption(*args, "retention-change", -100, 100, scenario.retentionPoints, error)
        || !parseNumberOption(*args, "frequency-change", -99.999, 1e6, scenario.frequencyPercent, error)
        || !parseNumberOption(*args, "price-change", -99.999, 1e6, scenario.priceChangePercent, error))
        return usageError(err, "scenario", error);
    int code = kExitOk;
    auto in = loadValuationInput(*args, "scenario", err, code);
    if (!in)
        return code;
    ScenarioInputs baseline;
    baseline.grossMargin = in->settings.grossMargin;
    baseline.monthlyDiscountRate = in->settings.monthlyDiscountRate;
    baseline.horizonMonths = in->settings.horizonMonths;
    baseline.cac = cac;
    scenario.grossMargin = baseline.grossMargin;
    scenario.monthlyDiscountRate = baseline.monthlyDiscountRate;
    scenario.horizonMonths = baseline.horizonMonths;
    scenario.cac = cac;
    if (!parseNumberOption(*args, "scenario-margin", 0, 1, scenario.grossMargin, error)
        || !parseNumberOption(*args, "scenario-discount", 0, 0.999999, scenario.monthlyDiscountRate, error)
        || !parseNumberOption(*args, "scenario-cac", 0, 1e12, scenario.cac, error))
        return usageError(err, "scenario", error);

    auto engine = ScenarioEngine::create(std::move(*in->base), in->model, in->spend);
    if (!engine)
        return runtimeError(err, "scenario", engine.error());
    auto b = engine->evaluate(baseline);
    if (!b)
        return runtimeError(err, "scenario", b.error());
    const auto start = std::chrono::steady_clock::now();
    auto s = engine->evaluate(scenario);
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    if (!s)
        return runtimeError(err, "scenario", s.error());
    if (format == "json") {
        out << "{\"model\":\"" << in->purchaseFit.model << "\",\"unit\":\"" << timeUnitName(in->model.unit())
            << "\",\"customers\":" << jsonNum(b->customers) << ",\"baseline\":";
        printOutcomeJson(*b, baseline, in->groupNames, out);
        out << ",\"scenario\":";
        printOutcomeJson(*s, scenario, in->groupNames, out);
        out << ",\"scenario_milliseconds\":" << jsonNum(ms) << "}\n";
        return kExitOk;
    }
    in->base = engine->base();
    printModelLine(*in, out);
    out << "scenario:   retention " << text::shortest(scenario.retentionPoints) << " points (" 
        << text::fixed(100.0 * in->model.retention(), 2) << " % -> "
        << text::fixed(100.0 * in->model.retention() + scenario.retentionPoints, 2) << " %), frequency "
        << text::shortest(scenario.frequencyPercent) << " %, price " << text::shortest(scenario.priceChangePercent)
        << " %, margin " << text::shortest(scenario.grossMargin) << ", discount "
        << text::shortest(scenario.monthlyDiscountRate) << ", CAC " << text::shortest(scenario.cac) << " ("
        << text::fixed(ms, 1) << " ms)\n";
    printComparisonText(*b, *s, in->groupNames, out);
    return kExitOk;
}

}  // namespace clv::cli
