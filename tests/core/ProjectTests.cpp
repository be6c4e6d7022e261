// SPDX-License-Identifier: MIT
#include "TestSupport.h"

#include "core/storage/Project.h"

#include <catch2/catch.hpp>

using namespace clv;

TEST_CASE("project: a new file gets application id, schema version and STRICT tables", "[project]")
{
    test::TempDir dir;
    const auto path = dir.file("new.clvw");
    {
        auto db = project::open(path, Database::OpenMode::CreateIfMissing);
        REQUIRE(db);
        CHECK(*db->queryInt("PRAGMA application_id") == project::kApplicationId);
        CHECK(*db->queryInt("PRAGMA user_version") == project::kSchemaVersion);
        CHECK(*db->queryInt("PRAGMA foreign_keys") == 1);
        CHECK(*db->queryInt("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND sql LIKE '%STRICT'") == 5);
        // STRICT: text in an INTEGER column is refused.
        CHECK_FALSE(db->exec("INSERT INTO customers(id, external_id) VALUES ('abc', 'x')"));
        // Foreign keys: an order for a customer that does not exist is refused.
        CHECK_FALSE(db->exec("INSERT INTO orders(customer_id, import_id, source_line, order_day, amount_cents) "
                             "VALUES (99, 99, 1, 0, 100)"));
    }
    auto again = project::open(path);
    REQUIRE(again);
    CHECK(*again->queryInt("PRAGMA foreign_keys") == 1);  // set at every open
    auto counts = project::counts(*again);
    REQUIRE(counts);
    CHECK(counts->customers == 0);
}

TEST_CASE("project: missing, foreign, non-SQLite and newer files are refused with a clear code", "[project]")
{
    test::TempDir dir;
    SECTION("missing")
    {
        auto db = project::open(dir.file("nope.clvw"));
        REQUIRE_FALSE(db);
        CHECK(db.error().code == ErrorCode::FileNotFound);
        CHECK(db.error().file == dir.file("nope.clvw"));
    }
    SECTION("not SQLite")
    {
        const auto path = dir.write("orders.csv", "customer_id,order_date,amount\nA,2024-01-01,5\n");
        auto db = project::open(path);
        REQUIRE_FALSE(db);
        CHECK(db.error().code == ErrorCode::NotAProject);
    }
    SECTION("another application's SQLite file")
    {
        const auto path = dir.file("other.sqlite");
        {
            auto raw = Database::openRaw(path, Database::OpenMode::CreateIfMissing);
            REQUIRE(raw);
            REQUIRE(raw->exec("CREATE TABLE t(x); PRAGMA application_id = 1234;"));
        }
        auto db = project::open(path);
        REQUIRE_FALSE(db);
        CHECK(db.error().code == ErrorCode::NotAProject);
        // Nothing was added to the foreign file.
        auto raw = Database::openRaw(path, Database::OpenMode::ReadOnly);
        CHECK(*raw->queryInt("SELECT count(*) FROM sqlite_schema") == 1);
    }
    SECTION("written by a newer version")
    {
        const auto path = dir.file("newer.clvw");
        REQUIRE(project::open(path, Database::OpenMode::CreateIfMissing));
        {
            auto raw = Database::openRaw(path, Database::OpenMode::OpenExisting);
            REQUIRE(raw->exec("PRAGMA user_version = " + std::to_string(project::kSchemaVersion + 1)));
        }
        auto db = project::open(path);
        REQUIRE_FALSE(db);
        CHECK(db.error().code == ErrorCode::SchemaTooNew);
    }
}

TEST_CASE("project: a rolled-back transaction leaves no trace", "[project]")
{
    test::TempDir dir;
    auto db = project::open(dir.file("tx.clvw"), Database::OpenMode::CreateIfMissing);
    REQUIRE(db);
    {
        auto tx = Transaction::begin(*db);
        REQUIRE(tx);
        REQUIRE(db->exec("INSERT INTO customers(external_id) VALUES ('A')"));
    }  // no commit
    CHECK(*db->queryInt("SELECT count(*) FROM customers") == 0);
    {
        auto tx = Transaction::begin(*db);
        REQUIRE(db->exec("INSERT INTO customers(external_id) VALUES ('B')"));
        REQUIRE(tx->commit());
    }
    CHECK(*db->queryInt("SELECT count(*) FROM customers") == 1);
}

TEST_CASE("project: settings round trip and a version-1 file is migrated on open", "[project]")
{
    test::TempDir dir;
    const auto path = dir.file("v1.clvw");
    {
        // A version-1 project as the first release wrote it: no settings table yet.
        auto raw = Database::openRaw(path, Database::OpenMode::CreateIfMissing);
        REQUIRE(raw);
        REQUIRE(raw->exec("CREATE TABLE customers(id INTEGER PRIMARY KEY, external_id TEXT NOT NULL UNIQUE) STRICT;"
                          "INSERT INTO customers(external_id) VALUES ('kept');"
                          "PRAGMA application_id = " + std::to_string(project::kApplicationId) + ";"
                          "PRAGMA user_version = 1;"));
    }
    auto db = project::open(path);
    REQUIRE(db);
    CHECK(*db->queryInt("PRAGMA user_version") == project::kSchemaVersion);
    CHECK(*db->queryInt("SELECT count(*) FROM customers") == 1);
    auto missing = project::readSetting(*db, "rfm/grid");
    REQUIRE(missing);
    CHECK_FALSE(missing->has_value());
    REQUIRE(project::writeSetting(*db, "rfm/grid", "{\"a\":1}"));
    REQUIRE(project::writeSetting(*db, "rfm/grid", "{\"a\":2}"));
    CHECK(project::readSetting(*db, "rfm/grid")->value() == "{\"a\":2}");
}
