// SPDX-License-Identifier: MIT
// End-to-end tests of the analytics commands (summary options, returns, rfm, cohorts, churn, ltv) on a hand-made
// project whose every figure below was computed by hand.
#include "CliTestSupport.h"

#include <catch2/catch.hpp>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include <sys/wait.h>

namespace {

using Run = clitest::CliRun;
using clitest::shellQuote;

Run shell(const std::string& cmd) { return clitest::runShell(cmd + " 2>&1"); }
Run clv(const std::vector<std::string>& args) { return clitest::runClv(args); }

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// Customer a: two orders on Jan 5 (one purchase of 120), 50 on Feb 10 refunded on Feb 12, 30 on Apr 1.
// b: 40 on Jan 20, 60 on Mar 15. c: 25 on Feb 1. d: 10 on Mar 3, refunded 15 the same day.
constexpr const char* kOrders = "customer_id,order_date,amount\n"
                                "a,2024-01-05,100.00\n"
                                "a,2024-01-05,20.00\n"
                                "b,2024-01-20,40.00\n"
                                "c,2024-02-01,25.00\n"
                                "a,2024-02-10,50.00\n"
                                "a,2024-02-12,-50.00\n"
                                "d,2024-03-03,10.00\n"
                                "d,2024-03-03,-15.00\n"
                                "b,2024-03-15,60.00\n"
                                "a,2024-04-01,30.00\n";

struct Fixture {
    std::filesystem::path dir;
    std::string project;
    Fixture()
    {
        std::random_device rd;
        dir = std::filesystem::temp_directory_path() / ("clv-cli-analytics-" + std::to_string(rd()) + std::to_string(rd()));
        std::filesystem::create_directories(dir);
        const std::string csv = (dir / "orders.csv").string();
        std::ofstream(csv, std::ios::binary) << kOrders;
        project = (dir / "p.clvw").string();
        REQUIRE(clv({"import", csv, "--project", project}).exitCode == 0);
    }
    ~Fixture() { std::filesystem::remove_all(dir); }
    std::string file(const std::string& name) const { return (dir / name).string(); }
};

}  // namespace

TEST_CASE("cli analytics: summary with a holdout split and returns policies", "[cli][analytics]")
{
    Fixture f;
    auto split = clv({"summary", "--project", f.project, "--end", "2024-04-30", "--calibration-end", "2024-02-29"});
    REQUIRE(split.exitCode == 0);
    CHECK(split.out == "customer_id,frequency,recency,T,monetary_value,holdout_frequency,holdout_monetary\n"
                       "a,1,36.0000,55.0000,0.0000,1,30.0000\n"
                       "b,0,0.0000,40.0000,0.0000,1,60.0000\n"
                       "c,0,0.0000,28.0000,0.0000,0,0.0000\n");  // d starts after the calibration end
    auto json = clv({"summary", "--project", f.project, "--end", "2024-04-30", "--calibration-end", "2024-02-29",
                     "--format", "json"});
    REQUIRE(json.exitCode == 0);
    CHECK(contains(json.out, "\"calibration_end\":\"2024-02-29\",\"holdout_duration\":61"));
    CHECK(contains(json.out, "\"holdout_frequency\":1,\"holdout_monetary\":60}"));

    const std::vector<std::string> base{"summary", "--project", f.project, "--end", "2024-04-30"};
    auto withPolicy = [&](const char* policy) {
        auto args = base;
        args.insert(args.end(), {"--returns", policy});
        return clv(args);
    };
    // a: Feb 10 nets to 0. net: 2 repeats (0 + 30) / 2; drop removes Feb 10; ignore keeps its gross 50.
    CHECK(contains(withPolicy("net").out, "a,2,87.0000,116.0000,15.0000\n"));
    CHECK(contains(withPolicy("drop").out, "a,1,87.0000,116.0000,30.0000\n"));
    CHECK(contains(withPolicy("ignore").out, "a,2,87.0000,116.0000,40.0000\n"));
    CHECK(contains(withPolicy("net").out, "\nd,0,"));
    CHECK_FALSE(contains(withPolicy("drop").out, "\nd,"));  // d's only purchase nets to -5

    auto bad = withPolicy("refund");
    CHECK(bad.exitCode == 2);
    CHECK(contains(bad.out, "--returns must be net, drop or ignore"));
    auto badSplit = clv({"summary", "--project", f.project, "--calibration-end", "2024-05-01"});
    CHECK(badSplit.exitCode == 1);
    CHECK(contains(badSplit.out, "calibration end 2024-05-01"));
}

