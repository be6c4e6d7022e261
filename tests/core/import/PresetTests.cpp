// SPDX-License-Identifier: MIT
// Preset detection from headers, user presets stored in the project, and the wizard's preview.
#include "TestSupport.h"

#include "core/import/ImportPresets.h"
#include "core/import/OrderImporter.h"
#include "core/storage/Project.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <set>

using namespace clv;

namespace {

std::string exportFile(const std::string& name) { return std::string(CLV_TEST_DATA_DIR) + "/exports/" + name; }

std::vector<std::string> headerOf(const std::string& path)
{
    auto profile = previewImportFile(path);
    REQUIRE(profile);
    return profile->header;
}

}  // namespace

TEST_CASE("presets: every built-in preset is valid and has a unique id", "[preset]")
{
    std::set<std::string> ids;
    for (const auto& p : builtinImportPresets()) {
        INFO(p.id);
        CHECK(validatePreset(p));
        CHECK(p.builtin);
        CHECK(ids.insert(p.id).second);
    }
    CHECK(ids.size() == 9);
    CHECK(findBuiltinPreset("uci-online-retail-ii")->cancelPrefix == "C");
    CHECK(findBuiltinPreset("nope") == nullptr);
}

TEST_CASE("presets: detection proposes the preset that fits each real header", "[preset]")
{
    const std::pair<const char*, const char*> cases[] = {
        {"shopify_orders.csv", "shopify-orders"},
        {"stripe_payments.csv", "stripe-payments"},
        {"stripe_subscriptions.csv", "stripe-subscriptions"},
        {"woocommerce_orders.csv", "woocommerce-orders"},
        {"woocommerce_orders_fr.csv", "woocommerce-orders"},
        {"square_transactions.csv", "square-transactions"},
        {"uci_online_retail.csv", "uci-online-retail"},
        {"uci_online_retail_ii.csv", "uci-online-retail-ii"},
        {"generic_orders.csv", "generic-orders"},
        {"generic_subscriptions.csv", "generic-subscriptions"},
    };
    for (const auto& [file, id] : cases) {
        INFO(file);
        auto match = detectImportPreset(headerOf(exportFile(file)), builtinImportPresets());
        REQUIRE(match);
        CHECK(match->preset.id == id);
        CHECK(match->score > 0.0);
        CHECK(match->score <= 1.0);
    }
    auto shopify = scorePreset(headerOf(exportFile("shopify_orders.csv")), *findBuiltinPreset("shopify-orders"));
    CHECK(shopify.score == Approx(1.0));
    auto wrong = scorePreset(headerOf(exportFile("shopify_orders.csv")), *findBuiltinPreset("uci-online-retail"));
    CHECK(wrong.score == 0.0);
    CHECK(wrong.missing == std::vector<std::string>{"customer", "order-id", "date", "quantity", "unit-price"});
    CHECK_FALSE(detectImportPreset({"foo", "bar"}, builtinImportPresets()));
}

