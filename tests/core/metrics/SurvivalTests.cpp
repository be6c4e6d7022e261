// SPDX-License-Identifier: MIT
#include "core/metrics/Survival.h"

#include <catch2/catch.hpp>

using namespace clv;

TEST_CASE("Kaplan-Meier matches a hand-computed table with censoring", "[survival]")
{
    // t:     1  2  2  3  4  4  5
    // event: 1  1  0  1  1  0  0
    // S: 6/7, 5/7, 15/28, 10/28 (then flat); Greenwood sums 1/42, +1/30, +1/12, +1/6.
    const std::vector<double> t = {4, 2, 1, 5, 2, 3, 4};
    const std::vector<std::uint8_t> e = {1, 0, 1, 0, 1, 1, 0};
    KaplanMeierOptions opt;
    opt.band = ConfidenceBand::Plain;
    auto km = kaplanMeier(t, e, opt);
    REQUIRE(km);
    CHECK(km->subjects == 7);
    CHECK(km->events == 4);
    REQUIRE(km->steps.size() == 5);
    const auto& s = km->steps;
    CHECK(s[0].time == 1.0);
    CHECK(s[0].atRisk == 7);
    CHECK(s[0].survival == Approx(6.0 / 7.0));
    CHECK(s[1].atRisk == 6);
    CHECK(s[1].events == 1);
    CHECK(s[1].censored == 1);
    CHECK(s[1].survival == Approx(5.0 / 7.0));
    CHECK(s[2].atRisk == 4);
    CHECK(s[2].survival == Approx(15.0 / 28.0));
    CHECK(s[2].standardError == Approx(0.2007865365));
    CHECK(s[2].lower == Approx(0.1421799056));
    CHECK(s[2].upper == Approx(0.9292486658));
    CHECK(s[3].survival == Approx(10.0 / 28.0));
    CHECK(s[3].lower == 0.0);  // plain band clipped at 0
    CHECK(s[4].atRisk == 1);
    CHECK(s[4].events == 0);
    CHECK(s[4].survival == Approx(10.0 / 28.0));
    REQUIRE(km->median);
    CHECK(*km->median == 4.0);

    opt.band = ConfidenceBand::LogLog;
    auto ll = kaplanMeier(t, e, opt);
    REQUIRE(ll);
    CHECK(ll->steps[0].lower == Approx(0.3340538793));
    CHECK(ll->steps[0].upper == Approx(0.9785610585));
    CHECK(ll->steps[2].lower == Approx(0.1319881770));
    CHECK(ll->steps[2].upper == Approx(0.8249970420));
    CHECK(ll->steps[3].lower == Approx(0.0519765195));
    CHECK(ll->steps[3].upper == Approx(0.6987130320));
}

TEST_CASE("Kaplan-Meier edge cases and validation", "[survival]")
{
    const std::vector<double> all = {1, 1};
    const std::vector<std::uint8_t> events = {1, 1};
    auto km = kaplanMeier(all, events);
    REQUIRE(km);
    CHECK(km->steps[0].survival == 0.0);
    CHECK(km->steps[0].lower == 0.0);
    const std::vector<std::uint8_t> none = {0, 0};
    CHECK(kaplanMeier(all, none)->steps[0].survival == 1.0);
    CHECK_FALSE(kaplanMeier(all, none)->median);
    CHECK(kaplanMeier(all, std::vector<std::uint8_t>{1}).error().code == ErrorCode::InvalidArgument);
    CHECK(kaplanMeier(std::vector<double>{-1}, std::vector<std::uint8_t>{1}).error().code == ErrorCode::InvalidArgument);
    CHECK(kaplanMeier(std::vector<double>{}, std::vector<std::uint8_t>{}).error().code == ErrorCode::NoData);
    KaplanMeierOptions bad;
    bad.confidence = 1.0;
    CHECK_FALSE(kaplanMeier(all, events, bad));
    CHECK(normalQuantile(0.975) == Approx(1.959963984540054).epsilon(1e-12));
    CHECK(normalQuantile(0.5) == Approx(0.0).margin(1e-12));
    CHECK(normalQuantile(0.001) == Approx(-3.090232306167813).epsilon(1e-10));
}

TEST_CASE("lapse curve of orders data", "[survival][lapse]")
{
    const Date start = Date::fromCivil(2024, 1, 1);
    auto at = [&](int day) { return Date{start.days + day}; };
    // Threshold 30 days, end = day 45 (the order on day 50 is after it).
    // A: days 0, 10 -> 35 days without a purchase by the end: lapses at 10 + 30 = 40 (event).
    // B: days 0, 20 -> last purchase 25 days before the end: censored at 45.
    // C: day 5 -> 35 days before the end: lapses at 30 (event). A refund does not count as a purchase.
    const OrderTable t = makeOrderTable({{1, at(0), 5.0}, {1, at(10), 5.0}, {1, at(50), 5.0}, {2, at(0), 5.0},
                                         {2, at(20), 5.0}, {3, at(5), 5.0}, {3, at(30), -5.0}});
    LapseOptions opt;
    opt.unit = TimeUnit::Day;
    opt.threshold = 30.0;
    opt.end = at(45);
    auto lc = lapseCurve(t, opt);
    REQUIRE(lc);
    CHECK(lc->lapsed == 2);
    CHECK(lc->active == 1);
    REQUIRE(lc->curve.steps.size() == 3);
    CHECK(lc->curve.steps[0].time == 30.0);
    CHECK(lc->curve.steps[0].survival == Approx(2.0 / 3.0));
    CHECK(lc->curve.steps[1].time == 40.0);
    CHECK(lc->curve.steps[1].events == 1);
    CHECK(lc->curve.steps[1].censored == 0);
    CHECK(lc->curve.steps[1].survival == Approx(1.0 / 3.0));
    CHECK(lc->curve.steps[2].time == 45.0);
    CHECK(lc->curve.steps[2].censored == 1);
    CHECK(lc->curve.steps[2].survival == Approx(1.0 / 3.0));
    opt.end = at(40);  // A is not lapsed yet on day 40 (exactly 30 days): censored
    CHECK(lapseCurve(t, opt)->lapsed == 1);

    opt.unit = TimeUnit::Week;
    opt.threshold = 30.0 / 7.0;
    auto weeks = lapseCurve(t, opt);
    REQUIRE(weeks);
    CHECK(weeks->curve.steps[0].time == Approx(30.0 / 7.0));
    opt.threshold = 0.0;
    CHECK(lapseCurve(t, opt).error().code == ErrorCode::InvalidArgument);
}
