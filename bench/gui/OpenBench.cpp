// SPDX-License-Identifier: MIT
// Benchmark of issue 7: opening a large project to a filled Overview, offscreen, in one process.
//   bench_open PROJECT [RUNS]     (make PROJECT with bench/gui/run-open.sh: clv simulate + clv import, cached)
// Per run it constructs a MainWindow, calls openProject() and measures on the GUI thread until
//   1. the Overview is filled: load task finished, KPIs, simple CLV and revenue charts set (target <= 1.5 s);
//   2. the model CLV and the forecast line are shown (stored figures or the snapshot);
//   3. the forecast interval band is drawn.
// Run 1 starts without stored models (as right after an import: the model is fitted on open); later runs reopen
// the project with the model run 1 stored in it. The target applies to the whole Overview (1-3) on reopening.
// Reference: the same background work without any GUI (tasks::loadProject + analytics::computeAnalytics), run
// first in the same process (warm page cache for both). Also reports the longest GUI-thread stall (10 ms ticks).
#include "ui/MainWindow.h"
#include "ui/models/CustomerFilterProxyModel.h"
#include "ui/models/CustomerTableModel.h"
#include "ui/pages/CustomersPage.h"
#include "ui/analytics/AnalyticsTasks.h"
#include "ui/pages/OverviewPage.h"
#include "ui/tasks/ModelService.h"
#include "ui/tasks/ProjectTasks.h"

#include "core/storage/Project.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

using namespace clv::ui;

