// SPDX-License-Identifier: MIT
// End-to-end tests of `clv import` with presets, encodings, value formats and the JSON report.
#include "CliTestSupport.h"

#include <catch2/catch.hpp>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <sys/wait.h>
#include <vector>

namespace {

using Run = clitest::CliRun;

Run clvImport(std::vector<std::string> args)
{
    args.insert(args.begin(), "import");
    return clitest::runClv(args);
}

struct Dir {
    std::filesystem::path path;
    Dir()
    {
        std::random_device rd;
        path = std::filesystem::temp_directory_path() / ("clv-import-cli-" + std::to_string(rd()) + std::to_string(rd()));
        std::filesystem::create_directories(path);
    }
    ~Dir() { std::filesystem::remove_all(path); }
    std::string file(const std::string& name) const { return (path / name).string(); }
    std::string write(const std::string& name, const std::string& content) const
    {
        std::ofstream(file(name), std::ios::binary) << content;
        return file(name);
    }
};

std::string exportFile(const std::string& name) { return std::string(CLV_TEST_DATA_DIR) + "/exports/" + name; }
bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("cli import: --list-presets lists every built-in preset, also as JSON", "[cli][import]")
{
    auto list = clvImport({"--list-presets"});
    REQUIRE(list.exitCode == 0);
    for (const char* id : {"shopify-orders", "stripe-payments", "stripe-subscriptions", "woocommerce-orders",
                           "square-transactions", "uci-online-retail", "uci-online-retail-ii", "generic-orders",
                           "generic-subscriptions"})
        CHECK(has(list.out, id));
    auto json = clvImport({"--list-presets", "--json"});
    REQUIRE(json.exitCode == 0);
    CHECK(has(json.out, "{\"id\":\"uci-online-retail\",\"name\":\"UCI Online Retail\",\"kind\":\"orders\""));
    CHECK(has(json.out, "\"cancelPrefix\":\"C\""));
}

TEST_CASE("cli import: a Shopify export is recognised by its header and imported as orders", "[cli][import]")
{
    Dir dir;
    const auto project = dir.file("p.clvw");
    auto r = clvImport({exportFile("shopify_orders.csv"), "--project", project});
    INFO(r.out);
    REQUIRE(r.exitCode == 0);
    CHECK(has(r.out, "preset:    shopify-orders (orders)"));
    CHECK(has(r.out, "rows read: 9\n"));
    CHECK(has(r.out, "stored:    4 orders (1 refunds or cancellations)"));
    CHECK(has(r.out, "excluded:  2"));
    CHECK(has(r.out, "no customer id: 1 rows (11.1% of the rows read)"));
    CHECK(has(r.out, "line 7, column 2 (Email): missing-customer-id: ''"));
    auto again = clvImport({exportFile("shopify_orders.csv"), "--project", project});
    CHECK(again.exitCode == 0);
    CHECK(has(again.out, "skipped:   6 (already in the project)"));
}

TEST_CASE("cli import: the JSON report lists every issue of every file; a missing file is listed too", "[cli][import]")
{
    Dir dir;
    auto r = clvImport({exportFile("stripe_payments.csv"), dir.file("nope.csv"), exportFile("uci_online_retail.csv"),
                        "--project", dir.file("p.clvw"), "--json"});
    INFO(r.out);
    REQUIRE(r.exitCode == 0);
    CHECK(has(r.out, "\"preset\":\"stripe-payments\""));
    CHECK(has(r.out, "\"preset\":\"uci-online-retail\""));
    CHECK(has(r.out, "\"line\":3,\"column\":20,\"field\":\"Status\",\"value\":\"Failed\",\"reason\":\"excluded-status\""));
    CHECK(has(r.out, "\"line\":7,\"column\":42,\"field\":\"Customer ID\",\"value\":\"\",\"reason\":\"missing-customer-id\""));
    CHECK(has(r.out, "\"line\":10,\"column\":0,\"field\":\"\",\"value\":\"536544\",\"reason\":\"missing-customer-id\""));
    CHECK(has(r.out, "\"rows_missing_customer\":3"));
    CHECK(has(r.out, "\"error\":\"file-not-found\""));
    CHECK(has(r.out, "\"rows_imported\":12,\"rows_skipped\":0}"));
}

TEST_CASE("cli import: --encoding decodes a GB18030 file that is refused as UTF-8", "[cli][import]")
{
    Dir dir;
    const std::string gb = std::string(CLV_TEST_DATA_DIR) + "/import/gb18030.csv";
    auto refused = clvImport({gb, "--project", dir.file("p.clvw")});
    CHECK(refused.exitCode == 1);
    CHECK(has(refused.out, "gb18030.csv:1:1: invalid UTF-8"));
    auto ok = clvImport({gb, "--project", dir.file("p.clvw"), "--encoding", "GB18030"});
    INFO(ok.out);
    CHECK(ok.exitCode == 0);
    CHECK(has(ok.out, "encoding:  GB18030"));
    CHECK(has(ok.out, "columns:   customer=客户ID, date=订单日期, amount=金额"));
    auto bad = clvImport({gb, "--project", dir.file("p.clvw"), "--encoding", "KLINGON-8"});
    CHECK(bad.exitCode == 1);
    CHECK(has(bad.out, "unknown encoding 'KLINGON-8'"));
}

TEST_CASE("cli import: --date-order, --decimal and --preset settle what detection cannot", "[cli][import]")
{
    Dir dir;
    const auto csv = dir.write("amb.csv", "customer_id,order_date,amount\nA,01/02/2024,1.250\nB,03/04/2024,2.500\n");
    auto ambiguous = clvImport({csv, "--project", dir.file("p.clvw")});
    CHECK(ambiguous.exitCode == 1);
    CHECK(has(ambiguous.out, "ambiguous-date-order"));
    auto dates = clvImport({csv, "--project", dir.file("p.clvw"), "--date-order", "dmy"});
    CHECK(dates.exitCode == 1);
    CHECK(has(dates.out, "ambiguous-decimal-separator"));
    auto both = clvImport({csv, "--project", dir.file("p.clvw"), "--date-order", "dmy", "--decimal", "comma", "--json"});
    INFO(both.out);
    CHECK(both.exitCode == 0);
    CHECK(has(both.out, "\"rows_imported\":2,"));
    CHECK(clvImport({csv, "--project", dir.file("p.clvw"), "--date-order", "dym"}).exitCode == 2);
    CHECK(clvImport({csv, "--project", dir.file("p.clvw"), "--decimal", "dot"}).exitCode == 2);
    auto unknown = clvImport({csv, "--project", dir.file("p.clvw"), "--preset", "nope"});
    CHECK(unknown.exitCode == 1);
    CHECK(has(unknown.out, "unknown import preset 'nope'"));
    auto subs = clvImport({exportFile("stripe_subscriptions.csv"), "--project", dir.file("p.clvw"), "--preset",
                           "stripe-subscriptions"});
    INFO(subs.out);
    CHECK(subs.exitCode == 0);
    CHECK(has(subs.out, "preset:    stripe-subscriptions (subscriptions)"));
    CHECK(has(subs.out, "line 6, column 16 (Ended At (UTC)): cancel-before-start: '2024-03-01 00:00'"));
}

TEST_CASE("cli import: a simulated subscriptions export needs no --preset", "[cli][import]")
{
    Dir dir;
    const auto csv = dir.file("subs.csv");
    const std::string sim = std::string("'") + CLV_EXE + "' simulate --kind subscriptions --customers 50 --out '" + csv
        + "' > /dev/null";
    REQUIRE(std::system(sim.c_str()) == 0);
    auto r = clvImport({csv, "--project", dir.file("p.clvw"), "--json"});
    INFO(r.out);
    REQUIRE(r.exitCode == 0);
    CHECK(has(r.out, "\"preset\":\"generic-subscriptions\",\"kind\":\"subscriptions\""));
    CHECK(has(r.out, "\"rows_rejected\":0,"));
}
