// SPDX-License-Identifier: MIT
#pragma once

#include "ui/import/ImportJobs.h"

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace clv::ui {

class ImportWizard;

/// Page 6: the import itself, with a progress bar and Cancel. It starts when the page is entered (after the commit
/// on the validation page). Cancel asks core to stop at its next batch; the import is then rolled back and the
/// project is exactly as before. The page shows the outcome; importFinished() reports it to the wizard.
class ImportRunPage : public QWizardPage {
    Q_OBJECT

public:
    explicit ImportRunPage(ImportWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;

    bool isRunning() const { return m_running; }
    /// Asks the running import to stop (rolled back). No effect when nothing runs.
    void cancelImport();

signals:
    void importFinished(const clv::ui::ImportJobResult& result);

private:
    void onFinished(const ImportJobResult& result);

    ImportWizard* m_wizard;
    ImportJobRunner* m_runner = nullptr;
    QLabel* m_status = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QLabel* m_result = nullptr;
    bool m_running = false;
    bool m_done = false;
};

}  // namespace clv::ui
