// SPDX-License-Identifier: MIT
#pragma once

#include "core/metrics/CustomerSummary.h"
#include "ui/models/CustomerRowIndex.h"

#include <QAbstractTableModel>

#include <memory>

namespace clv::ui {

/// Read-only table over immutable customer snapshots computed by core: the summary, the RFM segments and the active
/// model's valuation (P(alive), expected purchases, CLV), all in summary row order. The snapshot is shared, never
/// copied, so a project with a million customers costs no extra memory here and no per-row objects.
///
/// Roles: DisplayRole formatted text; SortRole (Qt::UserRole) the raw value (QString id, qint64 day number, int,
/// double) so that sorting is numeric; TextAlignmentRole right-aligns numbers; ToolTipRole on the horizontal
/// header explains each column's definition.
class CustomerTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { CustomerColumn, FirstPurchaseColumn, FrequencyColumn, RecencyColumn, TColumn, MonetaryColumn,
                  SegmentColumn, AliveColumn, PurchasesColumn, ClvColumn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole;

    explicit CustomerTableModel(QObject* parent = nullptr);

    /// Replaces the snapshot (model reset). A null pointer empties the table.
    /// Also drops segments and valuation (they belong to the previous summary).
    void setSummary(std::shared_ptr<const clv::CustomerSummary> summary);
    const std::shared_ptr<const clv::CustomerSummary>& summary() const { return m_columns.summary; }
    /// RFM segments of the summary's rows (null or another size: the column stays empty). Model reset.
    void setSegments(std::shared_ptr<const clv::RfmResult> rfm);
    /// The active model's per-customer values over `horizonMonths` (null: columns empty). Model reset.
    void setValuation(std::shared_ptr<const clv::Valuation> valuation, int horizonMonths);
    const CustomerColumns& columns() const { return m_columns; }
    /// The segment names (empty without segments).
    QStringList segmentNames() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The summary row behind a model row (no bounds check beyond an assert).
    const clv::CustomerSummaryRow& summaryRow(int row) const;

    /// Fast, allocation-free comparison of two rows by a column, used by the proxy's sort. Customer ids compare
    /// naturally ("C2" < "C10"); numbers compare numerically; ties fall back to the row order.
    bool lessThan(int column, int leftRow, int rightRow) const;

    /// Natural order of two ids: digit runs compare by value, other characters byte-wise.
    static bool naturalLess(std::string_view a, std::string_view b);

private:
    QVariant modelValue(int row, int column, int role) const;
    QString unitSuffix() const;
    QString formatDuration(double value) const;

    CustomerColumns m_columns;
};

}  // namespace clv::ui