TEST_CASE("cli analytics: returns report counts what each policy touches", "[cli][analytics]")
{
    Fixture f;
    auto csv = clv({"returns", "--project", f.project});
    REQUIRE(csv.exitCode == 0);
    CHECK(contains(csv.out, "policy,periods_touched,customers_touched,customers_removed,effect\n"));
    CHECK(contains(csv.out, "\nnet,2,2,0,"));
    CHECK(contains(csv.out, "\ndrop,2,2,1,"));
    CHECK(contains(csv.out, "\nignore,2,2,0,"));
    auto json = clv({"returns", "--project", f.project, "--format", "json"});
    REQUIRE(json.exitCode == 0);
    CHECK(contains(json.out, "\"refund_orders\":2,\"customers_with_refunds\":2,\"netted_periods\":2"));
}

TEST_CASE("cli analytics: rfm segments, members, cut points and the stored grid", "[cli][analytics]")
{
    Fixture f;
    // Cut points by hand (end Apr 1): recency days a 0, b 17, c 60, d 29; purchases a 3, b 2, c 1, d 1.
    const std::vector<std::string> cuts{"--cuts-r", "10,20,40,80", "--cuts-f", "2,3,4,5", "--cuts-m", "50,100,150,200"};
    auto args = std::vector<std::string>{"rfm", "--project", f.project, "--customers"};
    args.insert(args.end(), cuts.begin(), cuts.end());
    auto customers = clv(args);
    REQUIRE(customers.exitCode == 0);
    CHECK(contains(customers.out, "\na,0,3,150.0000,5,3,4,534,Potential loyalists\n"));
    CHECK(contains(customers.out, "\nb,17,2,100.0000,4,2,3,423,Potential loyalists\n"));
    CHECK(contains(customers.out, "\nc,60,1,25.0000,2,1,1,211,Hibernating\n"));
    CHECK(contains(customers.out, "\nd,29,1,-5.0000,3,1,1,311,About to sleep\n"));

    args = {"rfm", "--project", f.project, "--segment", "Hibernating"};
    args.insert(args.end(), cuts.begin(), cuts.end());
    auto members = clv(args);
    REQUIRE(members.exitCode == 0);
    CHECK(members.out == "customer_id,recency_days,purchases,monetary,r,f,m,rfm_code,segment\n"
                         "c,60,1,25.0000,2,1,1,211,Hibernating\n");
    auto unknown = clv({"rfm", "--project", f.project, "--segment", "whales"});
    CHECK(unknown.exitCode == 2);
    CHECK(contains(unknown.out, "no segment 'whales'"));
    auto partial = clv({"rfm", "--project", f.project, "--cuts-r", "1,2,3,4"});
    CHECK(partial.exitCode == 2);

    auto summary = clv({"rfm", "--project", f.project, "--format", "json"});
    REQUIRE(summary.exitCode == 0);
    CHECK(contains(summary.out, "\"customers\":4"));
    CHECK(contains(summary.out, "\"returns_report\":{\"refund_orders\":2"));

    std::string grid = "{\"version\":1,\"cells\":[";
    for (int r = 0; r < 5; ++r)
        grid += std::string(r ? "," : "") + "[\"x\",\"x\",\"x\",\"x\",\"" + (r == 4 ? "top" : "x") + "\"]";
    grid += "]}";
    std::ofstream(f.file("grid.json")) << grid;
    CHECK(clv({"rfm", "--project", f.project, "--set-grid", f.file("grid.json")}).exitCode == 0);
    auto shown = clv({"rfm", "--project", f.project, "--show-grid"});
    CHECK(contains(shown.out, "\"top\""));
    auto regrouped = clv({"rfm", "--project", f.project});
    CHECK(contains(regrouped.out, "\nx,4,1.0000,"));
}

TEST_CASE("cli analytics: order cohorts by month and quarter", "[cli][analytics]")
{
    Fixture f;
    auto csv = clv({"cohorts", "--project", f.project, "--end", "2024-04-30"});
    REQUIRE(csv.exitCode == 0);
    CHECK(contains(csv.out, "\n2024-01,2,0,1,2,1.0000,0,0.0000,160.00,1.0000,80.0000\n"));
    CHECK(contains(csv.out, "\n2024-01,2,1,1,1,0.5000,1,0.5000,0.00,0.0000,80.0000\n"));
    CHECK(contains(csv.out, "\n2024-03,1,0,1,1,1.0000,0,0.0000,-5.00,0.0000,-5.0000\n"));
    auto quarter = clv({"cohorts", "--project", f.project, "--by", "quarter", "--format", "json"});
    REQUIRE(quarter.exitCode == 0);
    CHECK(contains(quarter.out, "\"cohort\":\"2024-Q1\",\"start\":\"2024-01-01\",\"size\":4"));
    CHECK(clv({"cohorts", "--project", f.project, "--by", "year"}).exitCode == 2);
}

