// SPDX-License-Identifier: MIT
// Reproduces the published CDNOW calibration summary (lifetimes datasets; see tests/data/cdnow/README.md) from the
// raw transactions: weekly units, same-day purchases merged, end 1997-09-30.
#include "core/metrics/CustomerSummary.h"

#include "CdnowData.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <sstream>

using namespace clv;

namespace {

struct Published {
    int x;
    double tx, T, zbar;
};

std::map<std::int64_t, Published> readPublished()
{
    std::ifstream in(CLV_TEST_DATA_DIR "/cdnow/cdnow_customers_summary_with_transactions.csv");
    REQUIRE(in);
    std::map<std::int64_t, Published> out;
    std::string line;
    std::getline(in, line);  // ID,x,t_x,T,zbar
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        std::replace(line.begin(), line.end(), ',', ' ');
        std::istringstream fields(line);
        std::int64_t id = 0;
        Published p{};
        fields >> id >> p.x >> p.tx >> p.T >> p.zbar;
        out[id] = p;
    }
    return out;
}


}  // namespace

TEST_CASE("summary: reproduces the published CDNOW calibration summary", "[summary][cdnow]")
{
    const auto orders = test::readCdnowSample();
    REQUIRE(orders.size() == 6919);
    SummaryOptions opt;
    opt.unit = TimeUnit::Week;
    opt.end = Date::fromCivil(1997, 9, 30);
    auto summary = summarize(orders, opt);
    REQUIRE(summary);
    const auto published = readPublished();
    REQUIRE(published.size() == 2357);
    REQUIRE(summary->rows.size() == 2357);

    double maxRecencyError = 0.0, maxTError = 0.0, maxSpendError = 0.0;
    int repeaters = 0;
    for (const auto& row : summary->rows) {
        const auto it = published.find(row.customer);
        REQUIRE(it != published.end());
        INFO("customer " << row.customer);
        REQUIRE(row.frequency == it->second.x);
        maxRecencyError = std::max(maxRecencyError, std::abs(row.recency - it->second.tx));
        maxTError = std::max(maxTError, std::abs(row.T - it->second.T));
        maxSpendError = std::max(maxSpendError, std::abs(row.monetaryValue - it->second.zbar));
        repeaters += row.frequency > 0;
    }
    CHECK(repeaters == 946);
    // The published file is rounded to 2 decimals, so half a cent (0.005) is the largest possible honest difference.
    const double halfUlp = 0.005 + 1e-9;
    CHECK(maxRecencyError <= halfUlp);
    CHECK(maxTError <= halfUlp);
    CHECK(maxSpendError <= halfUlp);
}
