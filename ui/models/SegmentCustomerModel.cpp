// SPDX-License-Identifier: MIT
#include "ui/models/SegmentCustomerModel.h"

#include "ui/text/Format.h"

namespace clv::ui {

SegmentCustomerModel::SegmentCustomerModel(QObject* parent) : QAbstractTableModel(parent) {}

void SegmentCustomerModel::setSegment(std::shared_ptr<const clv::RfmResult> result,
                                      std::shared_ptr<const clv::CustomerSummary> summary, int segment)
{
    beginResetModel();
    m_result = std::move(result);
    m_summary = std::move(summary);
    m_rows.clear();
    if (m_result && m_summary && segment >= 0 && static_cast<std::size_t>(segment) < m_result->segments.size())
        m_rows = m_result->segments[static_cast<std::size_t>(segment)].members;
    endResetModel();
}

void SegmentCustomerModel::setCell(std::shared_ptr<const clv::RfmResult> result,
                                   std::shared_ptr<const clv::CustomerSummary> summary, int r, int f)
{
    beginResetModel();
    m_result = std::move(result);
    m_summary = std::move(summary);
    m_rows.clear();
    if (m_result && m_summary) {
        for (std::size_t i = 0; i < m_result->customers.size(); ++i)
            if (m_result->customers[i].r == r && m_result->customers[i].f == f)
                m_rows.push_back(i);
    }
    endResetModel();
}

void SegmentCustomerModel::clear()
{
    beginResetModel();
    m_result.reset();
    m_summary.reset();
    m_rows.clear();
    endResetModel();
}

int SegmentCustomerModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SegmentCustomerModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SegmentCustomerModel::raw(const RfmCustomer& c, int column) const
{
    switch (column) {
    case CustomerColumn:
        return c.row < m_summary->rows.size() ? QString::fromStdString(m_summary->rows[c.row].customerId) : QString();
    case RColumn: return c.r;
    case FColumn: return c.f;
    case MColumn: return c.m;
    case CodeColumn: return c.code;
    case RecencyColumn: return c.recencyDays;
    case PurchasesColumn: return c.purchases;
    case MonetaryColumn: return c.monetary;
    default: return {};
    }
}

QVariant SegmentCustomerModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_result)
        return {};
    const RfmCustomer& c = m_result->customers[m_rows[static_cast<std::size_t>(index.row())]];
    if (role == RawRole)
        return raw(c, index.column());
    if (role == Qt::TextAlignmentRole)
        return index.column() == CustomerColumn ? QVariant() : QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case RecencyColumn: return formatDecimal(c.recencyDays, 0);
    case MonetaryColumn: return formatMoney(c.monetary);
    case PurchasesColumn: return formatCount(c.purchases);
    default: return raw(c, index.column()).toString();
    }
}

QVariant SegmentCustomerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case CustomerColumn: return tr("Customer");
        case RColumn: return tr("R");
        case FColumn: return tr("F");
        case MColumn: return tr("M");
        case CodeColumn: return tr("RFM");
        case RecencyColumn: return tr("Recency (days)");
        case PurchasesColumn: return tr("Purchases");
        case MonetaryColumn: return tr("Monetary");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case CustomerColumn: return tr("Customer id as imported");
        case RColumn: return tr("Recency score: 5 = bought most recently (quantile bins)");
        case FColumn: return tr("Frequency score: 5 = most purchases (quantile bins)");
        case MColumn: return tr("Monetary score: 5 = highest total net value (quantile bins)");
        case CodeColumn: return tr("100 R + 10 F + M");
        case RecencyColumn: return tr("Days from the last purchase to the end date");
        case PurchasesColumn: return tr("Purchase days, the first included");
        case MonetaryColumn: return tr("Total net value of all purchases, refunds subtracted");
        default: return {};
        }
    }
    return {};
}

}  // namespace clv::ui
