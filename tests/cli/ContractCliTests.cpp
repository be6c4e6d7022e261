// SPDX-License-Identifier: MIT
// End-to-end tests of `clv sbg` and `clv backtest` on generated projects (clv simulate + clv import; the
// subscriptions are written into the project both with SQL and through clv import, which must agree).
#include "CliTestSupport.h"

#include <catch2/catch.hpp>

#include <sqlite3.h>

#include <array>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <regex>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <vector>

namespace {

using Run = clitest::CliRun;

Run clv(const std::vector<std::string>& args) { return clitest::runClv(args); }

struct Scratch {
    std::filesystem::path path;
    Scratch()
    {
        std::random_device rd;
        path = std::filesystem::temp_directory_path() / ("clv-contract-" + std::to_string(rd()) + std::to_string(rd()));
        std::filesystem::create_directories(path);
    }
    ~Scratch() { std::filesystem::remove_all(path); }
    std::string file(const std::string& name) const { return (path / name).string(); }
};

/// The first number following `"key":` at or after `from` in a JSON text.
double jsonValue(const std::string& json, const std::string& key, std::size_t from = 0)
{
    const std::string needle = "\"" + key + "\":";
    const auto at = json.find(needle, from);
    REQUIRE(at != std::string::npos);
    return std::stod(json.substr(at + needle.size()));
}

std::string makeOrdersProject(const Scratch& dir, int customers)
{
    const auto csv = dir.file("orders.csv");
    const auto project = dir.file("p.clvw");
    auto sim = clv({"simulate", "--out", csv, "--customers", std::to_string(customers), "--seed", "5"});
    REQUIRE(sim.exitCode == 0);
    auto imp = clv({"import", "--project", project, csv});
    INFO(imp.out);
    REQUIRE(imp.exitCode == 0);
    return project;
}

void exec(sqlite3* db, const std::string& sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message);
    INFO(sql << ": " << (message ? message : ""));
    sqlite3_free(message);
    REQUIRE(rc == SQLITE_OK);
}

/// Copies a `clv simulate --kind subscriptions` export into the subscriptions table of `project` with SQL.
int insertSimulatedSubscriptions(const std::string& project, const std::string& csv)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(project.c_str(), &db) == SQLITE_OK);
    exec(db, "PRAGMA foreign_keys=ON; BEGIN;");
    exec(db, "INSERT INTO imports(file_name, fingerprint, imported_at, kind) "
             "VALUES ('subscriptions.csv', 'test', '2025-01-01', 'subscriptions')");
    const auto importId = sqlite3_last_insert_rowid(db);
    std::ifstream in(csv);
    std::string line;
    std::getline(in, line);
    int rows = 0;
    while (std::getline(in, line)) {
        std::vector<std::string> f;
        std::stringstream ss(line);
        std::string field;
        while (std::getline(ss, field, ','))
            f.push_back(field);
        const std::string cancel = f.size() > 6 && !f[6].empty() ? "unixepoch('" + f[6] + "')/86400" : "NULL";
        exec(db, "INSERT OR IGNORE INTO customers(external_id) VALUES ('sub-" + f[1] + "')");
        exec(db, "INSERT INTO subscriptions(customer_id, import_id, source_id, plan, price_cents, start_day, "
                 "cancel_day) VALUES ((SELECT id FROM customers WHERE external_id = 'sub-" + f[1] + "'), " +
                     std::to_string(importId) + ", '" + f[0] + "', '" + f[2] + "', " +
                     std::to_string(std::llround(std::stod(f[3]) * 100)) + ", unixepoch('" + f[5] + "')/86400, " +
                     cancel + ")");
        ++rows;
    }
    exec(db, "COMMIT;");
    sqlite3_close(db);
    return rows;
}

}  // namespace

TEST_CASE("cli: sbg fits monthly subscription cohorts and recovers the simulated parameters", "[cli][sbg]")
{
    Scratch dir;
    const auto project = makeOrdersProject(dir, 200);
    auto noSubs = clv({"sbg", "--project", project});
    CHECK(noSubs.exitCode == 1);
    CHECK(noSubs.out.find("no subscriptions") != std::string::npos);

    const auto subs = dir.file("subscriptions.csv");
    auto sim = clv({"simulate", "--kind", "subscriptions", "--out", subs, "--customers", "6000", "--seed", "9"});
    REQUIRE(sim.exitCode == 0);
    REQUIRE(insertSimulatedSubscriptions(project, subs) == 6000);

    auto json = clv({"sbg", "--project", project, "--end", "2024-12-31", "--periods", "6", "--discount", "0.02",
                     "--format", "json"});
    INFO(json.out.substr(0, 2000));
    REQUIRE(json.exitCode == 0);
    // Starts are uniform over 540 days from 2023-01-01: 18 monthly cohorts, January 2023 to June 2024.
    CHECK(std::regex_search(json.out, std::regex("\"cohort\":\"2023-01\"")));
    CHECK(std::regex_search(json.out, std::regex("\"cohort\":\"2024-06\"")));
    CHECK_FALSE(std::regex_search(json.out, std::regex("\"cohort\":\"2024-07\"")));
    const auto pooled = json.out.find("\"pooled\":");
    REQUIRE(pooled != std::string::npos);
    CHECK(jsonValue(json.out, "customers", pooled) == 6000);
    const double alpha = jsonValue(json.out, "alpha", pooled);
    const double alphaSe = jsonValue(json.out, "alpha_se", pooled);
    const double beta = jsonValue(json.out, "beta", pooled);
    const double betaSe = jsonValue(json.out, "beta_se", pooled);
    CHECK(std::abs(alpha - 0.7) < 3.0 * alphaSe);  // truth in subscriptions.csv.truth.json
    CHECK(std::abs(beta - 3.2) < 3.0 * betaSe);
    CHECK(json.out.find("\"converged\":true", pooled) != std::string::npos);
    CHECK(jsonValue(json.out, "discount_rate") == 0.02);
    CHECK(jsonValue(json.out, "mean_residual_lifetime", pooled) > 1.0);

    auto text = clv({"sbg", "--project", project, "--end", "2024-12-31"});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.find("18 monthly cohorts") != std::string::npos);
    CHECK(text.out.find("\nall ") != std::string::npos);

    auto routed = clv({"sbg", "--model", "sbg", "--unit", "month", "--project", project, "--format", "json"});
    CHECK(routed.exitCode == 0);
}

