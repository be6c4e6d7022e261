// SPDX-License-Identifier: MIT
#pragma once

#include "core/import/OrderImporter.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace clv::ui {

/// Read-only table of every issue of one or more import reports (all of them, never sampled): file, line,
/// column, field, raw value and the translated reason. Numbers sort numerically through SortRole.
class ImportIssueModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { File, Line, ColumnNumber, Field, Value, Reason, ColumnCount };
    enum Role { SortRole = Qt::UserRole };

    explicit ImportIssueModel(QObject* parent = nullptr);

    void setReports(std::shared_ptr<const std::vector<clv::ImportReport>> reports);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        const clv::ImportReport* report;
        const clv::ImportIssue* issue;
    };
    std::shared_ptr<const std::vector<clv::ImportReport>> m_reports;
    std::vector<Row> m_rows;
};

}  // namespace clv::ui
