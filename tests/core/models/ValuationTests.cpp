// SPDX-License-Identifier: MIT
// Per-customer predictions and discounted CLV on CDNOW: the model wrapper against the published point values
// (clv-models.md section 6), the explicit month/unit conversion, totals against per-customer sums, the interval
// against a parametric bootstrap, and the edge cases.
#include "core/models/ClvInterval.h"
#include "core/models/Valuation.h"

#include "ModelTestData.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <numeric>
#include <random>

using namespace clv;

namespace {

const BgNbd kPaper{0.243, 4.414, 0.793, 2.426};
const BgNbd kBtyd{0.2425982, 4.4136842, 0.7929899, 2.4261667};
const GammaGamma kSpend{6.25, 3.74, 15.44};

struct CdnowFits {
    std::vector<RfmObservation> data;
    BgNbdFit bg;
    GammaGammaFit gg;
};

const CdnowFits& cdnow()
{
    static const CdnowFits fits = [] {
        auto data = test::readCdnow();
        auto bg = fitBgNbd(data, TimeUnit::Week);
        auto gg = fitGammaGamma(data, TimeUnit::Week);
        REQUIRE(bg);
        REQUIRE(gg);
        return CdnowFits{std::move(data), std::move(*bg), std::move(*gg)};
    }();
    return fits;
}

void requireAllFinite(const Valuation& v)
{
    CHECK(std::isfinite(v.totals.totalClv));
    for (double m : v.totals.monthlyRevenue)
        CHECK(std::isfinite(m));
    for (const auto& c : v.customers) {
        REQUIRE(std::isfinite(c.clv));
        REQUIRE(std::isfinite(c.probabilityAlive));
        REQUIRE(std::isfinite(c.expectedPurchases));
        REQUIRE(std::isfinite(c.expectedSpend));
        REQUIRE(c.clv >= 0.0);
    }
}

}  // namespace

TEST_CASE("Purchase model wrapper gives the published point predictions", "[valuation][cdnow]")
{
    const PurchaseModel bg(kPaper, TimeUnit::Week);
    CHECK(bg.conditionalExpectedPurchases(39, 2, 30.43, 38.86) == Approx(1.226).margin(0.0005));
    const PurchaseModel btyd(kBtyd, TimeUnit::Week);
    CHECK(btyd.conditionalExpectedPurchases(52, 26, 30.85714, 31) == Approx(25.75659).epsilon(1e-5));
    CHECK(btyd.probabilityAlive(26, 30.85714, 31) == Approx(0.9688523).epsilon(1e-5));
    CHECK(btyd.aliveExpectedPurchases(52, 26, 31) * btyd.probabilityAlive(26, 30.85714, 31)
          == Approx(25.75659).epsilon(1e-5));
    const PurchaseModel pareto(ParetoNbd{0.553, 10.580, 0.606, 11.656}, TimeUnit::Week);
    // BTYD's estimates printed to 3 decimals: 1e-3 relative.
    CHECK(pareto.expectedPurchases(52) == Approx(1.473434).epsilon(1e-3));
    CHECK(pareto.probabilityAlive(26, 30.85714, 31) == Approx(0.997874).epsilon(1e-4));

    auto fromFit = PurchaseModel::fromFit(cdnow().bg.fit);
    REQUIRE(fromFit);
    CHECK(fromFit->kind() == PurchaseModelKind::BgNbd);
    CHECK(fromFit->unit() == TimeUnit::Week);
    CHECK(fromFit->expectedPurchases(78) == Approx(1.8576).margin(0.0004));  // Hardie's spreadsheet
    CHECK_FALSE(PurchaseModel::fromFit(cdnow().gg.fit));  // a spend fit is no purchase model
}

