// SPDX-License-Identifier: MIT
#pragma once

#include "ui/charts/HeatmapView.h"

#include "core/metrics/Rfm.h"

#include <QCoreApplication>

namespace clv::ui {

/// Turns core's RFM result into the recency x frequency heat map: rows are recency scores from best (top) to 1,
/// columns frequency scores 1 to bins. Each cell shows the customers with that R and F score (the colour), their
/// total revenue and, for a grid map, the cell's segment.
class RfmHeatmapData {
    Q_DECLARE_TR_FUNCTIONS(RfmHeatmapData)

public:
    /// `grid` is the map shown in the cells (null for rule presets, whose segments do not follow the cells).
    static HeatmapData build(const clv::RfmResult& result, const clv::RfmSegmentMap* grid);

    /// Heat map row for a recency score, and back (bins from the result).
    static int rowForRecency(int r, int bins) { return bins - r; }
    static int recencyForRow(int row, int bins) { return bins - row; }
};

}  // namespace clv::ui
