// SPDX-License-Identifier: MIT
#include "ui/import/ImportFormatsPage.h"

#include "ui/import/ImportRoleText.h"
#include "ui/import/ImportWizard.h"
#include "ui/text/ErrorText.h"
#include "ui/text/Format.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QProgressBar>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace clv::ui {
namespace {

/// Makes the "as detected" entry (index 0) unavailable and clears the choice, or restores it.
void requireChoice(QComboBox* combo, bool required, int preselect)
{
    if (auto* model = qobject_cast<QStandardItemModel*>(combo->model()))
        model->item(0)->setEnabled(!required);
    combo->setCurrentIndex(required ? -1 : preselect);
}

QLabel* verdictLabel(QWidget* parent, const QString& name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    return label;
}

}  // namespace

ImportFormatsPage::ImportFormatsPage(ImportWizard* wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(u"importFormatsPage"_s);
    setTitle(tr("Dates and amounts"));
    setSubTitle(tr("How the dates and amounts are written, checked over every row of the file."));

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"importFormatsProgress"_s);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(u"importFormatsStatus"_s);
    m_status->setWordWrap(true);

    m_dateOrder = new QComboBox(this);
    m_dateOrder->setObjectName(u"importDateOrder"_s);
    m_dateOrder->setPlaceholderText(tr("Choose the date order…"));
    m_dateOrder->addItem(tr("As detected"), static_cast<int>(clv::DateOrder::Auto));
    m_dateOrder->addItem(tr("Day first (31/12/2024)"), static_cast<int>(clv::DateOrder::DayFirst));
    m_dateOrder->addItem(tr("Month first (12/31/2024)"), static_cast<int>(clv::DateOrder::MonthFirst));
    m_dateOrder->addItem(tr("Year first, ISO (2024-12-31)"), static_cast<int>(clv::DateOrder::YearFirst));
    m_dateVerdict = verdictLabel(this, u"importDateVerdict"_s);

    m_decimal = new QComboBox(this);
    m_decimal->setObjectName(u"importDecimal"_s);
    m_decimal->setPlaceholderText(tr("Choose the decimal separator…"));
    m_decimal->addItem(tr("As detected"), static_cast<int>(clv::DecimalSeparator::Auto));
    m_decimal->addItem(tr("Decimal point (1,234.50)"), static_cast<int>(clv::DecimalSeparator::Point));
    m_decimal->addItem(tr("Decimal comma (1.234,50)"), static_cast<int>(clv::DecimalSeparator::Comma));
    m_decimalVerdict = verdictLabel(this, u"importDecimalVerdict"_s);

    for (QComboBox* combo : {m_dateOrder, m_decimal}) {
        combo->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);  // the verdicts below take the full width
        connect(combo, &QComboBox::currentIndexChanged, this, &QWizardPage::completeChanged);
    }

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->addRow(tr("&Date order:"), m_dateOrder);
    form->addRow(QString(), m_dateVerdict);
    form->addItem(new QSpacerItem(0, 12));
    form->addRow(tr("D&ecimal separator:"), m_decimal);
    form->addRow(QString(), m_decimalVerdict);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addStretch(1);

    m_runner = new ImportJobRunner(this);
    connect(m_runner, &ImportJobRunner::progressChanged, this,
            [this](double f) { m_progress->setValue(static_cast<int>(std::lround(f * 1000.0))); });
    connect(m_runner, &ImportJobRunner::finished, this, &ImportFormatsPage::onProfile);
}

void ImportFormatsPage::initializePage()
{
    ImportSetup& setup = m_wizard->setup();
    setup.profile.reset();
    m_ok = false;
    m_reading = true;
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_status->setText(tr("Reading every row of “%1”…").arg(QFileInfo(setup.files.front()).fileName()));
    m_dateVerdict->clear();
    m_decimalVerdict->clear();
    m_dateOrder->setEnabled(false);
    m_decimal->setEnabled(false);
    clv::ImportOptions options = setup.options;
    options.dateOrder = clv::DateOrder::Auto;
    options.decimal = clv::DecimalSeparator::Auto;
    const QString file = setup.files.front();
    m_runner->startLatest([file, options](std::stop_token stop, const importjobs::Progress& progress) {
        return importjobs::profile(file, options, std::move(stop), progress);
    });
    emit completeChanged();
}

void ImportFormatsPage::cleanupPage()
{
    m_runner->cancel();
}

void ImportFormatsPage::onProfile(const ImportJobResult& result)
{
    m_reading = false;
    m_progress->setVisible(false);
    if (!result.ok() || !result.profile) {
        m_status->setText(result.error ? ErrorText::message(*result.error) : QString());
        m_ok = false;
        emit completeChanged();
        return;
    }
    const clv::ImportProfile& profile = *result.profile;
    m_wizard->setup().profile = profile;
    m_ok = true;
    m_status->setText(tr("%n data row(s) checked.", nullptr, static_cast<int>(std::min<std::int64_t>(profile.rows, 1 << 30))));

    using DV = clv::DateOrderVerdict;
    m_dateRequired = profile.dateVerdict == DV::Ambiguous || profile.dateVerdict == DV::Conflicting;
    m_dateVerdict->setText(ImportRoleText::dateVerdict(profile.dateVerdict, profile.dateExampleLine));
    using CV = clv::DecimalVerdict;
    m_decimalRequired = profile.decimalVerdict == CV::Ambiguous || profile.decimalVerdict == CV::Conflicting;
    m_decimalVerdict->setText(ImportRoleText::decimalVerdict(profile.decimalVerdict, profile.decimalExampleLine));
    for (QLabel* label : {m_dateVerdict, m_decimalVerdict}) {
        QFont font = label->font();
        font.setBold(label == m_dateVerdict ? m_dateRequired : m_decimalRequired);
        label->setFont(font);
    }
    const clv::ImportOptions& chosen = m_wizard->setup().options;
    const int dateIndex = std::max(0, m_dateOrder->findData(static_cast<int>(chosen.dateOrder)));
    const int decimalIndex = std::max(0, m_decimal->findData(static_cast<int>(chosen.decimal)));
    requireChoice(m_dateOrder, m_dateRequired, dateIndex);
    requireChoice(m_decimal, m_decimalRequired, decimalIndex);
    m_dateOrder->setEnabled(true);
    m_decimal->setEnabled(true);
    emit completeChanged();
}

bool ImportFormatsPage::isComplete() const
{
    return m_ok && !m_reading && m_dateOrder->currentIndex() >= 0 && m_decimal->currentIndex() >= 0 &&
           !(m_dateRequired && m_dateOrder->currentIndex() == 0) &&
           !(m_decimalRequired && m_decimal->currentIndex() == 0);
}

void ImportFormatsPage::setDateOrder(clv::DateOrder order)
{
    m_dateOrder->setCurrentIndex(m_dateOrder->findData(static_cast<int>(order)));
}

void ImportFormatsPage::setDecimal(clv::DecimalSeparator decimal)
{
    m_decimal->setCurrentIndex(m_decimal->findData(static_cast<int>(decimal)));
}

bool ImportFormatsPage::validatePage()
{
    clv::ImportOptions& options = m_wizard->setup().options;
    options.dateOrder = static_cast<clv::DateOrder>(m_dateOrder->currentData().toInt());
    options.decimal = static_cast<clv::DecimalSeparator>(m_decimal->currentData().toInt());
    return true;
}

}  // namespace clv::ui
