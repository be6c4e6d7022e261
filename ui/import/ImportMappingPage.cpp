// SPDX-License-Identifier: MIT
#include "ui/import/ImportMappingPage.h"

#include "ui/import/ImportPreviewModel.h"
#include "ui/import/ImportRoleText.h"
#include "ui/import/ImportWizard.h"
#include "ui/text/ErrorText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace clv::ui {
namespace {

/// The core role of each ImportMappingPage::MappedRole, in the enum's order.
constexpr std::array kMappedRoles{clv::ColumnRole::Customer,       clv::ColumnRole::Date,
                                  clv::ColumnRole::Amount,         clv::ColumnRole::OrderId,
                                  clv::ColumnRole::SubscriptionId, clv::ColumnRole::Plan,
                                  clv::ColumnRole::StartDate,      clv::ColumnRole::CancelDate};
static_assert(kMappedRoles.size() == ImportMappingPage::MappedRoleCount);

/// The form's rows from top to bottom: both kinds read in their own order (orders: customer, date, amount, order
/// id; subscriptions: customer, subscription id, plan, price, start date, cancel date) with the other kind's rows
/// hidden.
constexpr std::array kRowOrder{ImportMappingPage::CustomerRole,       ImportMappingPage::SubscriptionIdRole,
                               ImportMappingPage::PlanRole,           ImportMappingPage::DateRole,
                               ImportMappingPage::AmountRole,         ImportMappingPage::StartDateRole,
                               ImportMappingPage::CancelDateRole,     ImportMappingPage::OrderIdRole};
static_assert(kRowOrder.size() == ImportMappingPage::MappedRoleCount);

clv::ColumnRole coreRole(std::size_t mapped)
{
    return kMappedRoles[mapped];
}

int roleIndex(clv::ColumnRole role)
{
    return static_cast<int>(role);
}

int resolved(const std::vector<int>& columns, clv::ColumnRole role)
{
    const auto i = static_cast<std::size_t>(roleIndex(role));
    return i < columns.size() ? columns[i] : -1;
}

QString presetSlug(const QString& name)
{
    QString slug;
    for (const QChar c : name.trimmed().toLower())
        slug += c.isLetterOrNumber() ? c : QChar(u'-');
    return slug;
}

}  // namespace

ImportMappingPage::ImportMappingPage(ImportWizard* wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(u"importMappingPage"_s);
    setTitle(tr("Columns"));
    setSubTitle(tr("Say which column holds what. The preset that fits the header is proposed."));

    m_preset = new QComboBox(this);
    m_preset->setObjectName(u"importPreset"_s);
    m_preset->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_proposed = new QLabel(this);
    m_proposed->setObjectName(u"importPresetProposal"_s);
    auto* presetRow = new QHBoxLayout;
    presetRow->addWidget(m_preset);
    presetRow->addSpacing(6);
    presetRow->addWidget(m_proposed, 1);
    // Under the form at full width (a wrapped label inside a form field gets too little height in CJK scripts).
    m_kindNote = new QLabel(this);
    m_kindNote->setObjectName(u"importPresetKind"_s);
    m_kindNote->setWordWrap(true);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    auto* presetLabel = new QLabel(tr("&Preset:"), this);
    presetLabel->setBuddy(m_preset);
    m_form->addRow(presetLabel, presetRow);
    const std::array names{u"importColumnCustomer"_s,       u"importColumnDate"_s,
                           u"importColumnAmount"_s,         u"importColumnOrderId"_s,
                           u"importColumnSubscriptionId"_s, u"importColumnPlan"_s,
                           u"importColumnStartDate"_s,      u"importColumnCancelDate"_s};
    for (const MappedRole role : kRowOrder) {
        const auto i = static_cast<std::size_t>(role);
        auto* combo = new QComboBox(this);
        combo->setObjectName(names[i]);
        combo->setMinimumContentsLength(28);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportMappingPage::columnChanged);
        auto* label = new QLabel(this);
        label->setBuddy(combo);
        m_columns[i] = combo;
        m_labels[i] = label;
        m_form->addRow(label, combo);
    }
    showKind(ImportKind::Orders);
    m_extraRoles = new QLabel(this);
    m_extraRoles->setObjectName(u"importExtraRoles"_s);
    m_extraRoles->setWordWrap(true);
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"importMappingProblem"_s);
    m_problem->setWordWrap(true);
    QPalette warn = m_problem->palette();
    warn.setColor(QPalette::WindowText, QColor(0xb0, 0x3a, 0x00));
    m_problem->setPalette(warn);

    m_save = new QCheckBox(tr("&Save this mapping in the project as:"), this);
    m_save->setObjectName(u"importSavePreset"_s);
    m_saveName = new QLineEdit(this);
    m_saveName->setObjectName(u"importPresetName"_s);
    m_saveName->setPlaceholderText(tr("Preset name, e.g. “Shop export”"));
    m_saveName->setEnabled(false);
    connect(m_save, &QCheckBox::toggled, m_saveName, &QWidget::setEnabled);
    connect(m_save, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    connect(m_saveName, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(m_save);
    saveRow->addWidget(m_saveName, 1);

    m_model = new ImportPreviewModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(u"importMappingPreview"_s);
    m_table->setModel(m_model);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setDefaultSectionSize(130);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_kindNote);
    layout->addWidget(m_extraRoles);
    layout->addWidget(m_problem);
    layout->addLayout(saveRow);
    layout->addWidget(m_table, 1);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &ImportMappingPage::applyPreset);
}

