// SPDX-License-Identifier: MIT
// Calibration/holdout backtest on the raw CDNOW sample (calibration to 1997-09-30, holdout of 39 weeks to
// 1998-06-30), against the BTYD walkthrough's holdout table by calibration frequency (clv-models.md section 6).
#include "core/valuation/Backtest.h"

#include "../CdnowData.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <fstream>
#include <stop_token>

using namespace clv;

namespace {

OrderTable readCdnowSample()
{
    const auto orders = test::readCdnowSample();
    REQUIRE(orders.size() == 6919);
    return makeOrderTable(orders);
}

BacktestOptions cdnowOptions(BacktestModel model)
{
    BacktestOptions o;
    o.model = model;
    o.unit = TimeUnit::Week;
    o.calibrationEnd = Date::fromCivil(1997, 9, 30);
    o.end = Date::fromCivil(1998, 6, 30);
    return o;
}

const std::vector<std::int64_t> kBinCustomers{1411, 439, 214, 100, 62, 38, 29, 64};
const std::vector<double> kActual{0.237, 0.697, 1.393, 1.560, 2.532, 2.947, 3.862, 6.359};

}  // namespace

TEST_CASE("backtest: CDNOW BG/NBD reproduces the published holdout table by frequency bin", "[backtest]")
{
    const auto table = readCdnowSample();
    auto report = runBacktest(table, cdnowOptions(BacktestModel::BgNbd));
    REQUIRE(report);
    CHECK(report->customers == 2357);
    CHECK(report->holdoutLength == Approx(39.0));
    CHECK(report->fit.parameter("r") == Approx(0.2425982).epsilon(1e-3));
    CHECK(report->fit.parameter("b") == Approx(2.4261667).epsilon(1e-3));

    const std::vector<double> expected{0.2251, 0.5231, 1.0441, 1.5203, 2.1638, 2.6538, 3.5040, 6.1570};
    REQUIRE(report->bins.size() == 8);
    for (std::size_t i = 0; i < 8; ++i) {
        const auto& bin = report->bins[i];
        INFO("bin " << i << ": actual " << bin.actual << ", expected " << bin.expected);
        CHECK(bin.frequency == static_cast<int>(i));
        CHECK(bin.customers == kBinCustomers[i]);
        CHECK(bin.actual == Approx(kActual[i]).margin(0.0005));
        CHECK(bin.expected == Approx(expected[i]).epsilon(1e-3));
    }
    CHECK(report->bins.back().openEnded);

    double weightedActual = 0.0, weightedExpected = 0.0;
    for (const auto& bin : report->bins) {
        weightedActual += bin.actual * static_cast<double>(bin.customers);
        weightedExpected += bin.expected * static_cast<double>(bin.customers);
    }
    CHECK(report->actualHoldout == Approx(weightedActual));
    CHECK(report->expectedHoldout == Approx(weightedExpected));
    CHECK(report->aggregateErrorPercent ==
          Approx(100.0 * (report->expectedHoldout - report->actualHoldout) / report->actualHoldout));
    CHECK(report->meanAbsoluteError > 0.0);
    CHECK(report->rootMeanSquaredError >= report->meanAbsoluteError);
}

TEST_CASE("backtest: CDNOW weekly tracking covers calibration and holdout", "[backtest][tracking]")
{
    const auto table = readCdnowSample();
    auto report = runBacktest(table, cdnowOptions(BacktestModel::BgNbd));
    REQUIRE(report);
    REQUIRE(report->tracking.size() == 78);
    CHECK(report->tracking.front().date == Date::fromCivil(1997, 1, 8));
    CHECK(report->tracking.back().date == Date::fromCivil(1998, 7, 1));
    for (std::size_t k = 1; k < report->tracking.size(); ++k) {
        CHECK(report->tracking[k].actual >= report->tracking[k - 1].actual);
        CHECK(report->tracking[k].expected > report->tracking[k - 1].expected);
    }
    // Week 39 ends on 1997-09-30: the actual count equals the calibration repeat purchases of the published
    // summary (Σ x = 2,457 over the 2,357 customers), and the last point adds every holdout purchase.
    const double calibrationRepeats = report->tracking[38].actual;
    CHECK(report->tracking[38].date == Date::fromCivil(1997, 10, 1));
    CHECK(calibrationRepeats == 2457.0);
    CHECK(report->tracking.back().actual == Approx(calibrationRepeats + report->actualHoldout));
    // In sample the model tracks the cumulative repeats closely (Fader, Hardie & Lee 2005, Figure 2).
    CHECK(report->tracking[38].expected == Approx(calibrationRepeats).epsilon(0.03));
}

TEST_CASE("backtest: CDNOW Pareto/NBD holdout table by frequency bin", "[backtest][pareto]")
{
    const auto table = readCdnowSample();
    auto report = runBacktest(table, cdnowOptions(BacktestModel::ParetoNbd));
    REQUIRE(report);
    const std::vector<double> expected{0.138, 0.600, 1.196, 1.714, 2.399, 2.907, 3.819, 6.403};
    for (std::size_t i = 0; i < 8; ++i) {
        INFO("bin " << i << ": expected " << report->bins[i].expected);
        CHECK(report->bins[i].expected == Approx(expected[i]).margin(0.0015));
        CHECK(report->bins[i].actual == Approx(kActual[i]).margin(0.0005));
    }
}

TEST_CASE("backtest: bad splits, bad bins and cancellation are errors", "[backtest]")
{
    const auto table = readCdnowSample();
    auto early = cdnowOptions(BacktestModel::BgNbd);
    early.calibrationEnd = Date::fromCivil(1996, 12, 1);
    auto e1 = runBacktest(table, early);
    REQUIRE_FALSE(e1);
    CHECK(e1.error().code == ErrorCode::InvalidArgument);

    auto late = cdnowOptions(BacktestModel::BgNbd);
    late.calibrationEnd = Date::fromCivil(1998, 7, 1);
    CHECK_FALSE(runBacktest(table, late));

    auto noBins = cdnowOptions(BacktestModel::BgNbd);
    noBins.maxBin = 0;
    CHECK(runBacktest(table, noBins).error().code == ErrorCode::InvalidArgument);

    std::stop_source source;
    source.request_stop();
    TaskContext ctx;
    ctx.stop = source.get_token();
    auto cancelled = runBacktest(table, cdnowOptions(BacktestModel::MbgNbd), ctx);
    REQUIRE_FALSE(cancelled);
    CHECK(cancelled.error().code == ErrorCode::Cancelled);

    CHECK(parseBacktestModel("pareto") == BacktestModel::ParetoNbd);
    CHECK_FALSE(parseBacktestModel("sbg"));
}
