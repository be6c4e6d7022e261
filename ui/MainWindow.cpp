// SPDX-License-Identifier: MIT
#include "ui/MainWindow.h"

#include "ui/AppSettings.h"
#include "ui/Resources.h"
#include "ui/analytics/AnalyticsPages.h"
#include "ui/analytics/SegmentsPage.h"
#include "ui/dialogs/ImportReportDialog.h"
#include "ui/pages/CustomersPage.h"
#include "ui/pages/EmptyStatePage.h"
#include "ui/pages/OverviewPage.h"
#include "ui/tasks/ModelService.h"
#include "ui/tasks/ProjectLoader.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

namespace clv::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    initResources();
    setObjectName(u"mainWindow"_s);
    setWindowIcon(applicationIcon());
    setAcceptDrops(true);

    m_loader = new ProjectLoader(this);
    connect(m_loader, &ProjectLoader::started, this, &MainWindow::onTaskStarted);
    connect(m_loader, &ProjectLoader::progressChanged, this, &MainWindow::onTaskProgress);
    connect(m_loader, &ProjectLoader::finished, this, &MainWindow::onTaskFinished);
    m_models = new ModelService(this);

    createActions();
    createMenus();
    createCentralWidget();
    createStatusBar();
    connectModelService();

    if (!restoreGeometry(AppSettings::windowGeometry()))
        placeOnScreen();
    showPage(AppSettings::currentPage());
    updateWindowState();
}

MainWindow::~MainWindow()
{
    m_closing = true;  // results that still arrive while the loader shuts down are ignored
}

void MainWindow::placeOnScreen()
{
    // First start: a generous size that still fits small screens, centred.
    const QScreen* screen = QGuiApplication::primaryScreen();
    const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1366, 768);
    const QSize size = QSize(1280, 820).boundedTo(available.size() * 0.92);
    resize(size);
    move(available.center() - QPoint(size.width() / 2, size.height() / 2));
}