void ImportMappingPage::initializePage()
{
    const ImportSetup& setup = m_wizard->setup();
    if (!setup.preview)
        return;
    m_model->setPreview(setup.preview->header, setup.preview->previewRows);
    m_updating = true;
    for (std::size_t r = 0; r < m_columns.size(); ++r) {
        QComboBox* combo = m_columns[r];
        combo->clear();
        const bool required = ImportMappingRoles::isRequired(ImportKind::Orders, coreRole(r)) ||
                              ImportMappingRoles::isRequired(ImportKind::Subscriptions, coreRole(r));
        combo->addItem(required ? tr("(choose a column)") : tr("(none)"), -1);
        for (std::size_t c = 0; c < setup.preview->header.size(); ++c)
            combo->addItem(tr("%1: %2").arg(c + 1).arg(QString::fromStdString(setup.preview->header[c])),
                           static_cast<int>(c));
    }
    m_updating = false;
    m_preset->clear();
    refreshPresets();
}

void ImportMappingPage::refreshPresets()
{
    const ImportSetup& setup = m_wizard->setup();
    if (!setup.preview)
        return;
    const QString kept = presetId();
    m_updating = true;
    m_preset->clear();
    // Orders presets first, then subscriptions presets, each with the project's own after the built-in ones.
    for (const ImportKind kind : {ImportKind::Orders, ImportKind::Subscriptions}) {
        if (kind == ImportKind::Subscriptions && m_preset->count() > 0)
            m_preset->insertSeparator(m_preset->count());
        for (const clv::ImportPreset& preset : clv::builtinImportPresets()) {
            if (ImportMappingRoles::kindOf(preset) == kind)
                m_preset->addItem(QString::fromStdString(preset.name), QString::fromStdString(preset.id));
        }
        for (const clv::ImportPreset& preset : setup.userPresets) {
            if (ImportMappingRoles::kindOf(preset) == kind)
                m_preset->addItem(tr("%1 (saved in this project)").arg(QString::fromStdString(preset.name)),
                                  QString::fromStdString(preset.id));
        }
    }
    const std::vector<clv::ImportPreset>& candidates = setup.userPresets;
    std::string proposal = setup.preview->preset;
    double score = setup.preview->presetScore;
    if (auto user = clv::detectImportPreset(setup.preview->header, candidates); user && user->score >= score) {
        proposal = user->preset.id;
        score = user->score;
    }
    m_updating = false;
    const QString wanted = kept.isEmpty() ? QString::fromStdString(proposal) : kept;
    if (!selectPreset(wanted) && m_preset->count() > 0)
        m_preset->setCurrentIndex(0);
    applyPreset();
    const clv::ImportPreset* proposed = setup.findPreset(proposal);
    m_proposed->setText(proposed ? tr("Proposed from the header: %1").arg(QString::fromStdString(proposed->name))
                                 : tr("No preset fits the header: choose the columns by hand."));
}

