// SPDX-License-Identifier: MIT
#pragma once

#include "core/import/ImportPresets.h"

#include <QWizardPage>

#include <array>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace clv::ui {

class ImportPreviewModel;
class ImportWizard;

/// Page 3: which column holds the customer, the date, the amount and the order id. The preset that fits the
/// header best (built-in or saved in the project) is proposed and fills the four choices; the user can pick
/// another preset or change any column by hand (the preset's rules stay), and save the result as a named preset
/// in the project. The preview below highlights the columns in use.
class ImportMappingPage : public QWizardPage {
    Q_OBJECT

public:
    enum MappedRole { CustomerRole, DateRole, AmountRole, OrderIdRole, MappedRoleCount };

    explicit ImportMappingPage(ImportWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    /// Rebuilds the preset list (after the project's presets have been loaded).
    void refreshPresets();
    /// The column chosen for a role (-1: none).
    int column(MappedRole role) const;
    void setColumn(MappedRole role, int column);
    QString presetId() const;
    /// Selects a preset by id (false when it is not listed).
    bool selectPreset(const QString& id);

private:
    void applyPreset();
    void columnChanged();
    void updateRoles();
    const clv::ImportPreset* currentPreset() const;
    clv::ImportPreset mappedPreset() const;

    ImportWizard* m_wizard;
    QComboBox* m_preset = nullptr;
    QLabel* m_proposed = nullptr;
    std::array<QComboBox*, MappedRoleCount> m_columns{};
    QLabel* m_extraRoles = nullptr;
    QLabel* m_problem = nullptr;
    QCheckBox* m_save = nullptr;
    QLineEdit* m_saveName = nullptr;
    QTableView* m_table = nullptr;
    ImportPreviewModel* m_model = nullptr;
    std::vector<int> m_presetColumns;  ///< per ColumnRole, what the current preset resolves to
    bool m_updating = false;
};

}  // namespace clv::ui
