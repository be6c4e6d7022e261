// SPDX-License-Identifier: MIT
// Each built-in preset imports its realistic export (tests/data/exports) and stores exactly these orders.
#include "TestSupport.h"

#include "core/import/OrderImporter.h"
#include "core/storage/Project.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace clv;

namespace {

std::string exportFile(const std::string& name) { return std::string(CLV_TEST_DATA_DIR) + "/exports/" + name; }

struct Project {
    test::TempDir dir;
    Database db;
    Project() : db(open(dir)) {}
    static Database open(const test::TempDir& d)
    {
        auto db = project::open(d.file("p.clvw"), Database::OpenMode::CreateIfMissing);
        REQUIRE(db);
        return std::move(*db);
    }
    Result<ImportReport> import(const std::string& name, const std::string& preset)
    {
        ImportOptions options;
        options.preset = preset;
        return importOrdersCsv(db, exportFile(name), options);
    }
    /// "customer order day cents" per stored order, in insertion order.
    std::vector<std::string> orders()
    {
        auto stmt = db.prepare("SELECT c.external_id, coalesce(o.source_order, ''), o.order_day, o.amount_cents "
                               "FROM orders o JOIN customers c ON c.id = o.customer_id ORDER BY o.id");
        std::vector<std::string> out;
        while (*stmt->step())
            out.push_back(stmt->columnText(0) + " " + stmt->columnText(1) + " "
                          + Date{static_cast<int>(stmt->columnInt(2))}.toIso() + " " + std::to_string(stmt->columnInt(3)));
        return out;
    }
    std::vector<std::string> reasons(const ImportReport& r)
    {
        std::vector<std::string> out;
        for (const auto& i : r.issues)
            out.push_back(std::to_string(i.line) + ":" + std::to_string(i.column) + ":" + i.reason);
        return out;
    }
};

void checkBalance(const ImportReport& r)
{
    CHECK(r.rowsRead == r.rowsImported + r.rowsSkipped + r.rowsRejected + r.rowsExcluded);
    CHECK(static_cast<std::int64_t>(r.issues.size()) == r.rowsRejected + r.rowsExcluded);
}

}  // namespace

TEST_CASE("preset fixture: Shopify orders, one order per Name, money on the first row", "[preset][fixture]")
{
    Project p;
    auto r = p.import("shopify_orders.csv", "shopify-orders");
    REQUIRE(r);
    CHECK(r->preset == "shopify-orders");
    CHECK(r->rowsRead == 9);
    CHECK(r->rowsImported == 6);
    CHECK(r->rowsExcluded == 2);
    CHECK(r->rowsMissingCustomer == 1);
    CHECK(r->ordersImported == 4);
    CHECK(r->refundsImported == 1);
    CHECK(p.orders() == std::vector<std::string>{"alice@example.com #1001 2026-01-09 5900",
                                                 "bob@example.com #1002 2026-01-10 12000",
                                                 "bob@example.com #1002 2026-01-10 -2000",
                                                 "alice@example.com #1005 2026-02-01 4250"});
    // The first row's Note Attributes span three lines, so #1002 starts on line 6.
    CHECK(p.reasons(*r) == std::vector<std::string>{"7:2:missing-customer-id", "8:3:excluded-status",
                                                    "9:3:excluded-status"});
    CHECK(r->missingCustomerShare() == Approx(1.0 / 9.0));
    checkBalance(*r);
    auto again = p.import("shopify_orders.csv", "shopify-orders");
    REQUIRE(again);
    CHECK(again->ordersImported == 0);
    CHECK(again->ordersSkipped == 4);
    CHECK(again->importId == 0);
    CHECK(p.orders().size() == 4);
}

