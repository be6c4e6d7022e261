// SPDX-License-Identifier: MIT
#pragma once

#include "ui/import/ImportMappingRoles.h"

#include "core/import/ImportPresets.h"

#include <QWizardPage>

#include <array>
#include <vector>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QTableView;

namespace clv::ui {

class ImportPreviewModel;
class ImportWizard;

/// Page 3: which column holds what. The preset that fits the header best (built-in or saved in the project, for
/// orders or for subscriptions) is proposed and fills the choices; the rows follow the preset's kind: customer,
/// date, amount and order id for orders; customer, subscription id, plan, price, start and cancel date for
/// subscriptions. The user can pick another preset or change any column by hand (the preset's rules and kind
/// stay), and save the result as a named preset in the project. The preview below highlights the columns in use.
class ImportMappingPage : public QWizardPage {
    Q_OBJECT

public:
    /// The rows of the form. Orders use the first four; subscriptions Customer, SubscriptionId, Plan, Amount
    /// (the price), StartDate and CancelDate.
    enum MappedRole {
        CustomerRole,
        DateRole,
        AmountRole,
        OrderIdRole,
        SubscriptionIdRole,
        PlanRole,
        StartDateRole,
        CancelDateRole,
        MappedRoleCount
    };

    explicit ImportMappingPage(ImportWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    /// Rebuilds the preset list (after the project's presets have been loaded).
    void refreshPresets();
    /// The column chosen for a role (-1: none).
    int column(MappedRole role) const;
    void setColumn(MappedRole role, int column);
    /// Whether the role's row is shown for the current preset's kind.
    bool isRoleShown(MappedRole role) const;
    /// The kind of the current preset (orders when none is chosen).
    ImportKind kind() const { return m_kind; }
    QString presetId() const;
    /// Selects a preset by id (false when it is not listed).
    bool selectPreset(const QString& id);

private:
    void applyPreset();
    void columnChanged();
    void updateRoles();
    void showKind(ImportKind kind);
    QString missingRoleText() const;
    const clv::ImportPreset* currentPreset() const;
    clv::ImportPreset mappedPreset() const;

    ImportWizard* m_wizard;
    QComboBox* m_preset = nullptr;
    QLabel* m_proposed = nullptr;
    QLabel* m_kindNote = nullptr;
    QFormLayout* m_form = nullptr;
    std::array<QComboBox*, MappedRoleCount> m_columns{};
    std::array<QLabel*, MappedRoleCount> m_labels{};
    QLabel* m_extraRoles = nullptr;
    QLabel* m_problem = nullptr;
    QCheckBox* m_save = nullptr;
    QLineEdit* m_saveName = nullptr;
    QTableView* m_table = nullptr;
    ImportPreviewModel* m_model = nullptr;
    std::vector<int> m_presetColumns;  ///< per ColumnRole, what the current preset resolves to
    ImportKind m_kind = ImportKind::Orders;
    bool m_updating = false;
};

}  // namespace clv::ui
