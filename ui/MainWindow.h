// SPDX-License-Identifier: MIT
#pragma once

#include "ui/tasks/ProjectData.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QProgressBar;
class QStackedWidget;
class QToolButton;

namespace clv::ui {

class AnalyticsPages;
class CustomersPage;
class EmptyStatePage;
class ImportReportDialog;
class ImportWizard;
class ModelService;
class OverviewPage;
class ProjectLoader;

/// The main window: File/View/Help menus, a side list switching the pages (Overview, Customers), an empty state
/// while no project is open, and a status bar with task progress and the project's counts. It only hosts pages
/// and runs tasks through ProjectLoader; all numbers come from core.
///
/// The public slots are the programmatic API (used by the command line and by tests); the File menu's dialogs
/// end up calling them. None of them blocks: work runs in the background and taskFinished() reports the end.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    enum Page { OverviewPageIndex = 0, CustomersPageIndex = 1, SegmentsPageIndex = 2, CohortsPageIndex = 3,
                ChurnPageIndex = 4,
                ModelsPageIndex = 5, WhatIfPageIndex = 6 };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    QString projectPath() const;                        ///< empty while no project is open
    const ProjectData* projectData() const { return m_data.get(); }  ///< null while no project is open
    bool isBusy() const;                                ///< a background task is running
    QString lastError() const { return m_lastError; }   ///< the last error message shown (empty if none)

    OverviewPage* overviewPage() const { return m_overview; }
    CustomersPage* customersPage() const { return m_customers; }
    AnalyticsPages* analyticsPages() const { return m_analytics; }  ///< segments, cohorts, churn
    ImportWizard* importWizard() const;  ///< the open import wizard, or null
    /// The active model (fitted in the background after each project snapshot); pages subscribe to it.
    ModelService* modelService() const { return m_models; }

public slots:
    /// Opens an existing project. False if a task is already running.
    bool openProject(const QString& path);
    /// Creates a new empty project (replacing a file at `path`) and opens it.
    bool newProject(const QString& path);
    /// Imports an orders CSV into the open project. False if no project is open or a task runs.
    bool importCsv(const QString& csvPath);
    /// Imports an orders CSV into `projectPath`, creating the project when it does not exist yet.
    bool importCsvIntoProject(const QString& csvPath, const QString& projectPath);
    /// Writes the revenue chart to `path` (PDF, PNG or SVG by extension). Synchronous; false on error.
    bool exportChart(const QString& path);
    /// Asks the running task to stop.
    void cancelTask();
    void showPage(int page);

signals:
    void projectOpened(const QString& path);
    void taskFinished(bool ok);
    void errorShown(const QString& message);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    // Interactive versions of the File menu commands (they ask with dialogs, then call the slots above).
    void chooseNewProject();
    void chooseOpenProject();
    void chooseImportCsv();
    void chooseExportChart();
    void askProjectAndImport(const QStringList& csvPaths);  ///< no project open: ask where to create one, then import
    /// Opens the import wizard (window-modal, no nested event loop) for `csvPaths` into `projectPath`.
    void openImportWizard(const QStringList& csvPaths, const QString& projectPath, ProjectTarget target);
    void openDemo();
    void showAbout();

    void placeOnScreen();
    void createActions();
    void createMenus();
    void createCentralWidget();
    void createStatusBar();

    void onTaskStarted(TaskKind kind);
    void onTaskProgress(double fraction, TaskStage stage);
    void onTaskFinished(const TaskOutcome& outcome);
    void applyData(std::shared_ptr<const ProjectData> snapshot);
    /// A grid saved on the Segments page becomes the project's segmentation in the current snapshot.
    void applySegmentation(std::shared_ptr<const clv::RfmResult> result, const clv::RfmSegmentMap& grid);
    void closeProject();
    void showImportReport(const clv::ImportReport& report);
    void showError(const QString& title, const QString& message, const QString& details = {});
    bool refuseWhileBusy();
    void updateWindowState();
    void updateRecentMenu();
    void connectModelService();

    ProjectLoader* m_loader = nullptr;
    ModelService* m_models = nullptr;
    QLabel* m_modelLabel = nullptr;
    std::shared_ptr<const ProjectData> m_data;
    QString m_lastError;
    bool m_closing = false;

    QStackedWidget* m_central = nullptr;  // empty state | workspace
    EmptyStatePage* m_empty = nullptr;
    QListWidget* m_pageList = nullptr;
    QStackedWidget* m_pages = nullptr;
    OverviewPage* m_overview = nullptr;
    CustomersPage* m_customers = nullptr;
    AnalyticsPages* m_analytics = nullptr;
    QPointer<ImportReportDialog> m_importReport;
    QPointer<ImportWizard> m_importWizard;

    QWidget* m_taskBox = nullptr;
    QLabel* m_taskLabel = nullptr;
    QProgressBar* m_progress = nullptr;
    QToolButton* m_cancel = nullptr;
    QLabel* m_projectLabel = nullptr;

    QAction* m_newAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_closeAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_demoAction = nullptr;
    QAction* m_overviewAction = nullptr;
    QAction* m_customersAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QMenu* m_recentMenu = nullptr;
};

}  // namespace clv::ui