TEST_CASE("cli analytics: churn lapse curve and ltv inputs", "[cli][analytics]")
{
    Fixture f;
    // Lapse after 2 months (60.875 days), end Apr 30: d censored at 58 days, c lapses at 2 months, b and a censored.
    auto churn = clv({"churn", "--project", f.project, "--lapse", "2", "--end", "2024-04-30", "--format", "json"});
    REQUIRE(churn.exitCode == 0);
    CHECK(contains(churn.out, "\"lapsed\":1,\"active\":3"));
    auto csv = clv({"churn", "--project", f.project, "--lapse", "2", "--end", "2024-04-30"});
    CHECK(contains(csv.out, "\n2,3,1,0,0.666667,0.272166,"));

    auto ltv = clv({"ltv", "--project", f.project, "--margin", "0.5", "--cac", "10", "--format", "json"});
    REQUIRE(ltv.exitCode == 0);
    CHECK(contains(ltv.out, "\"orders\":8,\"revenue\":270,\"average_order_value\":33.75"));
    CHECK(clv({"ltv", "--project", f.project, "--margin", "1.5"}).exitCode == 2);
}

TEST_CASE("cli analytics: an end date before every order is a helpful error", "[cli][analytics]")
{
    Fixture f;
    for (const char* command : {"summary", "rfm", "cohorts", "churn", "ltv", "returns"}) {
        INFO(command);
        auto r = clv({command, "--project", f.project, "--end", "2023-12-31"});
        CHECK(r.exitCode == 1);
        CHECK(contains(r.out, "2023-12-31"));
        CHECK(contains(r.out, "before the first order (2024-01-05)"));
    }
}

TEST_CASE("cli analytics: subscription cohorts and survival", "[cli][analytics][subscriptions]")
{
    Fixture f;
    // The hand-made subscriptions of tests/core/metrics/SubscriptionCohortTests.cpp (days since 1970-01-01).
    const std::string sql =
        "INSERT INTO imports (id, file_name, fingerprint, imported_at, kind) VALUES (99, 's.csv', 'x', 'now', 'subscriptions');"
        "INSERT INTO customers (id, external_id) VALUES (101, 's1'), (102, 's2'), (103, 's3'), (104, 's4'), (105, 's5');"
        "INSERT INTO subscriptions (customer_id, import_id, price_cents, start_day, cancel_day) VALUES "
        "(101, 99, 1000, 19732, 19768), (101, 99, 2000, 19787, NULL), (102, 99, 3000, 19742, NULL),"
        "(102, 99, 500, 19763, 19813), (103, 99, 1500, 19747, 19753), (104, 99, 5000, 19756, 19844),"
        "(105, 99, 9900, 19815, NULL);";
    REQUIRE(shell("sqlite3 " + shellQuote(f.project) + ' ' + shellQuote(sql)).exitCode == 0);
    auto cohorts = clv({"cohorts", "--project", f.project, "--subscriptions", "--end", "2024-03-31"});
    REQUIRE(cohorts.exitCode == 0);
    CHECK(contains(cohorts.out, "\n2024-01,3,0,1,2024-01-31,3,2,0.6667,1,0.3333,0,40.00,1.0000,1.0000\n"));
    CHECK(contains(cohorts.out, "\n2024-01,3,1,1,2024-02-29,2,1,0.3333,1,0.5000,0,35.00,0.8750,0.7500\n"));
    CHECK(contains(cohorts.out, "\n2024-01,3,2,1,2024-03-31,1,2,0.6667,0,0.0000,1,50.00,1.2500,0.7500\n"));

    // Lifetimes in days: 36 (event), 26 (censored), 71 (c), 50 (e), 6 (e), 57 (c): S = 5/6, 5/8, 5/12.
    auto km = clv({"churn", "--project", f.project, "--subscriptions", "--unit", "day", "--end", "2024-03-31"});
    REQUIRE(km.exitCode == 0);
    CHECK(contains(km.out, "\n6,6,1,0,0.833333,"));
    CHECK(contains(km.out, "\n36,4,1,0,0.625000,"));
    CHECK(contains(km.out, "\n50,3,1,0,0.416667,"));
    auto median = clv({"churn", "--project", f.project, "--subscriptions", "--unit", "day", "--end", "2024-03-31",
                       "--format", "json"});
    CHECK(contains(median.out, "\"subjects\":6,\"events\":3,\"median\":50"));

    auto none = clv({"cohorts", "--project", f.project, "--subscriptions", "--end", "2023-01-01"});
    CHECK(none.exitCode == 1);
}
