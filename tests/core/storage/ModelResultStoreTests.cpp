// SPDX-License-Identifier: MIT
// The project's stored models (schema 5, core/storage/ModelResultStore.h): exact round trip, the input signature,
// one row per kind, stale formats ignored, and a chain built from stored fits valuing exactly like a fresh fit.
#include "core/models/ModelPipeline.h"
#include "core/models/Valuation.h"
#include "core/storage/ModelResultStore.h"
#include "core/storage/Project.h"

#include "../CdnowData.h"
#include "../models/ModelTestData.h"
#include "../TestSupport.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

using namespace clv;

namespace {

CustomerSummary cdnowSummary()
{
    SummaryOptions opt;
    opt.unit = TimeUnit::Week;
    opt.end = Date::fromCivil(1997, 9, 30);
    auto summary = summarize(test::readCdnowSample(), opt);
    REQUIRE(summary);
    return std::move(*summary);
}

modelstore::StoredModel oddRecord()
{
    modelstore::StoredModel m;
    m.signature = 0xFEDCBA9876543210ULL;
    m.figures.kind = PurchaseModelKind::ParetoNbd;
    m.figures.settings.horizonMonths = 36;
    m.figures.settings.monthlyDiscountRate = 1.0 / 120.0;
    m.figures.settings.grossMargin = 0.4321;
    m.figures.settings.priceChangePercent = -2.0 / 3.0;
    m.figures.customers = 2357;
    m.figures.totalClv = 123456.78901234567;
    m.figures.meanClv = m.figures.totalClv / 2357.0;
    m.figures.monthlyRevenue = {1.0 / 3.0, 2e-300, 5e300};
    m.figures.hasInterval = true;
    m.figures.intervalLower = 0.1;
    m.figures.intervalUpper = 0.30000000000000004;
    m.figures.hasBand = false;
    m.figures.bandError = "singular Hessian\nsecond line \\ with a backslash";
    m.purchaseFit.model = "pareto";
    m.purchaseFit.unit = TimeUnit::Week;
    m.purchaseFit.parameters = {{"r", 0.55, 0.05}, {"alpha", 10.58, std::numeric_limits<double>::quiet_NaN()}};
    m.purchaseFit.covariance = {1.0, -0.5, -0.5, 2.0};
    m.purchaseFit.logLikelihood = -9595.0;
    m.purchaseFit.observations = 2357;
    m.purchaseFit.patterns = 1400;
    m.purchaseFit.iterations = 31;
    m.purchaseFit.converged = true;
    m.purchaseFit.startsTried = 4;
    m.purchaseFit.startsConverged = 3;
    m.purchaseFit.warnings = {{FitWarningCode::StartsDisagree, "two optima: 1 and 2"}};
    m.spendFit.model = "gg";
    m.spendFit.parameters = {{"p", 6.25, 0.1}, {"q", 3.74, 0.2}, {"gamma", 15.44, 0.3}};
    return m;
}

void checkSameFit(const FitResult& a, const FitResult& b)
{
    CHECK(a.model == b.model);
    CHECK(a.unit == b.unit);
    REQUIRE(a.parameters.size() == b.parameters.size());
    for (std::size_t i = 0; i < a.parameters.size(); ++i) {
        CHECK(a.parameters[i].name == b.parameters[i].name);
        CHECK(a.parameters[i].value == b.parameters[i].value);
        CHECK((a.parameters[i].standardError == b.parameters[i].standardError
               || (std::isnan(a.parameters[i].standardError) && std::isnan(b.parameters[i].standardError))));
    }
    CHECK(a.covariance == b.covariance);
    CHECK(a.logLikelihood == b.logLikelihood);
    CHECK(a.observations == b.observations);
    CHECK(a.patterns == b.patterns);
    CHECK(a.iterations == b.iterations);
    CHECK(a.converged == b.converged);
    CHECK(a.startsTried == b.startsTried);
    CHECK(a.startsConverged == b.startsConverged);
    REQUIRE(a.warnings.size() == b.warnings.size());
    for (std::size_t i = 0; i < a.warnings.size(); ++i) {
        CHECK(a.warnings[i].code == b.warnings[i].code);
        CHECK(a.warnings[i].detail == b.warnings[i].detail);
    }
}

}  // namespace