TEST_CASE("preset fixture: Stripe payments, failed charges excluded, refunds negative", "[preset][fixture]")
{
    Project p;
    auto r = p.import("stripe_payments.csv", "stripe-payments");
    REQUIRE(r);
    CHECK(r->rowsRead == 7);
    CHECK(r->rowsExcluded == 2);
    CHECK(r->rowsMissingCustomer == 1);
    CHECK(p.orders() == std::vector<std::string>{"cus_PQa1 ch_3OqA1 2024-03-01 4900",
                                                 "cus_PQb2 ch_3OqA3 2024-03-02 2000",
                                                 "cus_PQb2 ch_3OqA3 2024-03-05 -2000",
                                                 "dana@example.com ch_3OqA4 2024-03-03 120000",
                                                 "cus_PQa1 ch_3OqA6 2024-03-28 10000",
                                                 "cus_PQa1 ch_3OqA6 2024-04-02 -2500"});
    CHECK(p.reasons(*r) == std::vector<std::string>{"3:20:excluded-status", "4:20:excluded-status",
                                                    "7:42:missing-customer-id"});
    CHECK(r->issues[0].value == "Failed");
    CHECK(r->issues[2].field == "Customer ID");
    checkBalance(*r);
}

TEST_CASE("preset fixture: WooCommerce orders in English and French", "[preset][fixture]")
{
    Project p;
    auto r = p.import("woocommerce_orders.csv", "woocommerce-orders");
    REQUIRE(r);
    CHECK(p.orders() == std::vector<std::string>{"Jane Doe 1201 2024-05-02 8500", "Li Wei 1202 2024-05-03 1260",
                                                 "Li Wei 1204 2024-05-06 -1260", "Jane Doe 1206 2024-05-09 104000"});
    CHECK(p.reasons(*r) == std::vector<std::string>{"4:3:excluded-status", "6:4:missing-customer-id"});
    checkBalance(*r);
    Project fr;
    auto f = fr.import("woocommerce_orders_fr.csv", "woocommerce-orders");
    REQUIRE(f);
    CHECK(f->decimal == DecimalSeparator::Comma);
    CHECK(f->customerColumn == "Client");
    CHECK(fr.orders() == std::vector<std::string>{"Jeanne Dupont 1201 2024-05-02 8550", "Paul Martin 1203 2024-05-05 2400"});
    CHECK(fr.reasons(*f) == std::vector<std::string>{"3:3:excluded-status"});
}

TEST_CASE("preset fixture: Square transactions, walk-in share visible, refunds negative", "[preset][fixture]")
{
    Project p;
    auto r = p.import("square_transactions.csv", "square-transactions");
    REQUIRE(r);
    CHECK(p.orders() == std::vector<std::string>{"CUST9A tx0001 2024-03-01 800", "CUST7B tx0003 2024-03-02 1296",
                                                 "CUST7B tx0003 2024-03-04 -1296", "CUST9A tx0004 2024-03-05 102400"});
    CHECK(r->rowsMissingCustomer == 2);
    CHECK(r->missingCustomerShare() == Approx(2.0 / 6.0));
    CHECK(p.reasons(*r) == std::vector<std::string>{"3:34:missing-customer-id", "7:34:missing-customer-id"});
    checkBalance(*r);
}

TEST_CASE("preset fixture: UCI Online Retail, invoice lines summed, C invoices negative", "[preset][fixture]")
{
    Project p;
    auto r = p.import("uci_online_retail.csv", "uci-online-retail");
    REQUIRE(r);
    CHECK(r->dateOrder == DateOrder::MonthFirst);
    CHECK(p.orders() == std::vector<std::string>{"17850 536365 2010-12-01 5764", "17850 536366 2010-12-01 2220",
                                                 "14527 C536379 2010-12-01 -2750", "12583 536600 2010-12-13 3300"});
    CHECK(r->rowsImported == 8);
    CHECK(r->rowsMissingCustomer == 3);
    CHECK(r->ordersImported == 4);
    CHECK(r->refundsImported == 1);
    CHECK(p.reasons(*r) == std::vector<std::string>{"8:7:missing-customer-id", "9:7:missing-customer-id",
                                                    "10:0:missing-customer-id"});
    checkBalance(*r);
}

