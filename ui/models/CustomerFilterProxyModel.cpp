// SPDX-License-Identifier: MIT
#include "ui/models/CustomerFilterProxyModel.h"

#include "ui/models/CustomerTableModel.h"

#include <algorithm>

namespace clv::ui {
namespace {

char asciiLower(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

bool containsIgnoringCase(std::string_view haystack, std::string_view lowerNeedle)
{
    const auto it = std::search(haystack.begin(), haystack.end(), lowerNeedle.begin(), lowerNeedle.end(),
                                [](char h, char n) { return asciiLower(h) == n; });
    return it != haystack.end();
}

}  // namespace

CustomerFilterProxyModel::CustomerFilterProxyModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(CustomerTableModel::SortRole);
    setFilterKeyColumn(CustomerTableModel::CustomerColumn);
}

void CustomerFilterProxyModel::setSourceModel(QAbstractItemModel* model)
{
    m_customers = qobject_cast<CustomerTableModel*>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void CustomerFilterProxyModel::setCustomerFilter(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filterText)
        return;
    m_filterText = trimmed;
    m_needle = m_filterText.toStdString();
    std::transform(m_needle.begin(), m_needle.end(), m_needle.begin(), asciiLower);
    invalidateFilter();
}

bool CustomerFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_needle.empty())
        return true;
    if (!m_customers)
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    return containsIgnoringCase(m_customers->summaryRow(sourceRow).customerId, m_needle);
}

bool CustomerFilterProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (!m_customers || sortRole() != CustomerTableModel::SortRole)
        return QSortFilterProxyModel::lessThan(left, right);
    return m_customers->lessThan(left.column(), left.row(), right.row());
}

}  // namespace clv::ui
