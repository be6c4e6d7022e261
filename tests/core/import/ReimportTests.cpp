// SPDX-License-Identifier: MIT
#include "TestSupport.h"

#include "core/import/ImportLog.h"
#include "core/import/OrderImporter.h"
#include "core/storage/Project.h"

#include <catch2/catch.hpp>

using namespace clv;

namespace {

Database newProject(const test::TempDir& dir, const std::string& name = "p.clvw")
{
    auto db = project::open(dir.file(name), Database::OpenMode::CreateIfMissing);
    REQUIRE(db);
    return std::move(*db);
}

std::int64_t count(Database& db, const char* table)
{
    return *db.queryInt(std::string("SELECT count(*) FROM ") + table);
}

}  // namespace

TEST_CASE("re-importing the same file adds nothing and counts the skipped rows", "[reimport]")
{
    test::TempDir dir;
    auto db = newProject(dir);
    // Two identical line items of one order, and two same-amount orders of B on one day without an order id.
    const auto csv = dir.write("o.csv", "order_id,customer_id,order_date,amount\n"
                                        "1,A,2024-01-01,10.00\n1,A,2024-01-01,10.00\n2,A,2024-01-05,5.00\n"
                                        ",B,2024-01-02,7.00\n,B,2024-01-02,7.00\n");
    auto first = importOrdersCsv(db, csv);
    REQUIRE(first);
    CHECK(first->rowsImported == 5);
    CHECK(first->rowsSkipped == 0);
    CHECK(first->previousImportId == 0);
    auto again = importOrdersCsv(db, csv);
    REQUIRE(again);
    CHECK(again->rowsImported == 0);
    CHECK(again->rowsSkipped == 5);
    CHECK(again->importId == 0);  // nothing new: no log entry
    CHECK(again->previousImportId == first->importId);
    CHECK(count(db, "orders") == 5);
    CHECK(count(db, "imports") == 1);
}

TEST_CASE("an overlapping later export adds only the new rows", "[reimport]")
{
    test::TempDir dir;
    auto db = newProject(dir);
    REQUIRE(importOrdersCsv(db, dir.write("jan.csv", "order_id,customer_id,order_date,amount\n"
                                                     "1,A,2024-01-01,10\n2,B,2024-01-20,20\n3,A,2024-01-31,30\n")));
    // The February export overlaps January's last order, is semicolon separated and uses another header.
    auto feb = importOrdersCsv(db, dir.write("feb.csv", "Order ID;Customer ID;Created At;Total\n"
                                                        "3;A;2024-01-31;30,00\n4;C;2024-02-02;40,00\n5;B;2024-02-10;1,50\n"));
    REQUIRE(feb);
    CHECK(feb->rowsImported == 2);
    CHECK(feb->rowsSkipped == 1);
    CHECK(feb->newCustomers == 1);
    CHECK(*db.queryInt("SELECT sum(amount_cents) FROM orders") == 1000 + 2000 + 3000 + 4000 + 150);
    CHECK(*db.queryInt("SELECT rows_skipped FROM imports WHERE id = " + std::to_string(feb->importId)) == 1);
    // A file with one more identical line than before adds exactly that line.
    REQUIRE(importOrdersCsv(db, dir.write("x1.csv", "customer_id,order_date,amount\nD,2024-03-01,9\n")));
    auto x2 = importOrdersCsv(db, dir.write("x2.csv", "customer_id,order_date,amount\nD,2024-03-01,9\nD,2024-03-01,9\n"));
    REQUIRE(x2);
    CHECK(x2->rowsImported == 1);
    CHECK(x2->rowsSkipped == 1);
}

