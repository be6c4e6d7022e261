// SPDX-License-Identifier: MIT
#include "core/metrics/Rfm.h"

#include "core/metrics/HugePages.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace clv {
namespace {

Result<std::vector<int>> cutScores(const std::vector<double>& values, const std::vector<double>& cuts, int bins,
                                   bool higherIsBetter, const char* dimension)
{
    if (cuts.size() != static_cast<std::size_t>(bins - 1))
        return fail(ErrorCode::InvalidArgument, std::string(dimension) + " needs " + std::to_string(bins - 1)
                                                    + " cut points, got " + std::to_string(cuts.size()));
    for (std::size_t i = 0; i < cuts.size(); ++i)
        if (!std::isfinite(cuts[i]) || (i > 0 && !(cuts[i - 1] < cuts[i])))
            return fail(ErrorCode::InvalidArgument, std::string(dimension) + " cut points must be finite and strictly ascending");
    std::vector<int> scores(values.size());
    for (std::size_t i = 0; i < values.size(); ++i) {
        const int below = static_cast<int>(std::upper_bound(cuts.begin(), cuts.end(), values[i]) - cuts.begin());
        scores[i] = higherIsBetter ? 1 + below : bins - below;
    }
    return scores;
}

bool inRange(int v, int lo, int hi) { return v >= lo && v <= hi; }

}  // namespace

std::vector<int> rfmQuantileScores(const std::vector<double>& values, int bins, bool higherIsBetter)
{
    // score = 1 + floor(bins x rank / n) with rank = number of strictly worse values, so score >= s exactly when
    // rank >= t_s = ceil((s - 1) n / bins), i.e. when the value beats the t_s-th worst value. Only those bins - 1
    // order statistics are needed: nth_element on a shrinking range (linear time) instead of a full sort.
    const std::size_t n = values.size();
    std::vector<double> keys(n);
    for (std::size_t i = 0; i < n; ++i)
        keys[i] = higherIsBetter ? values[i] : -values[i];
    std::vector<double> sorted = keys;
    std::vector<double> thresholds;  // for s = 2..bins: the t_s-th worst key (skipped when t_s = 0)
    std::size_t from = 0;
    int alwaysAbove = 0;  // scores reached by every value (t_s = 0)
    for (int s = 2; s <= bins; ++s) {
        const std::size_t t = (static_cast<std::size_t>(s - 1) * n + static_cast<std::size_t>(bins) - 1)
                              / static_cast<std::size_t>(bins);
        if (t == 0) {
            ++alwaysAbove;
            continue;
        }
        if (t - 1 < from) {  // same t as the previous score (fewer values than bins): same threshold
            thresholds.push_back(thresholds.back());
            continue;
        }
        auto nth = sorted.begin() + static_cast<std::ptrdiff_t>(t - 1);
        std::nth_element(sorted.begin() + static_cast<std::ptrdiff_t>(from), nth, sorted.end());
        thresholds.push_back(*nth);
        from = t;
    }
    std::vector<int> scores(n);
    for (std::size_t i = 0; i < n; ++i) {
        int score = 1 + alwaysAbove;
        for (double q : thresholds)
            score += keys[i] > q ? 1 : 0;
        scores[i] = score;
    }
    return scores;
}

