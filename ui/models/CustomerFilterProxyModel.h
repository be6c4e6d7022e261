// SPDX-License-Identifier: MIT
#pragma once

#include <QSortFilterProxyModel>

#include <string>

namespace clv::ui {

class CustomerTableModel;

/// Sorting and filtering for CustomerTableModel that stays fast for a million rows: comparisons go straight to
/// the snapshot (no QVariant per comparison), and the filter is a case-insensitive substring match on the
/// customer id without converting every id to QString.
class CustomerFilterProxyModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit CustomerFilterProxyModel(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* model) override;

    /// Shows only customers whose id contains `text` (case-insensitive for ASCII letters). Empty shows all.
    void setCustomerFilter(const QString& text);
    QString customerFilter() const { return m_filterText; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    CustomerTableModel* m_customers = nullptr;
    QString m_filterText;
    std::string m_needle;  ///< UTF-8, ASCII lower case
};

}  // namespace clv::ui
