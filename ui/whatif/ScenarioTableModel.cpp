// SPDX-License-Identifier: MIT
#include "ui/whatif/ScenarioTableModel.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

namespace clv::ui {

ScenarioTableModel::ScenarioTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ScenarioTableModel::setTable(QStringList headers, std::vector<FigureRow> rows, QStringList headerToolTips)
{
    beginResetModel();
    m_headers = std::move(headers);
    m_headerToolTips = std::move(headerToolTips);
    m_rows = std::move(rows);
    m_stale.clear();
    endResetModel();
}

void ScenarioTableModel::clear()
{
    setTable({}, {});
}

void ScenarioTableModel::setStale(bool stale, const std::set<int>& columns)
{
    const std::set<int> next = stale ? columns : std::set<int>();
    if (next == m_stale)
        return;
    m_stale = next;
    if (!m_rows.empty() && !m_headers.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                         {Qt::FontRole, Qt::ForegroundRole, Qt::ToolTipRole});
}

int ScenarioTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ScenarioTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_headers.size());
}

QVariant ScenarioTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const FigureRow& row = m_rows[static_cast<std::size_t>(index.row())];
    const auto column = static_cast<std::size_t>(index.column());
    const FigureCell cell = column < row.cells.size() ? row.cells[column] : FigureCell{};
    const bool stale = m_stale.count(index.column()) > 0;
    switch (role) {
    case Qt::DisplayRole: return cell.text;
    case Qt::UserRole: return cell.raw.isValid() ? cell.raw : QVariant(cell.text);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(index.column() == 0 || !cell.raw.isValid() ? Qt::AlignLeft | Qt::AlignVCenter
                                                                              : Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole: {
        // The first column may be elided: its tooltip starts with the full text.
        const QString tip = index.column() == 0 && !cell.text.isEmpty() && cell.text != row.toolTip
                                ? (row.toolTip.isEmpty() ? cell.text : cell.text + u'\n' + row.toolTip)
                                : row.toolTip;
        return stale ? tr("%1\n(Being recomputed for the latest inputs…)").arg(tip) : tip;
    }
    case Qt::FontRole:
        if (stale) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (stale)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    default: return {};
    }
}

QVariant ScenarioTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_headers.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_headers[section];
    if (role == Qt::ToolTipRole && section < m_headerToolTips.size())
        return m_headerToolTips[section];
    return {};
}

QString ScenarioTableModel::text(int row, int column) const
{
    return data(index(row, column), Qt::DisplayRole).toString();
}

int ScenarioTableModel::findRow(const QString& label) const
{
    for (int r = 0; r < rowCount(); ++r)
        if (text(r, 0) == label)
            return r;
    return -1;
}

}  // namespace clv::ui
