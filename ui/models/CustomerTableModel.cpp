// SPDX-License-Identifier: MIT
#include "ui/models/CustomerTableModel.h"

#include "ui/text/SegmentText.h"

#include "ui/text/Format.h"

#include <cassert>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace clv::ui {

CustomerTableModel::CustomerTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void CustomerTableModel::setSummary(std::shared_ptr<const clv::CustomerSummary> summary)
{
    beginResetModel();
    m_columns = CustomerColumns{};
    m_columns.summary = std::move(summary);
    endResetModel();
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void CustomerTableModel::setSegments(std::shared_ptr<const clv::RfmResult> rfm)
{
    beginResetModel();
    m_columns.rfm = std::move(rfm);
    endResetModel();
}

void CustomerTableModel::setValuation(std::shared_ptr<const clv::Valuation> valuation, int horizonMonths)
{
    beginResetModel();
    m_columns.valuation = std::move(valuation);
    m_columns.horizonMonths = horizonMonths;
    endResetModel();
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

QStringList CustomerTableModel::segmentNames() const
{
    QStringList names;
    if (m_columns.rfm)
        for (const RfmSegmentSummary& segment : m_columns.rfm->segments)
            names.append(segmentDisplayName(segment.name));
    return names;
}

QVariant CustomerTableModel::modelValue(int row, int column, int role) const
{
    const auto r = static_cast<std::size_t>(row);
    if (column == SegmentColumn) {
        if (!m_columns.hasRfm())
            return role == Qt::DisplayRole ? QVariant(u"–"_s) : QVariant();
        return segmentDisplayName(m_columns.rfm->segments[m_columns.rfm->customers[r].segment].name);
    }
    if (!m_columns.hasValuation() || !m_columns.valuation->customers[r].valid)
        return role == Qt::DisplayRole ? QVariant(u"–"_s) : QVariant();
    const CustomerValue& v = m_columns.valuation->customers[r];
    const double raw = column == AliveColumn ? v.probabilityAlive : column == PurchasesColumn ? v.expectedPurchases : v.clv;
    if (role == SortRole)
        return raw;
    if (column == AliveColumn)
        return tr("%1 %").arg(formatDecimal(raw * 100.0, 1));
    return column == PurchasesColumn ? formatDecimal(raw, 2) : formatMoney(raw);
}

int CustomerTableModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return static_cast<int>(m_columns.rows());
}

int CustomerTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const clv::CustomerSummaryRow& CustomerTableModel::summaryRow(int row) const
{
    assert(row >= 0 && static_cast<std::size_t>(row) < m_columns.rows());
    return m_columns.summary->rows[static_cast<std::size_t>(row)];
}

QString CustomerTableModel::unitSuffix() const
{
    switch (m_columns.summary ? m_columns.summary->options.unit : TimeUnit::Day) {
    case TimeUnit::Day:
        return tr("days");
    case TimeUnit::Week:
        return tr("weeks");
    case TimeUnit::Month:
        return tr("months");
    }
    return {};
}

QString CustomerTableModel::formatDuration(double value) const
{
    // Day units are whole numbers; weeks and months are fractional.
    const bool whole = std::abs(value - std::round(value)) < 1e-9;
    return formatDecimal(value, whole ? 0 : 2);
}

QVariant CustomerTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CustomerSummaryRow& row = summaryRow(index.row());
    if (index.column() >= SegmentColumn && (role == Qt::DisplayRole || role == SortRole))
        return modelValue(index.row(), index.column(), role);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CustomerColumn:
            return QString::fromStdString(row.customerId);
        case FirstPurchaseColumn:
            return formatDate(row.firstPurchase);
        case FrequencyColumn:
            return formatCount(row.frequency);
        case RecencyColumn:
            return formatDuration(row.recency);
        case TColumn:
            return formatDuration(row.T);
        case MonetaryColumn:
            return formatMoney(row.monetaryValue);
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case CustomerColumn:
            return QString::fromStdString(row.customerId);
        case FirstPurchaseColumn:
            return static_cast<qlonglong>(row.firstPurchase.days);
        case FrequencyColumn:
            return row.frequency;
        case RecencyColumn:
            return row.recency;
        case TColumn:
            return row.T;
        case MonetaryColumn:
            return row.monetaryValue;
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == CustomerColumn || index.column() == SegmentColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    default:
        return {};
    }
}

QVariant CustomerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case CustomerColumn:
            return tr("Customer");
        case FirstPurchaseColumn:
            return tr("First purchase");
        case FrequencyColumn:
            return tr("Frequency");
        case RecencyColumn:
            return tr("Recency (%1)").arg(unitSuffix());
        case TColumn:
            return tr("T (%1)").arg(unitSuffix());
        case MonetaryColumn:
            return tr("Monetary value");
        case SegmentColumn:
            return tr("Segment");
        case AliveColumn:
            return tr("P(alive)");
        case PurchasesColumn:
            return tr("Purchases (%n mo)", nullptr, m_columns.horizonMonths);
        case ClvColumn:
            return tr("CLV (%n mo)", nullptr, m_columns.horizonMonths);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case CustomerColumn:
            return tr("Customer id as imported from the orders file");
        case FirstPurchaseColumn:
            return tr("Date of the customer's first purchase");
        case FrequencyColumn:
            return tr("frequency = number of repeat purchase periods (purchases after the first); "
                      "same-day orders count once");
        case RecencyColumn:
            return tr("recency = time from the first to the last purchase, in %1; 0 without repeat purchases")
                .arg(unitSuffix());
        case TColumn:
            return tr("T = customer age: time from the first purchase to the end of the observation period, in %1")
                .arg(unitSuffix());
        case MonetaryColumn:
            return tr("monetary value = average net value of the repeat purchases (first purchase excluded, refunds "
                      "netted); 0 without repeat purchases");
        case SegmentColumn:
            return tr("RFM segment from the recency and frequency scores (quintiles) and the project's segment grid");
        case AliveColumn:
            return tr("P(alive) = probability that the customer is still active at the end of the observation, "
                      "from the fitted purchase model; – before the model is fitted");
        case PurchasesColumn:
            return tr("Expected purchases in the next %n month(s), from the fitted purchase model", nullptr,
                      m_columns.horizonMonths);
        case ClvColumn:
            return tr("CLV = discounted expected gross margin over the next %n month(s): P(alive) × expected "
                      "purchases × expected spend per purchase (Gamma-Gamma)", nullptr, m_columns.horizonMonths);
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::Alignment(
            (section == CustomerColumn || section == SegmentColumn ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter));
    return QAbstractTableModel::headerData(section, orientation, role);
}

bool CustomerTableModel::naturalLess(std::string_view a, std::string_view b)
{
    return clv::ui::naturalLess(a, b);
}

bool CustomerTableModel::lessThan(int column, int leftRow, int rightRow) const
{
    if (column < 0 || column >= ColumnCount)
        return leftRow < rightRow;
    return customerLess(m_columns, column, leftRow, rightRow);
}

}  // namespace clv::ui