void MainWindow::createActions()
{
    const auto make = [this](const QString& name, const QString& text, const QKeySequence& shortcut,
                             const QString& iconName, auto slot) {
        auto* action = new QAction(QIcon::fromTheme(iconName), text, this);
        action->setObjectName(name);
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_newAction = make(u"actionNewProject"_s, tr("&New Project…"), QKeySequence::New, u"document-new"_s,
                       &MainWindow::chooseNewProject);
    m_newAction->setStatusTip(tr("Create an empty project file"));
    m_openAction = make(u"actionOpenProject"_s, tr("&Open Project…"), QKeySequence::Open, u"document-open"_s,
                        &MainWindow::chooseOpenProject);
    m_openAction->setStatusTip(tr("Open a CLV Workbench project"));
    m_importAction = make(u"actionImportCsv"_s, tr("&Import CSV…"), QKeySequence(Qt::CTRL | Qt::Key_I),
                          u"document-import"_s, &MainWindow::chooseImportCsv);
    m_importAction->setStatusTip(tr("Import orders from a CSV file into the project"));
    m_exportAction = make(u"actionExportChart"_s, tr("&Export Chart…"), QKeySequence(Qt::CTRL | Qt::Key_E),
                          u"document-export"_s, &MainWindow::chooseExportChart);
    m_exportAction->setStatusTip(tr("Save the revenue chart as PDF, PNG or SVG"));
    m_demoAction = make(u"actionOpenDemo"_s, tr("Open &Demo"), {}, {}, &MainWindow::openDemo);
    m_closeAction = make(u"actionCloseProject"_s, tr("&Close Project"), QKeySequence::Close, u"document-close"_s,
                         &MainWindow::closeProject);
    m_quitAction = make(u"actionQuit"_s, tr("&Quit"), QKeySequence::Quit, u"application-exit"_s, &QWidget::close);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_overviewAction = make(u"actionShowOverview"_s, tr("&Overview"), QKeySequence(Qt::CTRL | Qt::Key_1), {},
                            [this] { showPage(OverviewPageIndex); });
    m_customersAction = make(u"actionShowCustomers"_s, tr("&Customers"), QKeySequence(Qt::CTRL | Qt::Key_2), {},
                             [this] { showPage(CustomersPageIndex); });
    m_findAction = make(u"actionFindCustomer"_s, tr("&Find Customer…"), QKeySequence::Find, u"edit-find"_s, [this] {
        showPage(CustomersPageIndex);
        m_customers->focusFilter();
    });
    m_aboutAction = make(u"actionAbout"_s, tr("&About CLV Workbench"), {}, u"help-about"_s, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(u"recentMenu"_s);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    file->addAction(m_demoAction);
    file->addSeparator();
    file->addAction(m_importAction);
    file->addAction(m_exportAction);
    file->addSeparator();
    file->addAction(m_closeAction);
    file->addAction(m_quitAction);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_overviewAction);
    view->addAction(m_customersAction);
    m_analytics = new AnalyticsPages(this);
    m_analytics->setModelService(m_models);
    connect(m_analytics->segments(), &SegmentsPage::segmentationSaved, this, &MainWindow::applySegmentation);
    const QList<AnalyticsPages::Entry> analytics = m_analytics->entries();
    for (int i = 0; i < analytics.size(); ++i) {
        QAction* show = view->addAction(analytics[i].title, this, [this, i] { showPage(SegmentsPageIndex + i); });
        show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_3 + i)));
    }
    view->addSeparator();
    view->addAction(m_findAction);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::createCentralWidget()
{
    m_empty = new EmptyStatePage(this);
    m_empty->setDemoAvailable(!AppSettings::demoCsvPath().isEmpty());
    connect(m_empty, &EmptyStatePage::openProjectRequested, this, &MainWindow::chooseOpenProject);
    connect(m_empty, &EmptyStatePage::importCsvRequested, this, &MainWindow::chooseImportCsv);
    connect(m_empty, &EmptyStatePage::openDemoRequested, this, &MainWindow::openDemo);

    m_pageList = new QListWidget(this);
    m_pageList->setObjectName(u"pageList"_s);
    m_pageList->setIconSize(QSize(24, 24));
    m_pageList->setSpacing(2);
    m_pageList->setFrameShape(QFrame::NoFrame);
    m_pageList->setFixedWidth(150);
    m_pageList->setAccessibleName(tr("Pages"));
    auto* overviewItem = new QListWidgetItem(QIcon(u":/icons/overview.svg"_s), tr("Overview"), m_pageList);
    overviewItem->setToolTip(tr("Key figures, CLV three ways (formula, cohorts, model), LTV:CAC and the revenue "
                                "forecast (Ctrl+1)"));
    auto* customersItem = new QListWidgetItem(QIcon(u":/icons/customers.svg"_s), tr("Customers"), m_pageList);
    customersItem->setToolTip(tr("Every customer: frequency, recency, T, monetary value, segment, P(alive) and "
                                 "CLV; double-click for orders and predictions (Ctrl+2)"));
    for (const AnalyticsPages::Entry& entry : m_analytics->entries())
        (new QListWidgetItem(entry.icon, entry.title, m_pageList))->setToolTip(entry.toolTip);
    QPalette listPalette = m_pageList->palette();
    listPalette.setColor(QPalette::Base, listPalette.color(QPalette::Window));
    m_pageList->setPalette(listPalette);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(u"pages"_s);
    m_overview = new OverviewPage(this);
    m_customers = new CustomersPage(this);
    m_pages->addWidget(m_overview);
    m_pages->addWidget(m_customers);
    for (const AnalyticsPages::Entry& entry : m_analytics->entries())
        m_pages->addWidget(entry.page);
    // A page brought to the front shows the latest snapshot even if its turn to receive it has not come yet.
    connect(m_pages, &QStackedWidget::currentChanged, m_analytics, &AnalyticsPages::flushPending);
    connect(m_pageList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_pages->setCurrentIndex(row);
    });

    auto* workspace = new QWidget(this);
    workspace->setObjectName(u"workspace"_s);
    auto* layout = new QHBoxLayout(workspace);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_pageList);
    auto* separator = new QFrame(workspace);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    layout->addWidget(separator);
    layout->addWidget(m_pages, 1);

    m_central = new QStackedWidget(this);
    m_central->setObjectName(u"centralStack"_s);
    m_central->addWidget(m_empty);
    m_central->addWidget(workspace);
    setCentralWidget(m_central);
}

