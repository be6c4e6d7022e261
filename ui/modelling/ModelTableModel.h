// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>
#include <QVariant>

namespace clv::ui {

/// A read-only table of already formatted results (the data-table twins and the parameter and comparison tables
/// of the Models page). Every column carries the definition of its numbers (header tooltip, and the cell tooltip
/// unless a cell has its own); every numeric cell carries its raw value in RawRole (used by the CSV export).
class ModelTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    static constexpr int RawRole = Qt::UserRole;

    struct Column {
        QString title;
        QString definition;
    };
    struct Cell {
        QString text;
        QVariant raw;      ///< the number behind `text` (invalid for text cells)
        QString toolTip;   ///< overrides the column definition when set
    };

    explicit ModelTableModel(QObject* parent = nullptr);

    /// Replaces the table; every row must have one cell per column (missing cells show empty).
    void setTable(QList<Column> columns, QList<QList<Cell>> rows);
    void clearTable();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// A numeric cell: `text` formatted by the caller, `raw` the value.
    static Cell number(const QString& text, double raw, const QString& toolTip = {});
    static Cell text(const QString& text, const QString& toolTip = {});

private:
    QList<Column> m_columns;
    QList<QList<Cell>> m_rows;
};

}  // namespace clv::ui
