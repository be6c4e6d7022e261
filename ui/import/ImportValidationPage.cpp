// SPDX-License-Identifier: MIT
#include "ui/import/ImportValidationPage.h"

#include "ui/AppSettings.h"
#include "ui/import/ImportIssueModel.h"
#include "ui/import/ImportReportCsv.h"
#include "ui/import/ImportWizard.h"
#include "ui/text/ErrorText.h"
#include "ui/text/Format.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace clv::ui {
namespace {

struct Totals {
    std::int64_t read = 0, imported = 0, skipped = 0, rejected = 0, excluded = 0, missing = 0, customers = 0;
};

Totals totals(const std::vector<clv::ImportReport>& reports)
{
    Totals t;
    for (const clv::ImportReport& r : reports) {
        t.read += r.rowsRead;
        t.imported += r.rowsImported;
        t.skipped += r.rowsSkipped;
        t.rejected += r.rowsRejected;
        t.excluded += r.rowsExcluded;
        t.missing += r.rowsMissingCustomer;
        t.customers += r.newCustomers;
    }
    return t;
}

}  // namespace

ImportValidationPage::ImportValidationPage(ImportWizard* wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(u"importValidationPage"_s);
    setTitle(tr("Check before importing"));
    setSubTitle(tr("A trial run on a copy of the project: this is exactly what the import will do."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"importValidationProgress"_s);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"importValidationSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_missing = new QLabel(this);
    m_missing->setObjectName(u"importMissingCustomers"_s);
    m_missing->setWordWrap(true);
    m_caption = new QLabel(this);

    m_issues = new ImportIssueModel(this);
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_issues);
    m_sorted->setSortRole(ImportIssueModel::SortRole);
    m_table = new QTableView(this);
    m_table->setObjectName(u"importIssueTable"_s);
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(ImportIssueModel::File, 140);
    m_table->setColumnWidth(ImportIssueModel::Line, 60);
    m_table->setColumnWidth(ImportIssueModel::ColumnNumber, 60);
    m_table->setColumnWidth(ImportIssueModel::Field, 120);
    m_table->setColumnWidth(ImportIssueModel::Value, 160);

    m_save = new QPushButton(tr("&Save Report as CSV…"), this);
    m_save->setObjectName(u"importSaveReport"_s);
    connect(m_save, &QPushButton::clicked, this, &ImportValidationPage::chooseReportFile);
    auto* captionRow = new QHBoxLayout;
    captionRow->addWidget(m_caption, 1);
    captionRow->addWidget(m_save);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_missing);
    layout->addLayout(captionRow);
    layout->addWidget(m_table, 1);

    m_runner = new ImportJobRunner(this);
    connect(m_runner, &ImportJobRunner::progressChanged, this,
            [this](double f) { m_progress->setValue(static_cast<int>(std::lround(f * 1000.0))); });
    connect(m_runner, &ImportJobRunner::finished, this, &ImportValidationPage::onDryRun);
}

void ImportValidationPage::initializePage()
{
    ImportSetup& setup = m_wizard->setup();
    setup.dryRun.reset();
    m_issues->clear();
    m_ok = false;
    m_checking = true;
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_summary->setText(tr("Checking %n file(s)…", nullptr, static_cast<int>(setup.files.size())));
    m_missing->clear();
    m_caption->clear();
    m_save->setEnabled(false);
    const ImportTarget target = setup.target;
    const QStringList files = setup.files;
    const clv::ImportOptions options = setup.options;
    m_runner->startLatest([target, files, options](std::stop_token stop, const importjobs::Progress& progress) {
        return importjobs::dryRun(target, files, options, std::move(stop), progress);
    });
    emit completeChanged();
}

void ImportValidationPage::cleanupPage()
{
    m_runner->cancel();
    m_checking = false;
}

void ImportValidationPage::onDryRun(const ImportJobResult& result)
{
    m_checking = false;
    m_progress->setVisible(false);
    if (!result.ok()) {
        m_summary->setText(ErrorText::message(*result.error));
        m_summary->setToolTip(ErrorText::details(*result.error));
        emit completeChanged();
        return;
    }
    auto reports = std::make_shared<const std::vector<clv::ImportReport>>(result.reports);
    m_wizard->setup().dryRun = reports;
    m_issues->setReports(reports);
    const Totals t = totals(*reports);
    m_ok = t.imported > 0;
    const bool subscriptions = std::any_of(reports->begin(), reports->end(),
                                           [](const clv::ImportReport& r) { return r.kind == "subscriptions"; });
    QString summary =
        subscriptions
            ? tr("Rows read: %1. Subscriptions that would be imported: %2. Already in the project: %3. Rejected: %4. "
                 "Excluded by the preset's rules (e.g. incomplete subscriptions): %5. New customers: %6.")
                  .arg(formatCount(t.read), formatCount(t.imported), formatCount(t.skipped), formatCount(t.rejected),
                       formatCount(t.excluded), formatCount(t.customers))
            : tr("Rows read: %1. Would be imported: %2. Already in the project: %3. Rejected: %4. "
                 "Excluded by the preset's rules: %5. New customers: %6.")
                  .arg(formatCount(t.read), formatCount(t.imported), formatCount(t.skipped), formatCount(t.rejected),
                       formatCount(t.excluded), formatCount(t.customers));
    if (t.imported == 0)
        summary += u' ' + tr("Nothing new would be imported.");
    m_summary->setText(summary);
    m_summary->setToolTip({});
    const double share = t.read > 0 ? static_cast<double>(t.missing) / static_cast<double>(t.read) : 0.0;
    m_missing->setText(tr("Rows without a customer id: %1 (%2 % of the rows read). They cannot be attributed to a "
                          "customer and are not imported.")
                           .arg(formatCount(t.missing), formatDecimal(share * 100.0, 1)));
    QFont font = m_missing->font();
    font.setBold(t.missing > 0);
    m_missing->setFont(font);
    m_caption->setText(m_issues->rowCount() == 0 ? tr("No row was rejected.")
                                                 : tr("%n row(s) rejected or excluded:", nullptr, m_issues->rowCount()));
    m_save->setEnabled(m_issues->rowCount() > 0);
    emit completeChanged();
}

bool ImportValidationPage::isComplete() const
{
    return m_ok && !m_checking;
}

void ImportValidationPage::chooseReportFile()
{
    const ImportSetup& setup = m_wizard->setup();
    const QString suggested = QDir(AppSettings::lastDirectory(u"export"_s))
                                  .filePath(QFileInfo(setup.files.value(0)).completeBaseName() + tr("-import-report") +
                                            u".csv"_s);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Import Report"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    AppSettings::setLastDirectory(u"export"_s, path);
    saveReport(path);
}

bool ImportValidationPage::saveReport(const QString& path)
{
    const ImportSetup& setup = m_wizard->setup();
    if (!setup.dryRun)
        return false;
    QString error;
    if (ImportReportCsv::write(path, *setup.dryRun, &error))
        return true;
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Save Import Report"), error, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return false;
}

}  // namespace clv::ui
