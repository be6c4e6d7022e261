// SPDX-License-Identifier: MIT
#pragma once

#include "ui/charts/ForecastChart.h"

#include <QAbstractTableModel>

namespace clv::ui {

/// The data-table twin of the forecast chart (and of the revenue-per-month chart): one row per observed month
/// (net revenue, orders, customers), then one per forecast month (expected revenue and its interval).
/// Qt::UserRole gives raw numbers (for CSV); the header tooltips define every column.
class ForecastTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { MonthColumn, KindColumn, RevenueColumn, LowerColumn, UpperColumn, OrdersColumn, CustomersColumn,
                  ColumnCount };

    explicit ForecastTableModel(QObject* parent = nullptr);

    void setForecast(const ForecastData& forecast);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant rawValue(int row, int column) const;

    ForecastData m_data;
};

}  // namespace clv::ui
