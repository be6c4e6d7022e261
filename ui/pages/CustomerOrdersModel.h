// SPDX-License-Identifier: MIT
#pragma once

#include "core/metrics/OrderTable.h"
#include "core/util/Result.h"

#include <QAbstractTableModel>

#include <optional>
#include <string>
#include <vector>

namespace clv::ui {

/// One order of one customer as the detail dialog lists it.
struct CustomerOrder {
    std::int32_t day = 0;  ///< days since 1970-01-01
    double amount = 0.0;   ///< currency units, negative = refund
    std::string orderId;   ///< as imported; empty when the file had no order id column (or not loaded yet)
};

/// The orders of customer `index` (0-based) of an order table, by day.
std::vector<CustomerOrder> ordersFromTable(const clv::OrderTable& table, std::size_t index);
/// The orders of the customer with database id `customerId`, with their imported order ids, read from the project
/// (own connection; call on a worker). Ordered by day, then as stored.
clv::Result<std::vector<CustomerOrder>> loadCustomerOrders(const std::string& projectPath, std::int64_t customerId);
/// The order-table index of a database customer id (binary search), or nullopt.
std::optional<std::size_t> orderTableIndex(const clv::OrderTable& table, std::int64_t customerId);

/// Date, amount and order id of one customer's orders. Qt::UserRole: raw values (CSV).
class CustomerOrdersModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { DateColumn, AmountColumn, OrderIdColumn, ColumnCount };

    explicit CustomerOrdersModel(QObject* parent = nullptr);

    void setOrders(std::vector<CustomerOrder> orders);
    const std::vector<CustomerOrder>& orders() const { return m_orders; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<CustomerOrder> m_orders;
};

}  // namespace clv::ui
