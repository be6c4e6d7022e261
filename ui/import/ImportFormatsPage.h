// SPDX-License-Identifier: MIT
#pragma once

#include "ui/import/ImportJobs.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QProgressBar;

namespace clv::ui {

class ImportWizard;

/// Page 4: value formats. Core reads the whole file once with the chosen mapping and says what the date column
/// (year-, day- or month-first) and the amount column (decimal point or comma) hold. A definite answer is
/// preselected and can be overridden; when core finds the column ambiguous or conflicting the user must choose:
/// the page is not complete until they do, and "as detected" is not offered. Nothing is guessed.
class ImportFormatsPage : public QWizardPage {
    Q_OBJECT

public:
    explicit ImportFormatsPage(ImportWizard* wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

    bool isReading() const { return m_reading; }
    bool dateChoiceRequired() const { return m_dateRequired; }
    bool decimalChoiceRequired() const { return m_decimalRequired; }
    void setDateOrder(clv::DateOrder order);
    void setDecimal(clv::DecimalSeparator decimal);

private:
    void onProfile(const ImportJobResult& result);

    ImportWizard* m_wizard;
    ImportJobRunner* m_runner = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QComboBox* m_dateOrder = nullptr;
    QLabel* m_dateVerdict = nullptr;
    QComboBox* m_decimal = nullptr;
    QLabel* m_decimalVerdict = nullptr;
    bool m_reading = false;
    bool m_ok = false;
    bool m_dateRequired = false;
    bool m_decimalRequired = false;
};

}  // namespace clv::ui
