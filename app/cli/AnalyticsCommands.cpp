// SPDX-License-Identifier: MIT
// clv rfm and clv returns, and the table of the analytics commands (rfm, cohorts, churn, ltv, returns).
#include "Commands.h"

#include "AnalyticsSupport.h"
#include "CliArgs.h"
#include "CliSupport.h"

#include "core/metrics/CustomerSummary.h"
#include "core/metrics/Rfm.h"
#include "core/storage/Project.h"
#include "core/util/TextFormat.h"

#include <algorithm>
#include <fstream>
#include <ostream>
#include <sstream>

namespace clv::cli {
namespace {

using namespace analytics;

// ---- rfm ---------------------------------------------------------------------------------------------------------

struct RfmRequest {
    SummaryOptions summary;
    RfmOptions rfm;
    std::string preset = "grid";
    std::optional<std::string> segment;  // --segment: list only this segment's customers
};

bool parseRfmRequest(const CliArgs& args, const Common& common, RfmRequest& req, std::string& error)
{
    req.summary.end = common.end;
    if (!parseReturns(args, req.summary.returns, error))
        return false;
    if (auto v = args.value("monetary")) {
        if (*v != "total" && *v != "mean") {
            error = "--monetary must be total or mean, got '" + *v + "'";
            return false;
        }
        req.rfm.monetary = *v == "total" ? RfmMonetary::Total : RfmMonetary::MeanPerPurchase;
    }
    if (!parseCuts(args, "cuts-r", req.rfm.recencyCuts, error) || !parseCuts(args, "cuts-f", req.rfm.frequencyCuts, error)
        || !parseCuts(args, "cuts-m", req.rfm.monetaryCuts, error))
        return false;
    const int cutOptions = args.has("cuts-r") + args.has("cuts-f") + args.has("cuts-m");
    if (cutOptions != 0 && cutOptions != 3) {
        error = "give all of --cuts-r, --cuts-f and --cuts-m, or none (quantile scores)";
        return false;
    }
    if (cutOptions == 3)
        req.rfm.binning = RfmBinning::CutPoints;
    req.preset = args.value("segments").value_or("grid");
    if (!rfmPreset(req.preset)) {
        error = "--segments must be grid, quartile or rfm-package, got '" + req.preset + "'";
        return false;
    }
    req.segment = args.value("segment");
    return true;
}

int storeGrid(Database& db, const std::string& project, const std::string& path, std::ostream& out, std::ostream& err)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return runtimeError(err, "rfm", Error{ErrorCode::FileNotFound, "cannot read the grid", path});
    std::ostringstream json;
    json << in.rdbuf();
    auto grid = rfmGridFromJson(json.str());
    if (!grid)
        return runtimeError(err, "rfm", grid.error());
    if (auto r = saveRfmGrid(db, *grid); !r)
        return runtimeError(err, "rfm", r.error());
    out << "stored the RFM grid (" << grid->segmentNames().size() << " segments) in " << project << '\n';
    return kExitOk;
}

void printRfmCustomers(const CustomerSummary& summary, const RfmResult& rfm, const std::vector<std::size_t>& which,
                       bool json, std::ostream& out)
{
    if (!json)
        out << "customer_id,recency_days,purchases,monetary,r,f,m,rfm_code,segment\n";
    else
        out << "{\"segments\":\"" << rfm.preset << "\",\"end\":\"" << summary.end.toIso() << "\",\"customers\":[";
    for (std::size_t i = 0; i < which.size(); ++i) {
        const RfmCustomer& c = rfm.customers[which[i]];
        const std::string& id = summary.rows[c.row].customerId;
        const std::string& seg = rfm.segments[c.segment].name;
        if (!json)
            out << text::csvField(id) << ',' << text::shortest(c.recencyDays) << ',' << c.purchases << ','
                << num(c.monetary) << ',' << c.r << ',' << c.f << ',' << c.m << ',' << c.code << ','
                << text::csvField(seg) << '\n';
        else
            out << (i ? ",\n" : "\n") << "{\"customer_id\":" << text::jsonString(id) << ",\"recency_days\":"
                << text::shortest(c.recencyDays) << ",\"purchases\":" << c.purchases << ",\"monetary\":"
                << text::shortest(c.monetary) << ",\"r\":" << c.r << ",\"f\":" << c.f << ",\"m\":" << c.m
                << ",\"rfm_code\":" << c.code << ",\"segment\":" << text::jsonString(seg) << '}';
    }
    if (json)
        out << "\n]}\n";
}

void printRfmSegments(const CustomerSummary& summary, const RfmResult& rfm, bool json, std::ostream& out)
{
    if (!json) {
        out << "segment,customers,customer_share,revenue,revenue_share,mean_recency_days,mean_purchases,mean_monetary\n";
        for (const auto& s : rfm.segments)
            out << text::csvField(s.name) << ',' << s.customers << ',' << num(s.customerShare) << ','
                << text::fixed(s.revenue, 2) << ',' << num(s.revenueShare) << ',' << num(s.meanRecencyDays) << ','
                << num(s.meanPurchases) << ',' << num(s.meanMonetary) << '\n';
        return;
    }
    out << "{\"segments\":\"" << rfm.preset << "\",\"bins\":" << rfm.bins << ",\"end\":\"" << summary.end.toIso()
        << "\",\"returns\":\"" << returnsPolicyName(summary.options.returns) << "\",\"customers\":"
        << rfm.customers.size() << ",\"scores_used\":[" << rfm.scoresUsed[0] << ',' << rfm.scoresUsed[1] << ','
        << rfm.scoresUsed[2] << "],\"returns_report\":" << returnsReportJson(summary.returns) << ",\"rows\":[";
    for (std::size_t i = 0; i < rfm.segments.size(); ++i) {
        const auto& s = rfm.segments[i];
        out << (i ? ",\n" : "\n") << "{\"segment\":" << text::jsonString(s.name) << ",\"customers\":" << s.customers
            << ",\"customer_share\":" << text::shortest(s.customerShare) << ",\"revenue\":" << text::shortest(s.revenue)
            << ",\"revenue_share\":" << text::shortest(s.revenueShare) << ",\"mean_recency_days\":"
            << text::shortest(s.meanRecencyDays) << ",\"mean_purchases\":" << text::shortest(s.meanPurchases)
            << ",\"mean_monetary\":" << text::shortest(s.meanMonetary) << '}';
    }
    out << "\n]}\n";
}

int runRfm(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err)
{
    std::string error;
    auto args = CliArgs::parse(argv,
                               {{"project", "end", "format", "returns", "segments", "segment", "monetary", "cuts-r",
                                 "cuts-f", "cuts-m", "set-grid"},
                                {"customers", "show-grid"}},
                               error);
    if (!args)
        return usageError(err, "rfm", error);
    auto common = parseCommon(*args, error);
    RfmRequest req;
    if (!common || !parseRfmRequest(*args, *common, req, error))
        return usageError(err, "rfm", error);
    const bool writes = args->has("set-grid");
    auto db = project::open(common->project, writes ? Database::OpenMode::OpenExisting : Database::OpenMode::ReadOnly);
    if (!db)
        return runtimeError(err, "rfm", db.error());
    if (writes)
        return storeGrid(*db, common->project, *args->value("set-grid"), out, err);
    auto map = req.preset == "grid" ? loadRfmGrid(*db) : Result<RfmSegmentMap>(*rfmPreset(req.preset));
    if (!map)
        return runtimeError(err, "rfm", map.error());
    if (args->has("show-grid")) {
        if (!map->useGrid)
            return usageError(err, "rfm", "--show-grid needs --segments grid");
        out << rfmGridToJson(*map) << '\n';
        return kExitOk;
    }
    auto summary = summarizeProject(*db, req.summary);
    if (!summary)
        return runtimeError(err, "rfm", summary.error());
    auto rfm = computeRfm(*summary, req.rfm, *map);
    if (!rfm)
        return runtimeError(err, "rfm", rfm.error());
    if (req.segment) {
        const auto it = std::find_if(rfm->segments.begin(), rfm->segments.end(),
                                     [&](const RfmSegmentSummary& s) { return s.name == *req.segment; });
        if (it == rfm->segments.end()) {
            std::string names;
            for (const auto& s : rfm->segments)
                names += (names.empty() ? "" : ", ") + s.name;
            return usageError(err, "rfm", "no segment '" + *req.segment + "' in the " + rfm->preset + " map (" + names + ")");
        }
        printRfmCustomers(*summary, *rfm, it->members, common->json, out);
        return kExitOk;
    }
    if (args->has("customers")) {
        std::vector<std::size_t> all(rfm->customers.size());
        for (std::size_t i = 0; i < all.size(); ++i)
            all[i] = i;
        printRfmCustomers(*summary, *rfm, all, common->json, out);
        return kExitOk;
    }
    printRfmSegments(*summary, *rfm, common->json, out);
    return kExitOk;
}

// ---- returns -----------------------------------------------------------------------------------------------------

int runReturns(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err)
{
    std::string error;
    auto args = CliArgs::parse(argv, {{"project", "end", "format", "period", "calibration-end"}, {}}, error);
    if (!args)
        return usageError(err, "returns", error);
    auto common = parseCommon(*args, error);
    if (!common)
        return usageError(err, "returns", error);
    SummaryOptions so;
    so.end = common->end;
    so.returns = ReturnsPolicy::DropNonPositive;  // also counts the customers "drop" leaves without purchases
    if (auto v = args->value("period")) {
        auto period = parseTimeUnit(*v);
        if (!period)
            return usageError(err, "returns", "--period must be day, week or month, got '" + *v + "'");
        so.period = *period;
    }
    if (!parseDateOption(*args, "calibration-end", so.calibrationEnd, error))
        return usageError(err, "returns", error);
    auto db = project::open(common->project, Database::OpenMode::ReadOnly);
    if (!db)
        return runtimeError(err, "returns", db.error());
    auto summary = summarizeProject(*db, so);
    if (!summary)
        return runtimeError(err, "returns", summary.error());
    const ReturnsReport& r = summary->returns;
    if (common->json) {
        out << "{\"end\":\"" << summary->end.toIso() << "\",\"period\":\"" << timeUnitName(so.period)
            << "\",\"report\":" << returnsReportJson(r) << "}\n";
        return kExitOk;
    }
    out << "policy,periods_touched,customers_touched,customers_removed,effect\n"
        << "net," << r.nettedPeriods << ',' << r.nettedCustomers
        << ",0,refunds netted into the latest purchase period at or before them (default)\n"
        << "drop," << r.nonPositivePeriods << ',' << r.nonPositiveCustomers << ',' << r.droppedCustomers
        << ",purchase periods whose net value is <= 0 are removed\n"
        << "ignore," << r.nettedPeriods << ',' << r.customersWithRefunds << ",0,"
        << text::csvField("refunds skipped (" + std::to_string(r.refundOrders) + " refund orders); periods keep their gross value") << '\n';
    return kExitOk;
}

}  // namespace

