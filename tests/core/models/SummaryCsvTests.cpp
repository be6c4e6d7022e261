// SPDX-License-Identifier: MIT
#include "core/models/SummaryCsv.h"

#include "ModelTestData.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace clv;

namespace {

std::string writeTemp(const std::string& name, const std::string& content)
{
    const auto path = (std::filesystem::temp_directory_path() / ("clv_models_" + name)).string();
    std::ofstream(path, std::ios::binary) << content;
    return path;
}

}  // namespace

TEST_CASE("summary CSV: both published CDNOW layouts", "[summarycsv][cdnow]")
{
    auto a = readSummaryCsv(CLV_TEST_DATA_DIR "/cdnow/cdnow_customers_summary.csv");
    REQUIRE(a);
    CHECK(a->rows.size() == 2357);
    CHECK_FALSE(a->hasMonetary);
    CHECK(a->ids.front() == "1");
    CHECK(a->rows.front().frequency == 2);
    CHECK(a->rows.front().recency == Approx(30.43));
    CHECK(a->rows.front().T == Approx(38.86));
    auto b = readSummaryCsv(CLV_TEST_DATA_DIR "/cdnow/cdnow_customers_summary_with_transactions.csv");
    REQUIRE(b);
    CHECK(b->hasMonetary);
    CHECK(b->rows.front().monetaryValue == Approx(22.35));
}

TEST_CASE("summary CSV: columns by name in any order, no id, semicolons", "[summarycsv]")
{
    auto t = readSummaryCsv(writeTemp("order.csv", "T;monetary_value;Recency;FREQUENCY\r\n10;5.5;4;2\r\n3;0;0;0\r\n"));
    REQUIRE(t);
    REQUIRE(t->rows.size() == 2);
    CHECK(t->ids[1] == "2");
    CHECK(t->rows[0].frequency == 2);
    CHECK(t->rows[0].recency == 4);
    CHECK(t->rows[0].T == 10);
    CHECK(t->rows[0].monetaryValue == 5.5);
}

TEST_CASE("summary CSV: errors name the file, line and column", "[summarycsv]")
{
    auto missing = readSummaryCsv("/nonexistent/summary.csv");
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::FileNotFound);

    auto noColumn = readSummaryCsv(writeTemp("nocol.csv", "id,frequency,T\n1,2,3\n"));
    REQUIRE_FALSE(noColumn);
    CHECK(noColumn.error().code == ErrorCode::Parse);
    CHECK(noColumn.error().line == 1);

    auto badNumber = readSummaryCsv(writeTemp("bad.csv", "x,t_x,T\n1,2,3\n2,abc,5\n"));
    REQUIRE_FALSE(badNumber);
    CHECK(badNumber.error().line == 3);
    CHECK(badNumber.error().column == 2);

    auto inverted = readSummaryCsv(writeTemp("inv.csv", "x,t_x,T\n1,7,3\n"));
    REQUIRE_FALSE(inverted);
    CHECK(inverted.error().line == 2);

    auto fractional = readSummaryCsv(writeTemp("frac.csv", "x,t_x,T\n1.5,2,3\n"));
    REQUIRE_FALSE(fractional);

    auto empty = readSummaryCsv(writeTemp("empty.csv", "x,t_x,T\n"));
    REQUIRE_FALSE(empty);
    CHECK(empty.error().code == ErrorCode::NoData);
}

TEST_CASE("compression collapses identical rows into weights", "[models]")
{
    const std::vector<RfmObservation> data{{0, 0, 5, 0}, {1, 2, 5, 10}, {0, 0, 5, 0}, {1, 2, 5, 12}, {1, 2, 5, 10}};
    const auto plain = compressObservations(data, false);
    REQUIRE(plain.rows.size() == 2);
    CHECK(plain.weights == std::vector<double>{2.0, 3.0});
    CHECK(plain.totalWeight == 5.0);
    const auto withSpend = compressObservations(data, true);
    REQUIRE(withSpend.rows.size() == 3);
    CHECK(withSpend.weights == std::vector<double>{2.0, 2.0, 1.0});
}
