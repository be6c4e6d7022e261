// SPDX-License-Identifier: MIT
// One fixture per quirk of real exports (tests/data/import), imported end to end into a fresh project.
#include "TestSupport.h"

#include "core/import/OrderImporter.h"
#include "core/storage/Project.h"

#include <catch2/catch.hpp>

using namespace clv;

namespace {

std::string fixture(const std::string& name) { return std::string(CLV_TEST_DATA_DIR) + "/import/" + name; }

struct Fixture {
    test::TempDir dir;
    Database db;
    Fixture() : db(open(dir)) {}
    static Database open(const test::TempDir& d)
    {
        auto db = project::open(d.file("p.clvw"), Database::OpenMode::CreateIfMissing);
        REQUIRE(db);
        return std::move(*db);
    }
    std::int64_t sum() { return *db.queryInt("SELECT coalesce(sum(amount_cents), 0) FROM orders"); }
    std::string dates()
    {
        auto stmt = db.prepare("SELECT order_day FROM orders ORDER BY id");
        std::string out;
        while (*stmt->step())
            out += (out.empty() ? "" : " ") + Date{static_cast<int>(stmt->columnInt(0))}.toIso();
        return out;
    }
    std::string customers()
    {
        auto stmt = db.prepare("SELECT external_id FROM customers ORDER BY id");
        std::string out;
        while (*stmt->step())
            out += (out.empty() ? "" : "|") + stmt->columnText(0);
        return out;
    }
};

}  // namespace

TEST_CASE("fixture: UTF-8 byte order mark", "[fixture]")
{
    Fixture f;
    auto r = importOrdersCsv(f.db, fixture("bom_utf8.csv"));
    REQUIRE(r);
    CHECK(r->encoding == "UTF-8 (BOM)");
    CHECK(r->customerColumn == "customer_id");
    CHECK(r->rowsImported == 2);
}

TEST_CASE("fixture: semicolons and decimal comma", "[fixture]")
{
    Fixture f;
    auto r = importOrdersCsv(f.db, fixture("semicolon_decimal_comma.csv"));
    REQUIRE(r);
    CHECK(r->delimiter == ';');
    CHECK(r->decimal == DecimalSeparator::Comma);
    CHECK(r->rowsImported == 3);
    CHECK(f.sum() == 123450 + 1200 - 325);
}

TEST_CASE("fixture: CRLF line ends and multi-line quoted notes", "[fixture]")
{
    Fixture f;
    auto crlf = importOrdersCsv(f.db, fixture("crlf.csv"));
    REQUIRE(crlf);
    CHECK(crlf->rowsImported == 3);
    CHECK(f.customers() == "A|B|C");
    auto notes = importOrdersCsv(f.db, fixture("multiline_notes.csv"));
    REQUIRE(notes);
    CHECK(notes->rowsImported == 3);
    CHECK(notes->orderIdColumn == "order_id");
    CHECK(*f.db.queryInt("SELECT source_line FROM orders WHERE source_order = '1003'") == 6);
}

TEST_CASE("fixture: day-first, month-first and ambiguous dates", "[fixture]")
{
    Fixture f;
    auto dayFirst = importOrdersCsv(f.db, fixture("day_first.csv"));
    REQUIRE(dayFirst);
    CHECK(dayFirst->dateOrder == DateOrder::DayFirst);
    CHECK(f.dates() == "2024-01-31 2024-02-05 2024-03-13");

    Fixture g;
    auto monthFirst = importOrdersCsv(g.db, fixture("month_first.csv"));
    REQUIRE(monthFirst);
    CHECK(monthFirst->dateOrder == DateOrder::MonthFirst);
    CHECK(g.dates() == "2024-01-31 2024-02-05");

    Fixture h;
    auto ambiguous = importOrdersCsv(h.db, fixture("ambiguous_dates.csv"));
    REQUIRE_FALSE(ambiguous);
    CHECK(ambiguous.error().code == ErrorCode::Parse);
    CHECK(ambiguous.error().detail.rfind("ambiguous-date-order", 0) == 0);
    CHECK(ambiguous.error().line == 2);
    CHECK(ambiguous.error().column == 2);
    CHECK(*h.db.queryInt("SELECT count(*) FROM imports") == 0);
    auto profile = profileOrdersCsv(fixture("ambiguous_dates.csv"));
    REQUIRE(profile);
    CHECK(profile->dateVerdict == DateOrderVerdict::Ambiguous);
    ImportOptions options;
    options.dateOrder = DateOrder::DayFirst;
    auto decided = importOrdersCsv(h.db, fixture("ambiguous_dates.csv"), options);
    REQUIRE(decided);
    CHECK(h.dates() == "2024-02-01 2024-04-03");
}

TEST_CASE("fixture: ragged rows are reported, not dropped", "[fixture]")
{
    Fixture f;
    auto r = importOrdersCsv(f.db, fixture("ragged.csv"));
    REQUIRE(r);
    CHECK(r->rowsImported == 2);
    REQUIRE(r->issues.size() == 2);
    CHECK(r->issues[0].line == 3);
    CHECK(r->issues[0].reason == "ragged-row");
    CHECK(r->issues[1].line == 4);
}

