// SPDX-License-Identifier: MIT
// bench_whatif [customers] [moves]: the what-if page offscreen on a simulated base (default 1M customers, known
// BG/NBD + Gamma-Gamma parameters, 10 segments), timing for slider moves of price, retention, frequency and margin
// the time from the slider's value change to the charts holding the new result and being painted (the page's
// resultApplied, then the CLV chart, revenue chart and delta table rendered to an image). Target 100 ms (issue 7).
// Two modes: "idle" waits for the worker (tornado included) between moves; "drag" moves again right after each
// redraw, so the next move cancels the tornado, as when the user keeps dragging. The reference is core's
// ScenarioEngine::evaluate alone on the same inputs in this process. Prints figures; never fails on a target.
#include "core/models/RfmSimulator.h"
#include "core/models/Scenario.h"
#include "ui/charts/CurveChart.h"
#include "ui/charts/ScenarioBarChart.h"
#include "ui/whatif/ScenarioWorker.h"
#include "ui/whatif/WhatIfControls.h"
#include "ui/whatif/WhatIfPage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QSlider>
#include <QTableView>
#include <QThread>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace clv;
using namespace clv::ui;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr double kTargetMs = 100.0;

std::shared_ptr<const ModelSnapshot> makeSnapshot(long long customers)
{
    RfmSimulationParams sim;
    sim.customers = customers;
    sim.seed = 42;
    auto models = std::make_shared<FittedModels>();
    models->unit = TimeUnit::Week;
    models->data = simulateRfm(sim);
    models->model = PurchaseModel(sim.purchases, TimeUnit::Week);
    models->spend = sim.spend;
    // Ten segments by repeat purchases (0..8, 9+), so every group has its own forecast.
    std::vector<std::uint32_t> groups(models->data.size());
    for (std::size_t i = 0; i < groups.size(); ++i)
        groups[i] = static_cast<std::uint32_t>(std::min(9.0, models->data[i].frequency));
    auto base = CustomerBase::build(models->data, groups, 10);
    if (!base) {
        std::fprintf(stderr, "base: %s\n", base.error().toString().c_str());
        std::exit(1);
    }
    models->base = std::move(*base);
    auto snapshot = std::make_shared<ModelSnapshot>();
    snapshot->models = models;
    for (int g = 0; g < 9; ++g)
        snapshot->groupNames.push_back(std::to_string(g) + " repeat purchases");
    snapshot->groupNames.push_back("9+ repeat purchases");
    snapshot->settings.grossMargin = 0.6;
    return snapshot;
}

bool sameInputs(const ScenarioInputs& a, const ScenarioInputs& b)
{
    return a.retentionPoints == b.retentionPoints && a.frequencyPercent == b.frequencyPercent
           && a.priceChangePercent == b.priceChangePercent && a.grossMargin == b.grossMargin
           && a.monthlyDiscountRate == b.monthlyDiscountRate && a.horizonMonths == b.horizonMonths && a.cac == b.cac;
}

bool waitShown(WhatIfPage& page, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!(page.scenarioOutcome() && !page.isStale() && sameInputs(page.shownInputs(), page.inputs()))) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    }
    return true;
}

void renderCharts(WhatIfPage& page, QImage& image)
{
    for (QWidget* w : {static_cast<QWidget*>(page.segmentChart()), static_cast<QWidget*>(page.revenueChart()),
                       static_cast<QWidget*>(page.findChild<QTableView*>(u"scenarioDeltaTable"_s))}) {
        image.fill(Qt::white);
        QPainter painter(&image);
        w->render(&painter);
    }
}

struct Stats {
    double median = 0.0, max = 0.0;
};