std::vector<Command> analyticsCommands()
{
    return {
        {"rfm", "RFM scores and named segments (segment summary or per customer)",
         "Usage: clv rfm --project P.clvw [--segments grid|quartile|rfm-package] [--end YYYY-MM-DD]\n"
         "               [--returns net|drop|ignore] [--monetary total|mean] [--cuts-r A,B,C,D --cuts-f .. --cuts-m ..]\n"
         "               [--customers | --segment NAME] [--format csv|json]\n"
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
         "  --monetary M   total (default) or mean net value per purchase\n"
         "  --cuts-r LIST  user cut points instead of quantiles: 4 ascending values each for R (days since the last\n"
         "  --cuts-f LIST  purchase), F (purchases) and M (currency units), e.g. --cuts-r 30,90,180,365\n"
         "  --cuts-m LIST\n"
         "  --customers    one row per customer instead of the segment summary\n"
         "  --segment N    the customers of segment N only (which customers are in it)\n"
         "  --set-grid F   store a grid {\"cells\":[[R1F1..R1F5],..,[R5F1..R5F5]]} in the project\n"
         "  --show-grid    print the project's grid as JSON\n"
         "  --format F     csv (default) or json\n",
         runRfm},
        {"cohorts", "acquisition cohorts: active customers, repeat rate, revenue retention, revenue per customer",
         "Usage: clv cohorts --project P.clvw [--by week|month|quarter] [--end YYYY-MM-DD] [--subscriptions]\n"
         "                   [--format csv|json]\n\n"
         "Customers are grouped by the period of their first purchase; one row per cohort and period since acquisition:\n"
         "  active_customers                 members with a purchase in the period (logo retention)\n"
         "  cumulative_repeat_rate           share of members with a repeat purchase (a later day) by the period\n"
         "  revenue                          net revenue of the members in the period\n"
         "  revenue_retention                revenue / period-0 revenue\n"
         "  cumulative_revenue_per_customer  revenue of periods 0..k / cohort size (cohort LTV at k)\n"
         "  complete                         1 when the period ended on or before the end date\n\n"
         "--subscriptions: contractual cohorts from the subscriptions table, grouped by the first subscription start and\n"
         "measured on the last day of each period (the end date for the last one):\n"
         "  subscribed_customers / retention  members with an active subscription; share of the cohort\n"
         "  churned_customers / churn_rate     of the members subscribed at the previous period (period 0: all), those\n"
         "                                    no longer subscribed; churn rate = churned / customers at the start\n"
         "  reactivated_customers             subscribed again after a period without a subscription\n"
         "  mrr                               monthly recurring revenue of the cohort (sum of active monthly prices)\n"
         "  net_revenue_retention             MRR / period-0 MRR (expansion and reactivation included; can exceed 1)\n"
         "  gross_revenue_retention           sum of each member's lowest MRR so far / period-0 MRR (at most 1)\n\n"
         "  --by G       cohort grain (default month; weeks are ISO weeks)\n"
         "  --end DATE   observation end, inclusive (default: the last order date)\n"
         "  --format F   csv (default) or json\n",
         analytics::runCohorts},
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
         analytics::runChurn},
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
         analytics::runLtv},
        {"returns", "what each returns policy (net, drop, ignore) changes: periods and customers touched",
         "Usage: clv returns --project P.clvw [--end YYYY-MM-DD] [--period day|week|month]\n"
         "                   [--calibration-end YYYY-MM-DD] [--format csv|json]\n\n"
         "Counts, over the orders up to the end date (purchase periods as in clv summary --period), what each\n"
         "--returns policy of clv summary and clv rfm touches:\n"
         "  net     the purchase periods a refund is netted into, and their customers (the default policy)\n"
         "  drop    the periods whose net value is <= 0 (removed), their customers, and the customers left without any\n"
         "  ignore  the periods and customers with refunds (their refunds are skipped)\n\n"
         "  --end DATE              observation end, inclusive (default: the last order date)\n"
         "  --period P              merge period of purchases (default day)\n"
         "  --calibration-end DATE  count the calibration and holdout periods separately, as clv summary does\n"
         "  --format F              csv (default) or json\n",
         runReturns},
    };
}

}  // namespace clv::cli
