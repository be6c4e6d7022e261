// SPDX-License-Identifier: MIT
#pragma once

#include "core/metrics/CustomerSummary.h"

#include <QTimer>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QTableView;

namespace clv::ui {

class CustomerFilterProxyModel;
class CustomerTableModel;

/// The customer summary table (model/view over a shared snapshot) with a filter box and a row count.
class CustomersPage : public QWidget {
    Q_OBJECT

public:
    explicit CustomersPage(QWidget* parent = nullptr);

    void setSummary(std::shared_ptr<const clv::CustomerSummary> summary);

    CustomerTableModel* model() const { return m_model; }
    CustomerFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* view() const { return m_view; }

    /// Moves the keyboard focus to the filter box and selects its text (Ctrl+F).
    void focusFilter();

private:
    void applyFilter();
    void updateCountLabel();
    void copySelection() const;

    CustomerTableModel* m_model = nullptr;
    CustomerFilterProxyModel* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    QLineEdit* m_filter = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_note = nullptr;
    QTimer m_filterTimer;
};

}  // namespace clv::ui