TEST_CASE("presets: a hand-made mapping is saved in the project, reloaded and used by id", "[preset]")
{
    test::TempDir dir;
    auto db = project::open(dir.file("p.clvw"), Database::OpenMode::CreateIfMissing);
    REQUIRE(db);
    auto none = loadUserPresets(*db);
    REQUIRE(none);
    CHECK(none->empty());

    ImportPreset mine;
    mine.id = "erp-export";
    mine.name = "ERP \"Auftrag\" export";
    mine.columns = {{ColumnRole::Customer, {"Kundennummer"}, true}, {ColumnRole::Date, {"Belegdatum"}, true},
                    {ColumnRole::Amount, {"Betrag"}, true}, {ColumnRole::OrderId, {"Beleg"}, false}};
    mine.groupLines = true;
    mine.excludeStatuses = {"storniert"};
    REQUIRE(saveUserPreset(*db, mine));
    mine.name = "ERP export";
    REQUIRE(saveUserPreset(*db, mine));  // same id: replaced, not added
    auto loaded = loadUserPresets(*db);
    REQUIRE(loaded);
    REQUIRE(loaded->size() == 1);
    CHECK((*loaded)[0].name == "ERP export");
    CHECK((*loaded)[0].columns.size() == 4);
    CHECK((*loaded)[0].columns[1].names == std::vector<std::string>{"Belegdatum"});
    CHECK((*loaded)[0].groupLines);
    CHECK((*loaded)[0].excludeStatuses == std::vector<std::string>{"storniert"});
    CHECK_FALSE((*loaded)[0].builtin);

    const auto csv = dir.write("erp.csv", "Beleg;Kundennummer;Belegdatum;Betrag\nR1;K7;02.01.2024;10,00\n"
                                          "R1;K7;02.01.2024;5,50\nR2;K8;15.01.2024;7,25\n");
    ImportOptions options;
    options.preset = "erp-export";
    auto r = importOrdersCsv(*db, csv, options);
    REQUIRE(r);
    CHECK(r->ordersImported == 2);
    CHECK(r->dateOrder == DateOrder::DayFirst);
    CHECK(*db->queryInt("SELECT sum(amount_cents) FROM orders WHERE source_order = 'R1'") == 1550);

    ImportPreset builtinId = mine;
    builtinId.id = "shopify-orders";
    CHECK_FALSE(saveUserPreset(*db, builtinId));
    ImportPreset incomplete;
    incomplete.id = "half";
    incomplete.columns = {{ColumnRole::Customer, {"c"}, true}};
    auto bad = saveUserPreset(*db, incomplete);
    REQUIRE_FALSE(bad);
    CHECK(bad.error().code == ErrorCode::InvalidArgument);
    CHECK(*removeUserPreset(*db, "erp-export"));
    CHECK_FALSE(*removeUserPreset(*db, "erp-export"));
}

TEST_CASE("presets: JSON round trip keeps every field; damaged JSON is an error with its offset", "[preset]")
{
    const auto& all = builtinImportPresets();
    auto back = presetsFromJson(presetsToJson(all));
    REQUIRE(back);
    REQUIRE(back->size() == all.size());
    for (std::size_t i = 0; i < all.size(); ++i) {
        CHECK((*back)[i].id == all[i].id);
        CHECK((*back)[i].signature == all[i].signature);
        CHECK((*back)[i].excludeStatuses == all[i].excludeStatuses);
        CHECK((*back)[i].refundStatuses == all[i].refundStatuses);
        CHECK((*back)[i].cancelPrefix == all[i].cancelPrefix);
        CHECK((*back)[i].amountOnFirstRow == all[i].amountOnFirstRow);
        REQUIRE((*back)[i].columns.size() == all[i].columns.size());
        for (std::size_t c = 0; c < all[i].columns.size(); ++c) {
            CHECK((*back)[i].columns[c].role == all[i].columns[c].role);
            CHECK((*back)[i].columns[c].names == all[i].columns[c].names);
            CHECK((*back)[i].columns[c].required == all[i].columns[c].required);
        }
    }
    auto broken = presetsFromJson("[{\"id\":\"x\",\"columns\":[{\"role\":\"shoe-size\"}]}]");
    REQUIRE_FALSE(broken);
    CHECK(broken.error().code == ErrorCode::Parse);
    CHECK(broken.error().detail.find("unknown column role") != std::string::npos);
    CHECK_FALSE(presetsFromJson("[{\"id\":\"x\"}] trailing"));
}

TEST_CASE("preview: header, first rows, detected preset; an unmappable header is reported, not an error", "[preset]")
{
    auto shopify = previewImportFile(exportFile("shopify_orders.csv"));
    REQUIRE(shopify);
    CHECK(shopify->preset == "shopify-orders");
    CHECK(shopify->header.size() == 79);
    REQUIRE(shopify->previewRows.size() == 9);
    CHECK(shopify->previewRows[0][45] == "gift_wrap: yes\nmessage: Happy birthday,\n\"Mum\"");
    CHECK(shopify->encoding == "UTF-8");
    CHECK_FALSE(shopify->utf8Invalid);

    test::TempDir dir;
    auto odd = previewImportFile(dir.write("odd.csv", "a,b\n1,2\n3,4\n"), {}, 1);
    REQUIRE(odd);
    CHECK(odd->previewRows.size() == 1);
    CHECK(odd->preset.empty());
    CHECK(odd->mappingError.find("no customer id column") != std::string::npos);
    CHECK(previewImportFile(dir.file("missing.csv")).error().code == ErrorCode::FileNotFound);
}
