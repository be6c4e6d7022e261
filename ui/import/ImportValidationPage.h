// SPDX-License-Identifier: MIT
#pragma once

#include "ui/import/ImportJobs.h"

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace clv::ui {

class ImportIssueModel;
class ImportWizard;

/// Page 5: the validation report. Core imports the files into a throw-away copy of the project (a dry run), so
/// the page shows exactly what the import will do: rows read, imported, already in the project, rejected and
/// excluded, rows without a customer id and their share, and every issue with line, column, field, raw value and
/// reason. The report can be saved as CSV. "Import" (a commit page) starts the real import.
class ImportValidationPage : public QWizardPage {
    Q_OBJECT

public:
    explicit ImportValidationPage(ImportWizard* wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    bool isChecking() const { return m_checking; }
    ImportIssueModel* issueModel() const { return m_issues; }
    /// Writes the dry run's issues as CSV; false (with a message box) on failure.
    bool saveReport(const QString& path);

private:
    void onDryRun(const ImportJobResult& result);
    void chooseReportFile();

    ImportWizard* m_wizard;
    ImportJobRunner* m_runner = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_missing = nullptr;
    QLabel* m_caption = nullptr;
    QTableView* m_table = nullptr;
    ImportIssueModel* m_issues = nullptr;
    QSortFilterProxyModel* m_sorted = nullptr;
    QPushButton* m_save = nullptr;
    bool m_checking = false;
    bool m_ok = false;
};

}  // namespace clv::ui
