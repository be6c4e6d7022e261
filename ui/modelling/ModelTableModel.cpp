// SPDX-License-Identifier: MIT
#include "ui/modelling/ModelTableModel.h"

namespace clv::ui {

ModelTableModel::ModelTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ModelTableModel::setTable(QList<Column> columns, QList<QList<Cell>> rows)
{
    beginResetModel();
    m_columns = std::move(columns);
    m_rows = std::move(rows);
    endResetModel();
}

void ModelTableModel::clearTable()
{
    setTable({}, {});
}

int ModelTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ModelTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QVariant ModelTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QList<Cell>& row = m_rows.at(index.row());
    if (index.column() >= row.size())
        return {};
    const Cell& cell = row.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return cell.text;
    case RawRole:
        return cell.raw;
    case Qt::ToolTipRole:
        return cell.toolTip.isEmpty() ? m_columns.at(index.column()).definition : cell.toolTip;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(cell.raw.isValid() ? Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter)
                                                      : Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    default:
        return {};
    }
}

QVariant ModelTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section < 0 || section >= m_columns.size())
        return {};
    if (role == Qt::DisplayRole)
        return m_columns.at(section).title;
    if (role == Qt::ToolTipRole)
        return m_columns.at(section).definition;
    return {};
}

ModelTableModel::Cell ModelTableModel::number(const QString& text, double raw, const QString& toolTip)
{
    return {text, QVariant(raw), toolTip};
}

ModelTableModel::Cell ModelTableModel::text(const QString& text, const QString& toolTip)
{
    return {text, QVariant(), toolTip};
}

}  // namespace clv::ui
