// SPDX-License-Identifier: MIT
#pragma once

#include "core/import/OrderImporter.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace clv::ui {

/// Non-modal summary of one import: rows read / imported / rejected, new customers, which columns were used, and
/// the first rejected rows with their line numbers and reasons.
class ImportReportDialog : public QDialog {
    Q_OBJECT

public:
    static constexpr int kMaxListedIssues = 200;

    explicit ImportReportDialog(QWidget* parent = nullptr);

    void setReport(const clv::ImportReport& report);

private:
    QLabel* m_headline = nullptr;
    QLabel* m_numbers = nullptr;
    QLabel* m_columns = nullptr;
    QLabel* m_issuesCaption = nullptr;
    QTreeWidget* m_issues = nullptr;
};

}  // namespace clv::ui
