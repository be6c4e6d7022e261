// SPDX-License-Identifier: MIT
#include "ui/models/CohortTableModel.h"

#include "ui/text/Format.h"

#include <algorithm>

namespace clv::ui {

double cohortMetricValue(const clv::CohortCell& cell, CohortMetric metric)
{
    switch (metric) {
    case CohortMetric::ActiveRate: return cell.activeRate * 100.0;
    case CohortMetric::ActiveCustomers: return static_cast<double>(cell.activeCustomers);
    case CohortMetric::RevenueRetention: return cell.revenueRetention * 100.0;
    case CohortMetric::Revenue: return cell.revenue;
    case CohortMetric::CumulativeRevenuePerCustomer: return cell.cumulativeRevenuePerCustomer;
    }
    return 0.0;
}

bool cohortMetricIsPercent(CohortMetric metric)
{
    return metric == CohortMetric::ActiveRate || metric == CohortMetric::RevenueRetention;
}

CohortTableModel::CohortTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void CohortTableModel::setTable(std::shared_ptr<const clv::CohortTable> table)
{
    beginResetModel();
    m_table = std::move(table);
    m_periods = 0;
    if (m_table)
        for (const Cohort& cohort : m_table->cohorts)
            m_periods = std::max(m_periods, static_cast<int>(cohort.cells.size()));
    endResetModel();
}

void CohortTableModel::setMetric(CohortMetric metric)
{
    if (metric == m_metric)
        return;
    m_metric = metric;
    if (rowCount() > 0 && columnCount() > FirstPeriodColumn)
        emit dataChanged(index(0, FirstPeriodColumn), index(rowCount() - 1, columnCount() - 1));
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

int CohortTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_table ? 0 : static_cast<int>(m_table->cohorts.size());
}

int CohortTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstPeriodColumn + m_periods;
}

const clv::CohortCell* CohortTableModel::cellAt(const QModelIndex& index) const
{
    const Cohort& cohort = m_table->cohorts[static_cast<std::size_t>(index.row())];
    const auto period = static_cast<std::size_t>(index.column() - FirstPeriodColumn);
    return period < cohort.cells.size() ? &cohort.cells[period] : nullptr;
}

QVariant CohortTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_table)
        return {};
    const Cohort& cohort = m_table->cohorts[static_cast<std::size_t>(index.row())];
    if (role == Qt::TextAlignmentRole)
        return index.column() == CohortColumn ? QVariant() : QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (index.column() == CohortColumn)
        return role == Qt::DisplayRole || role == RawRole ? QVariant(QString::fromStdString(cohort.label)) : QVariant();
    if (index.column() == SizeColumn) {
        if (role == RawRole)
            return static_cast<qlonglong>(cohort.size);
        return role == Qt::DisplayRole ? QVariant(formatCount(cohort.size)) : QVariant();
    }
    const CohortCell* cell = cellAt(index);
    if (!cell)
        return {};
    const double value = cohortMetricValue(*cell, m_metric);
    if (role == RawRole)
        return value;
    if (role == Qt::DisplayRole) {
        if (cohortMetricIsPercent(m_metric))
            return tr("%1 %").arg(formatDecimal(value, 1));
        return m_metric == CohortMetric::ActiveCustomers ? formatCount(cell->activeCustomers) : formatMoney(value);
    }
    if (role == Qt::ToolTipRole && !cell->complete)
        return tr("This period was still running at the end date");
    return {};
}

QVariant CohortTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        if (section == CohortColumn)
            return tr("Cohort");
        if (section == SizeColumn)
            return tr("Size");
        return tr("P%1").arg(section - FirstPeriodColumn);
    }
    if (role == Qt::ToolTipRole) {
        if (section == CohortColumn)
            return tr("Calendar period of the customers' first purchase");
        if (section == SizeColumn)
            return tr("Customers acquired in the period");
        return tr("%n period(s) after acquisition (P0 = the acquisition period)", nullptr, section - FirstPeriodColumn);
    }
    return {};
}

}  // namespace clv::ui
