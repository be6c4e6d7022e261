// SPDX-License-Identifier: MIT
// Legacy encodings chosen by the user: decoded strictly through iconv, Chinese and Japanese text survives, and an
// invalid byte sequence is an error at its line and column with nothing stored.
#include "ImportTestSupport.h"
#include "TestSupport.h"

#include "core/import/LegacyDecoder.h"
#include "core/import/OrderImporter.h"
#include "core/storage/Project.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <iconv.h>

using namespace clv;

namespace {

// Encodes UTF-8 text with the C library's iconv (independent of the importer's decoder).
std::string encode(const std::string& utf8, const char* encoding)
{
    iconv_t cd = iconv_open(encoding, "UTF-8");
    REQUIRE(cd != reinterpret_cast<iconv_t>(-1));
    std::string in = utf8;
    std::string out(in.size() * 4 + 16, '\0');
    char* src = in.data();
    char* dst = out.data();
    std::size_t srcLeft = in.size();
    std::size_t dstLeft = out.size();
    const std::size_t rc = iconv(cd, &src, &srcLeft, &dst, &dstLeft);
    iconv_close(cd);
    REQUIRE(rc != static_cast<std::size_t>(-1));
    out.resize(out.size() - dstLeft);
    return out;
}

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
    std::string customers()
    {
        auto stmt = db.prepare("SELECT external_id FROM customers ORDER BY id");
        std::string out;
        while (*stmt->step())
            out += (out.empty() ? "" : "|") + stmt->columnText(0);
        return out;
    }
    Result<ImportReport> import(const std::string& name, const std::string& bytes, const std::string& encoding)
    {
        ImportOptions options;
        options.encoding = encoding;
        return importOrdersCsv(db, dir.write(name, bytes), options);
    }
};

}  // namespace

TEST_CASE("encoding: the GB18030 fixture imports with its Chinese header and values", "[encoding]")
{
    Project p;
    ImportOptions options;
    options.encoding = "GB18030";
    auto r = importOrdersCsv(p.db, std::string(CLV_TEST_DATA_DIR) + "/import/gb18030.csv", options);
    REQUIRE(r);
    CHECK(r->encoding == "GB18030");
    CHECK(r->customerColumn == "客户ID");
    CHECK(r->dateColumn == "订单日期");
    CHECK(p.customers() == "张伟|李娜");
    CHECK(*p.db.queryInt("SELECT sum(amount_cents) FROM orders") == 128000 + 8850);
}

TEST_CASE("encoding: GB18030, Big5, Shift_JIS and Windows-1252 files written by iconv", "[encoding]")
{
    Project p;
    auto gb = p.import("gb.csv", encode("客户ID,订单日期,金额\n王芳,2024-01-05,1280.00\n", "GB18030"), "GB18030");
    REQUIRE(gb);
    auto big5 = p.import("big5.csv", encode("customer_id,order_date,amount\n陳大文,2024-03-01,500\n", "BIG5"), "Big5");
    REQUIRE(big5);
    auto sjis = p.import("sjis.csv", encode("customer_id,order_date,amount\n山田太郎,2024-04-01,1200\n", "SHIFT_JIS"),
                         "Shift_JIS");
    REQUIRE(sjis);
    auto cp = p.import("cp.csv", encode("customer_id,order_date,amount\nMüller,2024-01-01,€5\n", "WINDOWS-1252"),
                       "Windows-1252");
    REQUIRE(cp);
    CHECK(cp->encoding == "Windows-1252");
    CHECK(p.customers() == "王芳|陳大文|山田太郎|Müller");
    CHECK(*p.db.queryInt("SELECT sum(amount_cents) FROM orders") == 128000 + 50000 + 120000 + 500);
}

