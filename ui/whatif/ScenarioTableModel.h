// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <QStringList>
#include <QVariant>

#include <set>
#include <vector>

namespace clv::ui {

/// One cell: the display text and the raw number (Qt::UserRole, used by the CSV export); raw is null for text.
struct FigureCell {
    QString text;
    QVariant raw;
};

struct FigureRow {
    std::vector<FigureCell> cells;
    QString toolTip;  ///< the definition of the row's number(s)
};

/// A read-only table of figures for the what-if page: the delta table and the data-table twin of every chart.
/// Columns can be marked stale while the worker recomputes them: they are shown greyed and in italics, with a
/// "being recomputed" tooltip.
class ScenarioTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    explicit ScenarioTableModel(QObject* parent = nullptr);

    void setTable(QStringList headers, std::vector<FigureRow> rows, QStringList headerToolTips = {});
    void clear();
    /// Marks `columns` as stale (true) or fresh (false); fresh clears every mark.
    void setStale(bool stale, const std::set<int>& columns = {});
    bool isStale() const { return !m_stale.empty(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The display text of a cell (for tests).
    QString text(int row, int column) const;
    /// The row whose first cell reads `label`, or −1.
    int findRow(const QString& label) const;

private:
    QStringList m_headers, m_headerToolTips;
    std::vector<FigureRow> m_rows;
    std::set<int> m_stale;
};

}  // namespace clv::ui