bool ImportMappingPage::selectPreset(const QString& id)
{
    const int index = m_preset->findData(id);
    if (index < 0)
        return false;
    m_preset->setCurrentIndex(index);
    return true;
}

QString ImportMappingPage::presetId() const
{
    return m_preset->currentData().toString();
}

const clv::ImportPreset* ImportMappingPage::currentPreset() const
{
    return m_wizard->setup().findPreset(presetId().toStdString());
}

int ImportMappingPage::column(MappedRole role) const
{
    return m_columns[static_cast<std::size_t>(role)]->currentData().toInt();
}

void ImportMappingPage::setColumn(MappedRole role, int column)
{
    QComboBox* combo = m_columns[static_cast<std::size_t>(role)];
    combo->setCurrentIndex(std::max(0, combo->findData(column)));
}

void ImportMappingPage::applyPreset()
{
    const clv::ImportPreset* preset = currentPreset();
    const ImportSetup& setup = m_wizard->setup();
    if (m_updating || !preset || !setup.preview)
        return;
    m_presetColumns.assign(clv::allColumnRoles().size(), -1);
    auto columns = clv::resolvePresetColumns(setup.preview->header, *preset, setup.preview->file);
    if (columns)
        m_presetColumns = *columns;
    m_updating = true;
    for (std::size_t r = 0; r < kMappedRoles.size(); ++r)
        setColumn(static_cast<MappedRole>(r), resolved(m_presetColumns, kMappedRoles[r]));
    m_updating = false;
    showKind(ImportMappingRoles::kindOf(*preset));
    updateRoles();
    if (!columns)
        m_problem->setText(ErrorText::message(columns.error()));
}

void ImportMappingPage::columnChanged()
{
    if (!m_updating)
        updateRoles();
}

void ImportMappingPage::showKind(ImportKind kind)
{
    m_kind = kind;
    for (std::size_t r = 0; r < kMappedRoles.size(); ++r) {
        const bool shown = ImportMappingRoles::isShown(kind, coreRole(r));
        m_labels[r]->setText(ImportMappingRoles::label(kind, coreRole(r)));
        m_form->setRowVisible(m_columns[r], shown);
    }
    m_kindNote->setText(ImportMappingRoles::kindNote(kind));
}

bool ImportMappingPage::isRoleShown(MappedRole role) const
{
    return ImportMappingRoles::isShown(m_kind, coreRole(static_cast<std::size_t>(role)));
}

QString ImportMappingPage::missingRoleText() const
{
    if (m_kind == ImportKind::Subscriptions && !m_wizard->setup().options.hasHeader)
        return tr("Subscriptions are read by column names: go back and choose a file layout with a header row.");
    for (const clv::ColumnRole role : ImportMappingRoles::shownRoles(m_kind)) {
        if (!ImportMappingRoles::isRequired(m_kind, role))
            continue;
        const auto r = static_cast<std::size_t>(std::find(kMappedRoles.begin(), kMappedRoles.end(), role) -
                                                kMappedRoles.begin());
        if (column(static_cast<MappedRole>(r)) >= 0)
            continue;
        // An orders preset may compute the amount as quantity x unit price.
        if (role == clv::ColumnRole::Amount && m_kind == ImportKind::Orders &&
            resolved(m_presetColumns, clv::ColumnRole::Quantity) >= 0 &&
            resolved(m_presetColumns, clv::ColumnRole::UnitPrice) >= 0)
            continue;
        return ImportMappingRoles::missingText(m_kind, role);
    }
    return {};
}

