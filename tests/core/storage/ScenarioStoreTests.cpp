// SPDX-License-Identifier: MIT
#include "core/storage/Project.h"
#include "core/storage/ScenarioStore.h"

#include "../TestSupport.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <string>

using namespace clv;

namespace {

ScenarioInputs oddInputs()
{
    ScenarioInputs in;
    in.retentionPoints = 2.0 / 3.0;            // not representable in decimal: must round-trip bit for bit
    in.frequencyPercent = -12.345678901234567;
    in.priceChangePercent = 7.1;
    in.grossMargin = 0.4321;
    in.monthlyDiscountRate = 0.0083333333333333332;
    in.horizonMonths = 36;
    in.cac = 41.99;
    return in;
}

void checkSame(const ScenarioInputs& a, const ScenarioInputs& b)
{
    CHECK(a.retentionPoints == b.retentionPoints);
    CHECK(a.frequencyPercent == b.frequencyPercent);
    CHECK(a.priceChangePercent == b.priceChangePercent);
    CHECK(a.grossMargin == b.grossMargin);
    CHECK(a.monthlyDiscountRate == b.monthlyDiscountRate);
    CHECK(a.horizonMonths == b.horizonMonths);
    CHECK(a.cac == b.cac);
}

}  // namespace

TEST_CASE("scenario store: save, list and load round-trip exactly", "[scenarios]")
{
    test::TempDir dir;
    auto db = project::open(dir.file("s.clvw"), Database::OpenMode::CreateIfMissing);
    REQUIRE(db);
    auto empty = scenarios::list(*db);
    REQUIRE(empty);
    CHECK(empty->empty());

    const ScenarioInputs in = oddInputs();
    REQUIRE(scenarios::save(*db, "Price up", in));
    ScenarioInputs other;
    other.retentionPoints = -5.0;
    REQUIRE(scenarios::save(*db, "A retention drop", other));

    auto all = scenarios::list(*db);
    REQUIRE(all);
    REQUIRE(all->size() == 2);
    CHECK((*all)[0].name == "A retention drop");  // ordered by name
    CHECK((*all)[1].name == "Price up");
    checkSame((*all)[1].inputs, in);
    CHECK((*all)[1].createdAt.size() == 20);  // 2026-01-31T12:00:00Z
    CHECK((*all)[1].createdAt.back() == 'Z');

    // A fresh connection sees the same values (they are in the file, not a cache).
    db = Database::openRaw(dir.file("x"), Database::OpenMode::CreateIfMissing).value();
    auto reopened = project::open(dir.file("s.clvw"));
    REQUIRE(reopened);
    auto loaded = scenarios::load(*reopened, "Price up");
    REQUIRE(loaded);
    REQUIRE(loaded->has_value());
    CHECK((*loaded)->name == "Price up");
    checkSame((*loaded)->inputs, in);

    auto missing = scenarios::load(*reopened, "nope");
    REQUIRE(missing);
    CHECK_FALSE(missing->has_value());
}

TEST_CASE("scenario store: save replaces by name, keeps createdAt; remove", "[scenarios]")
{
    test::TempDir dir;
    auto db = project::open(dir.file("s.clvw"), Database::OpenMode::CreateIfMissing);
    REQUIRE(db);
    ScenarioInputs first;
    first.priceChangePercent = 5.0;
    REQUIRE(scenarios::save(*db, "Plan", first));
    REQUIRE(db->exec("UPDATE scenarios SET created_at = '2020-01-01T00:00:00Z', updated_at = created_at"));
    ScenarioInputs second = oddInputs();
    REQUIRE(scenarios::save(*db, "Plan", second));

    auto all = scenarios::list(*db);
    REQUIRE(all);
    REQUIRE(all->size() == 1);
    checkSame((*all)[0].inputs, second);
    CHECK((*all)[0].createdAt == "2020-01-01T00:00:00Z");
    CHECK((*all)[0].updatedAt != "2020-01-01T00:00:00Z");

    auto removed = scenarios::remove(*db, "Plan");
    REQUIRE(removed);
    CHECK(*removed);
    auto again = scenarios::remove(*db, "Plan");
    REQUIRE(again);
    CHECK_FALSE(*again);
    CHECK(scenarios::list(*db)->empty());
}

TEST_CASE("scenario store: invalid names and inputs are refused", "[scenarios]")
{
    test::TempDir dir;
    auto db = project::open(dir.file("s.clvw"), Database::OpenMode::CreateIfMissing);
    REQUIRE(db);
    const ScenarioInputs ok;
    CHECK(scenarios::save(*db, "", ok).error().code == ErrorCode::InvalidArgument);
    CHECK(scenarios::save(*db, "  \t", ok).error().code == ErrorCode::InvalidArgument);
    CHECK(scenarios::save(*db, std::string(201, 'x'), ok).error().code == ErrorCode::InvalidArgument);
    ScenarioInputs bad;
    bad.horizonMonths = 0;
    CHECK(scenarios::save(*db, "bad", bad).error().detail == "horizonMonths");
    bad = ok;
    bad.grossMargin = 1.5;
    CHECK(scenarios::save(*db, "bad", bad).error().detail == "grossMargin");
    bad = ok;
    bad.cac = std::nan("");
    CHECK(scenarios::save(*db, "bad", bad).error().detail == "cac");
    bad = ok;
    bad.priceChangePercent = -100.0;
    CHECK(scenarios::save(*db, "bad", bad).error().detail == "priceChangePercent");
    CHECK(scenarios::list(*db)->empty());
    // Unicode names are kept as given.
    REQUIRE(scenarios::save(*db, "价格 +5 % — Q3", ok));
    CHECK(scenarios::load(*db, "价格 +5 % — Q3")->has_value());
}

TEST_CASE("scenario store: a version-3 project is migrated forward with its data", "[scenarios][project]")
{
    test::TempDir dir;
    const auto path = dir.file("v3.clvw");
    {
        // A version-3 file: today's schema without the scenarios table, user_version 3.
        auto db = project::open(path, Database::OpenMode::CreateIfMissing);
        REQUIRE(db);
        REQUIRE(db->exec("INSERT INTO customers(external_id) VALUES ('kept');"
                         "DROP TABLE scenarios; PRAGMA user_version = 3;"));
        REQUIRE(project::writeSetting(*db, "rfm/grid", "{\"a\":1}"));
    }
    {
        auto raw = Database::openRaw(path, Database::OpenMode::OpenExisting);
        REQUIRE(raw);
        CHECK(*raw->queryInt("PRAGMA user_version") == 3);
        CHECK(*raw->queryInt("SELECT count(*) FROM sqlite_schema WHERE name = 'scenarios'") == 0);
    }
    auto db = project::open(path);
    REQUIRE(db);
    CHECK(*db->queryInt("PRAGMA user_version") == project::kSchemaVersion);
    CHECK(*db->queryInt("SELECT count(*) FROM customers") == 1);
    CHECK(*project::readSetting(*db, "rfm/grid") == std::optional<std::string>("{\"a\":1}"));
    auto all = scenarios::list(*db);
    REQUIRE(all);
    CHECK(all->empty());
    REQUIRE(scenarios::save(*db, "after migration", oddInputs()));
    checkSame((*scenarios::load(*db, "after migration"))->inputs, oddInputs());
    // Opening again does not migrate twice.
    db = Database::openRaw(dir.file("other"), Database::OpenMode::CreateIfMissing).value();
    auto again = project::open(path);
    REQUIRE(again);
    CHECK(scenarios::list(*again)->size() == 1);
}