TEST_CASE("the import log lists every import and an import can be undone as a whole", "[reimport]")
{
    test::TempDir dir;
    auto db = newProject(dir);
    ImportOptions options;
    options.preset = "generic-orders";
    auto a = importOrdersCsv(db, dir.write("a.csv", "customer_id,order_date,amount\nA,2024-01-01,1\nB,2024-01-02,2\n"), options);
    auto b = importOrdersCsv(db, dir.write("b.csv", "customer_id,order_date,amount\nB,2024-02-01,3\nC,2024-02-02,4\n"
                                                    "C,never,5\n"));
    REQUIRE(a);
    REQUIRE(b);
    auto log = listImports(db);
    REQUIRE(log);
    REQUIRE(log->size() == 2);
    CHECK((*log)[0].fileName == "a.csv");
    CHECK((*log)[0].preset == "generic-orders");
    CHECK((*log)[0].fingerprint == a->fingerprint);
    CHECK((*log)[0].importedAt.size() == 20);
    CHECK((*log)[1].rowsRead == 3);
    CHECK((*log)[1].rowsImported == 2);
    CHECK((*log)[1].rowsRejected == 1);
    CHECK((*log)[1].ordersStored == 2);

    auto undo = undoImport(db, b->importId);
    REQUIRE(undo);
    CHECK(undo->ordersRemoved == 2);
    CHECK(undo->customersRemoved == 1);  // C; B keeps its order from a.csv
    CHECK(count(db, "orders") == 2);
    CHECK(count(db, "customers") == 2);
    CHECK(count(db, "imports") == 1);
    auto missing = undoImport(db, 999);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::InvalidArgument);

    // After an undo the same file can be imported again in full.
    auto redo = importOrdersCsv(db, dir.file("b.csv"));
    REQUIRE(redo);
    CHECK(redo->rowsImported == 2);
    CHECK(redo->rowsSkipped == 0);
}

TEST_CASE("undoing an import that later imports relied on names them", "[reimport]")
{
    test::TempDir dir;
    auto db = newProject(dir);
    auto a = importOrdersCsv(db, dir.write("a.csv", "customer_id,order_date,amount\nA,2024-01-01,1\n"));
    auto b = importOrdersCsv(db, dir.write("b.csv", "customer_id,order_date,amount\nA,2024-01-01,1\nA,2024-01-02,2\n"));
    REQUIRE(a);
    REQUIRE(b);
    CHECK(b->rowsSkipped == 1);
    auto undo = undoImport(db, a->importId);
    REQUIRE(undo);
    CHECK(undo->laterImportsWithSkips == std::vector<std::int64_t>{b->importId});
    CHECK(count(db, "customers") == 1);  // A still has the order from b.csv
    auto again = importOrdersCsv(db, dir.file("b.csv"));
    REQUIRE(again);
    CHECK(again->rowsImported == 1);
    CHECK(count(db, "orders") == 2);
}

TEST_CASE("a version-2 project with the same file imported twice migrates without losing a row", "[reimport]")
{
    test::TempDir dir;
    const auto path = dir.file("v2.clvw");
    {
        auto db = project::open(path, Database::OpenMode::CreateIfMissing);
        REQUIRE(db);
        // Build the version-2 state by hand: undo v3 and store a duplicate pair as version 2 allowed.
        REQUIRE(db->exec("DROP INDEX orders_natural_key; CREATE INDEX orders_by_customer ON orders(customer_id, order_day);"
                         "ALTER TABLE orders DROP COLUMN source_seq;"
                         "INSERT INTO customers(id, external_id) VALUES (1, 'A');"
                         "INSERT INTO imports(id, file_name, fingerprint, imported_at, kind) VALUES "
                         "(1, 'a.csv', 'f', 't', 'orders'), (2, 'a.csv', 'f', 't', 'orders');"
                         "INSERT INTO orders(customer_id, import_id, source_order, source_line, order_day, amount_cents) VALUES "
                         "(1, 1, NULL, 2, 19000, 500), (1, 2, NULL, 2, 19000, 500);"
                         "PRAGMA user_version = 2;"));
    }
    auto db = project::open(path);
    REQUIRE(db);
    CHECK(*db->queryInt("PRAGMA user_version") == project::kSchemaVersion);
    CHECK(count(*db, "orders") == 2);
    CHECK(*db->queryInt("SELECT max(source_seq) FROM orders") == 2);
}

