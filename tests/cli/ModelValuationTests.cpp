// SPDX-License-Identifier: MIT
// End-to-end tests of clv predict, clv clv, clv forecast and clv scenario: they run the real executable on a
// project made by clv simulate + clv import.
#include "CliTestSupport.h"

#include <catch2/catch.hpp>

#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <vector>

namespace {

using Run = clitest::CliRun;

/// Runs clv with stderr merged into `out`.
Run runClv(const std::vector<std::string>& args) { return clitest::runClv(args); }

/// stdout only: warnings on stderr do not mix with the table being parsed.
Run runOut(const std::vector<std::string>& args) { return clitest::runClv(args, false); }

/// The number after the first occurrence of `"key":` at or after `from`; NaN when absent or null.
double jsonValue(const std::string& json, const std::string& key, std::size_t from = 0)
{
    const auto pos = json.find("\"" + key + "\":", from);
    if (pos == std::string::npos)
        return std::nan("");
    const char* start = json.c_str() + pos + key.size() + 3;
    char* end = nullptr;
    const double v = std::strtod(start, &end);
    return end == start ? std::nan("") : v;
}

std::vector<std::vector<std::string>> csvRows(const std::string& text)
{
    std::vector<std::vector<std::string>> rows;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
        std::vector<std::string> fields;
        std::istringstream fs(line);
        std::string f;
        while (std::getline(fs, f, ','))
            fields.push_back(f);
        rows.push_back(fields);
    }
    return rows;
}

/// One simulated shop per test run (simulate + import), shared by the test cases.
struct Shop {
    std::filesystem::path dir;
    std::string project;
    Shop()
    {
        std::random_device rd;
        dir = std::filesystem::temp_directory_path() / ("clv-model-cli-" + std::to_string(rd()) + std::to_string(rd()));
        std::filesystem::create_directories(dir);
        project = (dir / "shop.clvw").string();
        const auto csv = (dir / "orders.csv").string();
        REQUIRE(runClv({"simulate", "--customers", "800", "--seed", "3", "--out", csv}).exitCode == 0);
        REQUIRE(runClv({"import", csv, "--project", project}).exitCode == 0);
    }
    ~Shop() { std::filesystem::remove_all(dir); }
};

const Shop& shop()
{
    static const Shop s;
    return s;
}

}  // namespace

TEST_CASE("cli model: predict per customer in csv and json", "[cli][models]")
{
    const auto& p = shop().project;
    auto csv = runOut({"predict", "--project", p, "--unit", "week", "--horizon", "12", "--margin", "0.4"});
    INFO(csv.out);
    REQUIRE(csv.exitCode == 0);
    const auto rows = csvRows(csv.out);
    REQUIRE(rows.size() > 100);
    CHECK(csv.out.rfind("customer_id,frequency,recency,T,p_alive,expected_purchases,expected_spend,clv\n", 0) == 0);
    CHECK(csv.out.find("nan") == std::string::npos);
    CHECK(csv.out.find("inf") == std::string::npos);
    for (std::size_t i = 1; i < rows.size(); ++i) {
        REQUIRE(rows[i].size() == 8);
        const double alive = std::stod(rows[i][4]);
        CHECK(alive >= 0.0);
        CHECK(alive <= 1.0);
        CHECK(std::stod(rows[i][7]) >= 0.0);
        if (rows[i][1] == "0")
            CHECK(alive == 1.0);  // BG/NBD: non-repeaters are alive
    }
    auto json = runOut({"predict", "--project", p, "--unit", "week", "--format", "json"});
    REQUIRE(json.exitCode == 0);
    // 12 months of 30.4375 days in weeks: the unit conversion is explicit.
    CHECK(jsonValue(json.out, "horizon_units") == Approx(12 * 30.4375 / 7.0).epsilon(1e-12));
    CHECK(json.out.find("\"unit\":\"week\"") != std::string::npos);
    // The count distribution of a new customer over the horizon: 11 probabilities, decreasing tail, sum below 1.
    const auto at = json.out.find("\"new_customer_purchase_probabilities\":[");
    REQUIRE(at != std::string::npos);
    const auto list = json.out.substr(at + 39, json.out.find(']', at) - at - 39);
    std::vector<double> pmf;
    for (std::size_t from = 0; from < list.size();) {
        const auto comma = list.find(',', from);
        pmf.push_back(std::stod(list.substr(from, comma - from)));
        from = comma == std::string::npos ? list.size() : comma + 1;
    }
    REQUIRE(pmf.size() == 11);
    double sum = 0.0;
    for (double v : pmf) {
        CHECK(v >= 0.0);
        sum += v;
    }
    CHECK(sum <= 1.0 + 1e-12);
    CHECK(sum > 0.9);            // 12 months: most customers make at most 10 repeat purchases
    CHECK(pmf[0] > pmf[10]);
    for (const char* model : {"mbgnbd", "pareto"}) {
        auto other = runOut({"predict", "--project", p, "--unit", "week", "--format", "json", "--model", model});
        REQUIRE(other.exitCode == 0);
        CHECK(other.out.find("\"new_customer_purchase_probabilities\":[") != std::string::npos);
        CHECK(other.out.find("null") == std::string::npos);
    }
}