TEST_CASE("model store: a record reads back bit for bit", "[storage][models]")
{
    const modelstore::StoredModel in = oddRecord();
    auto out = modelstore::parse(modelstore::serialize(in));
    REQUIRE(out);
    CHECK(out->signature == in.signature);
    CHECK(out->figures.kind == in.figures.kind);
    CHECK(modelstore::sameSettings(out->figures.settings, in.figures.settings));
    CHECK(out->figures.totalClv == in.figures.totalClv);
    CHECK(out->figures.meanClv == in.figures.meanClv);
    CHECK(out->figures.monthlyRevenue == in.figures.monthlyRevenue);
    CHECK(out->figures.hasInterval);
    CHECK(out->figures.intervalUpper == in.figures.intervalUpper);
    CHECK_FALSE(out->figures.hasBand);
    CHECK(out->figures.bandError == in.figures.bandError);
    checkSameFit(out->purchaseFit, in.purchaseFit);
    checkSameFit(out->spendFit, in.spendFit);

    SECTION("a damaged or foreign body is a parse error naming the line")
    {
        std::string body = modelstore::serialize(in);
        body.replace(body.find("totals "), 7, "totals x");
        auto bad = modelstore::parse(body);
        REQUIRE_FALSE(bad);
        CHECK(bad.error().code == ErrorCode::Parse);
        CHECK(bad.error().line > 0);
        CHECK_FALSE(modelstore::parse("format 999\nsignature 1\nkind bgnbd\n"));
        CHECK_FALSE(modelstore::parse(""));
    }
}

TEST_CASE("model store: the input signature changes with any input", "[storage][models]")
{
    const auto obs = test::readCdnow();
    const std::vector<std::string> names{"All customers"};
    const auto base = modelstore::inputSignature(obs, {}, names, TimeUnit::Week);
    CHECK(base == modelstore::inputSignature(obs, {}, names, TimeUnit::Week));
    CHECK(base != modelstore::inputSignature(obs, {}, names, TimeUnit::Day));
    CHECK(base != modelstore::inputSignature(obs, {}, std::vector<std::string>{"Everyone"}, TimeUnit::Week));
    auto changed = obs;
    changed[1234].T += 1.0 / 7.0;  // one customer's last day moves by one day
    CHECK(base != modelstore::inputSignature(changed, {}, names, TimeUnit::Week));
    changed = obs;
    changed.back().monetaryValue = std::nextafter(changed.back().monetaryValue, 1e9);
    CHECK(base != modelstore::inputSignature(changed, {}, names, TimeUnit::Week));
    std::vector<std::uint32_t> groups(obs.size(), 0);
    const auto grouped = modelstore::inputSignature(obs, groups, names, TimeUnit::Week);
    groups[7] = 1;
    CHECK(grouped != modelstore::inputSignature(obs, groups, std::vector<std::string>{"A", "B"}, TimeUnit::Week));
    CHECK(grouped != base);
}