TEST_CASE("a first import numbers repeats the same way in date order and out of order, and rebuilds the indexes",
          "[reimport]")
{
    test::TempDir dir;
    // Date order: repeats on one day are counted while the day lasts.
    auto sorted = newProject(dir, "sorted.clvw");
    const auto inOrder = dir.write("sorted.csv", "customer_id,order_date,amount\n"
                                                 "A,2024-01-01,10\nA,2024-01-01,10\nB,2024-01-01,10\n"
                                                 "A,2024-01-02,10\nA,2024-01-02,10\nA,2024-01-02,10\n");
    auto first = importOrdersCsv(sorted, inOrder);
    REQUIRE(first);
    CHECK(first->rowsImported == 6);
    CHECK(first->newCustomers == 2);
    CHECK(*sorted.queryInt("SELECT group_concat(source_seq, '') FROM (SELECT source_seq FROM orders ORDER BY id)")
          == 121123);
    CHECK(*sorted.queryInt("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name = "
                           "'orders_natural_key'") == 1);
    CHECK(*sorted.queryInt("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name = 'orders_by_import'")
          == 0);  // dropped in schema 6
    // Out of order (the day goes back): numbered in SQL before the indexes are built; a re-import adds nothing.
    auto unsorted = newProject(dir, "unsorted.clvw");
    const auto outOfOrder = dir.write("unsorted.csv", "customer_id,order_date,amount\n"
                                                      "A,2024-01-02,10\nA,2024-01-01,10\nA,2024-01-02,10\n"
                                                      "A,2024-01-01,10\nA,2024-01-02,10\n");
    auto firstUnsorted = importOrdersCsv(unsorted, outOfOrder);
    REQUIRE(firstUnsorted);
    CHECK(firstUnsorted->rowsImported == 5);
    CHECK(*unsorted.queryInt("SELECT group_concat(source_seq, '') FROM (SELECT source_seq FROM orders ORDER BY id)")
          == 11223);
    auto again = importOrdersCsv(unsorted, outOfOrder);
    REQUIRE(again);
    CHECK(again->rowsImported == 0);
    CHECK(again->rowsSkipped == 5);
    const auto more = dir.write("more.csv", "customer_id,order_date,amount\nA,2024-01-02,10\nA,2024-01-02,10\n"
                                            "A,2024-01-02,10\nA,2024-01-02,10\n");
    auto overlap = importOrdersCsv(unsorted, more);
    REQUIRE(overlap);
    CHECK(overlap->rowsSkipped == 3);
    CHECK(overlap->rowsImported == 1);
    CHECK(count(unsorted, "orders") == 6);
}

TEST_CASE("reimport: a preset import numbers repeats per day in date order and in SQL otherwise", "[import][reimport]")
{
    test::TempDir dir;
    ImportOptions preset;
    preset.preset = "generic-orders";
    for (const bool inOrder : {true, false}) {
        INFO(std::string(inOrder ? "file in date order" : "file out of date order"));
        auto db = newProject(dir, inOrder ? "preset-sorted.clvw" : "preset-unsorted.clvw");
        const auto csv = dir.write(inOrder ? "preset-sorted.csv" : "preset-unsorted.csv",
                                   inOrder ? "customer_id,order_date,amount\nA,2024-01-01,10\nA,2024-01-01,10\n"
                                             "B,2024-01-01,10\nA,2024-01-02,10\nA,2024-01-02,10\nA,2024-01-02,10\n"
                                           : "customer_id,order_date,amount\nA,2024-01-02,10\nA,2024-01-01,10\n"
                                             "A,2024-01-02,10\nA,2024-01-01,10\nA,2024-01-02,10\n");
        auto first = importOrdersCsv(db, csv, preset);
        REQUIRE(first);
        CHECK(*db.queryInt("SELECT group_concat(source_seq, '') FROM (SELECT source_seq FROM orders ORDER BY id)")
              == (inOrder ? 121123 : 11223));
        // The natural-key index is back after the bulk load: the same file again adds nothing.
        CHECK(*db.queryInt("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name = 'orders_natural_key'")
              == 1);
        CHECK(*db.queryInt("PRAGMA foreign_keys") == 1);
        auto again = importOrdersCsv(db, csv, preset);
        REQUIRE(again);
        CHECK(again->rowsImported == 0);
        CHECK(again->rowsSkipped == (inOrder ? 6 : 5));
        CHECK(*db.queryInt("SELECT count(*) FROM pragma_integrity_check WHERE integrity_check <> 'ok'") == 0);
    }
}
