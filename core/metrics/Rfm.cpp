// SPDX-License-Identifier: MIT
#include "core/metrics/Rfm.h"

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

Result<RfmResult> computeRfm(const CustomerSummary& summary, const RfmOptions& options, const RfmSegmentMap& map)
{
    if (summary.rows.empty())
        return fail(ErrorCode::NoData, "no customers to score");
    if (map.bins < 2 || map.bins > 9)
        return fail(ErrorCode::InvalidArgument, "RFM bins must be 2 to 9, got " + std::to_string(map.bins));
    if (map.useGrid && map.bins != 5)
        return fail(ErrorCode::InvalidArgument, "a recency x frequency grid needs 5 bins");
    if (!map.useGrid && map.fallback.empty())
        return fail(ErrorCode::InvalidArgument, "a rule segment map needs a fallback segment name");
    const Date end = summary.calibrationEnd.value_or(summary.end);
    const std::size_t n = summary.rows.size();
    RfmResult result;
    result.preset = map.preset;
    result.bins = map.bins;
    result.customers.resize(n);
    std::vector<double> rv(n), fv(n), mv(n);
    for (std::size_t i = 0; i < n; ++i) {
        const CustomerSummaryRow& row = summary.rows[i];
        RfmCustomer& c = result.customers[i];
        c.row = i;
        c.recencyDays = static_cast<double>(end.days - row.lastPurchase.days);
        c.purchases = row.frequency + 1;
        c.monetary = options.monetary == RfmMonetary::Total ? row.totalValue : row.totalValue / c.purchases;
        rv[i] = c.recencyDays;
        fv[i] = c.purchases;
        mv[i] = c.monetary;
    }
    std::vector<int> rs, fs, ms;
    if (options.binning == RfmBinning::Quantile) {
        rs = rfmQuantileScores(rv, map.bins, false);
        fs = rfmQuantileScores(fv, map.bins, true);
        ms = rfmQuantileScores(mv, map.bins, true);
    } else {
        auto r = cutScores(rv, options.recencyCuts, map.bins, false, "recency");
        if (!r)
            return fail(r.error());
        auto f = cutScores(fv, options.frequencyCuts, map.bins, true, "frequency");
        if (!f)
            return fail(f.error());
        auto m = cutScores(mv, options.monetaryCuts, map.bins, true, "monetary");
        if (!m)
            return fail(m.error());
        rs = std::move(*r);
        fs = std::move(*f);
        ms = std::move(*m);
    }
    const std::vector<std::string> names = map.segmentNames();
    auto indexOf = [&](const std::string& name) {
        return static_cast<std::size_t>(std::find(names.begin(), names.end(), name) - names.begin());
    };
    std::array<std::size_t, 25> gridSegment{};
    for (std::size_t cell = 0; cell < 25; ++cell)
        gridSegment[cell] = indexOf(map.grid[cell]);
    result.segments.resize(names.size());
    for (std::size_t s = 0; s < names.size(); ++s)
        result.segments[s].name = names[s];
    std::array<std::vector<bool>, 3> used;
    for (auto& u : used)
        u.assign(static_cast<std::size_t>(map.bins) + 1, false);
    double totalRevenue = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        RfmCustomer& c = result.customers[i];
        c.r = rs[i];
        c.f = fs[i];
        c.m = ms[i];
        used[0][static_cast<std::size_t>(c.r)] = used[1][static_cast<std::size_t>(c.f)] = true;
        used[2][static_cast<std::size_t>(c.m)] = true;
        c.code = 100 * c.r + 10 * c.f + c.m;
        if (map.useGrid) {
            c.segment = gridSegment[static_cast<std::size_t>((c.r - 1) * 5 + (c.f - 1))];
        } else {
            c.segment = indexOf(map.fallback);
            for (const RfmSegmentRule& rule : map.rules)
                if (inRange(c.r, rule.rLo, rule.rHi) && inRange(c.f, rule.fLo, rule.fHi) && inRange(c.m, rule.mLo, rule.mHi)) {
                    c.segment = indexOf(rule.name);
                    break;
                }
        }
        RfmSegmentSummary& seg = result.segments[c.segment];
        const double revenue = summary.rows[i].totalValue;
        ++seg.customers;
        seg.revenue += revenue;
        totalRevenue += revenue;
        seg.meanRecencyDays += c.recencyDays;
        seg.meanPurchases += c.purchases;
        seg.meanMonetary += c.monetary;
        seg.members.push_back(i);
    }
    for (int d = 0; d < 3; ++d)
        result.scoresUsed[static_cast<std::size_t>(d)] =
            static_cast<int>(std::count(used[static_cast<std::size_t>(d)].begin(), used[static_cast<std::size_t>(d)].end(), true));
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

}  // namespace clv