TEST_CASE("model store: one row per kind in the project, other formats ignored", "[storage][models]")
{
    test::TempDir dir;
    const std::string path = dir.file("p.clvw");
    auto db = project::open(path, Database::OpenMode::CreateIfMissing);
    REQUIRE(db);
    auto none = modelstore::loadAll(*db);
    REQUIRE(none);
    CHECK(none->empty());

    modelstore::StoredModel pareto = oddRecord();
    modelstore::StoredModel bg = oddRecord();
    bg.figures.kind = PurchaseModelKind::BgNbd;
    bg.purchaseFit.model = "bgnbd";
    REQUIRE(modelstore::save(*db, pareto));
    REQUIRE(modelstore::save(*db, bg));
    bg.signature = 42;  // a refit on new data replaces the kind's row
    REQUIRE(modelstore::save(*db, bg));
    auto all = modelstore::loadAll(*db);
    REQUIRE(all);
    REQUIRE(all->size() == 2);
    CHECK((*all)[0].figures.kind == PurchaseModelKind::BgNbd);
    CHECK((*all)[0].signature == 42);
    CHECK_FALSE((*all)[0].savedAt.empty());
    CHECK((*all)[1].figures.kind == PurchaseModelKind::ParetoNbd);

    // A record of another format version (older or newer model code) or an unreadable body is not used.
    REQUIRE(db->exec("UPDATE model_results SET format = 0 WHERE kind = 'pareto';"
                     "UPDATE model_results SET body = 'garbage' WHERE kind = 'bgnbd'"));
    all = modelstore::loadAll(*db);
    REQUIRE(all);
    CHECK(all->empty());

    SECTION("a project of schema 4 gets the table when opened")
    {
        REQUIRE(db->exec("DROP TABLE model_results; PRAGMA user_version = 4"));
        db = Database::openRaw(dir.file("other"), Database::OpenMode::CreateIfMissing).value();
        auto again = project::open(path);
        REQUIRE(again);
        CHECK(*again->queryInt("PRAGMA user_version") == project::kSchemaVersion);
        REQUIRE(modelstore::save(*again, pareto));
        CHECK(modelstore::loadAll(*again)->size() == 1);
    }
}

TEST_CASE("model store: a chain from stored fits values exactly like the fit it came from", "[storage][models][cdnow]")
{
    const CustomerSummary summary = cdnowSummary();
    auto fitted = fitModelChain(summary);
    REQUIRE(fitted);
    // Through the text body, as a reopened project gets them.
    modelstore::StoredModel record;
    record.figures.kind = PurchaseModelKind::BgNbd;
    record.purchaseFit = fitted->purchaseFit;
    record.spendFit = fitted->spendFit;
    auto stored = modelstore::parse(modelstore::serialize(record));
    REQUIRE(stored);

    ModelChainOptions options;
    options.reusePurchaseFit = &stored->purchaseFit;
    options.reuseSpendFit = &stored->spendFit;
    auto reused = fitModelChain(summary, options);
    REQUIRE(reused);
    CHECK(reused->model.parameters() == fitted->model.parameters());
    CHECK(reused->spend.p == fitted->spend.p);
    CHECK(reused->spend.q == fitted->spend.q);
    CHECK(reused->spend.gamma == fitted->spend.gamma);
    // Published CDNOW BG/NBD parameters (clv-models.md section 6): r 0.243, alpha 4.414, a 0.793, b 2.426.
    CHECK(reused->purchaseFit.parameter("r") == Approx(0.243).epsilon(0.01));
    CHECK(reused->purchaseFit.parameter("alpha") == Approx(4.414).epsilon(0.01));

    const ValuationSettings settings;
    auto a = valueCustomers(fitted->base, fitted->data, fitted->model, fitted->spend, settings);
    auto b = valueCustomers(reused->base, reused->data, reused->model, reused->spend, settings);
    REQUIRE(a);
    REQUIRE(b);
    CHECK(a->totals.totalClv == b->totals.totalClv);
    CHECK(a->totals.monthlyRevenue == b->totals.monthlyRevenue);

    SECTION("fits of another kind or unit are refused, not silently used")
    {
        options.purchase = PurchaseModelKind::ParetoNbd;
        auto wrongKind = fitModelChain(summary, options);
        REQUIRE_FALSE(wrongKind);
        CHECK(wrongKind.error().code == ErrorCode::InvalidArgument);
        options.purchase = PurchaseModelKind::BgNbd;
        FitResult days = stored->purchaseFit;
        days.unit = TimeUnit::Day;
        options.reusePurchaseFit = &days;
        CHECK_FALSE(fitModelChain(summary, options));
    }
}