Stats stats(std::vector<double> v)
{
    if (v.empty())
        return {};
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return {n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0, v.back()};
}

}  // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const long long customers = argc > 1 ? std::atoll(argv[1]) : 1'000'000;
    const int moves = argc > 2 ? std::atoi(argv[2]) : 12;
    if (customers < 1 || moves < 1) {
        std::fprintf(stderr, "usage: bench_whatif [customers] [moves]\n");
        return 2;
    }
    QElapsedTimer setup;
    setup.start();
    const auto snapshot = makeSnapshot(customers);
    std::printf("simulated and compressed %lld customers (%zu patterns, %zu ages) in %.2f s\n", customers,
                snapshot->models->base.patterns().size(), snapshot->models->base.ages().size(),
                static_cast<double>(setup.elapsed()) / 1000.0);

    WhatIfPage page;
    page.resize(1366, 768);
    page.show();
    setup.restart();
    page.setModelSnapshot(snapshot);
    if (!waitShown(page, 120000)) {
        std::fprintf(stderr, "no first result\n");
        return 1;
    }
    std::printf("page ready (engine built, baseline shown) in %.0f ms; %d idle threads\n",
                static_cast<double>(setup.elapsed()), QThread::idealThreadCount());
    page.worker()->waitForIdle();
    QCoreApplication::processEvents();

    auto engine = ScenarioEngine::create(snapshot->models->base, snapshot->models->model, snapshot->models->spend);
    if (!engine || !engine->evaluate(page.inputs()))
        return 1;

    QImage image(page.segmentChart()->size().expandedTo(page.revenueChart()->size()).expandedTo(QSize(900, 400)),
                 QImage::Format_ARGB32_Premultiplied);
    struct Input {
        const char* name;
        ScenarioInput input;
        int step;  ///< slider positions per move
    };
    const Input inputs[] = {{"price", ScenarioInput::Price, 10},        // +1 % per move
                            {"retention", ScenarioInput::Retention, 5},  // +0.5 pp per move
                            {"frequency", ScenarioInput::Frequency, 10},
                            {"margin", ScenarioInput::Margin, -10}};     // −1 pp per move
    std::printf("\n%-10s %-5s %6s %10s %10s %10s %12s %12s %10s\n", "input", "mode", "moves", "median ms", "max ms",
                "x target", "applied ms", "worker ms", "core ms");
    for (const char* mode : {"idle", "drag"}) {
        const bool idle = mode[0] == 'i';
        for (const Input& in : inputs) {
            page.resetToBaseline();
            if (!waitShown(page, 60000))
                return 1;
            page.worker()->waitForIdle();
            QCoreApplication::processEvents();
            QSlider* slider = page.controls()->slider(in.input);
            std::vector<double> total, shown, worker, core;
            for (int k = 0; k < moves; ++k) {
                QElapsedTimer t;
                t.start();
                slider->setValue(slider->value() + in.step);
                if (!waitShown(page, 60000)) {
                    std::fprintf(stderr, "timeout\n");
                    return 1;
                }
                shown.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
                renderCharts(page, image);
                total.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
                worker.push_back(page.lastEvaluateMs());
                if (idle) {
                    page.worker()->waitForIdle();  // let the tornado finish before the next move
                    QCoreApplication::processEvents();
                }
            }
            // The reference: core alone on the same sequence of inputs (same engine caching).
            page.resetToBaseline();
            if (!waitShown(page, 60000))
                return 1;
            page.worker()->waitForIdle();
            QCoreApplication::processEvents();
            ScenarioInputs seq = page.inputs();
            if (!engine->evaluate(seq))
                return 1;
            for (int k = 0; k < moves; ++k) {
                const double delta = in.step / (in.input == ScenarioInput::Margin ? 1000.0 : 10.0);
                switch (in.input) {
                case ScenarioInput::Price: seq.priceChangePercent += delta; break;
                case ScenarioInput::Retention: seq.retentionPoints += delta; break;
                case ScenarioInput::Frequency: seq.frequencyPercent += delta; break;
                default: seq.grossMargin += delta; break;
                }
                const auto start = std::chrono::steady_clock::now();
                if (!engine->evaluate(seq))
                    return 1;
                core.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                                   .count());
            }
            const Stats s = stats(total), a = stats(shown), w = stats(worker), c = stats(core);
            std::printf("%-10s %-5s %6d %10.1f %10.1f %10.2f %12.1f %12.1f %10.1f\n", in.name, mode, moves, s.median,
                        s.max, s.median / kTargetMs, a.median, w.median, c.median);
        }
    }
    if (FILE* f = std::fopen("/proc/loadavg", "r")) {
        char line[128] = {};
        if (std::fgets(line, sizeof line, f))
            std::printf("\nload average (2 cores, shared): %s", line);
        std::fclose(f);
    }
    std::printf("target: slider move to redrawn charts <= %.0f ms (median); 'x target' = median / target;\n"
                "applied ms = move to the result set into the charts and tables (before painting);\n"
                "worker ms = baseline + scenario evaluate on the worker; core ms = evaluate() alone, same inputs\n",
                kTargetMs);
    return 0;
}
