// SPDX-License-Identifier: MIT
// End-to-end tests of the project file commands: project copy/check, imports, undo-import.
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

using ProjectRun = clitest::CliRun;

ProjectRun runClv(const std::vector<std::string>& args) { return clitest::runClv(args); }

struct ProjectDir {
    std::filesystem::path path;
    ProjectDir()
    {
        std::random_device rd;
        path = std::filesystem::temp_directory_path() / ("clv-cli-project-" + std::to_string(rd()) + std::to_string(rd()));
        std::filesystem::create_directories(path);
    }
    ~ProjectDir() { std::filesystem::remove_all(path); }
    std::string file(const std::string& name) const { return (path / name).string(); }
    std::string write(const std::string& name, const std::string& content) const
    {
        std::ofstream(file(name), std::ios::binary) << content;
        return file(name);
    }
};

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("cli: imports lists the log and undo-import removes one import as a whole", "[cli][project]")
{
    ProjectDir dir;
    const auto project = dir.file("p.clvw");
    const auto first = dir.write("first.csv", "customer_id,order_date,amount\nA,2024-01-01,10\nB,2024-01-02,20\nB,bad,5\n");
    const auto second = dir.write("second.csv", "customer_id,order_date,amount\nA,2024-01-01,10\nC,2024-02-01,30\n");
    REQUIRE(runClv({"import", first, "--project", project}).exitCode == 0);
    REQUIRE(runClv({"import", second, "--project", project}).exitCode == 0);

    auto list = runClv({"imports", "--project", project});
    INFO(list.out);
    REQUIRE(list.exitCode == 0);
    CHECK(contains(list.out, "id,file,fingerprint,imported_at,kind,preset,rows_read,rows_imported,rows_skipped,"
                             "rows_rejected,orders_stored\n"));
    CHECK(contains(list.out, "\n1,first.csv,"));
    CHECK(contains(list.out, ",orders,,3,2,0,1,2\n"));   // read 3, imported 2, skipped 0, rejected 1, stored 2
    CHECK(contains(list.out, "\n2,second.csv,"));
    CHECK(contains(list.out, ",orders,,2,1,1,0,1\n"));   // the repeated row of A was skipped

    auto json = runClv({"imports", "--project", project, "--json"});
    REQUIRE(json.exitCode == 0);
    CHECK(contains(json.out, "\"file\":\"first.csv\""));
    CHECK(contains(json.out, "\"rows_rejected\":1"));
    CHECK(contains(json.out, "\"fingerprint\":\""));

    auto undo = runClv({"undo-import", "--project", project, "--id", "2"});
    INFO(undo.out);
    REQUIRE(undo.exitCode == 0);
    CHECK(contains(undo.out, "removed 1 orders, 0 subscriptions, 1 customers"));
    auto info = runClv({"info", "--project", project});
    CHECK(contains(info.out, "orders:    2"));
    CHECK(contains(info.out, "imports:   1"));

    auto again = runClv({"undo-import", "--project", project, "--id", "2"});
    CHECK(again.exitCode == 1);
    CHECK(contains(again.out, "no import with id 2"));
    CHECK(runClv({"undo-import", "--project", project}).exitCode == 2);
    CHECK(runClv({"undo-import", "--project", project, "--id", "x"}).exitCode == 2);
    CHECK(runClv({"imports"}).exitCode == 2);
    CHECK(runClv({"imports", "--project", dir.file("missing.clvw")}).exitCode == 1);
}

TEST_CASE("cli: project copy writes a checked copy and project check verifies a file", "[cli][project]")
{
    ProjectDir dir;
    const auto project = dir.file("p.clvw");
    const auto csv = dir.write("o.csv", "customer_id,order_date,amount\nA,2024-01-01,10\nB,2024-01-02,20\n");
    REQUIRE(runClv({"import", csv, "--project", project}).exitCode == 0);

    const auto copy = dir.file("copy.clvw");
    auto saved = runClv({"project", "copy", "--project", project, "--out", copy});
    INFO(saved.out);
    REQUIRE(saved.exitCode == 0);
    auto info = runClv({"info", "--project", copy});
    CHECK(contains(info.out, "customers: 2"));
    CHECK(contains(info.out, "orders:    2"));
    auto check = runClv({"project", "check", "--project", copy});
    CHECK(check.exitCode == 0);
    CHECK(contains(check.out, ": ok"));

    CHECK(runClv({"project", "copy", "--project", project, "--out", project}).exitCode == 1);
    CHECK(runClv({"project", "copy", "--project", project}).exitCode == 2);
    CHECK(runClv({"project", "move", "--project", project}).exitCode == 2);
    CHECK(runClv({"project", "check", "--project", csv}).exitCode == 1);  // not a project
    CHECK(contains(runClv({"--help"}).out, "undo-import"));
}
