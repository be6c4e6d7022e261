// SPDX-License-Identifier: MIT
#pragma once

#include "ui/import/ImportJobs.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;
class QTableView;
class QTimer;

namespace clv::ui {

class ImportPreviewModel;
class ImportWizard;

/// Page 2: encoding and dialect (delimiter, quote, header row, lines to skip) with a live preview of the first
/// records as core reads them. Every value starts as "detect"; what core found is shown next to it and the user
/// can override it. Each change re-reads the start of the file in the background (latest change wins).
class ImportDialectPage : public QWizardPage {
    Q_OBJECT

public:
    explicit ImportDialectPage(ImportWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;

    ImportPreviewModel* previewModel() const { return m_model; }
    bool isReading() const;

private:
    void optionsChanged();
    void startPreview();
    void onPreview(const ImportJobResult& result);
    void showDetected(const clv::ImportProfile& profile);

    ImportWizard* m_wizard;
    ImportJobRunner* m_runner = nullptr;
    QTimer* m_debounce = nullptr;
    QComboBox* m_encoding = nullptr;
    QComboBox* m_delimiter = nullptr;
    QComboBox* m_quote = nullptr;
    QCheckBox* m_hasHeader = nullptr;
    QSpinBox* m_skipLines = nullptr;
    QLabel* m_status = nullptr;
    QTableView* m_table = nullptr;
    ImportPreviewModel* m_model = nullptr;
    bool m_valid = false;
    bool m_loading = false;
};

}  // namespace clv::ui
