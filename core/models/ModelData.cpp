// SPDX-License-Identifier: MIT
#include "ModelData.h"

#include <algorithm>
#include <cmath>

namespace clv::detail {

std::vector<RfmObservation> usableRows(std::span<const RfmObservation> data, bool requireRepeatSpend,
                                       std::vector<FitWarning>& warnings)
{
    std::vector<RfmObservation> out;
    out.reserve(data.size());
    std::size_t invalid = 0, nonPositiveSpend = 0;
    for (const auto& row : data) {
        const bool valid = std::isfinite(row.frequency) && std::isfinite(row.recency) && std::isfinite(row.T)
                           && row.frequency >= 0.0 && row.recency >= 0.0 && row.recency <= row.T
                           && (!requireRepeatSpend || std::isfinite(row.monetaryValue));
        if (!valid) {
            ++invalid;
            continue;
        }
        if (requireRepeatSpend) {
            if (row.frequency <= 0.0)
                continue;  // non-repeaters carry no spend information; not a problem
            if (!(row.monetaryValue > 0.0)) {
                ++nonPositiveSpend;
                continue;
            }
        }
        out.push_back(row);
    }
    if (invalid > 0)
        warnings.push_back({FitWarningCode::RowsExcluded,
                            std::to_string(invalid)
                                + " rows with negative or non-finite values or recency > T were left out"});
    if (nonPositiveSpend > 0)
        warnings.push_back({FitWarningCode::NonPositiveSpend,
                            std::to_string(nonPositiveSpend)
                                + " repeat customers with mean spend <= 0 were left out of the spend model"});
    return out;
}

CompressedRfm compressUsablePurchases(std::span<const RfmObservation> data, std::vector<FitWarning>& warnings)
{
    const bool allUsable = std::all_of(data.begin(), data.end(), [](const RfmObservation& row) {
        return std::isfinite(row.frequency) && std::isfinite(row.recency) && std::isfinite(row.T)
               && row.frequency >= 0.0 && row.recency >= 0.0 && row.recency <= row.T;
    });
    if (allUsable)
        return compressObservations(data, false);
    const auto rows = usableRows(data, false, warnings);
    return compressObservations(rows, false);
}

double meanAge(const CompressedRfm& data)
{
    double sum = 0.0;
    for (std::size_t i = 0; i < data.rows.size(); ++i)
        sum += data.weights[i] * data.rows[i].T;
    return std::max(1e-6, data.totalWeight > 0.0 ? sum / data.totalWeight : 1.0);
}

}  // namespace clv::detail