void MainWindow::createStatusBar()
{
    m_taskBox = new QWidget(this);
    m_taskBox->setObjectName(u"taskBox"_s);
    auto* layout = new QHBoxLayout(m_taskBox);
    layout->setContentsMargins(0, 0, 0, 0);
    m_taskLabel = new QLabel(m_taskBox);
    m_taskLabel->setObjectName(u"taskLabel"_s);
    m_progress = new QProgressBar(m_taskBox);
    m_progress->setObjectName(u"taskProgress"_s);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setFixedWidth(180);
    m_progress->setAccessibleName(tr("Task progress"));
    m_cancel = new QToolButton(m_taskBox);
    m_cancel->setObjectName(u"taskCancel"_s);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the running task; nothing is changed"));
    connect(m_cancel, &QToolButton::clicked, this, &MainWindow::cancelTask);
    layout->addWidget(m_taskLabel);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    m_taskBox->setVisible(false);

    m_modelLabel = new QLabel(this);
    m_modelLabel->setObjectName(u"modelStatusLabel"_s);
    statusBar()->addPermanentWidget(m_modelLabel);

    m_projectLabel = new QLabel(this);
    m_projectLabel->setObjectName(u"projectStatusLabel"_s);
    statusBar()->addPermanentWidget(m_taskBox);
    statusBar()->addPermanentWidget(m_projectLabel);
}

void MainWindow::showPage(int page)
{
    page = std::clamp(page, 0, m_pages->count() - 1);
    m_pageList->setCurrentRow(page);
    m_pages->setCurrentIndex(page);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (isBusy()) {
        // Stop the worker and wait for it: core checks the stop token between batches, so this is short, and a
        // cancelled import is rolled back. finished() arrives later and is ignored (m_closing).
        statusBar()->showMessage(tr("Stopping the running task…"));
        m_loader->cancel();
        m_loader->waitForFinished();
    }
    m_models->cancel();
    m_models->waitForFinished();
    m_closing = true;
    AppSettings::setWindowGeometry(saveGeometry());
    AppSettings::setCurrentPage(m_pages->currentIndex());
    if (m_importReport)
        m_importReport->close();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    const auto suffix = [](const QUrl& url) { return QFileInfo(url.toLocalFile()).suffix().toLower(); };
    const auto isCsv = [&suffix](const QUrl& url) {
        return url.isLocalFile() && (suffix(url) == u"csv"_s || suffix(url) == u"txt"_s || suffix(url) == u"tsv"_s);
    };
    if ((urls.size() == 1 && urls.front().isLocalFile() && suffix(urls.front()) == u"clvw"_s) ||
        (!urls.isEmpty() && std::all_of(urls.begin(), urls.end(), isCsv)))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QString path = event->mimeData()->urls().value(0).toLocalFile();
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    if (QFileInfo(path).suffix().compare(u"clvw"_s, Qt::CaseInsensitive) == 0) {
        openProject(path);
        return;
    }
    QStringList csvPaths;
    for (const QUrl& url : event->mimeData()->urls())
        csvPaths.append(url.toLocalFile());
    if (m_data)
        openImportWizard(csvPaths, m_data->path, ProjectTarget::Existing);
    else
        askProjectAndImport(csvPaths);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About CLV Workbench"),
        tr("<h3>CLV Workbench %1</h3>"
           "<p>An offline workbench for customer lifetime value: import orders, summarise customers "
           "(frequency, recency, T, monetary value) and review revenue, all on your own computer.</p>"
           "<p>Licensed under the MIT License.</p>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
}

}  // namespace clv::ui
