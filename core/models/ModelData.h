// SPDX-License-Identifier: MIT
#pragma once

#include "FitResult.h"

#include <string>

namespace clv::detail {

/// Keeps the rows with finite, non-negative frequency, recency and T and recency <= T (and, when
/// `requireRepeatSpend`, frequency > 0 and monetaryValue > 0). Adds RowsExcluded / NonPositiveSpend warnings
/// (to `warnings`) naming the count of rows left out.
std::vector<RfmObservation> usableRows(std::span<const RfmObservation> data, bool requireRepeatSpend,
                                       std::vector<FitWarning>& warnings);

/// Weighted mean of T over compressed rows (at least 1e-6).
double meanAge(const CompressedRfm& data);

}  // namespace clv::detail