TEST_CASE("preset fixture: UCI Online Retail II, renamed columns and a bad price", "[preset][fixture]")
{
    Project p;
    auto r = p.import("uci_online_retail_ii.csv", "uci-online-retail-ii");
    REQUIRE(r);
    CHECK(p.orders() == std::vector<std::string>{"13085 489434 2009-12-01 16440", "13085 489435 2009-12-01 3060",
                                                 "16321 C489449 2009-12-01 -3540"});
    CHECK(p.reasons(*r) == std::vector<std::string>{"6:7:missing-customer-id", "7:6:bad-unit-price"});
    CHECK(r->issues[1].value == "2.1O");
    checkBalance(*r);
}

TEST_CASE("preset fixture: generic orders with quantity x unit price and statuses", "[preset][fixture]")
{
    Project p;
    auto r = p.import("generic_orders.csv", "generic-orders");
    REQUIRE(r);
    CHECK(p.orders() == std::vector<std::string>{"C1 A-1 2024-01-05 2550", "C2 A-2 2024-01-06 -1200",
                                                 "C2 A-5 2024-01-09 1500"});
    CHECK(p.reasons(*r) == std::vector<std::string>{"5:2:missing-customer-id", "6:4:excluded-status"});
    CHECK(r->amountColumn == "unit_price");
    checkBalance(*r);
}

TEST_CASE("preset fixture: subscriptions from Stripe and from a generic export", "[preset][fixture]")
{
    Project p;
    auto r = p.import("stripe_subscriptions.csv", "stripe-subscriptions");
    REQUIRE(r);
    CHECK(r->kind == "subscriptions");
    CHECK(r->rowsImported == 3);
    CHECK(p.reasons(*r) == std::vector<std::string>{"4:5:excluded-status", "6:16:cancel-before-start",
                                                    "7:2:missing-customer-id"});
    checkBalance(*r);
    auto stmt = p.db.prepare("SELECT c.external_id, s.source_id, s.plan, s.price_cents, s.start_day, "
                             "coalesce(s.cancel_day, -1) FROM subscriptions s JOIN customers c ON c.id = s.customer_id "
                             "ORDER BY s.id");
    REQUIRE(stmt);
    std::vector<std::string> rows;
    while (*stmt->step())
        rows.push_back(stmt->columnText(0) + " " + stmt->columnText(1) + " " + stmt->columnText(2) + " "
                       + std::to_string(stmt->columnInt(3)) + " " + Date{static_cast<int>(stmt->columnInt(4))}.toIso()
                       + " " + (stmt->columnInt(5) < 0 ? "-" : Date{static_cast<int>(stmt->columnInt(5))}.toIso()));
    CHECK(rows == std::vector<std::string>{"cus_PQa1 sub_1Ox1 month 2900 2024-01-15 -",
                                           "cus_PQb2 sub_1Ox2 month 2900 2024-02-01 2024-05-01",
                                           "dana@example.com sub_1Ox4 year 9900 2024-03-10 -"});
    auto again = p.import("stripe_subscriptions.csv", "stripe-subscriptions");
    REQUIRE(again);
    CHECK(again->rowsSkipped == 3);
    CHECK(again->importId == 0);

    Project g;
    auto s = importSubscriptionsCsv(g.db, exportFile("generic_subscriptions.csv"), ImportOptions{});
    REQUIRE(s);
    CHECK(s->preset == "generic-subscriptions");
    CHECK(s->rowsImported == 3);
    CHECK(g.reasons(*s) == std::vector<std::string>{"5:6:bad-date"});
    CHECK(*g.db.queryInt("SELECT sum(price_cents) FROM subscriptions") == 999 + 1999 + 1999);
    CHECK(*g.db.queryInt("SELECT count(*) FROM subscriptions WHERE cancel_day IS NOT NULL") == 1);
}

TEST_CASE("preset fixture: a subscriptions preset refuses an orders file with the missing columns", "[preset][fixture]")
{
    Project p;
    auto r = p.import("shopify_orders.csv", "stripe-subscriptions");
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ErrorCode::Parse);
    CHECK(r.error().line == 1);
    CHECK(r.error().detail.find("start-date") != std::string::npos);
    auto unknown = p.import("shopify_orders.csv", "no-such-preset");
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().code == ErrorCode::InvalidArgument);
    CHECK(*p.db.queryInt("SELECT count(*) FROM imports") == 0);
}
