// SPDX-License-Identifier: MIT
#include "core/import/CsvReader.h"

#include <catch2/catch.hpp>

#include <sstream>

using clv::CsvReader;

namespace {

std::vector<std::vector<std::string>> readAll(const std::string& text, std::vector<long>* lines = nullptr, char delim = ',')
{
    std::istringstream in(text);
    CsvReader reader(in, {delim, '"'});
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> fields;
    while (reader.next(fields)) {
        rows.push_back(fields);
        if (lines)
            lines->push_back(reader.recordLine());
    }
    return rows;
}

}  // namespace

TEST_CASE("csv: quoted fields with delimiters, doubled quotes and line breaks", "[csv]")
{
    std::vector<long> lines;
    auto rows = readAll("id,note\r\n1,\"a, b\"\r\n2,\"say \"\"hi\"\"\"\r\n3,\"two\nlines\"\r\n4,last", &lines);
    REQUIRE(rows.size() == 5);
    CHECK(rows[1] == std::vector<std::string>{"1", "a, b"});
    CHECK(rows[2] == std::vector<std::string>{"2", "say \"hi\""});
    CHECK(rows[3] == std::vector<std::string>{"3", "two\nlines"});
    CHECK(rows[4] == std::vector<std::string>{"4", "last"});  // no final newline
    CHECK(lines == std::vector<long>{1, 2, 3, 4, 6});  // the embedded newline moves the next record to line 6
}

TEST_CASE("csv: LF, CR and CRLF line ends, blank lines and a UTF-8 BOM", "[csv]")
{
    std::vector<long> lines;
    auto rows = readAll("\xEF\xBB\xBF" "a,b\rc,d\n\ne,f\r\n", &lines);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0] == std::vector<std::string>{"a", "b"});
    CHECK(rows[2] == std::vector<std::string>{"e", "f"});
    CHECK(lines == std::vector<long>{1, 2, 4});
}

TEST_CASE("csv: empty fields and a trailing delimiter are kept", "[csv]")
{
    auto rows = readAll("a,,c,\n");
    REQUIRE(rows.size() == 1);
    CHECK(rows[0] == std::vector<std::string>{"a", "", "c", ""});
}

TEST_CASE("csv: an unterminated quote is reported, not hidden", "[csv]")
{
    std::istringstream in("a,b\n1,\"open\n");
    CsvReader reader(in, {});
    std::vector<std::string> fields;
    REQUIRE(reader.next(fields));
    CHECK_FALSE(reader.unterminatedQuote());
    REQUIRE(reader.next(fields));
    CHECK(reader.unterminatedQuote());
}

TEST_CASE("csv: delimiter sniffing ignores delimiters inside quotes", "[csv]")
{
    CHECK(CsvReader::sniffDelimiter("a;b;c\n1;2;3") == ';');
    CHECK(CsvReader::sniffDelimiter("a\tb\tc") == '\t');
    CHECK(CsvReader::sniffDelimiter("\"x,y,z\"|b|c") == '|');
    CHECK(CsvReader::sniffDelimiter("single") == ',');
}
