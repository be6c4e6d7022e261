// SPDX-License-Identifier: MIT
#include "TestSupport.h"

#include "core/storage/Project.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

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
        CHECK(*db->queryInt("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND sql LIKE '%STRICT'") == 7);  // + scenarios (v4), model_results (v5)
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

TEST_CASE("project: every open uses a rollback journal with synchronous=FULL, even on a file left in WAL mode",
          "[project]")
{
    test::TempDir dir;
    const auto path = dir.file("journal.clvw");
    REQUIRE(project::open(path, Database::OpenMode::CreateIfMissing));
    {
        auto raw = Database::openRaw(path, Database::OpenMode::OpenExisting);
        REQUIRE(raw);
        REQUIRE(raw->exec("PRAGMA journal_mode = WAL"));
        auto mode = raw->prepare("PRAGMA journal_mode");
        REQUIRE(mode->step());
        CHECK(mode->columnText(0) == "wal");
    }
    auto db = project::open(path);
    REQUIRE(db);
    auto mode = db->prepare("PRAGMA journal_mode");
    REQUIRE(mode);
    REQUIRE(*mode->step());
    CHECK(mode->columnText(0) == "delete");
    CHECK(*db->queryInt("PRAGMA synchronous") == 2);  // FULL
    CHECK(*db->queryInt("PRAGMA foreign_keys") == 1);
    CHECK_FALSE(std::filesystem::exists(path + "-wal"));
}

namespace {

std::string customerList(Database& db)
{
    std::string out;
    auto stmt = db.prepare("SELECT external_id FROM customers ORDER BY id");
    while (stmt && *stmt->step())
        out += stmt->columnText(0) + ';';
    return out;
}

}  // namespace

TEST_CASE("project: save a copy writes a whole, checked project with committed data only", "[project][copy]")
{
    test::TempDir dir;
    const auto path = dir.file("source.clvw");
    auto db = project::open(path, Database::OpenMode::CreateIfMissing);
    REQUIRE(db);
    REQUIRE(db->exec("INSERT INTO customers(external_id) VALUES ('A'), ('B'), ('C')"));
    REQUIRE(project::writeSetting(*db, "rfm/grid", "{\"a\":1}"));

    SECTION("the copy opens as a project and holds the same data")
    {
        const auto copy = dir.file("copy.clvw");
        REQUIRE(project::saveCopy(*db, copy));
        auto opened = project::open(copy);
        REQUIRE(opened);
        CHECK(customerList(*opened) == "A;B;C;");
        CHECK(project::readSetting(*opened, "rfm/grid")->value() == "{\"a\":1}");
        CHECK(*opened->queryInt("PRAGMA application_id") == project::kApplicationId);
        CHECK(*opened->queryInt("PRAGMA user_version") == project::kSchemaVersion);
        // The source is still open and writable.
        CHECK(db->exec("INSERT INTO customers(external_id) VALUES ('D')"));
        CHECK(customerList(*opened) == "A;B;C;");
        CHECK(std::distance(std::filesystem::directory_iterator(dir.file("")), {}) == 2);  // no leftovers
    }
    SECTION("a transaction still open on another connection is not in the copy")
    {
        auto writer = project::open(path);
        REQUIRE(writer);
        auto tx = Transaction::begin(*writer);
        REQUIRE(tx);
        REQUIRE(writer->exec("INSERT INTO customers(external_id) VALUES ('uncommitted')"));
        const auto copy = dir.file("copy.clvw");
        REQUIRE(project::saveCopy(*db, copy));
        auto opened = project::open(copy);
        REQUIRE(opened);
        CHECK(customerList(*opened) == "A;B;C;");
    }
    SECTION("an existing destination is replaced by the whole copy")
    {
        const auto copy = dir.write("copy.clvw", "an old file that is not a project");
        REQUIRE(project::saveCopy(*db, copy));
        auto opened = project::open(copy);
        REQUIRE(opened);
        CHECK(customerList(*opened) == "A;B;C;");
    }
    SECTION("refused inside a transaction, onto the project itself, or into a missing folder")
    {
        {
            auto tx = Transaction::begin(*db);
            REQUIRE(tx);
            auto r = project::saveCopy(*db, dir.file("copy.clvw"));
            REQUIRE_FALSE(r);
            CHECK(r.error().code == ErrorCode::InvalidArgument);
        }
        auto self = project::saveCopy(*db, path);
        REQUIRE_FALSE(self);
        CHECK(self.error().code == ErrorCode::InvalidArgument);
        auto missing = project::saveCopy(*db, dir.file("no/such/folder/copy.clvw"));
        REQUIRE_FALSE(missing);
        CHECK(missing.error().code == ErrorCode::FileWrite);
        CHECK(customerList(*db) == "A;B;C;");
        CHECK(std::distance(std::filesystem::directory_iterator(dir.file("")), {}) == 1);
    }
}

