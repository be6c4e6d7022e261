// SPDX-License-Identifier: MIT
#pragma once

#include <QWizardPage>

class QLabel;
class QListWidget;
class QPushButton;

namespace clv::ui {

class ImportWizard;

/// Page 1: the CSV file(s) to import and the project they go into. Files can be added with a dialog or dropped
/// onto the page; several files are imported one after the other with the same settings (read from the first).
class ImportFilesPage : public QWizardPage {
    Q_OBJECT

public:
    explicit ImportFilesPage(ImportWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;
    /// Refreshes the list from the wizard's setup.
    void showFiles();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void addFiles();
    void removeSelected();
    void appendFiles(const QStringList& files);

    ImportWizard* m_wizard;
    QLabel* m_target = nullptr;
    QListWidget* m_list = nullptr;
    QPushButton* m_remove = nullptr;
};

}  // namespace clv::ui
