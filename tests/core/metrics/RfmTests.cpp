// SPDX-License-Identifier: MIT
#include "core/metrics/Rfm.h"
#include "core/storage/Project.h"

#include "../TestSupport.h"

#include <catch2/catch.hpp>

#include <random>
#include <set>

using namespace clv;

namespace {

Date d(int year, unsigned month, unsigned day) { return Date::fromCivil(year, month, day); }

}  // namespace

TEST_CASE("quantile scores: distinct values fill the bins evenly", "[rfm]")
{
    const std::vector<double> v = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    CHECK(rfmQuantileScores(v, 5, true) == std::vector<int>{1, 1, 2, 2, 3, 3, 4, 4, 5, 5});
    CHECK(rfmQuantileScores(v, 5, false) == std::vector<int>{5, 5, 4, 4, 3, 3, 2, 2, 1, 1});
    CHECK(rfmQuantileScores(v, 4, true) == std::vector<int>{1, 1, 1, 2, 2, 3, 3, 3, 4, 4});
}

TEST_CASE("quantile scores: ties share a score and collapse bins", "[rfm]")
{
    // Six one-time buyers (rank 0) -> 1; value 2 has rank 6 -> 1 + floor(5 * 6 / 10) = 4; 3 -> rank 7 -> 4;
    // 4 -> rank 8 -> 5; 5 -> rank 9 -> 5. Scores 2 and 3 stay unused.
    const std::vector<double> v = {1, 1, 1, 1, 1, 1, 2, 3, 4, 5};
    CHECK(rfmQuantileScores(v, 5, true) == std::vector<int>{1, 1, 1, 1, 1, 1, 4, 4, 5, 5});
    CHECK(rfmQuantileScores({7, 7, 7}, 5, true) == std::vector<int>{1, 1, 1});
    CHECK(rfmQuantileScores({7, 7, 7}, 5, false) == std::vector<int>{1, 1, 1});
}

TEST_CASE("the default grid is the 10-segment RF map with one segment per cell", "[rfm][grid]")
{
    const RfmSegmentMap grid = defaultRfmGrid();
    auto cell = [&](int r, int f) { return grid.grid[static_cast<std::size_t>((r - 1) * 5 + (f - 1))]; };
    CHECK(cell(5, 5) == "Champions");
    CHECK(cell(5, 4) == "Champions");
    CHECK(cell(4, 4) == "Loyal");
    CHECK(cell(3, 5) == "Loyal");
    CHECK(cell(4, 2) == "Potential loyalists");
    CHECK(cell(5, 3) == "Potential loyalists");
    CHECK(cell(5, 1) == "New");
    CHECK(cell(4, 1) == "Promising");
    CHECK(cell(3, 3) == "Need attention");
    CHECK(cell(3, 2) == "About to sleep");
    CHECK(cell(2, 3) == "At risk");
    CHECK(cell(1, 4) == "At risk");
    CHECK(cell(2, 5) == "Can't lose");
    CHECK(cell(1, 1) == "Hibernating");
    CHECK(cell(2, 2) == "Hibernating");
    CHECK(grid.segmentNames().size() == 10);
    for (const auto& name : grid.grid)
        CHECK_FALSE(name.empty());
}

TEST_CASE("grid JSON round trip, validation and storage in the project", "[rfm][grid]")
{
    RfmSegmentMap grid = defaultRfmGrid();
    grid.grid[0] = "Lost \"cause\"";
    auto back = rfmGridFromJson(rfmGridToJson(grid));
    REQUIRE(back);
    CHECK(back->grid == grid.grid);
    CHECK(back->segmentNames().size() == 11);

    CHECK(rfmGridFromJson("{}").error().code == ErrorCode::Parse);
    CHECK(rfmGridFromJson("{\"cells\":[[\"a\",\"b\"]]}").error().code == ErrorCode::InvalidArgument);
    std::string blank = rfmGridToJson(defaultRfmGrid());
    blank.replace(blank.find("\"Hibernating\""), 13, "\" \"");
    CHECK(rfmGridFromJson(blank).error().code == ErrorCode::InvalidArgument);

    test::TempDir dir;
    auto db = project::open(dir.file("p.clvw"), Database::OpenMode::CreateIfMissing);
    REQUIRE(db);
    auto initial = loadRfmGrid(*db);
    REQUIRE(initial);
    CHECK(initial->grid == defaultRfmGrid().grid);
    REQUIRE(saveRfmGrid(*db, grid));
    auto stored = loadRfmGrid(*db);
    REQUIRE(stored);
    CHECK(stored->grid[0] == "Lost \"cause\"");
    CHECK_FALSE(saveRfmGrid(*db, *rfmPreset("quartile")));
}

