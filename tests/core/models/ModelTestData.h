// SPDX-License-Identifier: MIT
// Reads the published CDNOW summaries (tests/data/cdnow, weekly units) for the model tests.
#pragma once

#include "core/models/FitResult.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace clv::test {

/// cdnow_customers_summary_with_transactions.csv: ID,x,t_x,T,zbar (2,357 customers).
inline std::vector<RfmObservation> readCdnow()
{
    std::ifstream in(CLV_TEST_DATA_DIR "/cdnow/cdnow_customers_summary_with_transactions.csv");
    REQUIRE(in);
    std::vector<RfmObservation> out;
    std::string line;
    std::getline(in, line);
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        std::replace(line.begin(), line.end(), ',', ' ');
        std::istringstream fields(line);
        long id = 0;
        RfmObservation o;
        fields >> id >> o.frequency >> o.recency >> o.T >> o.monetaryValue;
        out.push_back(o);
    }
    REQUIRE(out.size() == 2357);
    return out;
}

/// |actual / expected − 1| <= tolerance.
inline bool relClose(double actual, double expected, double tolerance)
{
    return std::abs(actual / expected - 1.0) <= tolerance;
}

}  // namespace clv::test
