// SPDX-License-Identifier: MIT
#pragma once

#include "core/metrics/CustomerSummary.h"
#include "core/metrics/Rfm.h"

#include <QAbstractTableModel>

#include <memory>

namespace clv::ui {

/// The customers of one RFM segment (or of one R x F cell): id, R/F/M scores, RFM code, recency in days,
/// purchases and M value, straight from core's RfmResult and the customer summary it was computed from.
class SegmentCustomerModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { CustomerColumn, RColumn, FColumn, MColumn, CodeColumn, RecencyColumn, PurchasesColumn,
                  MonetaryColumn, ColumnCount };
    static constexpr int RawRole = Qt::UserRole;

    explicit SegmentCustomerModel(QObject* parent = nullptr);

    /// Shows the members of `segment` (index into result->segments); -1 or null data empties the table.
    void setSegment(std::shared_ptr<const clv::RfmResult> result, std::shared_ptr<const clv::CustomerSummary> summary,
                    int segment);
    /// Shows the customers with recency score `r` and frequency score `f` (1-based), whatever their segment.
    void setCell(std::shared_ptr<const clv::RfmResult> result, std::shared_ptr<const clv::CustomerSummary> summary,
                 int r, int f);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant raw(const clv::RfmCustomer& customer, int column) const;

    std::shared_ptr<const clv::RfmResult> m_result;
    std::shared_ptr<const clv::CustomerSummary> m_summary;
    std::vector<std::size_t> m_rows;  ///< indices into m_result->customers
};

}  // namespace clv::ui
