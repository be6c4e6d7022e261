// SPDX-License-Identifier: MIT
#include "ui/models/SegmentTableModel.h"

#include "ui/text/SegmentText.h"

#include "ui/text/Format.h"

namespace clv::ui {

SegmentTableModel::SegmentTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void SegmentTableModel::setResult(std::shared_ptr<const clv::RfmResult> result)
{
    beginResetModel();
    m_result = std::move(result);
    endResetModel();
}

int SegmentTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_result ? 0 : static_cast<int>(m_result->segments.size());
}

int SegmentTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SegmentTableModel::raw(const RfmSegmentSummary& s, int column) const
{
    switch (column) {
    case SegmentColumn:
        return QString::fromStdString(s.name);
    case CustomersColumn:
        return static_cast<qlonglong>(s.customers);
    case CustomerShareColumn:
        return s.customerShare * 100.0;
    case RevenueColumn:
        return s.revenue;
    case RevenueShareColumn:
        return s.revenueShare * 100.0;
    case RecencyColumn:
        return s.meanRecencyDays;
    case PurchasesColumn:
        return s.meanPurchases;
    case MonetaryColumn:
        return s.meanMonetary;
    default:
        return {};
    }
}

QVariant SegmentTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_result)
        return {};
    const RfmSegmentSummary& s = m_result->segments[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    if (role == RawRole)
        return raw(s, column);
    if (role == Qt::TextAlignmentRole)
        return column == SegmentColumn ? QVariant() : QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case SegmentColumn:
        return segmentDisplayName(s.name);
    case CustomersColumn:
        return formatCount(s.customers);
    case CustomerShareColumn:
        return tr("%1 %").arg(formatDecimal(s.customerShare * 100.0, 1));
    case RevenueColumn:
        return formatMoney(s.revenue);
    case RevenueShareColumn:
        return tr("%1 %").arg(formatDecimal(s.revenueShare * 100.0, 1));
    case RecencyColumn:
        return formatDecimal(s.meanRecencyDays, 1);
    case PurchasesColumn:
        return formatDecimal(s.meanPurchases, 2);
    case MonetaryColumn:
        return formatMoney(s.meanMonetary);
    default:
        return {};
    }
}

QVariant SegmentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case SegmentColumn: return tr("Segment");
        case CustomersColumn: return tr("Customers");
        case CustomerShareColumn: return tr("Customer share");
        case RevenueColumn: return tr("Revenue");
        case RevenueShareColumn: return tr("Revenue share");
        case RecencyColumn: return tr("Avg recency (days)");
        case PurchasesColumn: return tr("Avg purchases");
        case MonetaryColumn: return tr("Avg monetary");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case SegmentColumn: return tr("Segment of the RFM map: each recency x frequency cell belongs to one segment");
        case CustomersColumn: return tr("Customers in the segment");
        case CustomerShareColumn: return tr("Customers in the segment / all customers");
        case RevenueColumn: return tr("Total net value of the members' purchases, refunds subtracted");
        case RevenueShareColumn: return tr("Segment revenue / all revenue");
        case RecencyColumn: return tr("Mean days from the member's last purchase to the end date");
        case PurchasesColumn: return tr("Mean number of purchase days per member, the first included");
        case MonetaryColumn: return tr("Mean M value: total net purchase value per member");
        default: return {};
        }
    }
    return {};
}

}  // namespace clv::ui
