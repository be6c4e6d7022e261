// SPDX-License-Identifier: MIT
#pragma once

#include "core/metrics/CustomerSummary.h"
#include "core/metrics/Rfm.h"
#include "core/models/Valuation.h"

#include <Qt>

#include <memory>
#include <optional>
#include <stop_token>
#include <string>
#include <string_view>
#include <vector>

namespace clv::ui {

/// The columns behind the customer table: immutable snapshots shared by the GUI and worker threads. Row i of the
/// summary is row i of the RFM result and of the valuation (when they are set and have the same size).
struct CustomerColumns {
    std::shared_ptr<const clv::CustomerSummary> summary;
    std::shared_ptr<const clv::RfmResult> rfm;             ///< null until segments are known
    std::shared_ptr<const clv::Valuation> valuation;       ///< null until a model snapshot arrives
    int horizonMonths = 0;                                 ///< of the valuation

    std::size_t rows() const { return summary ? summary->rows.size() : 0; }
    bool hasRfm() const { return rfm && rfm->customers.size() == rows(); }
    bool hasValuation() const { return valuation && valuation->customers.size() == rows(); }
};

/// Which rows the table shows and in which order. Filters combine with AND; CLV and P(alive) filters need a
/// valuation (rows the model could not value are then hidden), the segment filter needs RFM.
struct CustomerQuery {
    int sortColumn = -1;  ///< CustomerTableModel column, -1 = source order
    Qt::SortOrder order = Qt::AscendingOrder;
    std::string idNeedle;              ///< ASCII-lower-cased substring of the customer id; empty = any
    int segment = -1;                  ///< RFM segment index, -1 = any
    std::optional<double> minClv;      ///< currency units
    std::optional<double> minAlive;    ///< probability in [0, 1]
    std::optional<double> maxAlive;

    bool filters() const { return !idNeedle.empty() || segment >= 0 || minClv || minAlive || maxAlive; }
    bool trivial() const { return sortColumn < 0 && !filters(); }
    bool operator==(const CustomerQuery&) const = default;
};

/// The visible rows: source rows in view order, and per source row its view row (-1 when filtered out).
struct CustomerRowIndex {
    std::vector<int> rows;
    std::vector<int> inverse;
};

/// Filters and sorts (stable: ties keep the source order) the rows of `columns` for `query`. Pure; runs on a
/// worker for large tables. Returns nullopt when `stop` is requested.
std::optional<CustomerRowIndex> computeRowIndex(const CustomerColumns& columns, const CustomerQuery& query,
                                                const std::stop_token& stop = {});

/// Comparison of two source rows by a CustomerTableModel column (natural order for ids, numbers numerically).
bool customerLess(const CustomerColumns& columns, int column, int leftRow, int rightRow);

/// Natural order of two ids: digit runs compare by value, other characters byte-wise.
bool naturalLess(std::string_view a, std::string_view b);

/// ASCII lower case of `text` (the form CustomerQuery::idNeedle expects).
std::string lowerAscii(std::string text);

}  // namespace clv::ui