TEST_CASE("Months are converted explicitly from the fit's time unit", "[valuation]")
{
    CHECK(unitsPerMonth(TimeUnit::Day) == Approx(30.4375));
    CHECK(unitsPerMonth(TimeUnit::Week) == Approx(30.4375 / 7.0));
    CHECK(unitsPerMonth(TimeUnit::Month) == 1.0);

    // The same customers and model expressed in weeks and in days give the same CLV: a weekly fit steps
    // 4.348 weeks a month, a daily one 30.44 days.
    std::vector<RfmObservation> weeks{{2, 30.43, 38.86, 20.0}, {0, 0, 38.86, 0.0}, {26, 30.85714, 31, 40.0}};
    std::vector<RfmObservation> days;
    for (const auto& o : weeks)
        days.push_back({o.frequency, o.recency * 7.0, o.T * 7.0, o.monetaryValue});
    const ValuationSettings settings{12, 0.01, 0.3, 0.0};
    auto baseW = CustomerBase::build(weeks);
    auto baseD = CustomerBase::build(days);
    REQUIRE(baseW);
    REQUIRE(baseD);
    auto w = valueCustomers(*baseW, weeks, PurchaseModel(kPaper, TimeUnit::Week), kSpend, settings);
    auto d = valueCustomers(*baseD, days,
                            PurchaseModel(BgNbd{kPaper.r, kPaper.alpha * 7.0, kPaper.a, kPaper.b}, TimeUnit::Day),
                            kSpend, settings);
    REQUIRE(w);
    REQUIRE(d);
    CHECK(w->totals.totalClv == Approx(d->totals.totalClv).epsilon(1e-9));
    for (std::size_t i = 0; i < weeks.size(); ++i)
        CHECK(w->customers[i].clv == Approx(d->customers[i].clv).epsilon(1e-9));

    // Undiscounted, the monthly steps telescope to the conditional expectation over 12 months = 52.18 weeks.
    auto flat = valueCustomers(*baseW, weeks, PurchaseModel(kPaper, TimeUnit::Week), kSpend, {12, 0.0, 1.0, 0.0});
    REQUIRE(flat);
    const double horizon = 12.0 * 30.4375 / 7.0;
    for (std::size_t i = 0; i < weeks.size(); ++i) {
        const auto& o = weeks[i];
        const double cet = kPaper.conditionalExpectedPurchases(horizon, o.frequency, o.recency, o.T);
        CHECK(flat->customers[i].expectedPurchases == Approx(cet).epsilon(1e-12));
        CHECK(flat->customers[i].clv
              == Approx(cet * kSpend.conditionalExpectedSpend(o.frequency, o.monetaryValue)).epsilon(1e-12));
    }
    CHECK(flat->customers[0].expectedPurchases > kPaper.conditionalExpectedPurchases(52.0, 2, 30.43, 38.86));
}

TEST_CASE("CDNOW CLV: totals, groups, forecast and distribution agree with per-customer values", "[valuation][cdnow]")
{
    const auto& f = cdnow();
    std::vector<std::uint32_t> groups;
    for (const auto& o : f.data)
        groups.push_back(o.frequency == 0 ? 0u : (o.frequency < 3 ? 1u : 2u));
    auto base = CustomerBase::build(f.data, groups, 3);
    REQUIRE(base);
    CHECK(base->validCustomers() == 2357);
    CHECK(base->patterns().size() < 2357);
    CHECK(base->ages().size() <= base->patterns().size());
    const PurchaseModel model(f.bg.model, TimeUnit::Week);
    const ValuationSettings settings{24, 0.01, 0.25, 0.0};
    auto v = valueCustomers(*base, f.data, model, f.gg.model, settings);
    REQUIRE(v);
    requireAllFinite(*v);

    double total = 0.0, purchases = 0.0;
    std::vector<double> byGroup(3, 0.0);
    for (std::size_t i = 0; i < f.data.size(); ++i) {
        const auto& c = v->customers[i];
        total += c.clv;
        purchases += c.expectedPurchases;
        byGroup[groups[i]] += c.clv;
        const auto& o = f.data[i];
        CHECK(c.expectedSpend == Approx(f.gg.model.conditionalExpectedSpend(o.frequency, o.monetaryValue)));
    }
    CHECK(v->totals.totalClv == Approx(total).epsilon(1e-10));
    CHECK(v->totals.expectedPurchases == Approx(purchases).epsilon(1e-10));
    for (std::size_t g = 0; g < 3; ++g)
        CHECK(v->totals.groupClv[g] == Approx(byGroup[g]).epsilon(1e-10));
    CHECK(v->totals.meanClv == Approx(total / 2357.0));
    // Σ of CET(24 months) over CDNOW customers, computed directly from the model.
    double cet = 0.0;
    for (const auto& o : f.data)
        cet += f.bg.model.conditionalExpectedPurchases(24 * 30.4375 / 7.0, o.frequency, o.recency, o.T);
    CHECK(std::accumulate(v->totals.monthlyPurchases.begin(), v->totals.monthlyPurchases.end(), 0.0)
          == Approx(cet).epsilon(1e-10));
    // A declining base: fewer purchases in month 24 than in month 1.
    CHECK(v->totals.monthlyPurchases.back() < v->totals.monthlyPurchases.front());

    const auto& d = v->distribution;
    REQUIRE(d.quantiles.size() == d.probabilities.size());
    for (std::size_t i = 1; i < d.quantiles.size(); ++i)
        CHECK(d.quantiles[i] >= d.quantiles[i - 1]);
    CHECK(std::accumulate(d.binCounts.begin(), d.binCounts.end(), std::int64_t{0}) == 2357);
}

