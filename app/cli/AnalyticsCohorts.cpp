// SPDX-License-Identifier: MIT
// clv cohorts: acquisition cohorts of orders data, or subscription (contractual) cohorts.
#include "AnalyticsSupport.h"

#include "CliSupport.h"

#include "core/metrics/Cohorts.h"
#include "core/metrics/SubscriptionCohorts.h"
#include "core/storage/Project.h"
#include "core/util/TextFormat.h"

#include <ostream>

namespace clv::cli::analytics {
namespace {

void printOrderCohorts(const CohortTable& cohorts, bool json, std::ostream& out)
{
    if (!json) {
        out << "cohort,size,period,complete,active_customers,active_rate,repeat_customers,cumulative_repeat_rate,"
               "revenue,revenue_retention,cumulative_revenue_per_customer\n";
        for (const auto& c : cohorts.cohorts)
            for (const auto& cell : c.cells)
                out << c.label << ',' << c.size << ',' << cell.period << ',' << (cell.complete ? 1 : 0) << ','
                    << cell.activeCustomers << ',' << num(cell.activeRate) << ',' << cell.repeatCustomers << ','
                    << num(cell.cumulativeRepeatRate) << ',' << text::fixed(cell.revenue, 2) << ','
                    << num(cell.revenueRetention) << ',' << num(cell.cumulativeRevenuePerCustomer) << '\n';
        return;
    }
    out << "{\"kind\":\"orders\",\"by\":\"" << cohortGrainName(cohorts.options.grain) << "\",\"end\":\""
        << cohorts.end.toIso() << "\",\"customers\":" << cohorts.customers << ",\"cohorts\":[";
    for (std::size_t i = 0; i < cohorts.cohorts.size(); ++i) {
        const Cohort& c = cohorts.cohorts[i];
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
}

void printSubscriptionCohorts(const SubscriptionCohortTable& cohorts, bool json, std::ostream& out)
{
    if (!json) {
        out << "cohort,size,period,complete,measured_at,customers_at_start,subscribed_customers,retention,"
               "churned_customers,churn_rate,reactivated_customers,mrr,net_revenue_retention,gross_revenue_retention\n";
        for (const auto& c : cohorts.cohorts)
            for (const auto& cell : c.cells)
                out << c.label << ',' << c.size << ',' << cell.period << ',' << (cell.complete ? 1 : 0) << ','
                    << cell.measuredAt.toIso() << ',' << cell.customersAtStart << ',' << cell.subscribedCustomers << ','
                    << num(cell.retention) << ',' << cell.churnedCustomers << ',' << num(cell.churnRate) << ','
                    << cell.reactivatedCustomers << ',' << text::fixed(cell.mrr, 2) << ','
                    << num(cell.netRevenueRetention) << ',' << num(cell.grossRevenueRetention) << '\n';
        return;
    }
    out << "{\"kind\":\"subscriptions\",\"by\":\"" << cohortGrainName(cohorts.options.grain) << "\",\"end\":\""
        << cohorts.end.toIso() << "\",\"customers\":" << cohorts.customers << ",\"subscriptions\":"
        << cohorts.subscriptions << ",\"cohorts\":[";
    for (std::size_t i = 0; i < cohorts.cohorts.size(); ++i) {
        const SubscriptionCohort& c = cohorts.cohorts[i];
        out << (i ? ",\n" : "\n") << "{\"cohort\":" << text::jsonString(c.label) << ",\"start\":\"" << c.start.toIso()
            << "\",\"size\":" << c.size << ",\"periods\":[";
        for (std::size_t k = 0; k < c.cells.size(); ++k) {
            const SubscriptionCohortCell& cell = c.cells[k];
            out << (k ? "," : "") << "{\"period\":" << cell.period << ",\"complete\":" << (cell.complete ? "true" : "false")
                << ",\"measured_at\":\"" << cell.measuredAt.toIso() << "\",\"customers_at_start\":"
                << cell.customersAtStart << ",\"subscribed_customers\":" << cell.subscribedCustomers
                << ",\"retention\":" << text::shortest(cell.retention) << ",\"churned_customers\":"
                << cell.churnedCustomers << ",\"churn_rate\":" << text::shortest(cell.churnRate)
                << ",\"reactivated_customers\":" << cell.reactivatedCustomers << ",\"mrr\":" << text::shortest(cell.mrr)
                << ",\"net_revenue_retention\":" << text::shortest(cell.netRevenueRetention)
                << ",\"gross_revenue_retention\":" << text::shortest(cell.grossRevenueRetention) << '}';
        }
        out << "]}";
    }
    out << "\n]}\n";
}

}  // namespace

int runCohorts(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err)
{
    std::string error;
    auto args = CliArgs::parse(argv, {{"project", "end", "format", "by"}, {"subscriptions"}}, error);
    if (!args)
        return usageError(err, "cohorts", error);
    auto common = parseCommon(*args, error);
    if (!common)
        return usageError(err, "cohorts", error);
    CohortGrain grain = CohortGrain::Month;
    if (auto v = args->value("by")) {
        auto parsed = parseCohortGrain(*v);
        if (!parsed)
            return usageError(err, "cohorts", "--by must be week, month or quarter, got '" + *v + "'");
        grain = *parsed;
    }
    auto db = project::open(common->project, Database::OpenMode::ReadOnly);
    if (!db)
        return runtimeError(err, "cohorts", db.error());
    if (args->has("subscriptions")) {
        SubscriptionCohortOptions so;
        so.grain = grain;
        so.end = common->end;
        auto cohorts = subscriptionCohortsOfProject(*db, so);
        if (!cohorts)
            return runtimeError(err, "cohorts", cohorts.error());
        printSubscriptionCohorts(*cohorts, common->json, out);
        return kExitOk;
    }
    CohortOptions co;
    co.grain = grain;
    co.end = common->end;
    auto table = loadOrderTable(*db);
    if (!table)
        return runtimeError(err, "cohorts", table.error());
    auto cohorts = computeCohorts(*table, co);
    if (!cohorts)
        return runtimeError(err, "cohorts", cohorts.error());
    printOrderCohorts(*cohorts, common->json, out);
    return kExitOk;
}

}  // namespace clv::cli::analytics
