// SPDX-License-Identifier: MIT
// sBG per monthly acquisition cohort from the subscriptions table: the monthly lifetime rules, the loader, the
// published "regular" table rebuilt as subscriptions, and parameter recovery on simulated data.
#include "core/sim/StoreSimulator.h"
#include "core/storage/Project.h"
#include "core/valuation/SbgCohorts.h"

#include "../TestSupport.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <fstream>
#include <sstream>

using namespace clv;

namespace {

Date day(int y, unsigned m, unsigned d) { return Date::fromCivil(y, m, d); }

void exec(Database& db, const std::string& sql)
{
    auto res = db.exec(sql);
    INFO(sql);
    REQUIRE(res);
}

/// Inserts subscriptions directly with SQL (independent of the importer): one customer per row.
void insertSubscriptions(Database& db, const std::vector<SubscriptionSpan>& spans)
{
    exec(db, "INSERT INTO imports(id, file_name, fingerprint, imported_at, kind) "
             "VALUES (1, 'test', 'x', '2024-01-01', 'subscriptions')");
    exec(db, "BEGIN");
    for (std::size_t i = 0; i < spans.size(); ++i) {
        const auto id = std::to_string(i + 1);
        exec(db, "INSERT INTO customers(id, external_id) VALUES (" + id + ", 'C" + id + "')");
        const std::string cancel = spans[i].cancel ? std::to_string(spans[i].cancel->days) : "NULL";
        exec(db, "INSERT INTO subscriptions(customer_id, import_id, price_cents, start_day, cancel_day) VALUES (" +
                     id + ", 1, 900, " + std::to_string(spans[i].start.days) + ", " + cancel + ")");
    }
    exec(db, "COMMIT");
}

/// The published "regular" survivor table (1000, 631, ..., 241 over 7 periods) as monthly subscriptions started
/// on 2020-01-01 and observed to 2020-08-01 (7 renewals).
std::vector<SubscriptionSpan> regularAsSubscriptions()
{
    const std::vector<int> survivors{1000, 631, 468, 382, 326, 289, 262, 241};
    std::vector<SubscriptionSpan> spans;
    const Date start = day(2020, 1, 1);
    for (std::size_t t = 1; t < survivors.size(); ++t)
        for (int i = 0; i < survivors[t - 1] - survivors[t]; ++i)
            spans.push_back({start, addMonths(start, static_cast<int>(t))});
    for (int i = 0; i < survivors.back(); ++i)
        spans.push_back({start, std::nullopt});
    return spans;
}

std::vector<SubscriptionSpan> parseSimulatedCsv(const std::string& csv)
{
    std::istringstream in(csv);
    std::string line;
    std::getline(in, line);  // header
    std::vector<SubscriptionSpan> out;
    while (std::getline(in, line)) {
        std::vector<std::string> fields;
        std::stringstream ss(line);
        std::string f;
        while (std::getline(ss, f, ','))
            fields.push_back(f);
        REQUIRE(fields.size() >= 6);
        SubscriptionSpan span;
        span.start = *Date::parse(fields[5]);
        if (fields.size() > 6 && !fields[6].empty())
            span.cancel = *Date::parse(fields[6]);
        out.push_back(span);
    }
    return out;
}

std::string slurp(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

/// The number after `"key": ` in the simulator's truth JSON.
double truthValue(const std::string& json, const std::string& key)
{
    const auto at = json.find("\"" + key + "\": ");
    REQUIRE(at != std::string::npos);
    return std::stod(json.substr(at + key.size() + 4));
}

}  // namespace

TEST_CASE("sbg cohorts: calendar months and monthly lifetimes", "[sbg][cohorts]")
{
    CHECK(addMonths(day(2023, 1, 31), 1) == day(2023, 2, 28));
    CHECK(addMonths(day(2024, 1, 31), 1) == day(2024, 2, 29));
    CHECK(addMonths(day(2023, 11, 15), 3) == day(2024, 2, 15));
    CHECK(addMonths(day(2023, 3, 31), -1) == day(2023, 2, 28));

    const Date s = day(2023, 1, 15);
    const Date end = day(2023, 12, 31);
    auto churnAtRenewal = monthlyLifetime({s, day(2023, 3, 15)}, end);
    REQUIRE(churnAtRenewal);
    CHECK(churnAtRenewal->churned);
    CHECK(churnAtRenewal->periods == 2);
    CHECK(monthlyLifetime({s, day(2023, 3, 16)}, end)->periods == 3);
    CHECK(monthlyLifetime({s, s}, end)->periods == 1);
    auto active = monthlyLifetime({s, std::nullopt}, day(2023, 4, 14));
    REQUIRE(active);
    CHECK_FALSE(active->churned);
    CHECK(active->periods == 2);
    CHECK(monthlyLifetime({s, std::nullopt}, day(2023, 4, 15))->periods == 3);
    auto cancelledLater = monthlyLifetime({s, day(2023, 6, 15)}, day(2023, 4, 15));
    CHECK_FALSE(cancelledLater->churned);
    CHECK(cancelledLater->periods == 3);
    CHECK_FALSE(monthlyLifetime({day(2024, 1, 1), std::nullopt}, end));
}

TEST_CASE("sbg cohorts: the regular table stored as subscriptions gives the published fit", "[sbg][cohorts]")
{
    test::TempDir dir;
    auto db = project::open(dir.file("p.clvw"), Database::OpenMode::CreateIfMissing);
    REQUIRE(db);
    auto spans = regularAsSubscriptions();
    // A second, younger cohort that nobody has left yet and one that started after the end.
    spans.push_back({day(2020, 7, 10), std::nullopt});
    spans.push_back({day(2020, 9, 1), std::nullopt});
    insertSubscriptions(*db, spans);

    auto loaded = loadSubscriptionSpans(*db);
    REQUIRE(loaded);
    REQUIRE(loaded->size() == spans.size());
    CHECK(loaded->front().start == day(2020, 1, 1));
    CHECK(loaded->front().cancel == addMonths(day(2020, 1, 1), 1));

    SbgCohortOptions options;
    options.end = day(2020, 8, 1);
    options.projectionPeriods = 5;
    options.discountRate = 0.1;
    auto report = fitSbgCohorts(*loaded, options);
    REQUIRE(report);
    REQUIRE(report->cohorts.size() == 2);
    const auto& jan = report->cohorts[0];
    CHECK(jan.cohort == "2020-01");
    CHECK(jan.customers == 1000);
    CHECK(jan.active == 241);
    CHECK(jan.observedPeriods == 7);
    REQUIRE(jan.fitted);
    CHECK(jan.sbg.model.alpha == Approx(0.704).epsilon(1e-3));
    CHECK(jan.sbg.model.beta == Approx(1.182).epsilon(1e-3));
    REQUIRE(jan.observedSurvival.size() == 8);
    CHECK(jan.observedSurvival[7] == Approx(0.241));
    REQUIRE(jan.projectedSurvival.size() == 5);
    CHECK(100.0 * jan.projectedSurvival[0] == Approx(22.0).margin(0.05));
    CHECK(100.0 * jan.projectedSurvival[4] == Approx(17.0).margin(0.05));
    CHECK(jan.meanResidualLifetime == Approx(jan.sbg.model.discountedExpectedResidualLifetime(0.1, 7)));
    CHECK(jan.totalResidualLifetime == Approx(241.0 * jan.meanResidualLifetime));

    const auto& jul = report->cohorts[1];
    CHECK(jul.cohort == "2020-07");
    CHECK(jul.customers == 1);
    CHECK_FALSE(jul.fitted);
    CHECK(jul.error.code == ErrorCode::NoData);
    CHECK(report->pooled.customers == 1001);
}

TEST_CASE("sbg cohorts: errors are values", "[sbg][cohorts]")
{
    test::TempDir dir;
    auto db = project::open(dir.file("empty.clvw"), Database::OpenMode::CreateIfMissing);
    REQUIRE(db);
    auto none = loadSubscriptionSpans(*db);
    REQUIRE_FALSE(none);
    CHECK(none.error().code == ErrorCode::NoData);

    std::vector<SubscriptionSpan> spans{{day(2023, 1, 1), std::nullopt}};
    SbgCohortOptions bad;
    bad.discountRate = 0.0;
    CHECK(fitSbgCohorts(spans, bad).error().code == ErrorCode::InvalidArgument);
    SbgCohortOptions early;
    early.end = day(2022, 1, 1);
    CHECK(fitSbgCohorts(spans, early).error().code == ErrorCode::NoData);
}

TEST_CASE("sbg cohorts: parameters of 50k simulated subscriptions are recovered", "[sbg][cohorts][recovery]")
{
    sim::SubscriptionParams params;
    params.customers = 50000;
    params.seed = 11;
    std::ostringstream csv;
    REQUIRE(sim::simulateSubscriptions(params, csv));
    const auto spans = parseSimulatedCsv(csv.str());
    REQUIRE(spans.size() == 50000);

    SbgCohortOptions options;
    options.end = params.end;
    auto report = fitSbgCohorts(spans, options);
    REQUIRE(report);
    const auto& pooled = report->pooled;
    REQUIRE(pooled.fitted);
    CHECK(pooled.sbg.fit.converged);
    const auto& alpha = pooled.sbg.fit.parameters[0];
    const auto& beta = pooled.sbg.fit.parameters[1];
    INFO("alpha " << alpha.value << " +- " << alpha.standardError << ", beta " << beta.value << " +- "
                  << beta.standardError);
    CHECK(std::abs(alpha.value - params.alpha) < 3.0 * alpha.standardError);
    CHECK(std::abs(beta.value - params.beta) < 3.0 * beta.standardError);
    CHECK(alpha.standardError < 0.1 * params.alpha);

    int checked = 0;
    for (const auto& c : report->cohorts) {
        if (!c.fitted || c.observedPeriods < 6)
            continue;
        ++checked;
        INFO(c.cohort << ": alpha " << c.sbg.model.alpha << ", beta " << c.sbg.model.beta);
        CHECK(std::abs(c.sbg.model.alpha - params.alpha) < 4.0 * c.sbg.fit.parameters[0].standardError);
        CHECK(std::abs(c.sbg.model.beta - params.beta) < 4.0 * c.sbg.fit.parameters[1].standardError);
    }
    CHECK(checked >= 12);
}

TEST_CASE("sbg cohorts: the demo subscriptions recover their recorded truth", "[sbg][cohorts][recovery]")
{
    const auto spans = parseSimulatedCsv(slurp(CLV_DEMO_DIR "/subscriptions.csv"));
    const auto truth = slurp(CLV_DEMO_DIR "/subscriptions.csv.truth.json");
    REQUIRE(static_cast<double>(spans.size()) == truthValue(truth, "customers"));
    SbgCohortOptions options;
    options.end = Date::parse(truth.substr(truth.find("\"end\": \"") + 8, 10));
    REQUIRE(options.end);
    auto report = fitSbgCohorts(spans, options);
    REQUIRE(report);
    const auto& p = report->pooled.sbg.fit.parameters;
    INFO("alpha " << p[0].value << " +- " << p[0].standardError << ", beta " << p[1].value << " +- "
                  << p[1].standardError);
    CHECK(std::abs(p[0].value - truthValue(truth, "alpha")) < 3.0 * p[0].standardError);
    CHECK(std::abs(p[1].value - truthValue(truth, "beta")) < 3.0 * p[1].standardError);
    // First-month churn E[θ] = α / (α + β) against the truth file's own figure, within 3 delta-method SEs.
    const auto& cov = report->pooled.sbg.fit.covariance;
    REQUIRE(cov.size() == 4);
    const double a = p[0].value, b = p[1].value, s2 = (a + b) * (a + b);
    const double ga = b / s2, gb = -a / s2;
    const double se = std::sqrt(ga * ga * cov[0] + 2.0 * ga * gb * cov[1] + gb * gb * cov[3]);
    CHECK(std::abs(report->pooled.sbg.model.churnProbability(1) - truthValue(truth, "first_month_churn")) < 3.0 * se);
}
