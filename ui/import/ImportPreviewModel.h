// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <QStringList>

#include <string>
#include <vector>

namespace clv::ui {

/// Read-only table over the first records of a CSV file as core decoded them (ImportProfile::header and
/// previewRows). Ragged rows are shown as they are: short rows leave empty cells, extra fields get extra columns
/// named "(extra)". Columns can carry a role label ("customer", "date"...) shown in the header under the name and
/// highlighted, so the user sees which column is used for what.
class ImportPreviewModel : public QAbstractTableModel {
    Q_OBJECT

public:
    explicit ImportPreviewModel(QObject* parent = nullptr);

    /// Replaces header and rows (a model reset). Rows are numbered 1, 2, ... in the vertical header.
    void setPreview(std::vector<std::string> header, std::vector<std::vector<std::string>> rows);
    void clear();
    /// Role label per column (empty: no role); shorter lists leave the rest unlabelled.
    void setColumnRoles(const QStringList& roles);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<std::string> m_header;
    std::vector<std::vector<std::string>> m_rows;
    QStringList m_roles;
    int m_columns = 0;
};

}  // namespace clv::ui
