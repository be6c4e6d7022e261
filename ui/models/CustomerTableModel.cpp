// SPDX-License-Identifier: MIT
#include "ui/models/CustomerTableModel.h"

#include "ui/text/Format.h"

#include <cassert>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace clv::ui {

CustomerTableModel::CustomerTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void CustomerTableModel::setSummary(std::shared_ptr<const clv::CustomerSummary> summary)
{
    beginResetModel();
    m_summary = std::move(summary);
    endResetModel();
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int CustomerTableModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_summary)
        return 0;
    return static_cast<int>(m_summary->rows.size());
}

int CustomerTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const clv::CustomerSummaryRow& CustomerTableModel::summaryRow(int row) const
{
    assert(m_summary && row >= 0 && static_cast<std::size_t>(row) < m_summary->rows.size());
    return m_summary->rows[static_cast<std::size_t>(row)];
}

QString CustomerTableModel::unitSuffix() const
{
    switch (m_summary ? m_summary->options.unit : TimeUnit::Day) {
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
        if (index.column() == CustomerColumn)
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
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::Alignment(
            (section == CustomerColumn ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter));
    return QAbstractTableModel::headerData(section, orientation, role);
}

bool CustomerTableModel::naturalLess(std::string_view a, std::string_view b)
{
    const auto isDigit = [](char c) { return c >= '0' && c <= '9'; };
    std::size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (isDigit(a[i]) && isDigit(b[j])) {
            std::size_t ei = i, ej = j;
            while (ei < a.size() && isDigit(a[ei]))
                ++ei;
            while (ej < b.size() && isDigit(b[ej]))
                ++ej;
            std::size_t si = i, sj = j;  // skip leading zeros
            while (si + 1 < ei && a[si] == '0')
                ++si;
            while (sj + 1 < ej && b[sj] == '0')
                ++sj;
            if (ei - si != ej - sj)
                return ei - si < ej - sj;
            const int c = a.substr(si, ei - si).compare(b.substr(sj, ej - sj));
            if (c != 0)
                return c < 0;
            i = ei;
            j = ej;
            continue;
        }
        if (a[i] != b[j])
            return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[j]);
        ++i;
        ++j;
    }
    if ((a.size() - i) != (b.size() - j))
        return a.size() - i < b.size() - j;
    return a < b;  // "007" vs "7": a stable, total order
}

bool CustomerTableModel::lessThan(int column, int leftRow, int rightRow) const
{
    const CustomerSummaryRow& l = summaryRow(leftRow);
    const CustomerSummaryRow& r = summaryRow(rightRow);
    const auto cmp = [](auto a, auto b) { return a < b; };  // ties keep the source order (stable sort)
    switch (column) {
    case CustomerColumn:
        return naturalLess(l.customerId, r.customerId);
    case FirstPurchaseColumn:
        return cmp(l.firstPurchase.days, r.firstPurchase.days);
    case FrequencyColumn:
        return cmp(l.frequency, r.frequency);
    case RecencyColumn:
        return cmp(l.recency, r.recency);
    case TColumn:
        return cmp(l.T, r.T);
    case MonetaryColumn:
        return cmp(l.monetaryValue, r.monetaryValue);
    default:
        return leftRow < rightRow;
    }
}

}  // namespace clv::ui