namespace {

// Quantile scores of integer values (rfmQuantileScores semantics: 1 + floor(bins x rank / n), rank = number of
// strictly worse values) through a histogram of the value range; false when the range is too wide for one.
bool intQuantileScores(const std::vector<std::int32_t>& values, int bins, bool higherIsBetter, std::uint8_t* out)
{
    const std::size_t n = values.size();
    const auto [lo, hi] = std::minmax_element(values.begin(), values.end());
    const std::int64_t minV = *lo;
    const std::uint64_t range = static_cast<std::uint64_t>(static_cast<std::int64_t>(*hi) - minV) + 1;
    if (range > 4 * static_cast<std::uint64_t>(n) + 65536)
        return false;
    std::vector<std::uint32_t> counts(range, 0);
    for (std::int32_t v : values)
        ++counts[static_cast<std::size_t>(v - minV)];
    std::vector<std::uint8_t> score(range, 0);
    std::uint64_t worse = 0;  // values strictly worse than the current one
    const auto scoreOf = [&](std::uint64_t rank) {
        return static_cast<std::uint8_t>(1 + static_cast<std::uint64_t>(bins) * rank / static_cast<std::uint64_t>(n));
    };
    if (higherIsBetter) {
        for (std::size_t k = 0; k < range; ++k) {
            score[k] = scoreOf(worse);
            worse += counts[k];
        }
    } else {
        for (std::size_t k = range; k-- > 0;) {
            score[k] = scoreOf(worse);
            worse += counts[k];
        }
    }
    for (std::size_t i = 0; i < n; ++i)
        out[i] = score[static_cast<std::size_t>(values[i] - minV)];
    return true;
}

// rfmQuantileScores for higher-is-better doubles, written straight into `out`.
void doubleQuantileScores(const double* values, std::size_t n, int bins, std::uint8_t* out)
{
    std::vector<double> sorted;
    detail::reserveHuge(sorted, n);
    sorted.assign(values, values + n);
    std::vector<double> thresholds;
    std::size_t from = 0;
    int alwaysAbove = 0;
    for (int s = 2; s <= bins; ++s) {
        const std::size_t t = (static_cast<std::size_t>(s - 1) * n + static_cast<std::size_t>(bins) - 1)
                              / static_cast<std::size_t>(bins);
        if (t == 0) {
            ++alwaysAbove;
            continue;
        }
        if (t - 1 < from) {
            thresholds.push_back(thresholds.back());
            continue;
        }
        auto nth = sorted.begin() + static_cast<std::ptrdiff_t>(t - 1);
        std::nth_element(sorted.begin() + static_cast<std::ptrdiff_t>(from), nth, sorted.end());
        thresholds.push_back(*nth);
        from = t;
    }
    for (std::size_t i = 0; i < n; ++i) {
        int score = 1 + alwaysAbove;
        for (double q : thresholds)
            score += values[i] > q ? 1 : 0;
        out[i] = static_cast<std::uint8_t>(score);
    }
}

void toBytes(const std::vector<int>& scores, std::vector<std::uint8_t>& out)
{
    out.resize(scores.size());
    for (std::size_t i = 0; i < scores.size(); ++i)
        out[i] = static_cast<std::uint8_t>(scores[i]);
}

// The RFM computation on columns: recency days and purchases per customer, M values (total or mean) and the total
// value (segment revenue).
Result<RfmCompact> rfmColumns(const std::vector<std::int32_t>& recencyDays, const std::vector<std::int32_t>& purchases,
                              const double* total, const RfmOptions& options, const RfmSegmentMap& map)
{
    const std::size_t n = recencyDays.size();
    if (n == 0)
        return fail(ErrorCode::NoData, "no customers to score");
    if (map.bins < 2 || map.bins > 9)
        return fail(ErrorCode::InvalidArgument, "RFM bins must be 2 to 9, got " + std::to_string(map.bins));
    if (map.useGrid && map.bins != 5)
        return fail(ErrorCode::InvalidArgument, "a recency x frequency grid needs 5 bins");
    if (!map.useGrid && map.fallback.empty())
        return fail(ErrorCode::InvalidArgument, "a rule segment map needs a fallback segment name");
    if (n > 0xFFFFFFFFu)
        return fail(ErrorCode::InvalidArgument, "too many customers for one RFM analysis");
    RfmCompact result;
    result.preset = map.preset;
    result.bins = map.bins;
    const bool meanM = options.monetary == RfmMonetary::MeanPerPurchase;
    std::vector<double> meanValues;
    if (meanM) {
        meanValues.resize(n);
        for (std::size_t i = 0; i < n; ++i)
            meanValues[i] = total[i] / purchases[i];
    }
    const double* mv = meanM ? meanValues.data() : total;
    detail::resizeHuge(result.r, n);
    detail::resizeHuge(result.f, n);
    detail::resizeHuge(result.m, n);
    if (options.binning == RfmBinning::Quantile) {
        if (!intQuantileScores(recencyDays, map.bins, false, result.r.data())) {
            const std::vector<double> v(recencyDays.begin(), recencyDays.end());
            toBytes(rfmQuantileScores(v, map.bins, false), result.r);
        }
        if (!intQuantileScores(purchases, map.bins, true, result.f.data())) {
            const std::vector<double> v(purchases.begin(), purchases.end());
            toBytes(rfmQuantileScores(v, map.bins, true), result.f);
        }
        doubleQuantileScores(mv, n, map.bins, result.m.data());
    } else {
        auto r = cutScores(std::vector<double>(recencyDays.begin(), recencyDays.end()), options.recencyCuts, map.bins,
                           false, "recency");
        if (!r)
            return fail(r.error());
        auto f = cutScores(std::vector<double>(purchases.begin(), purchases.end()), options.frequencyCuts, map.bins,
                           true, "frequency");
        if (!f)
            return fail(f.error());
        auto m = cutScores(std::vector<double>(mv, mv + n), options.monetaryCuts, map.bins, true, "monetary");
        if (!m)
            return fail(m.error());
        toBytes(*r, result.r);
        toBytes(*f, result.f);
        toBytes(*m, result.m);
    }
    const std::vector<std::string> names = map.segmentNames();
    auto indexOf = [&](const std::string& name) {
        return static_cast<std::uint32_t>(std::find(names.begin(), names.end(), name) - names.begin());
    };
    std::array<std::uint32_t, 25> gridSegment{};
    for (std::size_t cell = 0; cell < 25; ++cell)
        gridSegment[cell] = indexOf(map.grid[cell]);
    std::vector<std::uint32_t> ruleSegment;
    for (const RfmSegmentRule& rule : map.rules)
        ruleSegment.push_back(indexOf(rule.name));
    const std::uint32_t fallback = map.useGrid ? 0 : indexOf(map.fallback);
    result.segments.resize(names.size());
    for (std::size_t s = 0; s < names.size(); ++s)
        result.segments[s].name = names[s];
    std::array<std::array<bool, 10>, 3> used{};
    double totalRevenue = 0.0;
    detail::resizeHuge(result.segment, n);
    for (std::size_t i = 0; i < n; ++i) {
        const int r = result.r[i], f = result.f[i], m = result.m[i];
        used[0][static_cast<std::size_t>(r)] = used[1][static_cast<std::size_t>(f)] = true;
        used[2][static_cast<std::size_t>(m)] = true;
        std::uint32_t segment = fallback;
        if (map.useGrid) {
            segment = gridSegment[static_cast<std::size_t>((r - 1) * 5 + (f - 1))];
        } else {
            for (std::size_t k = 0; k < map.rules.size(); ++k) {
                const RfmSegmentRule& rule = map.rules[k];
                if (inRange(r, rule.rLo, rule.rHi) && inRange(f, rule.fLo, rule.fHi) && inRange(m, rule.mLo, rule.mHi)) {
                    segment = ruleSegment[k];
                    break;
                }
            }
        }
        result.segment[i] = segment;
        RfmSegmentSummary& seg = result.segments[segment];
        const double revenue = total[i];
        ++seg.customers;
        seg.revenue += revenue;
        totalRevenue += revenue;
        seg.meanRecencyDays += static_cast<double>(recencyDays[i]);
        seg.meanPurchases += purchases[i];
        seg.meanMonetary += mv[i];
    }
    for (int d = 0; d < 3; ++d)
        result.scoresUsed[static_cast<std::size_t>(d)] = static_cast<int>(
            std::count(used[static_cast<std::size_t>(d)].begin(), used[static_cast<std::size_t>(d)].end(), true));
    result.memberOffsets.assign(result.segments.size() + 1, 0);
    for (std::size_t s = 0; s < result.segments.size(); ++s)
        result.memberOffsets[s + 1] = result.memberOffsets[s] + static_cast<std::uint32_t>(result.segments[s].customers);
    detail::resizeHuge(result.members, n);
    std::vector<std::uint32_t> cursor(result.memberOffsets.begin(), result.memberOffsets.end() - 1);
    for (std::size_t i = 0; i < n; ++i)
        result.members[cursor[result.segment[i]]++] = static_cast<std::uint32_t>(i);
    for (RfmSegmentSummary& seg : result.segments) {
        seg.customerShare = static_cast<double>(seg.customers) / static_cast<double>(n);
        seg.revenueShare = totalRevenue != 0.0 ? seg.revenue / totalRevenue : 0.0;
        if (seg.customers > 0) {
            const auto count = static_cast<double>(seg.customers);
            seg.meanRecencyDays /= count;
            seg.meanPurchases /= count;
            seg.meanMonetary /= count;
        }
    }
    return result;
}

}  // namespace

