// SPDX-License-Identifier: MIT
#pragma once

#include "core/metrics/Cohorts.h"

#include <QAbstractTableModel>

#include <memory>

namespace clv::ui {

/// Which number of core's CohortCell a view shows.
enum class CohortMetric {
    ActiveRate,           ///< logo retention in percent: activeRate x 100
    ActiveCustomers,      ///< logo retention, absolute: members with a purchase in the period
    RevenueRetention,     ///< revenue retention in percent: revenueRetention x 100
    Revenue,              ///< net revenue of the members in the period
    CumulativeRevenuePerCustomer,  ///< revenue of periods 0..k / cohort size
};

/// The cell's number for `metric`, in display units (percent for the rates).
double cohortMetricValue(const clv::CohortCell& cell, CohortMetric metric);
bool cohortMetricIsPercent(CohortMetric metric);

/// The data-table twin of the cohort heat map: one row per cohort (label, size) and one column per period since
/// acquisition, holding the chosen metric. Periods a cohort has not reached are empty. RawRole gives the number.
class CohortTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum FixedColumn { CohortColumn, SizeColumn, FirstPeriodColumn };
    static constexpr int RawRole = Qt::UserRole;

    explicit CohortTableModel(QObject* parent = nullptr);

    void setTable(std::shared_ptr<const clv::CohortTable> table);
    const std::shared_ptr<const clv::CohortTable>& table() const { return m_table; }
    void setMetric(CohortMetric metric);
    CohortMetric metric() const { return m_metric; }
    int periodCount() const { return m_periods; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const clv::CohortCell* cellAt(const QModelIndex& index) const;

    std::shared_ptr<const clv::CohortTable> m_table;
    CohortMetric m_metric = CohortMetric::ActiveRate;
    int m_periods = 0;
};

}  // namespace clv::ui
