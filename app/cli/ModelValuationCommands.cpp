// SPDX-License-Identifier: MIT
#include "ModelValuationSupport.h"

#include "core/models/FitDiagnostics.h"

#include "CliSupport.h"

#include "core/models/ClvInterval.h"
#include "core/util/TextFormat.h"

#include <ostream>

namespace clv::cli {
namespace {

std::optional<CliArgs> parseArgs(const std::vector<std::string>& argv, std::set<std::string> extra,
                                 const char* command, std::ostream& err, int& exitCode)
{
    auto names = valuationOptionNames();
    names.insert(extra.begin(), extra.end());
    std::string error;
    auto args = CliArgs::parse(argv, {names, {}}, error);
    if (!args)
        exitCode = usageError(err, command, error);
    return args;
}

bool formatOption(const CliArgs& args, const char* command, std::initializer_list<const char*> allowed,
                  std::string& format, std::ostream& err, int& exitCode)
{
    format = args.value("format").value_or(*allowed.begin());
    std::string list;
    for (const char* a : allowed) {
        if (format == a)
            return true;
        list += (list.empty() ? "" : " or ") + std::string(a);
    }
    exitCode = usageError(err, command, "--format must be " + list + ", got '" + format + "'");
    return false;
}

int runPredict(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err)
{
    int code = kExitOk;
    auto args = parseArgs(argv, {"format"}, "predict", err, code);
    std::string format;
    if (!args || !formatOption(*args, "predict", {"csv", "json"}, format, err, code))
        return code;
    auto in = loadValuationInput(*args, "predict", err, code);
    if (!in)
        return code;
    auto v = valueCustomers(*in->base, in->data, in->model, in->spend, in->settings);
    if (!v)
        return runtimeError(err, "predict", v.error());
    const bool json = format == "json";
    if (json)
        out << "{\"model\":\"" << in->purchaseFit.model << "\",\"unit\":\"" << timeUnitName(in->model.unit())
            << "\",\"horizon_months\":" << in->settings.horizonMonths << ",\"horizon_units\":"
            << jsonNum(in->settings.horizonMonths * unitsPerMonth(in->model.unit()));
    if (json) {
        // P(X(t) = n), n = 0..10, for a newly acquired customer over the horizon (any of the three models).
        const double t = in->settings.horizonMonths * unitsPerMonth(in->model.unit());
        out << ",\"new_customer_purchase_probabilities\":[";
        const auto pmf = purchaseCountProbabilities(in->model, t, 11);
        for (std::size_t n = 0; n < pmf.size(); ++n)
            out << (n ? "," : "") << jsonNum(pmf[n]);
        out << "],\"customers\":[";
    }
    else
        out << "customer_id,frequency,recency,T,p_alive,expected_purchases,expected_spend,clv\n";
    bool first = true;
    for (std::size_t i = 0; i < in->data.size(); ++i) {
        const auto& c = v->customers[i];
        const auto& o = in->data[i];
        if (!c.valid)
            continue;
        if (json) {
            out << (first ? "" : ",") << "{\"customer_id\":" << text::jsonString(in->customerIds[i])
                << ",\"frequency\":" << jsonNum(o.frequency) << ",\"recency\":" << jsonNum(o.recency)
                << ",\"T\":" << jsonNum(o.T) << ",\"p_alive\":" << jsonNum(c.probabilityAlive)
                << ",\"expected_purchases\":" << jsonNum(c.expectedPurchases)
                << ",\"expected_spend\":" << jsonNum(c.expectedSpend) << ",\"clv\":" << jsonNum(c.clv) << '}';
        } else {
            out << text::csvField(in->customerIds[i]) << ',' << text::shortest(o.frequency) << ','
                << fixedNum(o.recency, 4) << ',' << fixedNum(o.T, 4) << ',' << fixedNum(c.probabilityAlive, 6) << ','
                << fixedNum(c.expectedPurchases, 6) << ',' << fixedNum(c.expectedSpend, 4) << ','
                << fixedNum(c.clv, 4) << '\n';
        }
        first = false;
    }
    if (json)
        out << "]}\n";
    return kExitOk;
}

int runClv(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err)
{
    int code = kExitOk;
    auto args = parseArgs(argv, {"format", "level"}, "clv", err, code);
    std::string format;
    if (!args || !formatOption(*args, "clv", {"text", "json"}, format, err, code))
        return code;
    double level = 0.95;
    std::string error;
    if (!parseNumberOption(*args, "level", 0.5, 0.999, level, error))
        return usageError(err, "clv", error);
    auto in = loadValuationInput(*args, "clv", err, code);
    if (!in)
        return code;
    auto v = valueCustomers(*in->base, in->data, in->model, in->spend, in->settings);
    if (!v)
        return runtimeError(err, "clv", v.error());
    auto interval = clvInterval(*in->base, in->model, in->purchaseFit.covariance, in->spend, in->spendFit.covariance,
                                in->settings, level);
    const auto& t = v->totals;
    const auto& d = v->distribution;
    if (format == "json") {
        out << "{\"model\":\"" << in->purchaseFit.model << "\",\"unit\":\"" << timeUnitName(in->model.unit())
            << "\",\"horizon_months\":" << in->settings.horizonMonths
            << ",\"discount\":" << jsonNum(in->settings.monthlyDiscountRate)
            << ",\"margin\":" << jsonNum(in->settings.grossMargin) << ",\"customers\":" << jsonNum(t.customers)
            << ",\"excluded\":" << in->base->excluded() << ",\"total_clv\":" << jsonNum(t.totalClv)
            << ",\"mean_clv\":" << jsonNum(t.meanClv) << ",\"expected_purchases\":" << jsonNum(t.expectedPurchases);
        if (interval)
            out << ",\"interval\":{\"level\":" << jsonNum(level) << ",\"standard_error\":"
                << jsonNum(interval->standardError) << ",\"lower\":" << jsonNum(interval->lower)
                << ",\"upper\":" << jsonNum(interval->upper) << '}';
        else
            out << ",\"interval\":null,\"interval_error\":" << text::jsonString(interval.error().toString());
        out << ",\"quantiles\":[";
        for (std::size_t i = 0; i < d.quantiles.size(); ++i)
            out << (i ? "," : "") << "{\"p\":" << jsonNum(d.probabilities[i]) << ",\"clv\":" << jsonNum(d.quantiles[i])
                << '}';
        out << "],\"histogram\":[";
        for (std::size_t i = 0; i < d.binCounts.size(); ++i)
            out << (i ? "," : "") << "{\"from\":" << jsonNum(d.binEdges[i]) << ",\"to\":" << jsonNum(d.binEdges[i + 1])
                << ",\"customers\":" << d.binCounts[i] << '}';
        out << "],\"groups\":[";
        for (std::size_t g = 0; g < in->groupNames.size(); ++g) {
            out << (g ? "," : "") << "{\"group\":" << text::jsonString(in->groupNames[g])
                << ",\"customers\":" << jsonNum(in->base->groupSizes()[g])
                << ",\"total_clv\":" << jsonNum(t.groupClv[g])
                << ",\"mean_clv\":" << jsonNum(t.groupMeanClv[g]);
            if (interval)
                out << ",\"lower\":" << jsonNum(interval->groupLower[g])
                    << ",\"upper\":" << jsonNum(interval->groupUpper[g]);
            out << '}';
        }
        out << "]}\n";
        return kExitOk;
    }
    printModelLine(*in, out);
    out << "\ncustomers:          " << text::fixed(t.customers, 0) << " (" << in->base->excluded() << " excluded)\n"
        << "total CLV:          " << text::fixed(t.totalClv, 2) << '\n';
    if (interval)
        out << "  " << text::fixed(100.0 * level, 1) << " % interval:  " << text::fixed(interval->lower, 2) << " to "
            << text::fixed(interval->upper, 2) << " (standard error " << text::fixed(interval->standardError, 2)
            << ", parameter uncertainty, delta method)\n";
    else
        out << "  interval:         unavailable (" << interval.error().detail << ")\n";
    out << "mean CLV:           " << text::fixed(t.meanClv, 4) << "\nexpected purchases: "
        << text::fixed(t.expectedPurchases, 2) << " in " << in->settings.horizonMonths << " months\n\nquantiles:";
    for (std::size_t i = 0; i < d.quantiles.size(); ++i)
        out << "  p" << text::shortest(100.0 * d.probabilities[i]) << " " << text::fixed(d.quantiles[i], 2);
    out << "\n\nhistogram (from, to, customers):\n";
    for (std::size_t i = 0; i < d.binCounts.size(); ++i)
        out << "  " << text::fixed(d.binEdges[i], 2) << '\t' << text::fixed(d.binEdges[i + 1], 2) << '\t'
            << d.binCounts[i] << '\n';
    out << "\ngroup,customers,total_clv,mean_clv,lower,upper\n";
    for (std::size_t g = 0; g < in->groupNames.size(); ++g)
        out << text::csvField(in->groupNames[g]) << ',' << text::fixed(in->base->groupSizes()[g], 0) << ','
            << text::fixed(t.groupClv[g], 2) << ',' << text::fixed(t.groupMeanClv[g], 4) << ','
            << (interval ? text::fixed(interval->groupLower[g], 2) : "") << ','
            << (interval ? text::fixed(interval->groupUpper[g], 2) : "") << '\n';
    return kExitOk;
}

int runForecast(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err)
{
    int code = kExitOk;
    auto args = parseArgs(argv, {"format"}, "forecast", err, code);
    std::string format;
    if (!args || !formatOption(*args, "forecast", {"csv", "json"}, format, err, code))
        return code;
    auto in = loadValuationInput(*args, "forecast", err, code);
    if (!in)
        return code;
    auto table = computePurchaseTable(*in->base, in->model, in->settings.horizonMonths);
    if (!table)
        return runtimeError(err, "forecast", table.error());
    const auto t = aggregateClv(*in->base, *table, entrySpend(*in->base, in->spend), in->settings);
    const bool json = format == "json";
    if (json)
        out << "{\"model\":\"" << in->purchaseFit.model << "\",\"unit\":\"" << timeUnitName(in->model.unit())
            << "\",\"customers\":" << jsonNum(t.customers) << ",\"months\":[";
    else
        out << "month,expected_purchases,expected_revenue,gross_margin\n";
    for (std::size_t k = 0; k < t.monthlyPurchases.size(); ++k) {
        const double margin = in->settings.grossMargin * t.monthlyRevenue[k];
        if (json)
            out << (k ? "," : "") << "{\"month\":" << k + 1
                << ",\"expected_purchases\":" << jsonNum(t.monthlyPurchases[k])
                << ",\"expected_revenue\":" << jsonNum(t.monthlyRevenue[k]) << ",\"gross_margin\":" << jsonNum(margin)
                << '}';
        else
            out << k + 1 << ',' << fixedNum(t.monthlyPurchases[k], 4) << ',' << fixedNum(t.monthlyRevenue[k], 2) << ','
                << fixedNum(margin, 2) << '\n';
    }
    if (json)
        out << "]}\n";
    return kExitOk;
}

}  // namespace

std::vector<Command> modelValuationCommands()
{
    static const std::string predictHelp = std::string(
        "Usage: clv predict --project P.clvw [--model bgnbd|mbgnbd|pareto] [--spend gg] [--unit day|week|month]\n"
        "                   [--end YYYY-MM-DD] [--horizon MONTHS] [--discount RATE] [--margin M]\n"
        "                   [--format csv|json]\n\n"
        "Fits the purchase and spend models on the project and prints per customer: P(alive) at the end date,\n"
        "expected purchases in the next --horizon months, expected spend per purchase (Gamma-Gamma; the population\n"
        "mean for customers without repeat purchases) and discounted CLV (gross margin).\n\n") + valuationOptionsHelp()
        + "  --format F      csv (default) or json\n";
    static const std::string clvHelp = std::string(
        "Usage: clv clv --project P.clvw [--model ...] [--unit ...] [--end ...] [--horizon MONTHS] [--discount RATE]\n"
        "               [--margin M] [--groups FILE.csv] [--level 0.95] [--format text|json]\n\n"
        "Discounted CLV of the existing customers over the horizon: sum over months k of margin x expected spend x\n"
        "expected purchases in month k / (1 + discount)^k. Prints the total with an interval from the parameter\n"
        "covariance of both fits (delta method), the mean, quantiles, a histogram and totals per group.\n\n")
        + valuationOptionsHelp() + "  --level L       two-sided level of the interval (default 0.95)\n"
        + "  --format F      text (default) or json\n";
    static const std::string forecastHelp = std::string(
        "Usage: clv forecast --project P.clvw [--model ...] [--unit ...] [--end ...] [--horizon MONTHS]\n"
        "                    [--margin M] [--format csv|json]\n\n"
        "Expected purchases, revenue and gross margin per future month of the existing customers (undiscounted).\n\n")
        + valuationOptionsHelp() + "  --format F      csv (default) or json\n";
    return {
        {"predict", "per-customer predictions: P(alive), expected purchases, expected spend and CLV",
         predictHelp.c_str(), runPredict},
        {"clv", "discounted CLV of the customer base: total with interval, distribution, per group", clvHelp.c_str(),
         runClv},
        {"forecast", "expected purchases and revenue per future month of the existing customers",
         forecastHelp.c_str(), runForecast},
        {"scenario", "what-if: retention, frequency, price, margin, discount and CAC against the baseline",
         scenarioHelp(), runScenario},
    };
}

}  // namespace clv::cli
