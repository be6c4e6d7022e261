// SPDX-License-Identifier: MIT
// The calibration/holdout split on CDNOW against the published holdout table (BTYD walkthrough, clv-models.md 6:
// mean holdout transactions by calibration frequency, 39 + 39 weeks).
#include "core/metrics/CustomerSummary.h"

#include "../CdnowData.h"

#include <catch2/catch.hpp>

#include <array>
#include <cmath>
#include <fstream>
#include <string>

using namespace clv;

TEST_CASE("CDNOW holdout frequencies match the published table by calibration frequency", "[summary][holdout][cdnow]")
{
    SummaryOptions opt;
    opt.unit = TimeUnit::Week;
    opt.calibrationEnd = Date::fromCivil(1997, 9, 30);
    opt.end = Date::fromCivil(1998, 6, 30);
    auto s = summarize(test::readCdnowSample(), opt);
    REQUIRE(s);
    REQUIRE(s->rows.size() == 2357);
    CHECK(s->holdoutDuration == Approx(273.0 / 7.0));  // 39 weeks

    const std::array<std::int64_t, 8> publishedCounts{1411, 439, 214, 100, 62, 38, 29, 64};
    const std::array<double, 8> publishedMeans{0.237, 0.697, 1.393, 1.560, 2.532, 2.947, 3.862, 6.359};
    std::array<std::int64_t, 8> counts{};
    std::array<double, 8> sums{};
    for (const CustomerSummaryRow& row : s->rows) {
        const auto bin = static_cast<std::size_t>(std::min(row.frequency, 7));
        ++counts[bin];
        sums[bin] += row.holdoutFrequency;
        CHECK(row.T <= 39.0);  // calibration T runs to the calibration end
        if (row.holdoutFrequency == 0)
            CHECK(row.holdoutMonetary == 0.0);
        else
            CHECK(row.holdoutMonetary > 0.0);
    }
    for (std::size_t b = 0; b < 8; ++b) {
        INFO("calibration frequency bin " << b);
        CHECK(counts[b] == publishedCounts[b]);
        CHECK(std::abs(sums[b] / static_cast<double>(counts[b]) - publishedMeans[b]) <= 0.0005 + 1e-12);
    }
}
