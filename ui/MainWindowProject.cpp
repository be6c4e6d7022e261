// SPDX-License-Identifier: MIT
// MainWindow, part 2: project commands, background tasks and their results, errors and export.
#include "ui/MainWindow.h"

#include "ui/AppSettings.h"
#include "ui/FileDialogs.h"
#include "ui/analytics/AnalyticsPages.h"
#include "ui/charts/RevenueChart.h"
#include "ui/dialogs/ImportReportDialog.h"
#include "ui/import/ImportWizard.h"
#include "ui/pages/CustomersPage.h"
#include "ui/pages/EmptyStatePage.h"
#include "ui/pages/OverviewPage.h"
#include "ui/report/ChartExporter.h"
#include "ui/tasks/ModelService.h"
#include "ui/tasks/ProjectLoader.h"
#include "ui/text/ErrorText.h"
#include "ui/text/Format.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace clv::ui {
namespace {

QString absolute(const QString& path)
{
    return QFileInfo(path).absoluteFilePath();
}

QString displayName(const QString& path)
{
    return QFileInfo(path).fileName();
}

}  // namespace

QString MainWindow::projectPath() const
{
    return m_data ? m_data->path : QString();
}

bool MainWindow::isBusy() const
{
    return m_loader->isRunning() || (m_importWizard && m_importWizard->isImporting());
}

ImportWizard* MainWindow::importWizard() const
{
    return m_importWizard;
}

bool MainWindow::refuseWhileBusy()
{
    if (!isBusy())
        return false;
    statusBar()->showMessage(tr("Please wait for the running task to finish, or cancel it."), 5000);
    return true;
}

bool MainWindow::openProject(const QString& path)
{
    return !refuseWhileBusy() && m_loader->load(absolute(path));
}

bool MainWindow::newProject(const QString& path)
{
    return !refuseWhileBusy() && m_loader->create(absolute(path));
}

bool MainWindow::importCsv(const QString& csvPath)
{
    if (!m_data) {
        statusBar()->showMessage(tr("Open or create a project before importing."), 5000);
        return false;
    }
    return !refuseWhileBusy() && m_loader->importCsv(m_data->path, absolute(csvPath), ProjectTarget::Existing);
}

bool MainWindow::importCsvIntoProject(const QString& csvPath, const QString& projectPath)
{
    return !refuseWhileBusy() &&
           m_loader->importCsv(absolute(projectPath), absolute(csvPath), ProjectTarget::CreateIfMissing);
}

void MainWindow::cancelTask()
{
    if (!isBusy())
        return;
    m_loader->cancel();
    m_cancel->setEnabled(false);
    m_taskLabel->setText(tr("Cancelling…"));
}

void MainWindow::chooseNewProject()
{
    if (refuseWhileBusy())
        return;
    const QString path = FileDialogs::newProject(this, tr("New Project"), tr("Untitled"));
    if (!path.isEmpty())
        newProject(path);
}

