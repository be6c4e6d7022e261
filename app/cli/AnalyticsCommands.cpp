// SPDX-License-Identifier: MIT
// clv rfm, cohorts, churn, ltv: the analytics core (core/metrics) on a project.
#include "Commands.h"

#include "CliArgs.h"
#include "CliSupport.h"

#include "core/metrics/Cohorts.h"
#include "core/metrics/CustomerSummary.h"
#include "core/metrics/Rfm.h"
#include "core/metrics/SimpleClv.h"
#include "core/metrics/Survival.h"
#include "core/storage/Project.h"
#include "core/util/TextFormat.h"

#include <fstream>
#include <ostream>
#include <sstream>

namespace clv::cli {
namespace {

// Options every analytics command shares: --project (required), --end, --format.
struct Common {
    std::string project;
    std::optional<Date> end;
    bool json = false;
};

std::optional<Common> parseCommon(const CliArgs& args, std::string& error)
{
    Common c;
    const auto project = args.value("project");
    if (!project) {
        error = "--project FILE.clvw is required";
        return std::nullopt;
    }
    c.project = *project;
    if (!args.positionals().empty()) {
        error = "unexpected argument '" + args.positionals().front() + "'";
        return std::nullopt;
    }
    if (!parseDateOption(args, "end", c.end, error))
        return std::nullopt;
    const std::string format = args.value("format").value_or("csv");
    if (format != "csv" && format != "json") {
        error = "--format must be csv or json, got '" + format + "'";
        return std::nullopt;
    }
    c.json = format == "json";
    return c;
}

// Reads --NAME as a number in [lo, hi]; false with `error` set when malformed or out of range.
bool parseNumber(const CliArgs& args, const char* name, double lo, double hi, std::optional<double>& out,
                 std::string& error)
{
    if (auto v = args.value(name)) {
        out = text::parseDouble(*v);
        if (!out || *out < lo || *out > hi) {
            error = "--" + std::string(name) + " must be a number from " + text::shortest(lo) + " to "
                    + text::shortest(hi) + ", got '" + *v + "'";
            return false;
        }
    }
    return true;
}

bool parseCuts(const CliArgs& args, const char* name, std::vector<double>& out, std::string& error)
{
    const auto v = args.value(name);
    if (!v)
        return true;
    std::stringstream list(*v);
    std::string item;
    while (std::getline(list, item, ',')) {
        auto number = text::parseDouble(text::trim(item));
        if (!number) {
            error = "--" + std::string(name) + " must be comma-separated numbers, got '" + *v + "'";
            return false;
        }
        out.push_back(*number);
    }
    return true;
}

std::string num(double v) { return text::fixed(v, 4); }

// ---- rfm ---------------------------------------------------------------------------------------------------------

int runRfm(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err)
{
    std::string error;
    auto args = CliArgs::parse(argv,
                               {{"project", "end", "format", "returns", "segments", "monetary", "cuts-r", "cuts-f",
                                 "cuts-m", "set-grid"},
                                {"customers", "show-grid"}},
                               error);
    if (!args)
        return usageError(err, "rfm", error);
    auto common = parseCommon(*args, error);
    if (!common)
        return usageError(err, "rfm", error);
    SummaryOptions so;
    so.end = common->end;
    if (auto v = args->value("returns")) {
        auto policy = parseReturnsPolicy(*v);
        if (!policy)
            return usageError(err, "rfm", "--returns must be net, drop or ignore, got '" + *v + "'");
        so.returns = *policy;
    }
    RfmOptions ro;
    if (auto v = args->value("monetary")) {
        if (*v != "total" && *v != "mean")
            return usageError(err, "rfm", "--monetary must be total or mean, got '" + *v + "'");
        ro.monetary = *v == "total" ? RfmMonetary::Total : RfmMonetary::MeanPerPurchase;
    }
    if (!parseCuts(*args, "cuts-r", ro.recencyCuts, error) || !parseCuts(*args, "cuts-f", ro.frequencyCuts, error)
        || !parseCuts(*args, "cuts-m", ro.monetaryCuts, error))
        return usageError(err, "rfm", error);
    const int cutOptions = args->has("cuts-r") + args->has("cuts-f") + args->has("cuts-m");
    if (cutOptions != 0 && cutOptions != 3)
        return usageError(err, "rfm", "give all of --cuts-r, --cuts-f and --cuts-m, or none (quantile scores)");
    if (cutOptions == 3)
        ro.binning = RfmBinning::CutPoints;
    const std::string preset = args->value("segments").value_or("grid");
    if (!rfmPreset(preset))
        return usageError(err, "rfm", "--segments must be grid, quartile or rfm-package, got '" + preset + "'");

    const bool writes = args->has("set-grid");
    auto db = project::open(common->project, writes ? Database::OpenMode::OpenExisting : Database::OpenMode::ReadOnly);
    if (!db)
        return runtimeError(err, "rfm", db.error());
    if (writes) {
        std::ifstream in(*args->value("set-grid"), std::ios::binary);
        if (!in)
            return runtimeError(err, "rfm", Error{ErrorCode::FileNotFound, "cannot read the grid", *args->value("set-grid")});
        std::ostringstream json;
        json << in.rdbuf();
        auto grid = rfmGridFromJson(json.str());
        if (!grid)
            return runtimeError(err, "rfm", grid.error());
        if (auto r = saveRfmGrid(*db, *grid); !r)
            return runtimeError(err, "rfm", r.error());
        out << "stored the RFM grid (" << grid->segmentNames().size() << " segments) in " << common->project << '\n';
        return kExitOk;
    }
    auto map = preset == "grid" ? loadRfmGrid(*db) : Result<RfmSegmentMap>(*rfmPreset(preset));
    if (!map)
        return runtimeError(err, "rfm", map.error());
    if (args->has("show-grid")) {
        if (!map->useGrid)
            return usageError(err, "rfm", "--show-grid needs --segments grid");
        out << rfmGridToJson(*map) << '\n';
        return kExitOk;
    }
    auto summary = summarizeProject(*db, so);
    if (!summary)
        return runtimeError(err, "rfm", summary.error());
    auto rfm = computeRfm(*summary, ro, *map);
    if (!rfm)
        return runtimeError(err, "rfm", rfm.error());

    if (args->has("customers")) {
        if (!common->json)
            out << "customer_id,recency_days,purchases,monetary,r,f,m,rfm_code,segment\n";
        else
            out << "{\"segments\":\"" << rfm->preset << "\",\"end\":\"" << summary->end.toIso() << "\",\"customers\":[";
        for (std::size_t i = 0; i < rfm->customers.size(); ++i) {
            const RfmCustomer& c = rfm->customers[i];
            const std::string& id = summary->rows[c.row].customerId;
            const std::string& seg = rfm->segments[c.segment].name;
            if (!common->json)
                out << text::csvField(id) << ',' << text::shortest(c.recencyDays) << ',' << c.purchases << ',' << num(c.monetary) << ','
                    << c.r << ',' << c.f << ',' << c.m << ',' << c.code << ',' << text::csvField(seg) << '\n';
            else
                out << (i ? ",\n" : "\n") << "{\"customer_id\":" << text::jsonString(id) << ",\"recency_days\":"
                    << text::shortest(c.recencyDays) << ",\"purchases\":" << c.purchases << ",\"monetary\":" << text::shortest(c.monetary)
                    << ",\"r\":" << c.r << ",\"f\":" << c.f << ",\"m\":" << c.m << ",\"rfm_code\":" << c.code
                    << ",\"segment\":" << text::jsonString(seg) << '}';
        }
        if (common->json)
            out << "\n]}\n";
        return kExitOk;
    }
    if (!common->json) {
        out << "segment,customers,customer_share,revenue,revenue_share,mean_recency_days,mean_purchases,mean_monetary\n";
        for (const auto& s : rfm->segments)
            out << text::csvField(s.name) << ',' << s.customers << ',' << num(s.customerShare) << ',' << text::fixed(s.revenue, 2)
                << ',' << num(s.revenueShare) << ',' << num(s.meanRecencyDays) << ',' << num(s.meanPurchases) << ','
                << num(s.meanMonetary) << '\n';
        return kExitOk;
    }
    const ReturnsReport& rr = summary->returns;
    out << "{\"segments\":\"" << rfm->preset << "\",\"bins\":" << rfm->bins << ",\"end\":\"" << summary->end.toIso()
        << "\",\"returns\":\"" << returnsPolicyName(so.returns) << "\",\"customers\":" << rfm->customers.size()
        << ",\"scores_used\":[" << rfm->scoresUsed[0] << ',' << rfm->scoresUsed[1] << ',' << rfm->scoresUsed[2]
        << "],\"returns_report\":{\"refund_orders\":" << rr.refundOrders << ",\"customers_with_refunds\":"
        << rr.customersWithRefunds << ",\"netted_periods\":" << rr.nettedPeriods << ",\"non_positive_periods\":"
        << rr.nonPositivePeriods << ",\"dropped_customers\":" << rr.droppedCustomers << "},\"rows\":[";
    for (std::size_t i = 0; i < rfm->segments.size(); ++i) {
        const auto& s = rfm->segments[i];
        out << (i ? ",\n" : "\n") << "{\"segment\":" << text::jsonString(s.name) << ",\"customers\":" << s.customers
            << ",\"customer_share\":" << text::shortest(s.customerShare) << ",\"revenue\":" << text::shortest(s.revenue)
            << ",\"revenue_share\":" << text::shortest(s.revenueShare) << ",\"mean_recency_days\":"
            << text::shortest(s.meanRecencyDays) << ",\"mean_purchases\":" << text::shortest(s.meanPurchases)
            << ",\"mean_monetary\":" << text::shortest(s.meanMonetary) << '}';
    }
    out << "\n]}\n";
    return kExitOk;
}

// ---- cohorts -----------------------------------------------------------------------------------------------------

int runCohorts(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err)
{
    std::string error;
    auto args = CliArgs::parse(argv, {{"project", "end", "format", "by"}, {}}, error);
    if (!args)
        return usageError(err, "cohorts", error);
    auto common = parseCommon(*args, error);
    if (!common)
        return usageError(err, "cohorts", error);
    CohortOptions co;
    co.end = common->end;
    if (auto v = args->value("by")) {
        auto grain = parseCohortGrain(*v);
        if (!grain)
            return usageError(err, "cohorts", "--by must be week, month or quarter, got '" + *v + "'");
        co.grain = *grain;
    }
    auto db = project::open(common->project, Database::OpenMode::ReadOnly);
    if (!db)
        return runtimeError(err, "cohorts", db.error());
    auto table = loadOrderTable(*db);
    if (!table)
        return runtimeError(err, "cohorts", table.error());
    auto cohorts = computeCohorts(*table, co);
    if (!cohorts)
        return runtimeError(err, "cohorts", cohorts.error());
    if (!common->json) {
        out << "cohort,size,period,complete,active_customers,active_rate,repeat_customers,cumulative_repeat_rate,"
               "revenue,revenue_retention,cumulative_revenue_per_customer\n";
        for (const auto& c : cohorts->cohorts)
            for (const auto& cell : c.cells)
                out << c.label << ',' << c.size << ',' << cell.period << ',' << (cell.complete ? 1 : 0) << ','
                    << cell.activeCustomers << ',' << num(cell.activeRate) << ',' << cell.repeatCustomers << ','
                    << num(cell.cumulativeRepeatRate) << ',' << text::fixed(cell.revenue, 2) << ','
                    << num(cell.revenueRetention) << ',' << num(cell.cumulativeRevenuePerCustomer) << '\n';
        return kExitOk;
    }
    out << "{\"by\":\"" << cohortGrainName(co.grain) << "\",\"end\":\"" << cohorts->end.toIso()
        << "\",\"customers\":" << cohorts->customers << ",\"cohorts\":[";
    for (std::size_t i = 0; i < cohorts->cohorts.size(); ++i) {
        const Cohort& c = cohorts->cohorts[i];
        out << (i ? ",\n" : "\n") << "{\"cohort\":" << text::jsonString(c.label) << ",\"start\":\"" << c.start.toIso()
            << "\",\"size\":" << c.size << ",\"periods\":[";
        for (std::size_t k = 0; k < c.cells.size(); ++k) {
            const CohortCell& cell = c.cells[k];
            out << (k ? "," : "") << "{\"period\":" << cell.period << ",\"complete\":" << (cell.complete ? "true" : "false")
                << ",\"active_customers\":" << cell.activeCustomers << ",\"active_rate\":" << text::shortest(cell.activeRate)
                << ",\"repeat_customers\":" << cell.repeatCustomers << ",\"cumulative_repeat_rate\":"
                << text::shortest(cell.cumulativeRepeatRate) << ",\"revenue\":" << text::shortest(cell.revenue)
                << ",\"revenue_retention\":" << text::shortest(cell.revenueRetention)
                << ",\"cumulative_revenue_per_customer\":" << text::shortest(cell.cumulativeRevenuePerCustomer) << '}';
        }
        out << "]}";
    }
    out << "\n]}\n";
    return kExitOk;
}

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

}  // namespace

std::vector<Command> analyticsCommands()
{
    return {
        {"rfm", "RFM scores and named segments (segment summary or per customer)",
         "Usage: clv rfm --project P.clvw [--segments grid|quartile|rfm-package] [--end YYYY-MM-DD]\n"
         "               [--returns net|drop|ignore] [--monetary total|mean] [--cuts-r A,B,C,D --cuts-f .. --cuts-m ..]\n"
         "               [--customers] [--format csv|json]\n"
         "       clv rfm --project P.clvw --set-grid GRID.json | --show-grid\n\n"
         "Scores each customer 1-5 (1-4 for quartile) on:\n"
         "  R  days from the last purchase to the end date (recent = high score)\n"
         "  F  number of purchase days, the first included\n"
         "  M  total net value of the purchases (--monetary mean: per purchase)\n"
         "Quantile scores: score = 1 + floor(bins x rank / n), rank = customers with a worse value; equal values share\n"
         "a score, so heavy ties leave some scores unused. Cut points: bins - 1 ascending values per dimension,\n"
         "intervals [a, b). The RFM code is 100 R + 10 F + M.\n"
         "Segments: grid = the project's 5x5 recency x frequency grid (default: 10 segments, champions ... hibernating);\n"
         "quartile = PyMC-Marketing's 5 segments from quartile codes; rfm-package = R rfm package intervals.\n\n"
         "  --segments S   segment map (default grid)\n"
         "  --end DATE     observation end, inclusive (default: the last order date)\n"
         "  --returns P    refunds: net into their purchase (default), drop purchases netting to <= 0, or ignore\n"
         "  --customers    one row per customer instead of the segment summary\n"
         "  --set-grid F   store a grid {\"cells\":[[R1F1..R1F5],..,[R5F1..R5F5]]} in the project\n"
         "  --show-grid    print the project's grid as JSON\n"
         "  --format F     csv (default) or json\n",
         runRfm},
        {"cohorts", "acquisition cohorts: active customers, repeat rate, revenue retention, revenue per customer",
         "Usage: clv cohorts --project P.clvw [--by week|month|quarter] [--end YYYY-MM-DD] [--format csv|json]\n\n"
         "Customers are grouped by the period of their first purchase; one row per cohort and period since acquisition:\n"
         "  active_customers                 members with a purchase in the period (logo retention)\n"
         "  cumulative_repeat_rate           share of members with a repeat purchase (a later day) by the period\n"
         "  revenue                          net revenue of the members in the period\n"
         "  revenue_retention                revenue / period-0 revenue\n"
         "  cumulative_revenue_per_customer  revenue of periods 0..k / cohort size (cohort LTV at k)\n"
         "  complete                         1 when the period ended on or before the end date\n\n"
         "  --by G       cohort grain (default month; weeks are ISO weeks)\n"
         "  --end DATE   observation end, inclusive (default: the last order date)\n"
         "  --format F   csv (default) or json\n",
         runCohorts},
        {"churn", "Kaplan-Meier survival: lapse curve of orders data, or subscription lifetimes",
         "Usage: clv churn --project P.clvw [--lapse N] [--unit day|week|month] [--end YYYY-MM-DD]\n"
         "                 [--confidence 0.95] [--band log-log|plain] [--subscriptions] [--format csv|json]\n\n"
         "Orders: a customer lapses once N units pass after a purchase without another one; the curve is the share\n"
         "still active t units after the first purchase (customers not lapsed by the end are censored).\n"
         "--subscriptions: lifetimes from start to cancellation, still-active subscriptions censored at the end.\n"
         "Confidence band from Greenwood's variance, log-log transformed (default) or plain (clipped to [0, 1]).\n\n"
         "  --lapse N        units without a purchase that make a customer lapsed (default 3)\n"
         "  --unit U         unit of N and of the times (default month = 30.4375 days)\n"
         "  --confidence C   two-sided level of the band (default 0.95)\n"
         "  --format F       csv (default) or json\n",
         runChurn},
        {"ltv", "simple CLV formulas and unit economics with their inputs",
         "Usage: clv ltv --project P.clvw [--margin 0.7] [--cac 40] [--churn 0.35] [--lifespan 3]\n"
         "               [--cohort-month 12] [--window-days 365] [--end YYYY-MM-DD] [--format csv|json]\n\n"
         "Measured over the trailing window up to the end date: AOV = net revenue / orders, purchases per year,\n"
         "ARPU per month, and annual churn = 1 - share of the previous window's customers who bought again.\n"
         "Formulas: AOV x purchases/year x lifespan; ARPU x 12 x lifetime; ARPU x margin / monthly churn;\n"
         "B2B annual revenue x retention / churn; cohort revenue per customer at month k; with --cac the LTV:CAC\n"
         "ratio (>= 3 flagged healthy) and CAC payback months = CAC / (ARPA x margin).\n\n"
         "  --margin M       gross margin, 0 < M <= 1 (default 1)\n"
         "  --cac C          customer acquisition cost\n"
         "  --churn R        annual churn rate, 0 < R <= 1 (default: measured)\n"
         "  --lifespan Y     expected lifespan in years (default: 1 / annual churn)\n"
         "  --cohort-month K month of the cohort revenue per customer (default 12)\n"
         "  --format F       csv (default) or json\n",
         runLtv},
    };
}

}  // namespace clv::cli