TEST_CASE("cli: sbg usage errors", "[cli][sbg]")
{
    CHECK(clv({"sbg"}).exitCode == 2);
    CHECK(clv({"sbg", "--project", "x.clvw", "--discount", "0"}).exitCode == 2);
    CHECK(clv({"sbg", "--project", "x.clvw", "--unit", "week"}).exitCode == 2);
    CHECK(clv({"sbg", "--project", "x.clvw", "--periods", "-1"}).exitCode == 2);
    CHECK(clv({"sbg", "--project", "x.clvw", "--format", "csv"}).exitCode == 2);
    CHECK(clv({"sbg", "--project", "/nonexistent/x.clvw"}).exitCode == 1);
    auto help = clv({"help", "sbg"});
    CHECK(help.exitCode == 0);
    CHECK(help.out.find("--discount") != std::string::npos);
}

TEST_CASE("cli: backtest on a simulated orders project", "[cli][backtest]")
{
    Scratch dir;
    const auto project = makeOrdersProject(dir, 3000);
    auto json = clv({"backtest", "--project", project, "--calibration-end", "2024-03-31", "--format", "json"});
    INFO(json.out.substr(0, 3000));
    REQUIRE(json.exitCode == 0);
    CHECK(json.out.find("\"model\":\"bgnbd\"") != std::string::npos);
    CHECK(jsonValue(json.out, "holdout_length") == Approx(275.0 / 7.0));
    std::int64_t binned = 0;
    std::size_t at = json.out.find("\"bins\":");
    for (int i = 0; i < 8; ++i) {
        at = json.out.find("\"frequency\":", at + 1);
        REQUIRE(at != std::string::npos);
        binned += static_cast<std::int64_t>(jsonValue(json.out, "customers", at));
    }
    CHECK(binned == static_cast<std::int64_t>(jsonValue(json.out, "customers")));
    // The data come from the BG/NBD process itself, so the holdout total is predicted within sampling noise.
    CHECK(std::abs(jsonValue(json.out, "aggregate_error_percent")) < 10.0);
    CHECK(jsonValue(json.out, "mae") > 0.0);
    CHECK(json.out.find("\"tracking\":[{\"step\":1,") != std::string::npos);

    auto text = clv({"backtest", "--project", project, "--calibration-end", "2024-03-31", "--model", "pareto"});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.find("model:           pareto") != std::string::npos);
    CHECK(text.out.find("    7+") != std::string::npos);
    CHECK(text.out.find("<- first point after the calibration end") != std::string::npos);

    auto late = clv({"backtest", "--project", project, "--calibration-end", "2030-01-01"});
    CHECK(late.exitCode == 1);
}

TEST_CASE("cli: backtest usage errors", "[cli][backtest]")
{
    CHECK(clv({"backtest", "--project", "x.clvw"}).exitCode == 2);
    CHECK(clv({"backtest", "--project", "x.clvw", "--calibration-end", "2024-13-01"}).exitCode == 2);
    CHECK(clv({"backtest", "--project", "x.clvw", "--calibration-end", "2024-01-01", "--model", "sbg"}).exitCode == 2);
    CHECK(clv({"backtest", "--project", "x.clvw", "--calibration-end", "2024-01-01", "--unit", "year"}).exitCode == 2);
    CHECK(clv({"backtest", "--project", "/nonexistent/x.clvw", "--calibration-end", "2024-01-01"}).exitCode == 1);
}

TEST_CASE("cli: sbg on subscriptions brought in by clv import matches the rows written directly", "[cli][sbg]")
{
    Scratch dir;
    const auto subs = dir.file("subscriptions.csv");
    REQUIRE(clv({"simulate", "--kind", "subscriptions", "--out", subs, "--customers", "3000", "--seed", "4"}).exitCode == 0);
    const auto imported = dir.file("imported.clvw");
    auto imp = clv({"import", subs, "--project", imported});
    INFO(imp.out);
    REQUIRE(imp.exitCode == 0);

    const auto direct = makeOrdersProject(dir, 50);
    REQUIRE(insertSimulatedSubscriptions(direct, subs) == 3000);

    auto a = clv({"sbg", "--project", imported, "--end", "2024-12-31", "--format", "json"});
    auto b = clv({"sbg", "--project", direct, "--end", "2024-12-31", "--format", "json"});
    REQUIRE(a.exitCode == 0);
    REQUIRE(b.exitCode == 0);
    const auto pooledA = a.out.substr(a.out.find("\"cohorts\":"));
    const auto pooledB = b.out.substr(b.out.find("\"cohorts\":"));
    CHECK(pooledA == pooledB);
    const auto at = a.out.find("\"pooled\":");
    CHECK(jsonValue(a.out, "customers", at) == 3000);
    CHECK(std::abs(jsonValue(a.out, "alpha", at) - 0.7) < 3.0 * jsonValue(a.out, "alpha_se", at));
}