TEST_CASE("cli model: clv totals, interval and groups agree with predict", "[cli][models]")
{
    const auto& p = shop().project;
    auto predict = runOut({"predict", "--project", p, "--horizon", "24", "--discount", "0.02", "--margin", "0.3"});
    REQUIRE(predict.exitCode == 0);
    const auto rows = csvRows(predict.out);
    double sum = 0.0;
    std::ofstream groups(shop().dir / "groups.csv");
    groups << "customer_id,segment\n";
    double sumRepeat = 0.0;
    for (std::size_t i = 1; i < rows.size(); ++i) {
        sum += std::stod(rows[i][7]);
        if (rows[i][1] != "0") {
            groups << rows[i][0] << ",repeat\n";
            sumRepeat += std::stod(rows[i][7]);
        }
    }
    groups.close();
    auto clv = runOut({"clv", "--project", p, "--horizon", "24", "--discount", "0.02", "--margin", "0.3", "--format",
                       "json", "--groups", (shop().dir / "groups.csv").string()});
    INFO(clv.out);
    REQUIRE(clv.exitCode == 0);
    const double total = jsonValue(clv.out, "total_clv");
    CHECK(total == Approx(sum).epsilon(1e-4));
    CHECK(jsonValue(clv.out, "customers") == static_cast<double>(rows.size() - 1));
    const double lower = jsonValue(clv.out, "lower"), upper = jsonValue(clv.out, "upper");
    CHECK(lower < total);
    CHECK(upper > total);
    CHECK(jsonValue(clv.out, "standard_error") > 0.0);
    const auto repeat = clv.out.find("\"group\":\"repeat\"");
    REQUIRE(repeat != std::string::npos);
    CHECK(jsonValue(clv.out, "total_clv", repeat) == Approx(sumRepeat).epsilon(1e-4));
    REQUIRE(clv.out.find("\"group\":\"(none)\"") != std::string::npos);

    auto text = runOut({"clv", "--project", p});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.find("total CLV:") != std::string::npos);
    CHECK(text.out.find("95.0 % interval:") != std::string::npos);
    CHECK(text.out.find("quantiles:") != std::string::npos);

    // The same data summarised in days and in weeks give the same CLV: months are converted from the fit's unit.
    auto days = runOut({"clv", "--project", p, "--unit", "day", "--format", "json"});
    auto weeks = runOut({"clv", "--project", p, "--unit", "week", "--format", "json"});
    REQUIRE(days.exitCode == 0);
    REQUIRE(weeks.exitCode == 0);
    CHECK(jsonValue(days.out, "total_clv") == Approx(jsonValue(weeks.out, "total_clv")).epsilon(1e-4));
}

