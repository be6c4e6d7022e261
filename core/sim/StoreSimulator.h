// SPDX-License-Identifier: MIT
#pragma once

#include "core/util/Date.h"
#include "core/util/Result.h"

#include <cstdint>
#include <ostream>
#include <string>

namespace clv::sim {

/// True parameters of the orders simulator (BG/NBD purchases, Gamma-Gamma spend), in days.
/// Each customer draws a purchase rate lambda ~ Gamma(shape r, rate alpha) per day and a dropout probability
/// p ~ Beta(a, b); after each repeat purchase the customer drops out with probability p (as in Fader, Hardie
/// and Lee 2005: no dropout at the first purchase unless `dropoutAfterFirstPurchase`); while alive, purchases
/// follow a Poisson process with rate lambda. Spend: nu ~ Gamma(shape q, rate gamma); each order value
/// z ~ Gamma(shape p_spend, rate nu), so E[z] = p_spend * gamma / (q - 1) on average.
///
/// Exactly: the first purchase is at continuous time t0 = arrival day (00:00); next purchases at t0 + the sums
/// of Exponential(lambda) waiting times; a purchase at time t is dated floor(t) and kept while floor(t) <= end.
/// Each purchase writes one order; with probability sameDayExtraProbability a second, separate order (its own
/// value) on the same day. Each order is refunded with probability refundProbability: in full with probability
/// 1/2, else 10% to 90% of it (uniform), dated 0 to 30 days later (uniform); refunds dated after `end` are not
/// written. Amounts are rounded to cents (at least 0.01, at most 10,000,000.00).
struct OrdersParams {
    std::int64_t customers = 2000;
    std::uint64_t seed = 1;
    Date start = Date::fromCivil(2023, 1, 1);  ///< first possible acquisition day
    int acquisitionDays = 365;                 ///< customers arrive uniformly over [start, start + acquisitionDays)
    Date end = Date::fromCivil(2024, 12, 31);  ///< last day of the export (inclusive)
    double r = 0.25, alpha = 4.0 * 7.0;        ///< lambda ~ Gamma(r, rate alpha) per day (CDNOW-like, per week: 0.25, 4)
    double a = 0.8, b = 2.4;                   ///< p ~ Beta(a, b)
    double pSpend = 6.0, q = 4.0, gamma = 15.0;  ///< Gamma-Gamma spend (mean order about 30 currency units)
    double refundProbability = 0.03;           ///< share of orders later refunded (in full or in part)
    double sameDayExtraProbability = 0.04;     ///< chance that an order is followed by a second one the same day
    bool dropoutAfterFirstPurchase = false;    ///< true: may also drop out right after the first purchase (MBG/NBD)
};

/// True parameters of the subscriptions simulator (shifted-beta-geometric churn).
/// Each subscriber draws a monthly churn probability theta ~ Beta(alpha, beta) and cancels at the end of each
/// billing month with probability theta. Plans are drawn with fixed shares and prices.
///
/// Exactly: the start day is uniform over [start, start + acquisitionDays) (days after `end` excluded); plans are
/// Basic 9.00 (50%), Pro 29.00 (35%), Team 99.00 (15%) USD per month; the k-th renewal is start + k calendar
/// months (day of month clamped to the month's length); at each renewal dated <= end the subscriber cancels with
/// probability theta and cancel_date is that renewal date; otherwise the subscription is active at `end`.
struct SubscriptionParams {
    std::int64_t customers = 2000;
    std::uint64_t seed = 1;
    Date start = Date::fromCivil(2023, 1, 1);
    int acquisitionDays = 540;
    Date end = Date::fromCivil(2024, 12, 31);
    double alpha = 0.7, beta = 3.2;  ///< theta ~ Beta(alpha, beta) (Fader-Hardie "regular" segment is 0.704, 1.182)
};

/// Counts of what was written.
struct SimulationStats {
    std::int64_t customers = 0;
    std::int64_t rows = 0;
    std::int64_t refunds = 0;
};

/// Writes an orders export: header "order_id,customer_id,order_date,amount,currency" then one row per order or
/// refund (negative amount), sorted by date. Byte-identical output for the same parameters on every platform.
Result<SimulationStats> simulateOrders(const OrdersParams& params, std::ostream& out);

/// Writes a subscriptions export: header "subscription_id,customer_id,plan,price,currency,start_date,cancel_date";
/// cancel_date is empty for subscriptions still active at `end`.
Result<SimulationStats> simulateSubscriptions(const SubscriptionParams& params, std::ostream& out);

/// The true parameters as a JSON object (written next to the export as "<out>.truth.json").
std::string toJson(const OrdersParams& params, const SimulationStats& stats);
std::string toJson(const SubscriptionParams& params, const SimulationStats& stats);

}  // namespace clv::sim