namespace {

constexpr double kTargetMs = 1500.0;

/// Processes events until `done` holds (checked every millisecond) or the timeout; returns the elapsed ms of
/// `clock` at that moment, or -1 on timeout.
double waitFor(const QElapsedTimer& clock, const std::function<bool()>& done, int timeoutMs = 600000)
{
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return -1.0;
        QEventLoop loop;
        QTimer::singleShot(1, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return static_cast<double>(clock.nsecsElapsed()) / 1e6;
}

/// The background work of opening without GUI; prints its parts (load, analytics, of which Overview figures).
double coreOnlyMs(const QString& path)
{
    QElapsedTimer clock;
    clock.start();
    double loaded = 0.0;
    std::optional<clv::Error> analyticsError;
    // As the application does it: the analytics run while the integrity check still reads the file.
    TaskOutcome outcome = tasks::loadProject(path, {}, {}, [&](TaskOutcome o) {
        loaded = static_cast<double>(clock.nsecsElapsed()) / 1e6;
        if (!o.ok() || !o.data)
            return o;
        auto data = std::make_shared<ProjectData>(*o.data);
        analyticsError = analytics::computeAnalytics(*data, {});
        o.data = std::move(data);
        return o;
    });
    if (!outcome.ok() || !outcome.data || analyticsError) {
        const clv::Error* e = analyticsError ? &*analyticsError : outcome.error ? &*outcome.error : nullptr;
        std::fprintf(stderr, "load failed: %s\n", e ? e->detail.c_str() : "no data");
        return -1.0;
    }
    const double total = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    QElapsedTimer figures;
    figures.start();
    const OverviewFigures again = analytics::computeOverviewFigures(*outcome.data, analytics::storedSimpleClvOptions());
    const double figuresMs = static_cast<double>(figures.nsecsElapsed()) / 1e6;
    std::printf("  core-only parts: load (orders, summary, revenue) %.0f ms, then analytics (RFM, cohorts, lapse, "
                "Overview figures) and the rest of the integrity check %.0f ms, of which Overview figures %.0f ms%s\n",
                loaded, total - loaded, figuresMs, again.simpleClv ? "" : " (no simple CLV)");
    return total;
}

/// Deletes the models stored in the project (as after an import, before any fit).
bool forgetStoredModels(const QString& path)
{
    auto db = clv::project::open(path.toStdString(), clv::Database::OpenMode::OpenExisting,
                                 clv::project::IntegrityCheck::Deferred);
    if (!db || !db->exec("DELETE FROM model_results")) {
        std::fprintf(stderr, "cannot reset the stored models of %s\n", qPrintable(path));
        return false;
    }
    return true;
}

struct Run {
    double filled = 0, model = 0, band = 0, stall = 0;
    double sortClv = 0, sortId = 0, segment = 0;  ///< Customers table: request to applied row index
    bool storedModel = false;  ///< the model figures first shown came from the project file (no fit)
};

/// Customers page: time from a sort/filter request to the applied row index (computed on a worker).
double timeIndex(MainWindow& window, const std::function<void(CustomersPage&)>& request)
{
    CustomersPage* page = window.customersPage();
    QElapsedTimer clock;
    clock.start();
    request(*page);
    return waitFor(clock, [page] { return !page->proxy()->isBusy(); });
}

Run guiRun(const QString& path)
{
    Run run;
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QApplication::processEvents();
    OverviewPage* overview = window.overviewPage();
    QElapsedTimer clock, tick;
    qint64 longest = 0;
    QTimer ticker;
    ticker.setInterval(10);
    QObject::connect(&ticker, &QTimer::timeout, [&] { longest = std::max(longest, tick.restart()); });
    clock.start();
    tick.start();
    ticker.start();
    if (!window.openProject(path)) {
        std::fprintf(stderr, "openProject refused\n");
        return run;
    }
    run.filled = waitFor(clock, [&] { return !window.isBusy() && overview->hasFigures(); });
    run.model = waitFor(clock, [&] { return overview->hasModel() || !window.modelService()->lastError().isEmpty(); });
    run.storedModel = overview->showsStoredModel();
    run.band = waitFor(clock, [&] { return overview->hasBand() || !overview->isBusy(); });
    window.showPage(MainWindow::CustomersPageIndex);
    run.sortClv = timeIndex(window, [](CustomersPage& p) {
        p.view()->sortByColumn(CustomerTableModel::ClvColumn, Qt::DescendingOrder);
    });
    run.sortId = timeIndex(window, [](CustomersPage& p) {
        p.view()->sortByColumn(CustomerTableModel::CustomerColumn, Qt::AscendingOrder);
    });
    run.segment = timeIndex(window, [](CustomersPage& p) { p.setSegmentFilter(0); });
    ticker.stop();
    run.stall = static_cast<double>(longest);
    if (!overview->hasModel())
        std::printf("model fit failed: %s\n", qPrintable(window.modelService()->lastError()));
    window.close();
    return run;
}

}  // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CLV Workbench Bench"));
    QApplication::setApplicationName(QStringLiteral("bench-open"));
    QTemporaryDir settingsDir;  // never touch the user's settings
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());

    if (argc < 2 || !QFileInfo(QString::fromLocal8Bit(argv[1])).isFile()) {
        std::fprintf(stderr, "usage: bench_open PROJECT.clvw [RUNS]\n");
        return 2;
    }
    const QString path = QFileInfo(QString::fromLocal8Bit(argv[1])).absoluteFilePath();
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;
    std::printf("project: %s\n", qPrintable(path));

    std::vector<double> core;
    for (int i = 0; i < runs; ++i)
        core.push_back(coreOnlyMs(path));
    // Run 1 opens the project as it is after an import: no stored model, so the model is fitted. Later runs open
    // it again, as a user does, with the model the first run stored (same data, so the same figures).
    std::vector<Run> gui;
    for (int i = 0; i < runs; ++i) {
        if (i == 0 && !forgetStoredModels(path))
            return 1;
        gui.push_back(guiRun(path));
        const Run& r = gui.back();
        std::printf("run %d (%s): core-only load %.0f ms | GUI: overview filled %.0f ms, model CLV %.0f ms, "
                    "forecast band %.0f ms, longest GUI stall %.0f ms | Customers (worker): sort by CLV %.0f ms, "
                    "by id %.0f ms, segment filter %.0f ms\n",
                    i + 1, r.storedModel ? "stored model" : "model fitted", core[static_cast<std::size_t>(i)],
                    r.filled, r.model, r.band, r.stall, r.sortClv, r.sortId, r.segment);
    }
    const auto best = [&](auto field, bool reopened) {
        double b = 1e300;
        for (std::size_t k = reopened ? 1 : 0; k < (reopened ? gui.size() : 1); ++k)
            b = std::min(b, field(gui[k]));
        return b;
    };
    const auto complete = [](const Run& r) { return std::max({r.filled, r.model, r.band}); };
    const double coreBest = *std::min_element(core.begin(), core.end());
    std::printf("core-only load (tasks::loadProject + computeAnalytics, best of %d): %.0f ms\n", runs, coreBest);
    const double first = best(complete, false);
    std::printf("first open after import (model fitted on open): KPIs, simple CLV and revenue chart %.0f ms, model "
                "CLV %.0f ms, forecast band %.0f ms\n",
                gui[0].filled, gui[0].model, gui[0].band);
    if (gui.size() > 1) {
        const double filled = best([](const Run& r) { return r.filled; }, true);
        const double all = best(complete, true);
        const bool stored = std::all_of(gui.begin() + 1, gui.end(), [](const Run& r) { return r.storedModel; });
        std::printf("reopen (model stored in the project%s): KPIs, simple CLV and revenue chart %.0f ms; whole Overview "
                    "with model CLV and forecast band, best of %zu: %.0f ms = %.2f x target 1500 ms: %s; GUI overhead "
                    "over core-only %.0f ms\n",
                    stored ? "" : " - NOT USED", filled, gui.size() - 1, all, all / kTargetMs,
                    all <= kTargetMs ? "met" : "MISSED", filled - coreBest);
    }
    const double stall = best([](const Run& r) { return r.stall; }, false);
    std::printf("first open, whole Overview: %.0f ms = %.2f x target; longest GUI-thread stall %.0f ms\n", first,
                first / kTargetMs, std::max(stall, gui.size() > 1 ? best([](const Run& r) { return r.stall; }, true)
                                                                    : 0.0));
    return 0;
}