TEST_CASE("cli model: forecast per month and scenario against the baseline", "[cli][models]")
{
    const auto& p = shop().project;
    auto forecast = runOut({"forecast", "--project", p, "--horizon", "6", "--margin", "0.5"});
    INFO(forecast.out);
    REQUIRE(forecast.exitCode == 0);
    const auto rows = csvRows(forecast.out);
    REQUIRE(rows.size() == 7);
    CHECK(rows[0][0] == "month");
    CHECK(std::stod(rows[6][1]) < std::stod(rows[1][1]));  // the existing base buys less as it ages
    CHECK(std::stod(rows[1][3]) == Approx(0.5 * std::stod(rows[1][2])).margin(0.01));

    auto price = runOut({"scenario", "--project", p, "--price-change", "10", "--format", "json"});
    INFO(price.out);
    REQUIRE(price.exitCode == 0);
    const auto scenarioPos = price.out.find("\"scenario\":");
    REQUIRE(scenarioPos != std::string::npos);
    CHECK(jsonValue(price.out, "total_clv", scenarioPos)
          == Approx(1.1 * jsonValue(price.out, "total_clv")).epsilon(1e-9));

    auto retention = runOut({"scenario", "--project", p, "--retention-change", "5", "--cac", "20", "--format", "json"});
    REQUIRE(retention.exitCode == 0);
    const auto pos = retention.out.find("\"scenario\":");
    CHECK(jsonValue(retention.out, "total_clv", pos) > jsonValue(retention.out, "total_clv"));
    CHECK(jsonValue(retention.out, "ltv_to_cac") > 0.0);

    auto text = runOut({"scenario", "--project", p, "--frequency-change", "20", "--cac", "30"});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.find("LTV:CAC:") != std::string::npos);
    CHECK(text.out.find("payback months:") != std::string::npos);
}

TEST_CASE("cli model: usage and runtime errors", "[cli][models]")
{
    const auto& p = shop().project;
    for (const auto& cmd : {"predict", "clv", "forecast", "scenario"}) {
        INFO(cmd);
        auto help = runClv({cmd, "--help"});
        CHECK(help.exitCode == 0);
        CHECK(help.out.find("--horizon") != std::string::npos);
        auto missing = runClv({cmd});
        CHECK(missing.exitCode == 2);
        CHECK(missing.out.find("--project") != std::string::npos);
        CHECK(runClv({cmd, "--project", p, "--model", "tobit"}).exitCode == 2);
        CHECK(runClv({cmd, "--project", p, "--horizon", "0"}).exitCode == 2);
        CHECK(runClv({cmd, "--project", p, "--horizon", "1.5"}).exitCode == 2);
        CHECK(runClv({cmd, "--project", p, "--discount", "2"}).exitCode == 2);
        CHECK(runClv({cmd, "--project", p, "--margin", "-0.1"}).exitCode == 2);
        CHECK(runClv({cmd, "--project", p, "--format", "xml"}).exitCode == 2);
        CHECK(runClv({cmd, "--project", p, "--spend", "constant"}).exitCode == 2);
        CHECK(runClv({cmd, "--project", p, "--frobnicate"}).exitCode == 2);
        auto noFile = runClv({cmd, "--project", (shop().dir / "missing.clvw").string()});
        CHECK(noFile.exitCode == 1);
        CHECK(noFile.out.find("missing.clvw") != std::string::npos);
    }
    auto bad = runClv({"scenario", "--project", p, "--retention-change", "500"});
    CHECK(bad.exitCode == 2);
    CHECK(bad.out.find("--retention-change") != std::string::npos);
    auto tooMuch = runClv({"scenario", "--project", p, "--retention-change", "90"});
    CHECK(tooMuch.exitCode == 1);
    CHECK(tooMuch.out.find("retention") != std::string::npos);
    CHECK(runClv({"clv", "--project", p, "--level", "2"}).exitCode == 2);
}
