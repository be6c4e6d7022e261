// SPDX-License-Identifier: MIT
#pragma once

#include "ui/analytics/LatestRunner.h"
#include "ui/tasks/ProjectData.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QSpinBox;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QToolButton;

namespace clv::ui {

class CurveChart;
class SurvivalTableModel;

/// Churn as survival: for orders, the lapse curve (a customer has lapsed after N periods without a purchase; N and
/// the unit are configurable and recomputed off the GUI thread); for subscriptions, Kaplan-Meier with its 95 %
/// confidence band when the project has any. Each curve has a data-table twin.
class ChurnPage : public QWidget {
    Q_OBJECT

public:
    explicit ChurnPage(QWidget* parent = nullptr);

    void setData(std::shared_ptr<const ProjectData> data);
    void clear();

    /// Lapse after `threshold` units without a purchase; recomputes in the background.
    void setLapse(int threshold, clv::TimeUnit unit);
    int lapseThreshold() const;
    clv::TimeUnit lapseUnit() const;
    bool isBusy() const { return m_runner.isBusy(); }

    const std::shared_ptr<const clv::LapseCurve>& lapse() const { return m_lapse; }
    CurveChart* lapseChart() const { return m_lapseChart; }
    CurveChart* subscriptionChart() const { return m_subscriptionChart; }
    SurvivalTableModel* lapseModel() const { return m_lapseModel; }
    SurvivalTableModel* subscriptionModel() const { return m_subscriptionModel; }
    bool hasSubscriptionCurve() const;

    /// Exports the chart of the current tab.
    bool exportCurrentChart(const QString& path, QString* error = nullptr) const;

signals:
    void lapseChanged();

private:
    QWidget* createToolbar();
    QWidget* createCurveTab(CurveChart* chart, QTableView* table, QLabel* note);
    void recompute();
    void applyLapse(const Computed<clv::LapseCurve>& computed);
    void showSubscriptions();
    QString unitName(clv::TimeUnit unit) const;

    std::shared_ptr<const ProjectData> m_data;
    std::shared_ptr<const clv::LapseCurve> m_lapse;
    LatestRunner m_runner{this};

    QStackedWidget* m_stack = nullptr;
    QLabel* m_empty = nullptr;
    QSpinBox* m_threshold = nullptr;
    QComboBox* m_unit = nullptr;
    QLabel* m_status = nullptr;
    QToolButton* m_export = nullptr;
    QTabWidget* m_tabs = nullptr;
    CurveChart* m_lapseChart = nullptr;
    SurvivalTableModel* m_lapseModel = nullptr;
    QTableView* m_lapseView = nullptr;
    QLabel* m_lapseNote = nullptr;
    QStackedWidget* m_subscriptionStack = nullptr;
    QLabel* m_subscriptionEmpty = nullptr;
    CurveChart* m_subscriptionChart = nullptr;
    SurvivalTableModel* m_subscriptionModel = nullptr;
    QTableView* m_subscriptionView = nullptr;
    QLabel* m_subscriptionNote = nullptr;
};

}  // namespace clv::ui
