// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QHBoxLayout;

namespace clv::ui {

struct ProjectData;
class RevenueChart;

/// The project at a glance: a KPI line (customers, orders, net revenue, period) above the revenue-per-month chart.
class OverviewPage : public QWidget {
    Q_OBJECT

public:
    explicit OverviewPage(QWidget* parent = nullptr);

    void setData(const ProjectData& project);
    void clear();

    RevenueChart* chart() const { return m_chart; }

private:
    QLabel* addKpi(QHBoxLayout* row, const QString& objectName, const QString& caption, const QString& toolTip);

    QLabel* m_customers = nullptr;
    QLabel* m_orders = nullptr;
    QLabel* m_revenue = nullptr;
    QLabel* m_period = nullptr;
    RevenueChart* m_chart = nullptr;
};

}  // namespace clv::ui
