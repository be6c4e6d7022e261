// SPDX-License-Identifier: MIT
#include "ui/import/ImportRunPage.h"

#include "ui/import/ImportWizard.h"
#include "ui/text/ErrorText.h"
#include "ui/text/Format.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace clv::ui {

ImportRunPage::ImportRunPage(ImportWizard* wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(u"importRunPage"_s);
    setTitle(tr("Import"));
    setSubTitle(tr("The orders are written in one step: if you cancel, nothing is changed."));
    setFinalPage(true);

    m_status = new QLabel(this);
    m_status->setObjectName(u"importRunStatus"_s);
    m_status->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"importRunProgress"_s);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Import progress"));
    m_cancel = new QPushButton(tr("&Cancel Import"), this);
    m_cancel->setObjectName(u"importRunCancel"_s);
    connect(m_cancel, &QPushButton::clicked, this, &ImportRunPage::cancelImport);
    m_result = new QLabel(this);
    m_result->setObjectName(u"importRunResult"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(progressRow);
    layout->addSpacing(12);
    layout->addWidget(m_result);
    layout->addStretch(1);

    m_runner = new ImportJobRunner(this);
    connect(m_runner, &ImportJobRunner::progressChanged, this,
            [this](double f) { m_progress->setValue(static_cast<int>(std::lround(f * 1000.0))); });
    connect(m_runner, &ImportJobRunner::finished, this, &ImportRunPage::onFinished);
}

void ImportRunPage::initializePage()
{
    ImportSetup& setup = m_wizard->setup();
    setup.imported.reset();
    m_done = false;
    m_running = true;
    m_progress->setValue(0);
    m_cancel->setEnabled(true);
    m_result->clear();
    const bool subscriptions = setup.importsSubscriptions();
    setSubTitle(subscriptions ? tr("The subscriptions are written in one step: if you cancel, nothing is changed.")
                              : tr("The orders are written in one step: if you cancel, nothing is changed."));
    const int fileCount = static_cast<int>(setup.files.size());
    const QString project = QFileInfo(setup.target.projectPath).fileName();
    m_status->setText(subscriptions ? tr("Importing subscriptions from %n file(s) into “%1”…", nullptr, fileCount).arg(project)
                                    : tr("Importing %n file(s) into “%1”…", nullptr, fileCount).arg(project));
    const ImportTarget target = setup.target;
    const QStringList files = setup.files;
    const clv::ImportOptions options = setup.options;
    const std::optional<clv::ImportPreset> saveAs = setup.saveAsPreset;
    m_runner->start([target, files, options, saveAs](std::stop_token stop, const importjobs::Progress& progress) {
        return importjobs::run(target, files, options, saveAs, std::move(stop), progress);
    });
    emit completeChanged();
}

bool ImportRunPage::isComplete() const
{
    return m_done && !m_running;
}

void ImportRunPage::cancelImport()
{
    if (!m_running)
        return;
    m_runner->cancel();
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling: the import is being rolled back…"));
}

void ImportRunPage::onFinished(const ImportJobResult& result)
{
    m_running = false;
    m_done = true;
    m_cancel->setEnabled(false);
    if (result.cancelled()) {
        m_status->setText(tr("The import was cancelled. The project is exactly as it was before."));
    } else if (!result.ok()) {
        m_status->setText(tr("The import failed. The project is unchanged."));
        m_result->setText(ErrorText::message(*result.error));
        m_result->setToolTip(ErrorText::details(*result.error));
    } else {
        m_progress->setValue(1000);
        auto reports = std::make_shared<const std::vector<clv::ImportReport>>(result.reports);
        m_wizard->setup().imported = reports;
        std::int64_t imported = 0, read = 0, skipped = 0, rejected = 0, subscriptions = 0, customers = 0;
        bool subscriptionReports = false;
        for (const clv::ImportReport& report : *reports) {
            if (report.kind == "subscriptions") {
                subscriptionReports = true;
                subscriptions += report.ordersImported;
            }
            customers += report.newCustomers;
            imported += report.rowsImported;
            read += report.rowsRead;
            skipped += report.rowsSkipped;
            rejected += report.rowsRejected + report.rowsExcluded;
        }
        m_status->setText(tr("Done."));
        QString text =
            subscriptionReports
                ? tr("Imported %n subscription(s) from %1 rows (new customers: %2). Already in the project: %3. "
                     "Rejected or excluded: %4. The Churn page shows how long the subscriptions last.",
                     nullptr, static_cast<int>(std::min<std::int64_t>(subscriptions, 1 << 30)))
                      .arg(formatCount(read), formatCount(customers), formatCount(skipped), formatCount(rejected))
                : tr("Imported %1 of %2 rows. Already in the project: %3. Rejected or excluded: %4.")
                      .arg(formatCount(imported), formatCount(read), formatCount(skipped), formatCount(rejected));
        if (result.presetError)
            text += u"\n\n"_s + tr("The mapping could not be saved as a preset: %1")
                                    .arg(ErrorText::message(*result.presetError));
        else if (m_wizard->setup().saveAsPreset)
            text += u"\n\n"_s + tr("The mapping was saved as the preset “%1”.")
                                    .arg(QString::fromStdString(m_wizard->setup().saveAsPreset->name));
        m_result->setText(text);
    }
    emit completeChanged();
    emit importFinished(result);
}

}  // namespace clv::ui
