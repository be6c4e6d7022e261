// SPDX-License-Identifier: MIT
#pragma once

#include "core/metrics/CustomerSummary.h"
#include "core/storage/Database.h"
#include "core/util/Result.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace clv {

/// How R, F and M values become scores 1..bins (bins come from the segment map: 5, or 4 for the quartile preset).
/// - Quantile (default): score = 1 + floor(bins x rank / n), where rank is the number of customers with a strictly
///   worse value (pandas rank(method="min")). Tie rule: equal values always share one score, so when one value holds
///   more than 1/bins of the customers the bins it spans collapse and some scores stay unused (e.g. many one-time
///   buyers all get F = 1, the next frequency starts at a higher score). Never fails on ties.
/// - CutPoints: bins - 1 ascending cut points per dimension; intervals are [cut_i, cut_i+1) (R rfm convention).
///   F and M: score = 1 + number of cuts <= value; R: score = bins - number of cuts <= value.
enum class RfmBinning { Quantile, CutPoints };

/// The M value: total net value of all purchases (R rfm package; default) or mean per purchase.
enum class RfmMonetary { Total, MeanPerPurchase };

struct RfmOptions {
    RfmBinning binning = RfmBinning::Quantile;
    RfmMonetary monetary = RfmMonetary::Total;
    std::vector<double> recencyCuts;    ///< days since the last purchase (CutPoints only)
    std::vector<double> frequencyCuts;  ///< number of purchases, the first included (CutPoints only)
    std::vector<double> monetaryCuts;   ///< currency units (CutPoints only)
};

/// A segment rule: inclusive score ranges for R, F and M.
struct RfmSegmentRule {
    std::string name;
    int rLo = 1, rHi = 5, fLo = 1, fHi = 5, mLo = 1, mHi = 5;
};

/// Named segments. A grid map assigns each of the 5x5 recency x frequency cells exactly one segment; a rule map
/// gives each customer the first rule that matches, else `fallback`. Either way every customer is in one segment.
struct RfmSegmentMap {
    std::string preset = "grid";  ///< "grid" (10 segments, editable), "quartile" (PyMC 5 segments), "rfm-package"
    int bins = 5;
    bool useGrid = true;
    std::array<std::string, 25> grid;  ///< grid[(R - 1) * 5 + (F - 1)]
    std::vector<RfmSegmentRule> rules;
    std::string fallback;
    /// Segment names in display order (grid: the default 10 first, then new names as they appear; rules: rule
    /// order without repeats, then the fallback).
    std::vector<std::string> segmentNames() const;
};

/// The default 10-segment RF map (clv-models.md 5.8): champions, loyal, potential loyalists, new, promising,
/// need attention, about to sleep, at risk, can't lose, hibernating.
RfmSegmentMap defaultRfmGrid();
/// "grid", "quartile" (PyMC-Marketing quartile codes: Premium, Repeat, Top Spender, At Risk, Inactive, Other) or
/// "rfm-package" (R rfm package intervals, first match wins, else Others). nullopt for other names.
std::optional<RfmSegmentMap> rfmPreset(std::string_view name);

/// JSON of a grid map: {"version":1,"cells":[[R1F1..R1F5],...,[R5F1..R5F5]]} (row = recency score - 1).
std::string rfmGridToJson(const RfmSegmentMap& map);
/// Parses rfmGridToJson output. Parse error for malformed JSON, InvalidArgument for a grid that is not 5x5 of
/// non-empty names.
Result<RfmSegmentMap> rfmGridFromJson(std::string_view json);
inline constexpr const char* kRfmGridSetting = "rfm/grid";
/// The project's grid (setting "rfm/grid"), or the default grid when none is stored.
Result<RfmSegmentMap> loadRfmGrid(Database& db);
Result<void> saveRfmGrid(Database& db, const RfmSegmentMap& map);

struct RfmCustomer {
    std::size_t row = 0;       ///< index into CustomerSummary::rows
    double recencyDays = 0.0;  ///< days from the last purchase to the (calibration) end
    int purchases = 0;         ///< purchase periods, the first included (summary frequency + 1)
    double monetary = 0.0;     ///< total or mean per purchase, per RfmOptions::monetary
    int r = 0, f = 0, m = 0;   ///< scores 1..bins (higher is better; recent = high R)
    int code = 0;              ///< 100 R + 10 F + M, e.g. 545
    std::size_t segment = 0;   ///< index into RfmResult::segments
};

struct RfmSegmentSummary {
    std::string name;
    std::int64_t customers = 0;
    double revenue = 0.0;        ///< total net value of the members' purchases
    double customerShare = 0.0;  ///< customers / all customers (0..1)
    double revenueShare = 0.0;   ///< revenue / all revenue (0..1; 0 when the total is 0)
    double meanRecencyDays = 0.0, meanPurchases = 0.0, meanMonetary = 0.0;
    std::vector<std::size_t> members;  ///< indices into RfmResult::customers
};

struct RfmResult {
    std::string preset;
    int bins = 5;
    std::array<int, 3> scoresUsed{};  ///< distinct R, F, M scores present (< bins when ties collapsed bins)
    std::vector<RfmCustomer> customers;  ///< one per summary row, same order
    std::vector<RfmSegmentSummary> segments;  ///< every segment of the map, empty ones included
};

/// RFM in columns (the fast path of computeRfm): scores per summary row, segment members as one index array grouped
/// by segment. recencyDays, purchases and monetary follow from the summary (end - lastDay, frequency + 1, total or
/// total / purchases); code = 100 r + 10 f + m.
struct RfmCompact {
    std::string preset;
    int bins = 5;
    std::array<int, 3> scoresUsed{};
    std::vector<std::uint8_t> r, f, m;     ///< per summary row
    std::vector<std::uint32_t> segment;    ///< per summary row: index into segments
    std::vector<RfmSegmentSummary> segments;  ///< as RfmResult::segments, but `members` left empty
    std::vector<std::uint32_t> members;        ///< summary rows grouped by segment, ascending within a segment
    std::vector<std::uint32_t> memberOffsets;  ///< segment s owns members[memberOffsets[s], memberOffsets[s + 1])
};

/// Same as computeRfm on the columnar summary.
Result<RfmCompact> computeRfmCompact(const CompactSummary& summary, const RfmOptions& options, const RfmSegmentMap& map);

/// Scores every customer of `summary` and assigns segments. InvalidArgument for bad cut points or a grid map whose
/// bins are not 5; NoData for an empty summary.
Result<RfmResult> computeRfm(const CustomerSummary& summary, const RfmOptions& options, const RfmSegmentMap& map);

/// Scores for one dimension (exposed for tests). `higherIsBetter` false for recency.
std::vector<int> rfmQuantileScores(const std::vector<double>& values, int bins, bool higherIsBetter);

}  // namespace clv
