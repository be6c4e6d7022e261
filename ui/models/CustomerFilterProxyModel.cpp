// SPDX-License-Identifier: MIT
#include "ui/models/CustomerFilterProxyModel.h"

#include "ui/models/CustomerTableModel.h"

namespace clv::ui {

CustomerFilterProxyModel::CustomerFilterProxyModel(QObject* parent) : QAbstractProxyModel(parent) {}

CustomerFilterProxyModel::~CustomerFilterProxyModel()
{
    m_stop.request_stop();
}

void CustomerFilterProxyModel::setSourceModel(QAbstractItemModel* model)
{
    beginResetModel();
    for (const auto& connection : m_connections)
        disconnect(connection);
    m_connections.clear();
    m_customers = qobject_cast<CustomerTableModel*>(model);
    m_index.reset();
    m_runner.invalidate();
    QAbstractProxyModel::setSourceModel(model);
    if (model) {
        m_connections.append(connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
                                     &CustomerFilterProxyModel::onSourceAboutToReset));
        m_connections.append(
            connect(model, &QAbstractItemModel::modelReset, this, &CustomerFilterProxyModel::onSourceReset));
        m_connections.append(connect(model, &QAbstractItemModel::headerDataChanged, this,
                                     &QAbstractItemModel::headerDataChanged));
    }
    endResetModel();
}

void CustomerFilterProxyModel::onSourceAboutToReset()
{
    beginResetModel();
}

void CustomerFilterProxyModel::onSourceReset()
{
    // Same rows (new segments or model values): keep the current order on screen while it is recomputed.
    const auto rows = static_cast<std::size_t>(sourceModel()->rowCount());
    if (m_index && m_index->inverse.size() != rows)
        m_index.reset();
    endResetModel();
    update();
}

void CustomerFilterProxyModel::setCustomerFilter(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filterText)
        return;
    m_filterText = trimmed;
    m_query.idNeedle = lowerAscii(m_filterText.toStdString());
    update();
}

void CustomerFilterProxyModel::setSegmentFilter(int segment)
{
    if (m_query.segment == segment)
        return;
    m_query.segment = segment;
    update();
}

void CustomerFilterProxyModel::setMinClv(std::optional<double> minimum)
{
    if (m_query.minClv == minimum)
        return;
    m_query.minClv = minimum;
    update();
}

void CustomerFilterProxyModel::setAliveRange(std::optional<double> minimum, std::optional<double> maximum)
{
    if (m_query.minAlive == minimum && m_query.maxAlive == maximum)
        return;
    m_query.minAlive = minimum;
    m_query.maxAlive = maximum;
    update();
}

void CustomerFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    if (column >= CustomerTableModel::ColumnCount)
        return;
    m_query.sortColumn = column < 0 ? -1 : column;
    m_query.order = order;
    update();
}

void CustomerFilterProxyModel::update()
{
    m_stop.request_stop();
    m_stop = std::stop_source();
    if (!m_customers || m_query.trivial()) {
        m_runner.invalidate();
        if (m_index)
            apply(std::nullopt);
        else
            emit indexApplied();
        return;
    }
    m_runner.run<std::optional<CustomerRowIndex>>(
        [columns = m_customers->columns(), query = m_query, stop = m_stop.get_token()] {
            return computeRowIndex(columns, query, stop);
        },
        [this](std::optional<CustomerRowIndex> index) {
            if (index)
                apply(std::move(index));
        });
}

void CustomerFilterProxyModel::apply(std::optional<CustomerRowIndex> index)
{
    beginResetModel();
    m_index = std::move(index);
    endResetModel();
    emit indexApplied();
}

int CustomerFilterProxyModel::sourceRow(int proxyRow) const
{
    if (proxyRow < 0 || proxyRow >= rowCount())
        return -1;
    return m_index ? m_index->rows[static_cast<std::size_t>(proxyRow)] : proxyRow;
}

std::vector<int> CustomerFilterProxyModel::visibleSourceRows() const
{
    if (m_index)
        return m_index->rows;
    std::vector<int> rows(static_cast<std::size_t>(rowCount()));
    for (std::size_t r = 0; r < rows.size(); ++r)
        rows[r] = static_cast<int>(r);
    return rows;
}

QModelIndex CustomerFilterProxyModel::mapToSource(const QModelIndex& proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel())
        return {};
    const int row = sourceRow(proxyIndex.row());
    return row < 0 ? QModelIndex() : sourceModel()->index(row, proxyIndex.column());
}

QModelIndex CustomerFilterProxyModel::mapFromSource(const QModelIndex& sourceIndex) const
{
    if (!sourceIndex.isValid())
        return {};
    int row = sourceIndex.row();
    if (m_index) {
        if (static_cast<std::size_t>(row) >= m_index->inverse.size())
            return {};
        row = m_index->inverse[static_cast<std::size_t>(row)];
    }
    return row < 0 ? QModelIndex() : index(row, sourceIndex.column());
}

QModelIndex CustomerFilterProxyModel::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex CustomerFilterProxyModel::parent(const QModelIndex& /*child*/) const
{
    return {};
}

int CustomerFilterProxyModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !sourceModel())
        return 0;
    return m_index ? static_cast<int>(m_index->rows.size()) : sourceModel()->rowCount();
}

int CustomerFilterProxyModel::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !sourceModel())
        return 0;
    return sourceModel()->columnCount();
}

bool CustomerFilterProxyModel::hasChildren(const QModelIndex& parent) const
{
    return !parent.isValid() && rowCount() > 0 && columnCount() > 0;
}

QVariant CustomerFilterProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!sourceModel())
        return {};
    if (orientation == Qt::Horizontal)
        return sourceModel()->headerData(section, orientation, role);
    if (role == Qt::DisplayRole && section >= 0 && section < rowCount())
        return section + 1;
    return {};
}

}  // namespace clv::ui
