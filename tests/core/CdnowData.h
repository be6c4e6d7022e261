// SPDX-License-Identifier: MIT
#pragma once

#include "core/metrics/OrderTable.h"
#include "core/util/Date.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <fstream>
#include <string>
#include <vector>

namespace clv::test {

/// The CDNOW sample of tests/data/cdnow (see its README): one order per line, the customer is the sample id, the
/// amount in dollars. The including target defines CLV_TEST_DATA_DIR.
inline std::vector<OrderRecord> readCdnowSample()
{
    std::ifstream in(CLV_TEST_DATA_DIR "/cdnow/CDNOW_sample.txt");
    REQUIRE(in);
    std::vector<OrderRecord> out;
    std::string masterId, date;
    std::int64_t sampleId = 0;
    int cds = 0;
    double dollars = 0.0;
    while (in >> masterId >> sampleId >> date >> cds >> dollars) {
        auto parsed = Date::parse(date);
        REQUIRE(parsed);
        out.push_back({sampleId, *parsed, dollars});
    }
    return out;
}

}  // namespace clv::test