void ImportMappingPage::updateRoles()
{
    const ImportSetup& setup = m_wizard->setup();
    if (!setup.preview)
        return;
    QStringList roles(static_cast<qsizetype>(setup.preview->header.size()));
    for (std::size_t r = 0; r < kMappedRoles.size(); ++r) {
        if (!isRoleShown(static_cast<MappedRole>(r)))
            continue;
        const int c = column(static_cast<MappedRole>(r));
        if (c >= 0 && c < roles.size())
            roles[c] = ImportMappingRoles::columnName(m_kind, coreRole(r));
    }
    QStringList extras;
    for (clv::ColumnRole role : clv::allColumnRoles()) {
        const int c = resolved(m_presetColumns, role);
        if (c < 0 || ImportMappingRoles::isShown(m_kind, role))
            continue;
        if (c < roles.size() && roles[c].isEmpty())
            roles[c] = ImportRoleText::name(role);
        extras.append(tr("%1 ← “%2”").arg(ImportRoleText::name(role),
                                           QString::fromStdString(setup.preview->header[static_cast<std::size_t>(c)])));
    }
    m_model->setColumnRoles(roles);
    // Wide enough for the header and its role ("Customer Email → customer (fallback)"), within limits (50 rows).
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_table->setColumnWidth(c, std::clamp(m_table->columnWidth(c), 80, 260));
    m_extraRoles->setText(extras.isEmpty() ? QString() : tr("The preset also reads: %1.").arg(extras.join(u"; "_s)));
    m_extraRoles->setVisible(!extras.isEmpty());

    const QString problem = missingRoleText();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    emit completeChanged();
}

bool ImportMappingPage::isComplete() const
{
    if (!m_problem->text().isEmpty() || !currentPreset())
        return false;
    return !m_save->isChecked() || !m_saveName->text().trimmed().isEmpty();
}

clv::ImportPreset ImportMappingPage::mappedPreset() const
{
    clv::ImportPreset preset = *currentPreset();
    const std::vector<std::string>& header = m_wizard->setup().preview->header;
    bool changed = false;
    for (std::size_t r = 0; r < kMappedRoles.size(); ++r) {
        const clv::ColumnRole role = kMappedRoles[r];
        if (!ImportMappingRoles::isShown(m_kind, role))
            continue;  // the other kind's rows: the preset's own columns stay
        const int c = column(static_cast<MappedRole>(r));
        if (c == resolved(m_presetColumns, role))
            continue;
        changed = true;
        auto& columns = preset.columns;
        columns.erase(std::remove_if(columns.begin(), columns.end(),
                                     [role](const clv::PresetColumn& pc) { return pc.role == role; }),
                      columns.end());
        if (c >= 0)
            columns.push_back(clv::PresetColumn{role, {header[static_cast<std::size_t>(c)]},
                                                ImportMappingRoles::isRequired(m_kind, role)});
    }
    if (changed) {
        preset.id = "custom:" + preset.id;
        preset.name += " (custom)";
        preset.builtin = false;
    }
    return preset;
}

bool ImportMappingPage::validatePage()
{
    ImportSetup& setup = m_wizard->setup();
    clv::ImportOptions& options = setup.options;
    // Core's ColumnMapping: for subscriptions "date" is the start day and "order id" the subscription id.
    const bool subscriptions = m_kind == ImportKind::Subscriptions;
    options.columns = clv::ColumnMapping{column(CustomerRole), column(subscriptions ? StartDateRole : DateRole),
                                         column(AmountRole), column(subscriptions ? SubscriptionIdRole : OrderIdRole)};
    clv::ImportPreset preset = mappedPreset();
    setup.saveAsPreset.reset();
    if (m_save->isChecked()) {
        const QString name = m_saveName->text().trimmed();
        preset.id = "user:" + presetSlug(name).toStdString();
        preset.name = name.toStdString();
        preset.builtin = false;
        preset.generic = false;
        setup.saveAsPreset = preset;
    }
    options.preset = preset.id;
    if (preset.builtin)
        options.presetDefinition.reset();
    else
        options.presetDefinition = preset;
    return true;
}

}  // namespace clv::ui
