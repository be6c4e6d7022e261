// SPDX-License-Identifier: MIT
#include "ui/import/ImportIssueModel.h"

#include "ui/import/ImportRoleText.h"
#include "ui/text/ErrorText.h"

#include <QFileInfo>

namespace clv::ui {

ImportIssueModel::ImportIssueModel(QObject* parent) : QAbstractTableModel(parent) {}

void ImportIssueModel::setReports(std::shared_ptr<const std::vector<clv::ImportReport>> reports)
{
    beginResetModel();
    m_reports = std::move(reports);
    m_rows.clear();
    if (m_reports) {
        for (const clv::ImportReport& report : *m_reports)
            for (const clv::ImportIssue& issue : report.issues)
                m_rows.push_back(Row{&report, &issue});
    }
    endResetModel();
}

void ImportIssueModel::clear()
{
    setReports(nullptr);
}

int ImportIssueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ImportIssueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportIssueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    const clv::ImportIssue& issue = *row.issue;
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == Line || index.column() == ColumnNumber)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    }
    if (role == SortRole) {
        if (index.column() == Line)
            return static_cast<qlonglong>(issue.line);
        if (index.column() == ColumnNumber)
            return issue.column;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortRole)
        return {};
    switch (index.column()) {
    case File:
        return role == Qt::ToolTipRole ? QString::fromStdString(row.report->file)
                                       : QFileInfo(QString::fromStdString(row.report->file)).fileName();
    case Line:
        return role == Qt::ToolTipRole ? QVariant() : QVariant(static_cast<qlonglong>(issue.line));
    case ColumnNumber:
        if (role == Qt::ToolTipRole)
            return {};
        return issue.column > 0 ? QVariant(issue.column) : QVariant(tr("(row)"));
    case Field:
        return QString::fromStdString(issue.field);
    case Value:
        return QString::fromStdString(issue.value);
    case Reason:
        return role == Qt::ToolTipRole ? QString::fromStdString(issue.reason) : ErrorText::issueReason(issue.reason);
    default:
        return {};
    }
}

QVariant ImportIssueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case File:
        return tr("File");
    case Line:
        return tr("Line");
    case ColumnNumber:
        return tr("Column");
    case Field:
        return tr("Field");
    case Value:
        return tr("Raw value");
    case Reason:
        return tr("Reason");
    default:
        return {};
    }
}

}  // namespace clv::ui
