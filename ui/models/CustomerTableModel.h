// SPDX-License-Identifier: MIT
#pragma once

#include "core/metrics/CustomerSummary.h"

#include <QAbstractTableModel>

#include <memory>

namespace clv::ui {

/// Read-only table over an immutable customer summary snapshot computed by core. The snapshot is shared, never
/// copied, so a project with a million customers costs no extra memory here and no per-row objects.
///
/// Roles: DisplayRole formatted text; SortRole (Qt::UserRole) the raw value (QString id, qint64 day number, int,
/// double) so that sorting is numeric; TextAlignmentRole right-aligns numbers; ToolTipRole on the horizontal
/// header explains each column's definition.
class CustomerTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { CustomerColumn, FirstPurchaseColumn, FrequencyColumn, RecencyColumn, TColumn, MonetaryColumn,
                  ColumnCount };
    static constexpr int SortRole = Qt::UserRole;

    explicit CustomerTableModel(QObject* parent = nullptr);

    /// Replaces the snapshot (model reset). A null pointer empties the table.
    void setSummary(std::shared_ptr<const clv::CustomerSummary> summary);
    const std::shared_ptr<const clv::CustomerSummary>& summary() const { return m_summary; }

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
    QString unitSuffix() const;
    QString formatDuration(double value) const;

    std::shared_ptr<const clv::CustomerSummary> m_summary;
};

}  // namespace clv::ui
