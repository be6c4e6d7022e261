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

constexpr std::array kMappedRoles{clv::ColumnRole::Customer, clv::ColumnRole::Date, clv::ColumnRole::Amount,
                                  clv::ColumnRole::OrderId};

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
    presetRow->addWidget(m_proposed, 1);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    auto* presetLabel = new QLabel(tr("&Preset:"), this);
    presetLabel->setBuddy(m_preset);
    form->addRow(presetLabel, presetRow);
    const std::array labels{tr("C&ustomer id:"), tr("&Order date:"), tr("&Amount:"), tr("Order &id (optional):")};
    const std::array names{u"importColumnCustomer"_s, u"importColumnDate"_s, u"importColumnAmount"_s,
                           u"importColumnOrderId"_s};
    for (int i = 0; i < MappedRoleCount; ++i) {
        auto* combo = new QComboBox(this);
        combo->setObjectName(names[static_cast<std::size_t>(i)]);
        combo->setMinimumContentsLength(28);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportMappingPage::columnChanged);
        m_columns[static_cast<std::size_t>(i)] = combo;
        form->addRow(labels[static_cast<std::size_t>(i)], combo);
    }
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
    layout->addLayout(form);
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
        combo->addItem(r == OrderIdRole ? tr("(none)") : tr("(choose a column)"), -1);
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
    std::vector<clv::ImportPreset> candidates;
    for (const clv::ImportPreset& preset : clv::builtinImportPresets()) {
        if (preset.kind != "orders")
            continue;
        m_preset->addItem(QString::fromStdString(preset.name), QString::fromStdString(preset.id));
    }
    for (const clv::ImportPreset& preset : setup.userPresets) {
        if (preset.kind != "orders")
            continue;
        m_preset->addItem(tr("%1 (saved in this project)").arg(QString::fromStdString(preset.name)),
                          QString::fromStdString(preset.id));
        candidates.push_back(preset);
    }
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
    updateRoles();
    if (!columns)
        m_problem->setText(ErrorText::message(columns.error()));
}

void ImportMappingPage::columnChanged()
{
    if (!m_updating)
        updateRoles();
}

void ImportMappingPage::updateRoles()
{
    const ImportSetup& setup = m_wizard->setup();
    if (!setup.preview)
        return;
    QStringList roles(static_cast<qsizetype>(setup.preview->header.size()));
    for (std::size_t r = 0; r < kMappedRoles.size(); ++r) {
        const int c = column(static_cast<MappedRole>(r));
        if (c >= 0 && c < roles.size())
            roles[c] = ImportRoleText::name(kMappedRoles[r]);
    }
    QStringList extras;
    for (clv::ColumnRole role : clv::allColumnRoles()) {
        const int c = resolved(m_presetColumns, role);
        if (c < 0 || std::find(kMappedRoles.begin(), kMappedRoles.end(), role) != kMappedRoles.end())
            continue;
        if (c < roles.size() && roles[c].isEmpty())
            roles[c] = ImportRoleText::name(role);
        extras.append(tr("%1 ← “%2”").arg(ImportRoleText::name(role),
                                           QString::fromStdString(setup.preview->header[static_cast<std::size_t>(c)])));
    }
    m_model->setColumnRoles(roles);
    m_extraRoles->setText(extras.isEmpty() ? QString() : tr("The preset also reads: %1.").arg(extras.join(u"; "_s)));
    m_extraRoles->setVisible(!extras.isEmpty());

    QString problem;
    if (column(CustomerRole) < 0)
        problem = tr("Choose the column with the customer id.");
    else if (column(DateRole) < 0)
        problem = tr("Choose the column with the order date.");
    else if (column(AmountRole) < 0 && (resolved(m_presetColumns, clv::ColumnRole::Quantity) < 0 ||
                                        resolved(m_presetColumns, clv::ColumnRole::UnitPrice) < 0))
        problem = tr("Choose the column with the amount (or a preset that multiplies quantity by unit price).");
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
                                                role != clv::ColumnRole::OrderId});
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
    options.columns = clv::ColumnMapping{column(CustomerRole), column(DateRole), column(AmountRole),
                                         column(OrderIdRole)};
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
