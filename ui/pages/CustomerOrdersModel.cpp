// SPDX-License-Identifier: MIT
#include "ui/pages/CustomerOrdersModel.h"

#include "ui/text/Format.h"

#include "core/storage/Project.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace clv::ui {

std::vector<CustomerOrder> ordersFromTable(const OrderTable& table, std::size_t index)
{
    std::vector<CustomerOrder> out;
    if (index + 1 >= table.offsets.size())
        return out;
    for (std::uint32_t i = table.offsets[index]; i < table.offsets[index + 1]; ++i)
        out.push_back({table.days[i], table.amounts[i], {}});
    return out;
}

std::optional<std::size_t> orderTableIndex(const OrderTable& table, std::int64_t customerId)
{
    const auto it = std::lower_bound(table.customerIds.begin(), table.customerIds.end(), customerId);
    if (it == table.customerIds.end() || *it != customerId)
        return std::nullopt;
    return static_cast<std::size_t>(it - table.customerIds.begin());
}

Result<std::vector<CustomerOrder>> loadCustomerOrders(const std::string& projectPath, std::int64_t customerId)
{
    auto db = project::open(projectPath, Database::OpenMode::OpenExisting);
    if (!db)
        return fail(db.error());
    auto statement = db->prepare("SELECT order_day, amount_cents, coalesce(source_order, '') FROM orders "
                                 "WHERE customer_id = ?1 ORDER BY order_day, id");
    if (!statement)
        return fail(statement.error());
    statement->bind(1, customerId);
    std::vector<CustomerOrder> out;
    for (;;) {
        auto row = statement->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        out.push_back({static_cast<std::int32_t>(statement->columnInt(0)),
                       static_cast<double>(statement->columnInt(1)) / 100.0, statement->columnText(2)});
    }
    return out;
}

CustomerOrdersModel::CustomerOrdersModel(QObject* parent) : QAbstractTableModel(parent) {}

void CustomerOrdersModel::setOrders(std::vector<CustomerOrder> orders)
{
    beginResetModel();
    m_orders = std::move(orders);
    endResetModel();
}

int CustomerOrdersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_orders.size());
}

int CustomerOrdersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerOrdersModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CustomerOrder& order = m_orders[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn: return formatDate(Date{order.day});
        case AmountColumn: return formatMoney(order.amount);
        case OrderIdColumn: return QString::fromStdString(order.orderId);
        default: return {};
        }
    case Qt::UserRole:
        switch (index.column()) {
        case DateColumn: return formatDate(Date{order.day});
        case AmountColumn: return order.amount;
        case OrderIdColumn: return QString::fromStdString(order.orderId);
        default: return {};
        }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(
            Qt::Alignment((index.column() == AmountColumn ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    case Qt::ToolTipRole:
        return order.amount < 0.0 ? tr("Refund or cancellation (negative amount)") : QVariant();
    default:
        return {};
    }
}

QVariant CustomerOrdersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case DateColumn: return tr("Date");
        case AmountColumn: return tr("Amount");
        case OrderIdColumn: return tr("Order id");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case DateColumn: return tr("Order date");
        case AmountColumn: return tr("Order amount in the currency of the imported file; negative = refund");
        case OrderIdColumn: return tr("Order id as imported (empty when the file had no order id column)");
        default: return {};
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

}  // namespace clv::ui
