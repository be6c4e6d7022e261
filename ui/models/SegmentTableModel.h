// SPDX-License-Identifier: MIT
#pragma once

#include "core/metrics/Rfm.h"

#include <QAbstractTableModel>

#include <memory>

namespace clv::ui {

/// One row per RFM segment (core's RfmResult::segments, empty segments included): customers, revenue, their shares
/// and the members' mean recency, purchases and monetary value. DisplayRole is formatted text, RawRole the number
/// (for CSV export and sorting), ToolTipRole on the header the definition of each column.
class SegmentTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { SegmentColumn, CustomersColumn, CustomerShareColumn, RevenueColumn, RevenueShareColumn,
                  RecencyColumn, PurchasesColumn, MonetaryColumn, ColumnCount };
    static constexpr int RawRole = Qt::UserRole;

    explicit SegmentTableModel(QObject* parent = nullptr);

    void setResult(std::shared_ptr<const clv::RfmResult> result);
    const std::shared_ptr<const clv::RfmResult>& result() const { return m_result; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant raw(const clv::RfmSegmentSummary& segment, int column) const;

    std::shared_ptr<const clv::RfmResult> m_result;
};

}  // namespace clv::ui