TEST_CASE("encoding: an invalid byte sequence is an error at its line and column, nothing stored", "[encoding]")
{
    Project p;
    REQUIRE(p.import("ok.csv", "customer_id,order_date,amount\nA,2024-01-01,5\n", ""));
    const std::string before = test::snapshot(p.db);

    auto gb = p.import("bad.csv", "customer_id,order_date,amount\nA,2024-01-02,5\nB,\x81\x20oops,6\n", "GB18030");
    REQUIRE_FALSE(gb);
    CHECK(gb.error().code == ErrorCode::Parse);
    CHECK(gb.error().line == 3);
    CHECK(gb.error().column == 2);
    CHECK(gb.error().detail.find("not valid in GB18030") != std::string::npos);
    CHECK(gb.error().detail.find("0x81") != std::string::npos);

    auto cp = p.import("cp.csv", "customer_id,order_date,amount\nA,2024-01-02,5\n\x81,2024-01-03,6\n", "Windows-1252");
    REQUIRE_FALSE(cp);
    CHECK(cp.error().line == 3);
    CHECK(cp.error().column == 1);

    auto cut = p.import("cut.csv", "customer_id,order_date,amount\nA,2024-01-02,\xd5", "GB18030");
    REQUIRE_FALSE(cut);
    CHECK(cut.error().line == 2);
    CHECK(cut.error().column == 3);

    auto unknown = p.import("u.csv", "customer_id,order_date,amount\nA,2024-01-02,5\n", "KLINGON-8");
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().code == ErrorCode::InvalidArgument);
    CHECK(test::snapshot(p.db) == before);
}

TEST_CASE("encoding: a sequence split across read chunks decodes whole", "[encoding]")
{
    std::string text = "customer_id,order_date,amount\n";
    for (int i = 0; i < 9000; ++i)
        text += "客户" + std::to_string(i) + ",2024-01-01,1\n";
    const std::string bytes = encode(text, "GB18030");
    REQUIRE(bytes.size() > 3 * 65536);
    Project p;
    auto r = p.import("big.csv", bytes, "GB18030");
    REQUIRE(r);
    CHECK(r->rowsImported == 9000);
    CHECK(*p.db.queryInt("SELECT count(*) FROM customers WHERE external_id = '客户8999'") == 1);
}

TEST_CASE("encoding: explicit UTF-16LE without a byte order mark", "[encoding]")
{
    std::string bytes;
    for (char16_t unit : std::u16string(u"customer_id,order_date,amount\n李娜,2024-02-03,7\n")) {
        bytes += static_cast<char>(unit & 0xFF);
        bytes += static_cast<char>(unit >> 8);
    }
    Project p;
    auto r = p.import("u16.csv", bytes, "UTF-16LE");
    REQUIRE(r);
    CHECK(r->encoding == "UTF-16LE");
    CHECK(p.customers() == "李娜");
}

TEST_CASE("encoding: the preview flags invalid UTF-8 and suggests encodings that decode the file", "[encoding]")
{
    const std::string path = std::string(CLV_TEST_DATA_DIR) + "/import/gb18030.csv";
    auto raw = previewImportFile(path);
    REQUIRE(raw);
    CHECK(raw->utf8Invalid);
    CHECK(raw->invalidLine == 1);
    CHECK(raw->invalidColumn == 1);
    CHECK(std::find(raw->suggestedEncodings.begin(), raw->suggestedEncodings.end(), "GB18030")
          != raw->suggestedEncodings.end());
    ImportOptions options;
    options.encoding = "GB18030";
    auto decoded = previewImportFile(path, options);
    REQUIRE(decoded);
    CHECK_FALSE(decoded->utf8Invalid);
    CHECK(decoded->header[0] == "客户ID");
    REQUIRE(decoded->previewRows.size() == 2);
    CHECK(decoded->previewRows[1][0] == "李娜");
    CHECK(decoded->preset == "generic-orders");
    CHECK(decodesCleanly("\xd5\xc5", "GB18030"));
    CHECK_FALSE(decodesCleanly("\x81\x20", "GB18030"));
}