TEST_CASE("project: verify reports integrity and foreign key problems", "[project]")
{
    test::TempDir dir;
    const auto path = dir.file("verify.clvw");
    {
        auto db = project::open(path, Database::OpenMode::CreateIfMissing);
        REQUIRE(db);
        auto problems = project::verify(*db);
        REQUIRE(problems);
        CHECK(problems->empty());
    }
    {
        // An order whose customer does not exist, written by a connection without foreign key enforcement.
        auto raw = Database::openRaw(path, Database::OpenMode::OpenExisting);
        REQUIRE(raw);
        REQUIRE(raw->exec("INSERT INTO imports(file_name, fingerprint, imported_at, kind) VALUES ('f', 'x', 't', 'orders');"
                          "INSERT INTO orders(customer_id, import_id, source_line, order_day, amount_cents) "
                          "VALUES (42, 1, 2, 0, 100)"));
    }
    auto db = project::open(path);
    REQUIRE(db);
    auto problems = project::verify(*db);
    REQUIRE(problems);
    REQUIRE(problems->size() == 1);
    CHECK(problems->front().find("orders") != std::string::npos);
    CHECK(problems->front().find("customers") != std::string::npos);
}

TEST_CASE("project: a damaged or truncated file is refused as Corrupt on open, never half-read", "[project]")
{
    test::TempDir dir;
    const auto path = dir.file("damaged.clvw");
    {
        auto db = project::open(path, Database::OpenMode::CreateIfMissing);
        REQUIRE(db);
        auto tx = Transaction::begin(*db);
        REQUIRE(tx);
        auto insert = db->prepare("INSERT INTO customers(external_id) VALUES (?)");
        REQUIRE(insert);
        for (int i = 0; i < 20000; ++i)
            REQUIRE(insert->bind(1, std::string_view("customer-" + std::to_string(i))).run());
        REQUIRE(tx->commit());
    }
    const auto pageSize = static_cast<std::size_t>(*Database::openRaw(path, Database::OpenMode::ReadOnly)->queryInt("PRAGMA page_size"));
    std::string bytes;
    {
        std::ifstream in(path, std::ios::binary);
        bytes.assign(std::istreambuf_iterator<char>(in), {});
    }
    REQUIRE(bytes.size() > 20 * pageSize);

    SECTION("garbage over pages in the middle")
    {
        for (std::size_t i = 10 * pageSize; i < 12 * pageSize; ++i)
            bytes[i] = static_cast<char>(0xA5 ^ (i * 31));
    }
    SECTION("cut in half, as by a failed copy")
    {
        bytes.resize(bytes.size() / 2 / pageSize * pageSize);
    }
    std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
    auto db = project::open(path);
    REQUIRE_FALSE(db);
    INFO(db.error().toString());
    CHECK(db.error().code == ErrorCode::Corrupt);
    // The deferred check (run by the GUI on a second thread while it reads) finds the same damage.
    auto checked = project::quickCheck(path);
    REQUIRE_FALSE(checked);
    CHECK(checked.error().code == ErrorCode::Corrupt);
}
