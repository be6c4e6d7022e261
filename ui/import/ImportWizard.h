// SPDX-License-Identifier: MIT
#pragma once

#include "ui/import/ImportSetup.h"

#include <QWizard>

#include <memory>
#include <vector>

namespace clv::ui {

class ImportJobRunner;
class ImportRunPage;

/// The import wizard (issue 4): files -> encoding and dialect with a live preview -> column mapping with presets ->
/// value formats -> validation report (a dry run) -> import with progress and Cancel. Every file read and the
/// import run off the GUI thread (ImportJobRunner); Cancel during the import rolls it back, and closing the wizard
/// then waits until core has stopped (it polls between batches) before it goes away.
///
/// Open it with open() (window-modal, no nested event loop). imported() reports a committed import.
class ImportWizard : public QWizard {
    Q_OBJECT

public:
    enum PageId { FilesPageId, DialectPageId, MappingPageId, FormatsPageId, ValidationPageId, RunPageId };

    explicit ImportWizard(const ImportTarget& target, QWidget* parent = nullptr);
    ~ImportWizard() override;

    ImportSetup& setup() { return m_setup; }
    const ImportSetup& setup() const { return m_setup; }

    /// Sets the files to import (the first page shows them; drag-and-drop and the File menu pass them here).
    void setFiles(const QStringList& files);
    /// The import is running (the last page has started it and it has not finished yet).
    bool isImporting() const;

    /// Cancel/Escape/close: during the import this cancels it (rolled back) and closes once core has stopped.
    void reject() override;

signals:
    /// A committed import (its reports are in setup().imported): reload `projectPath`.
    void imported(const QString& projectPath);

private:
    void onPresetsLoaded(const ImportJobResult& result);

    ImportSetup m_setup;
    ImportJobRunner* m_presetLoader = nullptr;
    ImportRunPage* m_runPage = nullptr;
    bool m_closeWhenStopped = false;
};

}  // namespace clv::ui