TEST_CASE("CLV interval: delta method agrees with a parametric bootstrap", "[valuation][cdnow]")
{
    const auto& f = cdnow();
    auto base = CustomerBase::build(f.data);
    REQUIRE(base);
    const PurchaseModel model(f.bg.model, TimeUnit::Week);
    const ValuationSettings settings{12, 0.01, 1.0, 0.0};
    auto interval = clvInterval(*base, model, f.bg.fit.covariance, f.gg.model, f.gg.fit.covariance, settings);
    REQUIRE(interval);
    CHECK(interval->lower < interval->total);
    CHECK(interval->upper > interval->total);
    CHECK(interval->standardError > 0.0);
    REQUIRE(interval->groupTotal.size() == 1);
    CHECK(interval->groupTotal[0] == Approx(interval->total));

    // Bootstrap: parameters drawn from the fitted covariance in log space (fixed seed), total recomputed.
    std::mt19937_64 rng(7);
    std::normal_distribution<double> normal;
    const auto draw = [&](std::span<const double> cov, std::span<const double> theta) {
        const std::size_t n = theta.size();
        std::vector<double> l(n * n, 0.0);  // Cholesky of the log-space covariance
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t j = 0; j <= i; ++j) {
                double s = cov[i * n + j] / (theta[i] * theta[j]);
                for (std::size_t k = 0; k < j; ++k)
                    s -= l[i * n + k] * l[j * n + k];
                l[i * n + j] = i == j ? std::sqrt(s) : s / l[j * n + j];
            }
        std::vector<double> z(n), out(n);
        for (auto& v : z)
            v = normal(rng);
        for (std::size_t i = 0; i < n; ++i) {
            double s = 0.0;
            for (std::size_t k = 0; k <= i; ++k)
                s += l[i * n + k] * z[k];
            out[i] = theta[i] * std::exp(s);
        }
        return out;
    };
    const auto theta = model.parameters();
    const std::array<double, 3> spendTheta{f.gg.model.p, f.gg.model.q, f.gg.model.gamma};
    double sum = 0.0, sumSq = 0.0;
    const int draws = 300;
    for (int i = 0; i < draws; ++i) {
        const auto p = draw(f.bg.fit.covariance, theta);
        const auto s = draw(f.gg.fit.covariance, spendTheta);
        auto v = valueCustomers(*base, f.data, model.withParameters({p[0], p[1], p[2], p[3]}),
                                GammaGamma{s[0], s[1], s[2]}, settings);
        REQUIRE(v);
        sum += v->totals.totalClv;
        sumSq += v->totals.totalClv * v->totals.totalClv;
    }
    const double mean = sum / draws;
    const double sd = std::sqrt((sumSq - draws * mean * mean) / (draws - 1));
    CHECK(interval->standardError == Approx(sd).epsilon(0.2));
    CHECK(mean == Approx(interval->total).epsilon(0.05));

    CHECK_FALSE(clvInterval(*base, model, {}, f.gg.model, f.gg.fit.covariance, settings));
    CHECK_FALSE(clvInterval(*base, model, f.bg.fit.covariance, f.gg.model, f.gg.fit.covariance, settings, 1.5));
    CHECK(normalTwoSidedQuantile(0.95) == Approx(1.959964).epsilon(1e-6));
}

