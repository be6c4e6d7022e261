// SPDX-License-Identifier: MIT
#include "core/metrics/SimpleClv.h"

#include "core/util/TextFormat.h"

#include <algorithm>
#include <cmath>

namespace clv {
namespace {

Result<void> checkAmount(double value, const char* name)
{
    if (!std::isfinite(value) || value < 0.0)
        return fail(ErrorCode::InvalidArgument, std::string(name) + " must be a finite number >= 0");
    return {};
}

Result<void> checkRate(double value, const char* name)
{
    if (!std::isfinite(value) || value <= 0.0 || value > 1.0)
        return fail(ErrorCode::InvalidArgument, std::string(name) + " must be greater than 0 and at most 1 (got "
                                                    + text::shortest(value) + ")"
                                                    + (value == 0.0 ? ": a churn of 0 means an infinite lifetime; "
                                                                      "give a churn rate or a lifespan instead"
                                                                    : ""));
    return {};
}

}  // namespace

Result<double> clvAovFrequencyLifespan(double aov, double purchasesPerYear, double lifespanYears)
{
    for (auto r : {checkAmount(aov, "average order value"), checkAmount(purchasesPerYear, "purchases per year"),
                   checkAmount(lifespanYears, "lifespan")})
        if (!r)
            return fail(r.error());
    return aov * purchasesPerYear * lifespanYears;
}

Result<double> clvArpuLifetime(double arpuPerMonth, double lifetimeYears)
{
    for (auto r : {checkAmount(arpuPerMonth, "ARPU"), checkAmount(lifetimeYears, "lifetime")})
        if (!r)
            return fail(r.error());
    return arpuPerMonth * 12.0 * lifetimeYears;
}

Result<double> clvArpuMarginChurn(double arpu, double grossMargin, double churnRate)
{
    for (auto r : {checkAmount(arpu, "ARPU"), checkRate(grossMargin, "gross margin"), checkRate(churnRate, "churn rate")})
        if (!r)
            return fail(r.error());
    return arpu * grossMargin / churnRate;
}

Result<double> clvB2b(double annualRevenue, double annualChurnRate)
{
    for (auto r : {checkAmount(annualRevenue, "annual revenue"), checkRate(annualChurnRate, "churn rate")})
        if (!r)
            return fail(r.error());
    return annualRevenue * (1.0 - annualChurnRate) / annualChurnRate;
}

Result<double> cacPaybackMonths(double cac, double arpaPerMonth, double grossMargin)
{
    for (auto r : {checkAmount(cac, "CAC"), checkAmount(arpaPerMonth, "ARPA"), checkRate(grossMargin, "gross margin")})
        if (!r)
            return fail(r.error());
    if (arpaPerMonth == 0.0)
        return fail(ErrorCode::InvalidArgument, "ARPA is 0: the CAC is never paid back");
    return cac / (arpaPerMonth * grossMargin);
}

double monthlyFromAnnualChurn(double annualChurn) { return 1.0 - std::pow(1.0 - annualChurn, 1.0 / 12.0); }

Result<ClvDataInputs> measureClvInputs(const OrderTable& table, std::optional<Date> end, int windowDays)
{
    if (table.orderCount() == 0)
        return fail(ErrorCode::NoData, "no orders");
    if (windowDays < 28)
        return fail(ErrorCode::InvalidArgument, "the measuring window must be at least 28 days");
    ClvDataInputs in;
    in.end = end.value_or(table.lastDay);
    if (in.end < table.firstDay)
        return fail(ErrorCode::InvalidArgument, "the end date " + in.end.toIso() + " is before the first order ("
                                                    + table.firstDay.toIso() + ")");
    in.windowDays = std::min(windowDays, in.end.days - table.firstDay.days + 1);
    const int from = in.end.days - in.windowDays + 1;  // window: [from, end]
    const int previousFrom = from - in.windowDays;     // previous window: [previousFrom, from)
    const bool twoWindows = in.windowDays == windowDays && table.firstDay.days <= previousFrom;
    std::int64_t previousActive = 0, retained = 0;
    for (std::size_t c = 0; c < table.customerCount(); ++c) {
        bool now = false, before = false;
        for (std::size_t i = table.offsets[c]; i < table.offsets[c + 1]; ++i) {
            const int day = table.days[i];
            if (day > in.end.days)
                break;
            if (day >= from) {
                in.revenue += table.amounts[i];
                if (table.amounts[i] >= 0.0) {
                    ++in.orders;
                    now = true;
                }
            } else if (day >= previousFrom && table.amounts[i] >= 0.0) {
                before = true;
            }
        }
        in.activeCustomers += now;
        previousActive += before;
        retained += before && now;
    }
    if (in.orders == 0)
        return fail(ErrorCode::NoData, "no purchases in the " + std::to_string(in.windowDays) + " days up to "
                                           + in.end.toIso());
    const auto active = static_cast<double>(in.activeCustomers);
    in.averageOrderValue = in.revenue / static_cast<double>(in.orders);
    in.purchasesPerYear = static_cast<double>(in.orders) / active * 365.25 / in.windowDays;
    in.arpuPerMonth = in.revenue / active / (in.windowDays / 30.4375);
    if (twoWindows && previousActive > 0)
        in.annualChurn = 1.0 - static_cast<double>(retained) / static_cast<double>(previousActive);
    return in;
}

Result<SimpleClvReport> simpleClv(const ClvDataInputs& data, const SimpleClvOptions& options,
                                  const CohortTable* monthlyCohorts)
{
    if (auto r = checkRate(options.grossMargin, "gross margin"); !r)
        return fail(r.error());
    if (options.annualChurn)
        if (auto r = checkRate(*options.annualChurn, "churn rate"); !r)
            return fail(r.error());
    if (options.lifespanYears && (!std::isfinite(*options.lifespanYears) || *options.lifespanYears <= 0.0))
        return fail(ErrorCode::InvalidArgument, "lifespan must be greater than 0 years");
    if (options.cac)
        if (auto r = checkAmount(*options.cac, "CAC"); !r)
            return fail(r.error());
    SimpleClvReport rep;
    rep.data = data;
    rep.annualChurn = options.annualChurn.value_or(data.annualChurn.value_or(0.0));
    rep.lifespanYears = options.lifespanYears.value_or(rep.annualChurn > 0.0 ? 1.0 / rep.annualChurn : 0.0);
    const std::string noChurn = rep.annualChurn > 0.0 ? std::string()
                                                     : "churn unknown or 0 (the data covers less than two windows or "
                                                       "nobody churned): give a churn rate or a lifespan";
    auto add = [&](std::string key, std::string formula, std::string inputs, Result<double> value) {
        ClvFormula f{std::move(key), std::move(formula), std::move(inputs), std::nullopt, {}};
        if (value)
            f.value = *value;
        else
            f.note = value.error().detail;
        rep.formulas.push_back(std::move(f));
    };
    const double m = options.grossMargin;
    const std::string life = "lifespan_years=" + text::fixed(rep.lifespanYears, 4);
    add("aov_frequency_lifespan", "AOV x purchases per year x lifespan (years)",
        "aov=" + text::fixed(data.averageOrderValue, 4) + "; purchases_per_year=" + text::fixed(data.purchasesPerYear, 4)
            + "; " + life,
        rep.lifespanYears > 0.0 ? clvAovFrequencyLifespan(data.averageOrderValue, data.purchasesPerYear, rep.lifespanYears)
                                : Result<double>(fail(ErrorCode::InvalidArgument, noChurn)));
    add("arpu_lifetime", "ARPU per month x 12 x lifetime (years)",
        "arpu_per_month=" + text::fixed(data.arpuPerMonth, 4) + "; " + life,
        rep.lifespanYears > 0.0 ? clvArpuLifetime(data.arpuPerMonth, rep.lifespanYears)
                                : Result<double>(fail(ErrorCode::InvalidArgument, noChurn)));
    const double monthlyChurn = rep.annualChurn > 0.0 ? monthlyFromAnnualChurn(rep.annualChurn) : 0.0;
    auto marginLtv = rep.annualChurn > 0.0 ? clvArpuMarginChurn(data.arpuPerMonth, m, monthlyChurn)
                                           : Result<double>(fail(ErrorCode::InvalidArgument, noChurn));
    add("arpu_margin_churn", "ARPU per month x gross margin / monthly churn",
        "arpu_per_month=" + text::fixed(data.arpuPerMonth, 4) + "; gross_margin=" + text::fixed(m, 4)
            + "; monthly_churn=" + text::fixed(monthlyChurn, 6),
        marginLtv);
    add("b2b_retention_churn", "annual revenue per customer x retention / churn (annual)",
        "annual_revenue=" + text::fixed(data.arpuPerMonth * 12.0, 4) + "; annual_churn=" + text::fixed(rep.annualChurn, 6),
        rep.annualChurn > 0.0 ? clvB2b(data.arpuPerMonth * 12.0, rep.annualChurn)
                              : Result<double>(fail(ErrorCode::InvalidArgument, noChurn)));
    const std::string k = std::to_string(options.cohortMonth);
    std::optional<double> cohortValue =
        monthlyCohorts ? cohortRevenuePerCustomerAt(*monthlyCohorts, options.cohortMonth) : std::nullopt;
    add("cohort_revenue_per_customer", "cumulative cohort revenue through month k / cohort size", "k=" + k,
        cohortValue ? Result<double>(*cohortValue)
                    : Result<double>(fail(ErrorCode::NoData, "no monthly cohort has completed month " + k)));
    if (options.cac) {
        if (marginLtv && *options.cac > 0.0) {
            rep.ltvToCac = *marginLtv / *options.cac;
            rep.ltvToCacHealthy = *rep.ltvToCac >= 3.0;
        }
        ClvFormula ratio{"ltv_to_cac", "(ARPU x gross margin / churn) / CAC", "cac=" + text::fixed(*options.cac, 4),
                         rep.ltvToCac, {}};
        ratio.note = rep.ltvToCac ? (rep.ltvToCacHealthy ? "healthy (>= 3)" : "below the rule of thumb of 3")
                                  : (marginLtv ? "CAC is 0" : noChurn);
        rep.formulas.push_back(std::move(ratio));
        add("cac_payback_months", "CAC / (ARPA per month x gross margin)",
            "cac=" + text::fixed(*options.cac, 4) + "; arpa_per_month=" + text::fixed(data.arpuPerMonth, 4)
                + "; gross_margin=" + text::fixed(m, 4),
            cacPaybackMonths(*options.cac, data.arpuPerMonth, m));
    }
    return rep;
}

}  // namespace clv