Result<RfmCompact> computeRfmCompact(const CompactSummary& summary, const RfmOptions& options, const RfmSegmentMap& map)
{
    const int endDay = summary.calibrationEnd.value_or(summary.end).days;
    const std::size_t n = summary.size();
    std::vector<std::int32_t> recencyDays, purchases;
    detail::resizeHuge(recencyDays, n);
    detail::resizeHuge(purchases, n);
    for (std::size_t i = 0; i < n; ++i) {
        recencyDays[i] = endDay - summary.lastDay[i];
        purchases[i] = summary.frequency[i] + 1;
    }
    return rfmColumns(recencyDays, purchases, summary.totalValue.data(), options, map);
}

Result<RfmResult> computeRfm(const CustomerSummary& summary, const RfmOptions& options, const RfmSegmentMap& map)
{
    const int endDay = summary.calibrationEnd.value_or(summary.end).days;
    const std::size_t n = summary.rows.size();
    std::vector<std::int32_t> recencyDays(n), purchases(n);
    std::vector<double> total(n);
    for (std::size_t i = 0; i < n; ++i) {
        const CustomerSummaryRow& row = summary.rows[i];
        recencyDays[i] = endDay - row.lastPurchase.days;
        purchases[i] = row.frequency + 1;
        total[i] = row.totalValue;
    }
    auto compact = rfmColumns(recencyDays, purchases, total.data(), options, map);
    if (!compact)
        return fail(compact.error());
    RfmCompact& c = *compact;
    RfmResult result;
    result.preset = std::move(c.preset);
    result.bins = c.bins;
    result.scoresUsed = c.scoresUsed;
    result.customers.resize(n);
    const bool meanM = options.monetary == RfmMonetary::MeanPerPurchase;
    for (std::size_t i = 0; i < n; ++i) {
        RfmCustomer& rc = result.customers[i];
        rc.row = i;
        rc.recencyDays = static_cast<double>(recencyDays[i]);
        rc.purchases = purchases[i];
        rc.monetary = meanM ? total[i] / purchases[i] : total[i];
        rc.r = c.r[i];
        rc.f = c.f[i];
        rc.m = c.m[i];
        rc.code = 100 * rc.r + 10 * rc.f + rc.m;
        rc.segment = c.segment[i];
    }
    result.segments = std::move(c.segments);
    for (std::size_t s = 0; s < result.segments.size(); ++s)
        result.segments[s].members.assign(c.members.begin() + c.memberOffsets[s], c.members.begin() + c.memberOffsets[s + 1]);
    return result;
}

}  // namespace clv