TEST_CASE("Valuation edge cases stay finite", "[valuation][edge]")
{
    const ValuationSettings settings{36, 0.01, 0.5, 0.0};
    SECTION("all customers single-purchase, one customer, huge frequency, recency = T, zero spend")
    {
        const std::vector<std::vector<RfmObservation>> cases{
            {{0, 0, 10, 0}, {0, 0, 20, 0}, {0, 0, 30, 0}},
            {{3, 20, 30, 12.5}},
            {{301, 38, 38, 20.0}, {1000, 37, 38, 15.0}, {5000, 1, 38, 9.0}},
            {{4, 25, 25, 10.0}, {1, 0.5, 0.5, 3.0}},
            {{5, 10, 30, 0.0}, {2, 5, 30, -4.0}},
        };
        for (const auto& data : cases) {
            auto base = CustomerBase::build(data);
            REQUIRE(base);
            for (const PurchaseModel& model :
                 {PurchaseModel(kBtyd, TimeUnit::Week),
                  PurchaseModel(MbgNbd{0.525, 6.183, 0.891, 1.614}, TimeUnit::Week),
                  PurchaseModel(ParetoNbd{0.553, 10.58, 0.606, 11.656}, TimeUnit::Week)}) {
                auto v = valueCustomers(*base, data, model, kSpend, settings);
                REQUIRE(v);
                requireAllFinite(*v);
            }
        }
    }
    SECTION("a = 1 exactly: the 0/0 closed form is bridged")
    {
        const BgNbd one{0.25, 4.0, 1.0, 2.5};
        const BgNbd near{0.25, 4.0, 1.0 + 3e-4, 2.5};
        CHECK(std::isfinite(one.aliveExpectedPurchases(52, 3, 30)));
        CHECK(one.aliveExpectedPurchases(52, 3, 30) == Approx(near.aliveExpectedPurchases(52, 3, 30)).epsilon(1e-3));
    }
    SECTION("invalid rows are excluded and reported, bad inputs are errors")
    {
        const std::vector<RfmObservation> data{{2, 5, 10, 3.0}, {1, 12, 10, 3.0}, {-1, 0, 5, 0}, {1.5, 2, 5, 1}};
        auto base = CustomerBase::build(data);
        REQUIRE(base);
        CHECK(base->excluded() == 3);
        auto v = valueCustomers(*base, data, PurchaseModel(kBtyd, TimeUnit::Week), kSpend, settings);
        REQUIRE(v);
        CHECK(v->customers[0].valid);
        CHECK_FALSE(v->customers[1].valid);
        CHECK(v->customers[1].clv == 0.0);
        CHECK_FALSE(
            valueCustomers(*base, data, PurchaseModel(kBtyd, TimeUnit::Week), GammaGamma{6, 0.9, 15}, settings));
        CHECK_FALSE(valueCustomers(*base, data, PurchaseModel(kBtyd, TimeUnit::Week), kSpend, {0, 0.01, 1, 0}));
        CHECK_FALSE(valueCustomers(*base, data, PurchaseModel(kBtyd, TimeUnit::Week), kSpend, {12, 0.01, 1.5, 0}));
        const std::vector<RfmObservation> none{{-1, 0, 0, 0}};
        CHECK_FALSE(CustomerBase::build(none));
        const std::vector<std::uint32_t> labels{0, 5, 0, 0};
        CHECK_FALSE(CustomerBase::build(data, labels, 2));
    }
}
