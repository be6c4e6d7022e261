// SPDX-License-Identifier: MIT
#include "Valuation.h"

#include "core/util/TextFormat.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <thread>

namespace clv {
namespace {

constexpr std::size_t kParallelAges = 512;

std::vector<double> discountFactors(int months, double rate)
{
    std::vector<double> f(static_cast<std::size_t>(months));
    double d = 1.0;
    for (auto& v : f) {
        d /= 1.0 + rate;
        v = d;
    }
    return f;
}

/// Runs fn(from, to) over [0, n) on this thread and, for large n, one helper thread.
template <typename F>
void parallelRanges(std::size_t n, std::size_t minParallel, F&& fn)
{
    if (n < minParallel) {
        fn(std::size_t{0}, n);
        return;
    }
    const std::size_t half = n / 2;
    std::thread helper([&] { fn(half, n); });
    fn(std::size_t{0}, half);
    helper.join();
}

/// Fills increments for ages [from, to); returns the first age whose forecast is not finite, or `to`.
std::size_t fillAges(const CustomerBase& base, const PurchaseModel& model, int months, std::size_t from,
                     std::size_t to, std::vector<double>& increments, const std::atomic<bool>& stop,
                     const TaskContext& ctx)
{
    const double u = unitsPerMonth(model.unit());
    const auto m = static_cast<std::size_t>(months);
    std::vector<double> horizons(m), cumulative(m);
    for (std::size_t k = 0; k < m; ++k)
        horizons[k] = static_cast<double>(k + 1) * u;
    for (std::size_t j = from; j < to; ++j) {
        if ((j & 255) == 0 && (stop.load(std::memory_order_relaxed) || ctx.cancelled()))
            return to;
        const auto& age = base.ages()[j];
        model.aliveExpectedPurchases(horizons, age.x, age.T, cumulative);
        double previous = 0.0;
        for (std::size_t k = 0; k < m; ++k) {
            if (!std::isfinite(cumulative[k]))
                return j;
            increments[j * m + k] = std::max(0.0, cumulative[k] - previous);
            previous = std::max(previous, cumulative[k]);
        }
    }
    return to;
}

}  // namespace

std::string ValuationSettings::validate() const
{
    if (horizonMonths < 1 || horizonMonths > 1200)
        return "horizonMonths";
    if (!(monthlyDiscountRate >= 0.0 && monthlyDiscountRate < 1.0))
        return "monthlyDiscountRate";
    if (!(grossMargin >= 0.0 && grossMargin <= 1.0))
        return "grossMargin";
    if (!(priceChangePercent > -100.0) || !std::isfinite(priceChangePercent))
        return "priceChangePercent";
    return {};
}

Result<GammaGamma> checkedSpendModel(const GammaGamma& spend)
{
    if (!(spend.p > 0.0 && spend.gamma > 0.0 && std::isfinite(spend.p) && std::isfinite(spend.gamma)
          && std::isfinite(spend.q)))
        return fail(ErrorCode::InvalidArgument, "spend model parameters must be positive numbers");
    if (!(spend.q > 1.0))
        return fail(ErrorCode::InvalidArgument, "spend model q <= 1: the mean spend does not exist");
    return spend;
}

double expectedSpend(const GammaGamma& spend, double x, double monetaryValue)
{
    if (x <= 0.0)
        return spend.p * spend.gamma / (spend.q - 1.0);
    return spend.p * (spend.gamma + x * std::max(monetaryValue, 0.0)) / (spend.p * x + spend.q - 1.0);
}

Result<PurchaseTable> computePurchaseTable(const CustomerBase& base, const PurchaseModel& model, int months,
                                           const TaskContext& ctx)
{
    if (months < 1)
        return fail(ErrorCode::InvalidArgument, "months must be at least 1");
    PurchaseTable table;
    table.months = months;
    const std::size_t ages = base.ages().size();
    table.increments.assign(ages * static_cast<std::size_t>(months), 0.0);
    std::atomic<bool> stop{false};
    std::size_t badAge = ages, badAgeHelper = ages;
    parallelRanges(ages, kParallelAges, [&](std::size_t from, std::size_t to) {
        const std::size_t bad = fillAges(base, model, months, from, to, table.increments, stop, ctx);
        if (bad != to) {
            stop = true;
            (from == 0 ? badAge : badAgeHelper) = bad;
        }
    });
    if (badAge == ages)
        badAge = badAgeHelper;
    if (badAge != ages) {
        const auto& a = base.ages()[badAge];
        return fail(ErrorCode::InvalidArgument, "expected purchases not finite for frequency " + text::shortest(a.x)
                                                    + ", T " + text::shortest(a.T));
    }
    if (ctx.cancelled())
        return fail(ErrorCode::Cancelled);
    table.alive.resize(base.patterns().size());
    parallelRanges(table.alive.size(), 4096, [&](std::size_t from, std::size_t to) {
        for (std::size_t i = from; i < to; ++i) {
            const auto& p = base.patterns()[i];
            table.alive[i] = model.probabilityAlive(p.x, p.recency, p.T);
        }
    });
    for (std::size_t i = 0; i < table.alive.size(); ++i) {
        if (!std::isfinite(table.alive[i])) {
            const auto& p = base.patterns()[i];
            return fail(ErrorCode::InvalidArgument, "P(alive) not finite for frequency " + text::shortest(p.x)
                                                        + ", recency " + text::shortest(p.recency) + ", T "
                                                        + text::shortest(p.T));
        }
    }
    return table;
}

std::vector<double> entrySpend(const CustomerBase& base, const GammaGamma& spend)
{
    std::vector<double> out(base.entries().size());
    const double population = spend.p * spend.gamma / (spend.q - 1.0);
    for (std::size_t i = 0; i < out.size(); ++i) {
        const auto& e = base.entries()[i];
        const double x = base.patterns()[e.pattern].x;
        out[i] = x <= 0.0 ? e.count * population
                          : spend.p * (e.count * spend.gamma + x * e.sumMonetary) / (spend.p * x + spend.q - 1.0);
    }
    return out;
}

MonthlyBreakdown monthlyBreakdown(const CustomerBase& base, const PurchaseTable& table,
                                  const std::vector<double>& spendPerEntry)
{
    const auto m = static_cast<std::size_t>(table.months);
    MonthlyBreakdown b;
    b.months = table.months;
    b.purchases.assign(m, 0.0);
    b.groupSpend.assign(base.groupCount() * m, 0.0);
    const std::size_t pairs = base.ageGroups().size();
    std::vector<double> count(pairs, 0.0), spend(pairs, 0.0);
    for (std::size_t i = 0; i < base.entries().size(); ++i) {
        const auto& e = base.entries()[i];
        const double alive = table.alive[e.pattern];
        count[e.ageGroup] += e.count * alive;
        spend[e.ageGroup] += spendPerEntry[i] * alive;
    }
    for (std::size_t i = 0; i < pairs; ++i) {
        const auto& ag = base.ageGroups()[i];
        const double* inc = table.increments.data() + static_cast<std::size_t>(ag.age) * m;
        double* g = b.groupSpend.data() + static_cast<std::size_t>(ag.group) * m;
        for (std::size_t k = 0; k < m; ++k) {
            b.purchases[k] += count[i] * inc[k];
            g[k] += spend[i] * inc[k];
        }
    }
    return b;
}

ClvTotals totalsFromBreakdown(const CustomerBase& base, const MonthlyBreakdown& breakdown,
                              const ValuationSettings& settings)
{
    const auto m = static_cast<std::size_t>(breakdown.months);
    const std::size_t groups = base.groupCount();
    ClvTotals t;
    t.customers = static_cast<double>(base.validCustomers());
    t.monthlyPurchases = breakdown.purchases;
    t.monthlyRevenue.assign(m, 0.0);
    const double priceFactor = 1.0 + settings.priceChangePercent / 100.0;
    const auto discount = discountFactors(breakdown.months, settings.monthlyDiscountRate);
    t.groupClv.assign(groups, 0.0);
    t.groupMeanClv.assign(groups, 0.0);
    for (std::size_t g = 0; g < groups; ++g) {
        const double* spend = breakdown.groupSpend.data() + g * m;
        double value = 0.0;
        for (std::size_t k = 0; k < m; ++k) {
            t.monthlyRevenue[k] += priceFactor * spend[k];
            value += spend[k] * discount[k];
        }
        t.groupClv[g] = settings.grossMargin * priceFactor * value;
        t.groupMeanClv[g] = base.groupSizes()[g] > 0.0 ? t.groupClv[g] / base.groupSizes()[g] : 0.0;
        t.totalClv += t.groupClv[g];
    }
    for (double p : t.monthlyPurchases)
        t.expectedPurchases += p;
    t.meanClv = t.customers > 0.0 ? t.totalClv / t.customers : 0.0;
    return t;
}

ClvTotals aggregateClv(const CustomerBase& base, const PurchaseTable& table, const std::vector<double>& spendPerEntry,
                       const ValuationSettings& settings)
{
    ValuationSettings s = settings;
    s.horizonMonths = table.months;
    return totalsFromBreakdown(base, monthlyBreakdown(base, table, spendPerEntry), s);
}

std::vector<CustomerValue> customerValues(const CustomerBase& base, std::span<const RfmObservation> customers,
                                          const PurchaseTable& table, const GammaGamma& spend,
                                          const ValuationSettings& settings)
{
    const auto m = static_cast<std::size_t>(table.months);
    const auto discount = discountFactors(table.months, settings.monthlyDiscountRate);
    std::vector<double> patternPurchases(base.patterns().size()), patternDiscounted(base.patterns().size());
    for (std::size_t p = 0; p < base.patterns().size(); ++p) {
        const double* inc = table.increments.data() + static_cast<std::size_t>(base.patterns()[p].age) * m;
        double sum = 0.0, discounted = 0.0;
        for (std::size_t k = 0; k < m; ++k) {
            sum += inc[k];
            discounted += inc[k] * discount[k];
        }
        patternPurchases[p] = table.alive[p] * sum;
        patternDiscounted[p] = table.alive[p] * discounted;
    }
    const double priceFactor = 1.0 + settings.priceChangePercent / 100.0;
    std::vector<CustomerValue> out(customers.size());
    for (std::size_t i = 0; i < customers.size() && i < base.customerCount(); ++i) {
        const std::uint32_t p = base.customerPattern()[i];
        if (p == CustomerBase::kExcluded)
            continue;
        auto& v = out[i];
        v.valid = true;
        v.probabilityAlive = table.alive[p];
        v.expectedPurchases = patternPurchases[p];
        v.expectedSpend = priceFactor * expectedSpend(spend, customers[i].frequency, customers[i].monetaryValue);
        v.clv = settings.grossMargin * v.expectedSpend * patternDiscounted[p];
    }
    return out;
}

ClvDistribution clvDistribution(std::span<const CustomerValue> values, int bins)
{
    ClvDistribution d;
    d.probabilities = {0.1, 0.25, 0.5, 0.75, 0.9, 0.99};
    std::vector<double> clv;
    clv.reserve(values.size());
    for (const auto& v : values)
        if (v.valid)
            clv.push_back(v.clv);
    if (clv.empty() || bins < 1)
        return d;
    std::sort(clv.begin(), clv.end());
    const auto n = static_cast<double>(clv.size());
    for (double prob : d.probabilities) {
        const auto rank = static_cast<std::size_t>(std::max(1.0, std::ceil(prob * n)));
        d.quantiles.push_back(clv[std::min(rank, clv.size()) - 1]);
    }
    const double lo = clv.front(), hi = clv.back();
    const double width = hi > lo ? (hi - lo) / bins : 1.0;
    for (int b = 0; b <= bins; ++b)
        d.binEdges.push_back(lo + width * b);
    d.binCounts.assign(static_cast<std::size_t>(bins), 0);
    for (double v : clv) {
        const auto b = std::min(static_cast<std::size_t>((v - lo) / width), static_cast<std::size_t>(bins - 1));
        ++d.binCounts[b];
    }
    return d;
}

Result<Valuation> valueCustomers(const CustomerBase& base, std::span<const RfmObservation> customers,
                                 const PurchaseModel& model, const GammaGamma& spend,
                                 const ValuationSettings& settings, const TaskContext& ctx)
{
    if (const auto bad = settings.validate(); !bad.empty())
        return fail(ErrorCode::InvalidArgument, bad);
    if (customers.size() != base.customerCount())
        return fail(ErrorCode::InvalidArgument, "the customers are not those of the base");
    auto gg = checkedSpendModel(spend);
    if (!gg)
        return fail(gg.error());
    auto table = computePurchaseTable(base, model, settings.horizonMonths, ctx);
    if (!table)
        return fail(table.error());
    Valuation v;
    v.totals = aggregateClv(base, *table, entrySpend(base, *gg), settings);
    v.customers = customerValues(base, customers, *table, *gg, settings);
    v.distribution = clvDistribution(v.customers);
    return v;
}

}  // namespace clv
