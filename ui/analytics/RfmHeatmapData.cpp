// SPDX-License-Identifier: MIT
#include "ui/analytics/RfmHeatmapData.h"

#include "ui/text/SegmentText.h"

#include "ui/text/Format.h"

#include <algorithm>
#include <vector>

namespace clv::ui {

HeatmapData RfmHeatmapData::build(const clv::RfmResult& result, const clv::RfmSegmentMap* grid)
{
    const int bins = std::max(1, result.bins);
    HeatmapData data;
    data.title = tr("Customers per recency x frequency cell");
    data.rowTitle = tr("Recency score R (5 = most recent)");
    data.columnTitle = tr("Frequency score F (5 = most purchases)");
    for (int row = 0; row < bins; ++row)
        data.rowLabels << tr("R%1").arg(recencyForRow(row, bins));
    for (int f = 1; f <= bins; ++f)
        data.columnLabels << tr("F%1").arg(f);

    const auto cellCount = static_cast<std::size_t>(bins * bins);
    std::vector<std::int64_t> customers(cellCount, 0);
    std::vector<double> revenue(cellCount, 0.0);
    for (const RfmCustomer& c : result.customers) {
        if (c.r < 1 || c.r > bins || c.f < 1 || c.f > bins)
            continue;
        const auto at = static_cast<std::size_t>(rowForRecency(c.r, bins) * bins + (c.f - 1));
        ++customers[at];
        revenue[at] += c.monetary;
    }
    const auto total = static_cast<double>(std::max<std::size_t>(1, result.customers.size()));
    std::int64_t most = 0;
    data.cells.resize(cellCount);
    for (std::size_t i = 0; i < cellCount; ++i) {
        const int row = static_cast<int>(i) / bins;
        const int r = recencyForRow(row, bins);
        const int f = static_cast<int>(i) % bins + 1;
        HeatmapCell& cell = data.cells[i];
        cell.value = static_cast<double>(customers[i]);
        most = std::max(most, customers[i]);
        QString segment;
        if (grid && grid->useGrid && bins == 5)
            segment = segmentDisplayName(grid->grid[static_cast<std::size_t>((r - 1) * 5 + (f - 1))]);
        cell.text = formatCount(customers[i]) + u'\n' + formatMoney(revenue[i]);
        if (!segment.isEmpty())
            cell.text += u'\n' + segment;
        cell.toolTip = tr("R %1 · F %2%3\nCustomers: %4 (%5 % of all)\nRevenue: %6\n"
                          "R and F are quantile scores of days since the last purchase and of purchase days; "
                          "revenue is the customers' total net purchase value.%7")
                           .arg(r)
                           .arg(f)
                           .arg(segment.isEmpty() ? QString() : tr(" · segment %1").arg(segment),
                                formatCount(customers[i]),
                                formatDecimal(static_cast<double>(customers[i]) * 100.0 / total, 1),
                                formatMoney(revenue[i]),
                                segment.isEmpty() ? QString() : tr("\nRight-click to move the cell to another segment."));
    }
    data.low = 0.0;
    data.high = static_cast<double>(std::max<std::int64_t>(1, most));
    data.lowText = tr("0 customers");
    data.highText = tr("%1 customers").arg(formatCount(most));
    return data;
}

}  // namespace clv::ui
