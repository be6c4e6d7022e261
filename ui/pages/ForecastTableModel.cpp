// SPDX-License-Identifier: MIT
#include "ui/pages/ForecastTableModel.h"

#include "ui/text/Format.h"

using namespace Qt::Literals::StringLiterals;

namespace clv::ui {

ForecastTableModel::ForecastTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ForecastTableModel::setForecast(const ForecastData& forecast)
{
    beginResetModel();
    m_data = forecast;
    endResetModel();
}

int ForecastTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_data.history.size() + m_data.forecast.size());
}

int ForecastTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ForecastTableModel::rawValue(int row, int column) const
{
    const auto r = static_cast<std::size_t>(row);
    if (r < m_data.history.size()) {
        const MonthlyRevenue& m = m_data.history[r];
        switch (column) {
        case MonthColumn: return formatMonth(m.year, m.month);
        case KindColumn: return tr("observed");
        case RevenueColumn: return m.revenue;
        case OrdersColumn: return static_cast<qlonglong>(m.orders);
        case CustomersColumn: return static_cast<qlonglong>(m.customers);
        default: return {};
        }
    }
    const std::size_t k = r - m_data.history.size();
    switch (column) {
    case MonthColumn: return tr("+%1").arg(k + 1);
    case KindColumn: return tr("forecast");
    case RevenueColumn: return m_data.forecast[k];
    case LowerColumn: return k < m_data.lower.size() ? QVariant(m_data.lower[k]) : QVariant();
    case UpperColumn: return k < m_data.upper.size() ? QVariant(m_data.upper[k]) : QVariant();
    default: return {};
    }
}

QVariant ForecastTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int column = index.column();
    switch (role) {
    case Qt::UserRole:
        return rawValue(index.row(), column);
    case Qt::DisplayRole: {
        const QVariant raw = rawValue(index.row(), column);
        if (!raw.isValid() || column == MonthColumn || column == KindColumn)
            return raw;
        if (column == OrdersColumn || column == CustomersColumn)
            return formatCount(raw.toLongLong());
        return formatMoney(raw.toDouble());
    }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(
            (column <= KindColumn ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter));
    default:
        return {};
    }
}

QVariant ForecastTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case MonthColumn: return tr("Month");
        case KindColumn: return tr("Kind");
        case RevenueColumn: return tr("Revenue");
        case LowerColumn: return tr("Lower");
        case UpperColumn: return tr("Upper");
        case OrdersColumn: return tr("Orders");
        case CustomersColumn: return tr("Customers");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case MonthColumn:
            return tr("Calendar month of the orders, or +k: the k-th period of 30.4375 days after the observation end");
        case KindColumn: return tr("observed = from the orders; forecast = from the fitted model");
        case RevenueColumn:
            return tr("Observed: net revenue of the month (orders minus refunds). Forecast: expected revenue = sum "
                      "over customers of P(alive) × expected purchases in the month × expected spend per purchase "
                      "(undiscounted, before margin)");
        case LowerColumn:
        case UpperColumn:
            return tr("%1 % interval of the forecast from the uncertainty of the fitted parameters (delta method, "
                      "log scale); it does not include the randomness of individual purchases")
                .arg(formatDecimal(m_data.level * 100.0, 0));
        case OrdersColumn: return tr("Orders of the month with an amount of 0 or more (refunds not counted)");
        case CustomersColumn: return tr("Customers with an order in the month");
        default: return {};
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

}  // namespace clv::ui
