// SPDX-License-Identifier: MIT
#pragma once

#include "ui/analytics/LatestRunner.h"

#include "core/metrics/CustomerSummary.h"
#include "core/metrics/OrderTable.h"
#include "core/metrics/Rfm.h"

#include <QDialog>

#include <memory>

class QFormLayout;
class QLabel;
class QTableView;

namespace clv::ui {

struct ModelSnapshot;
class CustomerOrdersModel;

/// Everything the detail dialog shows about one customer (summary row `row`), as shared snapshots.
struct CustomerDetailInput {
    QString projectPath;  ///< for the order ids (read in the background); empty: amounts and dates only
    std::shared_ptr<const clv::CustomerSummary> summary;
    std::size_t row = 0;
    std::shared_ptr<const clv::OrderTable> orders;  ///< may be null
    std::shared_ptr<const clv::RfmResult> rfm;      ///< may be null
    std::shared_ptr<const ModelSnapshot> snapshot;  ///< may be null (no model yet)
};

/// One customer: the summary figures, the model's predictions (P(alive), expected purchases in the next 1, 3, 6
/// and 12 months from core's PurchaseModel, expected spend, CLV) and the list of orders (date, amount, order id).
class CustomerDetailDialog : public QDialog {
    Q_OBJECT

public:
    explicit CustomerDetailDialog(CustomerDetailInput input, QWidget* parent = nullptr);
    ~CustomerDetailDialog() override;

    CustomerOrdersModel* ordersModel() const { return m_ordersModel; }
    /// The figure shown for `objectName` (e.g. "detailOrderCount", "detailAlive", "detailPurchases3").
    QString figure(const QString& objectName) const;
    bool isBusy() const { return m_runner.isBusy(); }

signals:
    /// The order ids were read from the project (or failed: the list keeps dates and amounts).
    void ordersLoaded();

private:
    QLabel* addRow(QFormLayout* form, const QString& objectName, const QString& caption, const QString& value,
                   const QString& definition);
    QWidget* createSummary();
    QWidget* createPredictions();

    CustomerDetailInput m_input;
    CustomerOrdersModel* m_ordersModel = nullptr;
    QTableView* m_ordersView = nullptr;
    QLabel* m_ordersNote = nullptr;
    LatestRunner m_runner{this};
};

}  // namespace clv::ui