TEST_CASE("RFM scores, codes and segments on a hand-made summary", "[rfm]")
{
    // Ten customers, customer i (1..10) buys i times on consecutive days ending on day 10 - i, with value 10 i per
    // purchase. End = 2024-01-31 + ... : recency days = i + (offset), frequency = i, total = 10 i^2.
    std::vector<OrderRecord> orders;
    const Date end = d(2024, 3, 1);
    for (int i = 1; i <= 10; ++i)
        for (int k = 0; k < i; ++k)
            orders.push_back({i, Date{end.days - 20 - k + i}, 10.0 * i});
    SummaryOptions opt;
    opt.end = end;
    auto summary = summarize(orders, opt);
    REQUIRE(summary);
    auto rfm = computeRfm(*summary, {}, defaultRfmGrid());
    REQUIRE(rfm);
    REQUIRE(rfm->customers.size() == 10);
    // Customer 10: most recent (10 days), most purchases, highest value -> 555 Champions.
    const RfmCustomer& best = rfm->customers[9];
    CHECK(best.recencyDays == 10.0);
    CHECK(best.purchases == 10);
    CHECK(best.monetary == Approx(1000.0));
    CHECK(best.code == 555);
    CHECK(rfm->segments[best.segment].name == "Champions");
    const RfmCustomer& worst = rfm->customers[0];
    CHECK(worst.code == 111);
    CHECK(rfm->segments[worst.segment].name == "Hibernating");
    CHECK(rfm->scoresUsed == std::array<int, 3>{5, 5, 5});
    // Champions = customers 9 and 10; Hibernating = 1..4 (R, F in 1..2); Need attention = 5, 6.
    std::int64_t total = 0;
    double share = 0.0;
    for (const auto& seg : rfm->segments) {
        total += seg.customers;
        share += seg.customerShare;
        if (seg.name == "Champions") {
            CHECK(seg.customers == 2);
            CHECK(seg.revenue == Approx(10.0 * 81 + 10.0 * 100));
            CHECK(seg.meanPurchases == Approx(9.5));
            CHECK(seg.members == std::vector<std::size_t>{8, 9});
        }
        if (seg.name == "Hibernating")
            CHECK(seg.customers == 4);
    }
    CHECK(total == 10);
    CHECK(share == Approx(1.0));

    SECTION("user cut points")
    {
        RfmOptions cuts;
        cuts.binning = RfmBinning::CutPoints;
        cuts.recencyCuts = {12, 14, 16, 18};
        cuts.frequencyCuts = {2, 3, 5, 8};
        cuts.monetaryCuts = {100, 200, 400, 800};
        auto r = computeRfm(*summary, cuts, defaultRfmGrid());
        REQUIRE(r);
        // Customer 4: recency 16 -> 5 - 3 = 2; purchases 4 -> 1 + 2 = 3; total 160 -> 2.
        CHECK(r->customers[3].code == 232);
        CHECK(r->customers[9].code == 555);
        cuts.frequencyCuts = {2, 3, 3, 8};
        CHECK(computeRfm(*summary, cuts, defaultRfmGrid()).error().code == ErrorCode::InvalidArgument);
        cuts.frequencyCuts = {2, 3};
        CHECK(computeRfm(*summary, cuts, defaultRfmGrid()).error().code == ErrorCode::InvalidArgument);
    }
    SECTION("presets: quartile codes and R rfm package intervals")
    {
        auto q = computeRfm(*summary, {}, *rfmPreset("quartile"));
        REQUIRE(q);
        CHECK(q->bins == 4);
        CHECK(q->customers[9].code == 444);
        CHECK(q->segments[q->customers[9].segment].name == "Premium");
        CHECK(q->segments[q->customers[0].segment].name == "Inactive");
        auto p = computeRfm(*summary, {}, *rfmPreset("rfm-package"));
        REQUIRE(p);
        CHECK(p->segments[p->customers[9].segment].name == "Champions");
        CHECK(p->segments[p->customers[0].segment].name == "Lost");
        CHECK_FALSE(rfmPreset("nonsense"));
    }
}

TEST_CASE("quantile scores equal the rank definition on random data with ties", "[rfm][property]")
{
    std::mt19937 rng(11);
    for (std::size_t n : {1u, 2u, 3u, 4u, 7u, 10u, 101u, 1000u}) {
        for (int bins = 2; bins <= 9; ++bins) {
            std::uniform_int_distribution<int> pick(0, static_cast<int>(n / 3 + 1));
            std::vector<double> v(n);
            for (double& x : v)
                x = pick(rng) * 0.5;
            for (bool higher : {true, false}) {
                const std::vector<int> scores = rfmQuantileScores(v, bins, higher);
                for (std::size_t i = 0; i < n; ++i) {
                    std::size_t rank = 0;  // values strictly worse than v[i]
                    for (double x : v)
                        rank += higher ? x < v[i] : x > v[i];
                    INFO("n " << n << " bins " << bins << " i " << i);
                    CHECK(scores[i] == 1 + static_cast<int>(static_cast<std::size_t>(bins) * rank / n));
                }
            }
        }
    }
}