TEST_CASE("fixture: duplicate headers, empty and header-only files", "[fixture]")
{
    Fixture f;
    auto dup = importOrdersCsv(f.db, fixture("duplicate_headers.csv"));
    REQUIRE_FALSE(dup);
    CHECK(dup.error().code == ErrorCode::Parse);
    CHECK(dup.error().column == 4);
    ImportOptions options;
    options.columns.amount = 3;  // the user picks the second "amount"
    auto chosen = importOrdersCsv(f.db, fixture("duplicate_headers.csv"), options);
    REQUIRE(chosen);
    CHECK(f.sum() == 1100);
    auto empty = importOrdersCsv(f.db, fixture("empty.csv"));
    REQUIRE_FALSE(empty);
    CHECK(empty.error().code == ErrorCode::NoData);
    auto headerOnly = importOrdersCsv(f.db, fixture("header_only.csv"));
    REQUIRE_FALSE(headerOnly);
    CHECK(headerOnly.error().code == ErrorCode::NoData);
}

TEST_CASE("fixture: Chinese headers and values in UTF-8, UTF-16LE and UTF-16BE", "[fixture]")
{
    for (const char* name : {"chinese_utf8.csv", "utf16le_tab.csv", "utf16be.csv"}) {
        INFO(name);
        Fixture f;
        auto r = importOrdersCsv(f.db, fixture(name));
        REQUIRE(r);
        CHECK(r->rowsImported == 2);
        CHECK(r->customerColumn == "\xE5\xAE\xA2\xE6\x88\xB7ID");  // 客户ID
        CHECK(f.customers() == "\xE5\xBC\xA0\xE4\xBC\x9F|\xE6\x9D\x8E\xE5\xA8\x9C");  // 张伟|李娜
        CHECK(f.sum() == 128000 + 8850);
        CHECK(f.dates() == "2024-01-05 2024-02-03");
    }
    Fixture f;
    CHECK(importOrdersCsv(f.db, fixture("utf16le_tab.csv"))->encoding == "UTF-16LE");
    CHECK(importOrdersCsv(f.db, fixture("utf16be.csv"))->rowsSkipped == 2);
}

TEST_CASE("fixture: a GB18030 file is refused with line and column, not imported as garbage", "[fixture]")
{
    Fixture f;
    auto r = importOrdersCsv(f.db, fixture("gb18030.csv"));
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ErrorCode::Parse);
    CHECK(r.error().line == 1);
    CHECK(r.error().column == 1);
    CHECK(r.error().detail.find("invalid UTF-8") != std::string::npos);
    CHECK(*f.db.queryInt("SELECT count(*) FROM customers") == 0);

    // An unpaired UTF-16 surrogate on line 2 is reported there too.
    std::string bad("\xFF\xFE");
    for (char16_t unit : std::u16string(u"c,d,a\nx,2024-01-01,") + char16_t(0xD800) + u"\n") {
        bad += static_cast<char>(unit & 0xFF);
        bad += static_cast<char>(unit >> 8);
    }
    ImportOptions byIndex;
    byIndex.columns = ColumnMapping{0, 1, 2, -1};
    auto broken = importOrdersCsv(f.db, f.dir.write("bad16.csv", bad), byIndex);
    REQUIRE_FALSE(broken);
    CHECK(broken.error().line == 2);
    CHECK(broken.error().column == 3);
}

TEST_CASE("fixture: Shopify-like timestamps with the shop's UTC offset", "[fixture]")
{
    Fixture f;
    auto local = importOrdersCsv(f.db, fixture("shopify_offsets.csv"));
    REQUIRE(local);
    CHECK(local->customerColumn == "Email");
    CHECK(local->dateColumn == "Created at");
    CHECK(f.dates() == "2026-01-09 2026-01-09 2024-03-01");
    Fixture g;
    ImportOptions utc;
    utc.timeBasis = TimeBasis::Utc;
    REQUIRE(importOrdersCsv(g.db, fixture("shopify_offsets.csv"), utc));
    CHECK(g.dates() == "2026-01-09 2026-01-08 2024-03-01");
}

TEST_CASE("options: lines to skip, no header row and explicit columns", "[fixture]")
{
    Fixture f;
    const auto csv = f.dir.write("t.csv", "Report \"Q1\" generated 2024-04-01\n\nA|2024-01-01|5\nB|2024-01-02|6\n");
    ImportOptions options;
    options.skipLines = 2;
    options.hasHeader = false;
    options.delimiter = '|';
    options.columns = ColumnMapping{0, 1, 2, -1};
    auto r = importOrdersCsv(f.db, csv, options);
    REQUIRE(r);
    CHECK(r->rowsRead == 2);
    CHECK(r->rowsImported == 2);
    CHECK(r->customerColumn == "Column 1");
    CHECK(*f.db.queryInt("SELECT min(source_line) FROM orders") == 3);
    options.hasHeader = true;
    options.columns = {};
    auto noHeaderNames = importOrdersCsv(f.db, csv, options);
    REQUIRE_FALSE(noHeaderNames);
    CHECK(noHeaderNames.error().code == ErrorCode::Parse);
}
