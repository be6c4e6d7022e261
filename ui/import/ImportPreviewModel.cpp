// SPDX-License-Identifier: MIT
#include "ui/import/ImportPreviewModel.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

namespace clv::ui {
namespace {

constexpr int kMaxDisplayChars = 80;

QString cellText(const std::string& value)
{
    QString text = QString::fromStdString(value);
    text.replace(u'\n', u'⏎').replace(u'\r', QString());
    if (text.size() > kMaxDisplayChars)
        text = text.left(kMaxDisplayChars - 1) + u'…';
    return text;
}

}  // namespace

ImportPreviewModel::ImportPreviewModel(QObject* parent) : QAbstractTableModel(parent) {}

void ImportPreviewModel::setPreview(std::vector<std::string> header, std::vector<std::vector<std::string>> rows)
{
    beginResetModel();
    m_header = std::move(header);
    m_rows = std::move(rows);
    std::size_t columns = m_header.size();
    for (const auto& row : m_rows)
        columns = std::max(columns, row.size());
    m_columns = static_cast<int>(std::min<std::size_t>(columns, 10000));
    endResetModel();
}

void ImportPreviewModel::clear()
{
    setPreview({}, {});
}

void ImportPreviewModel::setColumnRoles(const QStringList& roles)
{
    if (roles == m_roles)
        return;
    m_roles = roles;
    if (m_columns > 0) {
        emit headerDataChanged(Qt::Horizontal, 0, m_columns - 1);
        emit dataChanged(index(0, 0), index(std::max(0, rowCount() - 1), m_columns - 1), {Qt::BackgroundRole});
    }
}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& row = m_rows[static_cast<std::size_t>(index.row())];
    const auto column = static_cast<std::size_t>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return column < row.size() ? cellText(row[column]) : QString();
    case Qt::ToolTipRole:
        return column < row.size() && row[column].size() > static_cast<std::size_t>(kMaxDisplayChars) / 2
                   ? QVariant(QString::fromStdString(row[column]))
                   : QVariant();
    case Qt::BackgroundRole:
        if (index.column() < m_roles.size() && !m_roles.at(index.column()).isEmpty())
            return QBrush(QGuiApplication::palette().color(QPalette::Highlight).lighter(190));
        return {};
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section < 0)
        return {};
    if (orientation == Qt::Vertical) {
        if (section >= rowCount() || role != Qt::DisplayRole)
            return {};
        return section + 1;
    }
    if (section >= m_columns)
        return {};
    const auto column = static_cast<std::size_t>(section);
    const QString name = column < m_header.size() ? QString::fromStdString(m_header[column]) : tr("(extra)");
    const QString roleLabel = section < m_roles.size() ? m_roles.at(section) : QString();
    switch (role) {
    case Qt::DisplayRole:
        return roleLabel.isEmpty() ? name : tr("%1\n→ %2").arg(name, roleLabel);
    case Qt::ToolTipRole:
        return roleLabel.isEmpty() ? tr("Column %1: %2").arg(section + 1).arg(name)
                                   : tr("Column %1: %2 (used as %3)").arg(section + 1).arg(name, roleLabel);
    case Qt::FontRole:
        if (!roleLabel.isEmpty()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

}  // namespace clv::ui
