// SPDX-License-Identifier: MIT
// End-to-end tests of the clv command-line tool: they run the real executable.
#include "CliTestSupport.h"

#include <catch2/catch.hpp>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <sys/wait.h>

namespace {

using RunResult = clitest::CliRun;

RunResult run(const std::vector<std::string>& args) { return clitest::runClv(args); }

std::string slurp(const std::string& path) { return clitest::readFile(path); }

struct TempDir {
    std::filesystem::path path;
    TempDir()
    {
        std::random_device rd;
        path = std::filesystem::temp_directory_path() / ("clv-cli-" + std::to_string(rd()) + std::to_string(rd()));
        std::filesystem::create_directories(path);
    }
    ~TempDir() { std::filesystem::remove_all(path); }
    std::string file(const std::string& name) const { return (path / name).string(); }
};

std::size_t countLines(const std::string& text)
{
    std::size_t n = 0;
    for (char c : text)
        n += c == '\n';
    return n;
}

}  // namespace

TEST_CASE("cli: --version, --help and usage errors", "[cli]")
{
    auto version = run({"--version"});
    CHECK(version.exitCode == 0);
    CHECK(version.out.rfind("clv ", 0) == 0);

    auto help = run({"--help"});
    CHECK(help.exitCode == 0);
    for (const char* cmd : {"simulate", "import", "summary"})
        CHECK(help.out.find(cmd) != std::string::npos);

    auto commandHelp = run({"summary", "--help"});
    CHECK(commandHelp.exitCode == 0);
    CHECK(commandHelp.out.find("monetary_value") != std::string::npos);

    CHECK(run({}).exitCode == 2);
    auto unknown = run({"frobnicate"});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.out.find("unknown command 'frobnicate'") != std::string::npos);

    auto noProject = run({"summary"});
    CHECK(noProject.exitCode == 2);
    CHECK(noProject.out.find("--project") != std::string::npos);

    auto badUnit = run({"summary", "--project", "x.clvw", "--unit", "fortnight"});
    CHECK(badUnit.exitCode == 2);
    CHECK(badUnit.out.find("fortnight") != std::string::npos);

    CHECK(run({"simulate", "--out", "x.csv", "--customers", "many"}).exitCode == 2);
    CHECK(run({"import", "--project"}).exitCode == 2);
}

TEST_CASE("cli: simulate is deterministic per seed and records the true parameters", "[cli]")
{
    TempDir dir;
    REQUIRE(run({"simulate", "--customers", "300", "--seed", "5", "--out", dir.file("a.csv")}).exitCode == 0);
    REQUIRE(run({"simulate", "--customers", "300", "--seed", "5", "--out", dir.file("b.csv")}).exitCode == 0);
    REQUIRE(run({"simulate", "--customers", "300", "--seed", "6", "--out", dir.file("c.csv")}).exitCode == 0);
    CHECK(slurp(dir.file("a.csv")) == slurp(dir.file("b.csv")));
    CHECK(slurp(dir.file("a.csv")) != slurp(dir.file("c.csv")));
    CHECK(slurp(dir.file("a.csv")).rfind("order_id,customer_id,order_date,amount,currency\n", 0) == 0);
    CHECK(slurp(dir.file("a.csv.truth.json")).find("\"seed\"") != std::string::npos);

    REQUIRE(run({"simulate", "--kind", "subscriptions", "--customers", "50", "--out", dir.file("s.csv")}).exitCode == 0);
    CHECK(slurp(dir.file("s.csv")).rfind("subscription_id,customer_id,plan,price,currency,start_date,cancel_date\n", 0) == 0);
}

TEST_CASE("cli: import then summary end to end on a generated export", "[cli]")
{
    TempDir dir;
    const auto csv = dir.file("orders.csv");
    const auto project = dir.file("shop.clvw");
    REQUIRE(run({"simulate", "--customers", "500", "--seed", "11", "--out", csv}).exitCode == 0);

    // Distinct customers in the export (every simulated customer has a first order).
    std::ifstream in(csv);
    std::string line;
    std::getline(in, line);
    std::set<std::string> customers;
    std::size_t dataRows = 0;
    while (std::getline(in, line)) {
        ++dataRows;
        const auto a = line.find(',');
        customers.insert(line.substr(a + 1, line.find(',', a + 1) - a - 1));
    }

    auto imported = run({"import", csv, "--project", project});
    INFO(imported.out);
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.find("rows read: " + std::to_string(dataRows)) != std::string::npos);
    CHECK(imported.out.find("imported:  " + std::to_string(dataRows)) != std::string::npos);
    CHECK(imported.out.find("rejected:  0") != std::string::npos);

    auto csvSummary = run({"summary", "--project", project, "--unit", "week", "--end", "2024-12-31"});
    REQUIRE(csvSummary.exitCode == 0);
    CHECK(csvSummary.out.rfind("customer_id,frequency,recency,T,monetary_value\n", 0) == 0);
    CHECK(countLines(csvSummary.out) == customers.size() + 1);

    auto json = run({"summary", "--project", project, "--format", "json", "--unit", "month"});
    REQUIRE(json.exitCode == 0);
    CHECK(json.out.find("\"unit\":\"month\"") != std::string::npos);
    std::size_t objects = 0;
    for (auto pos = json.out.find("\"customer_id\""); pos != std::string::npos; pos = json.out.find("\"customer_id\"", pos + 1))
        ++objects;
    CHECK(objects == customers.size());

    auto early = run({"summary", "--project", project, "--end", "2000-01-01"});
    CHECK(early.exitCode == 1);
    CHECK(early.out.find("before the first order") != std::string::npos);
}

TEST_CASE("cli: bad rows are listed with line numbers, and nothing importable exits 1", "[cli]")
{
    TempDir dir;
    const auto project = dir.file("p.clvw");
    {
        std::ofstream out(dir.file("mixed.csv"));
        out << "customer_id,order_date,amount\nA,2024-01-01,10\nB,2024-13-01,5\nC,2024-01-02,abc\n";
    }
    auto mixed = run({"import", dir.file("mixed.csv"), "--project", project});
    CHECK(mixed.exitCode == 0);
    CHECK(mixed.out.find("line 3, column 2 (order_date): bad-date: '2024-13-01'") != std::string::npos);
    CHECK(mixed.out.find("line 4, column 3 (amount): bad-amount: 'abc'") != std::string::npos);

    auto json = run({"import", dir.file("mixed.csv"), "--project", dir.file("q.clvw"), "--json"});
    CHECK(json.exitCode == 0);
    CHECK(json.out.find("\"line\":3") != std::string::npos);

    {
        std::ofstream out(dir.file("bad.csv"));
        out << "customer_id,order_date,amount\nA,yesterday,10\n";
    }
    auto bad = run({"import", dir.file("bad.csv"), "--project", project});
    CHECK(bad.exitCode == 1);
    CHECK(bad.out.find("nothing was imported") != std::string::npos);

    auto notProject = run({"summary", "--project", dir.file("bad.csv")});
    CHECK(notProject.exitCode == 1);
    CHECK(notProject.out.find("bad.csv") != std::string::npos);
    CHECK(notProject.out.find("not a CLV Workbench project") != std::string::npos);

    auto missing = run({"import", dir.file("nope.csv"), "--project", project});
    CHECK(missing.exitCode == 1);
    CHECK(missing.out.find("nope.csv") != std::string::npos);
}