void MainWindow::chooseOpenProject()
{
    if (refuseWhileBusy())
        return;
    const QString path = FileDialogs::openProject(this);
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::chooseImportCsv()
{
    if (refuseWhileBusy())
        return;
    if (m_data) {
        openImportWizard({}, m_data->path, ProjectTarget::Existing);
        return;
    }
    const QString csv = FileDialogs::csvToImport(this);
    if (!csv.isEmpty())
        askProjectAndImport({csv});
}

void MainWindow::askProjectAndImport(const QStringList& csvPaths)
{
    if (refuseWhileBusy() || csvPaths.isEmpty())
        return;
    const QString project = FileDialogs::newProject(this, tr("Create a Project for the Imported Orders"),
                                                    QFileInfo(csvPaths.front()).completeBaseName());
    if (!project.isEmpty())
        openImportWizard(csvPaths, project, ProjectTarget::Replace);
}

void MainWindow::openImportWizard(const QStringList& csvPaths, const QString& projectPath, ProjectTarget target)
{
    if (refuseWhileBusy())
        return;
    if (m_importWizard) {
        m_importWizard->raise();
        m_importWizard->activateWindow();
        return;
    }
    auto* wizard = new ImportWizard(ImportTarget{absolute(projectPath), target}, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    wizard->setFiles(csvPaths);
    connect(wizard, &ImportWizard::imported, this, [this](const QString& path) {
        statusBar()->showMessage(tr("Import committed. Loading the project…"), 5000);
        m_loader->load(path);
    });
    m_importWizard = wizard;
    wizard->open();
    updateWindowState();
}

void MainWindow::openDemo()
{
    if (refuseWhileBusy())
        return;
    const QString project = AppSettings::demoProjectPath();
    if (QFileInfo::exists(project)) {
        openProject(project);
        return;
    }
    const QString csv = AppSettings::demoCsvPath();
    if (csv.isEmpty()) {
        showError(tr("Open Demo"), tr("The demo data is not installed."));
        return;
    }
    QDir().mkpath(QFileInfo(project).absolutePath());
    importCsvIntoProject(csv, project);
}

void MainWindow::chooseExportChart()
{
    if (!m_data)
        return;
    const QString path = FileDialogs::chartExport(this, QFileInfo(m_data->path).completeBaseName() + tr("-revenue"));
    if (!path.isEmpty() && exportChart(path))
        statusBar()->showMessage(tr("Chart exported to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

bool MainWindow::exportChart(const QString& path)
{
    const auto format = ChartExporter::formatForPath(path);
    if (!format) {
        showError(tr("Export Chart"), tr("Choose a file name ending in .pdf, .png or .svg."));
        return false;
    }
    RevenueChart* chart = m_overview->chart();
    ChartDocument document;
    document.title = RevenueChart::chartTitle();
    const QString exported = QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat);
    document.subtitle = m_data ? tr("Project %1 · %2 customers · %3 orders · exported %4")
                                     .arg(displayName(m_data->path), formatCount(m_data->counts.customers),
                                          formatCount(m_data->counts.orders), exported)
                               : tr("Exported %1").arg(exported);
    document.paintChart = [chart](QPainter& painter, const QRectF& target) { chart->renderTo(painter, target); };
    QString error;
    if (!ChartExporter::exportTo(path, *format, document, &error)) {
        showError(tr("Export Chart"), error);
        return false;
    }
    return true;
}

void MainWindow::onTaskStarted(TaskKind kind)
{
    m_taskLabel->setText(kind == TaskKind::Import ? ProjectLoader::stageText(TaskStage::Importing)
                                                  : ProjectLoader::stageText(TaskStage::Opening));
    m_progress->setValue(0);
    m_cancel->setEnabled(true);
    m_taskBox->setVisible(true);
    updateWindowState();
}

void MainWindow::onTaskProgress(double fraction, TaskStage stage)
{
    m_progress->setValue(static_cast<int>(std::lround(std::clamp(fraction, 0.0, 1.0) * 1000.0)));
    if (m_cancel->isEnabled() || stage != TaskStage::Importing)
        m_taskLabel->setText(ProjectLoader::stageText(stage));
    // Once an import has been committed, it can no longer be undone by "Cancel".
    if (m_loader->currentKind() == TaskKind::Import && stage != TaskStage::Importing && stage != TaskStage::Opening &&
        stage != TaskStage::Creating)
        m_cancel->setEnabled(false);
}

void MainWindow::onTaskFinished(const TaskOutcome& outcome)
{
    if (m_closing)
        return;
    m_taskBox->setVisible(false);
    if (outcome.cancelled()) {
        statusBar()->showMessage(tr("Cancelled. Nothing was changed."), 8000);
    } else if (!outcome.ok()) {
        const QString title = outcome.kind == TaskKind::Import   ? tr("Import Failed")
                              : outcome.kind == TaskKind::Create ? tr("Could Not Create Project")
                                                                 : tr("Could Not Open Project");
        showError(title, ErrorText::message(*outcome.error), ErrorText::details(*outcome.error));
        if (outcome.kind == TaskKind::Load)
            AppSettings::removeRecentProject(outcome.projectPath);
    } else {
        applyData(outcome.data);
        AppSettings::addRecentProject(outcome.projectPath);
        if (outcome.importReport)
            showImportReport(*outcome.importReport);
        emit projectOpened(outcome.projectPath);
    }
    // A replaced project whose import then failed is gone: do not keep showing it.
    if (m_data && !QFileInfo::exists(m_data->path))
        closeProject();
    updateWindowState();
    emit taskFinished(outcome.ok());
}

void MainWindow::applyData(std::shared_ptr<const ProjectData> snapshot)
{
    m_data = std::move(snapshot);
    m_overview->setData(*m_data);
    m_customers->setProjectData(m_data);
    m_analytics->setData(m_data);
    m_models->setProject(m_data);
    m_central->setCurrentIndex(1);
    updateWindowState();
}

void MainWindow::applySegmentation(std::shared_ptr<const clv::RfmResult> result, const clv::RfmSegmentMap& grid)
{
    if (!m_data || !result || !m_data->summary || result->customers.size() != m_data->summary->rows.size())
        return;
    auto updated = std::make_shared<ProjectData>(*m_data);
    updated->rfm = std::move(result);
    updated->rfmGrid = grid;
    updated->modelSignature = 0;  // other groups: no stored model matches (the refit stores one for them)
    m_data = std::move(updated);
    m_customers->setProjectData(m_data);
    m_models->setProject(m_data);
}

void MainWindow::closeProject()
{
    if (refuseWhileBusy())
        return;
    m_data.reset();
    m_overview->clear();
    m_customers->setSummary(nullptr);
    m_analytics->clear();
    m_models->clear();
    m_central->setCurrentIndex(0);
    if (m_importReport)
        m_importReport->close();
    updateWindowState();
}

void MainWindow::showImportReport(const clv::ImportReport& report)
{
    if (!m_importReport)
        m_importReport = new ImportReportDialog(this);
    m_importReport->setReport(report);
    m_importReport->show();
    m_importReport->raise();
    statusBar()->showMessage(tr("Imported %1 of %2 rows.").arg(formatCount(report.rowsImported),
                                                               formatCount(report.rowsRead)),
                             8000);
}

void MainWindow::showError(const QString& title, const QString& message, const QString& details)
{
    m_lastError = message;
    // Window-modal and opened with open(), not exec(): no nested event loop, and tests are never blocked.
    auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setObjectName(u"errorMessageBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (!details.isEmpty())
        box->setDetailedText(details);
    box->open();
    emit errorShown(message);
}

void MainWindow::updateWindowState()
{
    const bool busy = isBusy();
    const bool open = static_cast<bool>(m_data);
    for (QAction* action : {m_newAction, m_openAction, m_demoAction})
        action->setEnabled(!busy);
    m_recentMenu->menuAction()->setEnabled(!busy && !AppSettings::recentProjects().isEmpty());
    m_importAction->setEnabled(!busy);
    m_closeAction->setEnabled(!busy && open);
    m_exportAction->setEnabled(open && !m_data->revenue.empty());
    m_empty->setEnabled(!busy);
    for (QAction* action : {m_overviewAction, m_customersAction, m_findAction})
        action->setEnabled(open);

    if (open) {
        setWindowTitle(tr("%1 — CLV Workbench").arg(displayName(m_data->path)));
        setWindowFilePath(m_data->path);
        m_projectLabel->setText(tr("%1 · %2 customers · %3 orders")
                                    .arg(displayName(m_data->path), formatCount(m_data->counts.customers),
                                         formatCount(m_data->counts.orders)));
        m_projectLabel->setToolTip(QDir::toNativeSeparators(m_data->path));
    } else {
        setWindowTitle(tr("CLV Workbench"));
        setWindowFilePath({});
        m_projectLabel->setText(tr("No project"));
        m_projectLabel->setToolTip({});
    }
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = AppSettings::recentProjects();
    for (int i = 0; i < recent.size(); ++i) {
        const QString& path = recent.at(i);
        QAction* action = m_recentMenu->addAction(u"&%1 %2"_s.arg(i + 1).arg(displayName(path)));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openProject(path); });
    }
    m_recentMenu->addSeparator();
    QAction* clear = m_recentMenu->addAction(tr("Clear Menu"));
    clear->setEnabled(!recent.isEmpty());
    connect(clear, &QAction::triggered, this, [this] {
        AppSettings::clearRecentProjects();
        updateWindowState();
    });
}

}  // namespace clv::ui

namespace clv::ui {

void MainWindow::connectModelService()
{
    m_modelLabel->setToolTip(tr("The purchase and spend models behind the model CLV, the forecast and the what-if "
                                "page; fitted in the background after every import or open"));
    connect(m_models, &ModelService::started, this, [this] { m_modelLabel->setText(tr("Fitting models…")); });
    connect(m_models, &ModelService::progressChanged, this, [this](double fraction) {
        m_modelLabel->setText(tr("Fitting models… %1%").arg(qRound(fraction * 100.0)));
    });
    connect(m_models, &ModelService::snapshotChanged, this, [this](std::shared_ptr<const ModelSnapshot> snapshot) {
        m_overview->setModelSnapshot(snapshot);
        m_customers->setModelSnapshot(snapshot);
        if (!snapshot) {
            m_modelLabel->clear();
            return;
        }
        const QString name = snapshot->kind == clv::PurchaseModelKind::BgNbd    ? tr("BG/NBD")
                             : snapshot->kind == clv::PurchaseModelKind::MbgNbd ? tr("MBG/NBD")
                                                                                : tr("Pareto/NBD");
        m_modelLabel->setText(tr("Model: %1 + Gamma-Gamma  ·").arg(name));
    });
    connect(m_models, &ModelService::storedFiguresAvailable, m_overview, &OverviewPage::setStoredModelFigures);
    connect(m_models, &ModelService::failed, this, [this](const QString& message) {
        m_overview->setModelError(message);
        m_modelLabel->setText(tr("No model  ·"));
        m_modelLabel->setToolTip(tr("The models could not be fitted: %1").arg(message));
    });
}

}  // namespace clv::ui
