// SPDX-License-Identifier: MIT
#pragma once

#include "ui/analytics/LatestRunner.h"
#include "ui/models/CustomerRowIndex.h"

#include <QAbstractProxyModel>

#include <optional>
#include <stop_token>

namespace clv::ui {

class CustomerTableModel;

/// Sorting and filtering of CustomerTableModel for a million rows without stalling the GUI thread: the visible
/// rows are a plain row index (std::vector<int>) computed on a worker (computeRowIndex, latest request wins) and
/// applied with a model reset; until then the previous order stays on screen. A request that neither sorts nor
/// filters is applied at once (identity, no index).
class CustomerFilterProxyModel : public QAbstractProxyModel {
    Q_OBJECT

public:
    explicit CustomerFilterProxyModel(QObject* parent = nullptr);
    ~CustomerFilterProxyModel() override;

    void setSourceModel(QAbstractItemModel* model) override;

    /// Shows only customers whose id contains `text` (case-insensitive for ASCII letters). Empty shows all.
    void setCustomerFilter(const QString& text);
    QString customerFilter() const { return m_filterText; }
    /// RFM segment index (-1 = all).
    void setSegmentFilter(int segment);
    /// Minimum CLV; nullopt = no limit.
    void setMinClv(std::optional<double> minimum);
    /// P(alive) range in [0, 1]; nullopt = open end.
    void setAliveRange(std::optional<double> minimum, std::optional<double> maximum);
    const CustomerQuery& query() const { return m_query; }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_query.sortColumn; }
    Qt::SortOrder sortOrder() const { return m_query.order; }

    /// True while a sort or filter is being computed.
    bool isBusy() const { return m_runner.isBusy(); }
    /// The source row behind a view row.
    int sourceRow(int proxyRow) const;
    /// The source rows shown, in display order (a copy, for a worker that exports them).
    std::vector<int> visibleSourceRows() const;

    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    /// A computed row index (or the identity) is now in effect.
    void indexApplied();

private:
    void update();
    void apply(std::optional<CustomerRowIndex> index);
    void onSourceAboutToReset();
    void onSourceReset();

    CustomerTableModel* m_customers = nullptr;
    QString m_filterText;
    CustomerQuery m_query;
    std::optional<CustomerRowIndex> m_index;  ///< nullopt = identity
    std::stop_source m_stop;
    LatestRunner m_runner{this};
    QList<QMetaObject::Connection> m_connections;
};

}  // namespace clv::ui
