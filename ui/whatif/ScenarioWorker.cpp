// SPDX-License-Identifier: MIT
#include "ui/whatif/ScenarioWorker.h"

#include "core/storage/Project.h"

#include <QMetaObject>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <mutex>
#include <stop_token>
#include <utility>

namespace clv::ui {
namespace {

bool sameInputs(const ScenarioInputs& a, const ScenarioInputs& b)
{
    return a.retentionPoints == b.retentionPoints && a.frequencyPercent == b.frequencyPercent
           && a.priceChangePercent == b.priceChangePercent && a.grossMargin == b.grossMargin
           && a.monthlyDiscountRate == b.monthlyDiscountRate && a.horizonMonths == b.horizonMonths && a.cac == b.cac;
}

/// The tornado's perturbations around `center`: retention ±5 pp, price ±10 %, frequency ±10 %, margin ±10 pp,
/// discount ±0.5 pp a month, horizon ±6 months (clamped to the valid ranges). Money inputs first: they reuse
/// the cached forecast of the centre; behaviour inputs recompute it.
std::vector<TornadoBar> perturbations(const ScenarioInputs& c)
{
    std::vector<TornadoBar> bars;
    const auto add = [&bars](ScenarioInput input, double low, double high) {
        TornadoBar bar;
        bar.input = input;
        bar.lowInput = low;
        bar.highInput = high;
        bars.push_back(bar);
    };
    add(ScenarioInput::Price, c.priceChangePercent - 10.0, c.priceChangePercent + 10.0);
    add(ScenarioInput::Margin, std::max(0.0, c.grossMargin - 0.1), std::min(1.0, c.grossMargin + 0.1));
    add(ScenarioInput::Discount, std::max(0.0, c.monthlyDiscountRate - 0.005), c.monthlyDiscountRate + 0.005);
    add(ScenarioInput::Retention, c.retentionPoints - 5.0, c.retentionPoints + 5.0);
    add(ScenarioInput::Frequency, c.frequencyPercent - 10.0, c.frequencyPercent + 10.0);
    add(ScenarioInput::Horizon, std::max(1, c.horizonMonths - 6), std::min(1200, c.horizonMonths + 6));
    return bars;
}

ScenarioInputs withInput(ScenarioInputs in, ScenarioInput input, double value)
{
    switch (input) {
    case ScenarioInput::Retention: in.retentionPoints = value; break;
    case ScenarioInput::Price: in.priceChangePercent = value; break;
    case ScenarioInput::Frequency: in.frequencyPercent = value; break;
    case ScenarioInput::Margin: in.grossMargin = value; break;
    case ScenarioInput::Discount: in.monthlyDiscountRate = value; break;
    case ScenarioInput::Horizon: in.horizonMonths = static_cast<int>(std::lround(value)); break;
    case ScenarioInput::Cac: in.cac = value; break;
    }
    return in;
}

double changeSize(const TornadoBar& bar, double center)
{
    return std::max(bar.lowClv ? std::abs(*bar.lowClv - center) : 0.0,
                    bar.highClv ? std::abs(*bar.highClv - center) : 0.0);
}

}  // namespace

struct ScenarioWorker::State {
    struct Request {
        quint64 id = 0;
        quint64 generation = 0;
        ScenarioInputs baseline, inputs;
    };
    // Shared with the GUI thread, under `mutex`.
    std::mutex mutex;
    std::optional<std::pair<std::shared_ptr<const ModelSnapshot>, quint64>> pendingSnapshot;
    std::optional<Request> pendingRequest;
    std::stop_source tornadoStop;
    bool loopQueued = false;  ///< a worker loop is queued or running and will see the pending items
    bool shutdown = false;

    // Worker thread only.
    std::optional<ScenarioEngine> engine;
    quint64 engineGeneration = 0;
    std::optional<ScenarioInputs> baselineKey;
    std::shared_ptr<const ScenarioOutcome> baselineOutcome;
    std::optional<Database> db;
    std::string dbPath;

    Result<Database*> project(const std::string& path)
    {
        if (!db || dbPath != path) {
            db.reset();
            auto opened = project::open(path);
            if (!opened)
                return fail(opened.error());
            db.emplace(std::move(*opened));
            dbPath = path;
        }
        return &*db;
    }
};

ScenarioWorker::ScenarioWorker(QObject* parent) : QObject(parent), m_state(std::make_shared<State>())
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);  // one thread for the worker's whole life: its SQLite connection stays on it
}

ScenarioWorker::~ScenarioWorker()
{
    {
        const std::lock_guard lock(m_state->mutex);
        m_state->shutdown = true;
        m_state->pendingRequest.reset();
        m_state->pendingSnapshot.reset();
        m_state->tornadoStop.request_stop();
    }
    m_pool.waitForDone();
}

void ScenarioWorker::setSnapshot(std::shared_ptr<const ModelSnapshot> snapshot)
{
    const quint64 generation = ++m_generation;
    bool queued = false;
    {
        const std::lock_guard lock(m_state->mutex);
        m_state->pendingSnapshot.emplace(std::move(snapshot), generation);
        m_state->pendingRequest.reset();
        m_state->tornadoStop.request_stop();
        queued = std::exchange(m_state->loopQueued, true);
    }
    if (!queued)
        schedule();
}

quint64 ScenarioWorker::request(const ScenarioInputs& baseline, const ScenarioInputs& inputs)
{
    const quint64 id = ++m_request;
    bool queued = false;
    {
        const std::lock_guard lock(m_state->mutex);
        m_state->pendingRequest = State::Request{id, m_generation, baseline, inputs};
        m_state->tornadoStop.request_stop();
        queued = std::exchange(m_state->loopQueued, true);
    }
    if (!queued)
        schedule();
    return id;
}

void ScenarioWorker::schedule()
{
    // One loop at a time drains the pending snapshot and request and ends, under the mutex, when both are empty.
    // Coalescing: a request only replaces pendingRequest, so requests made while one runs collapse into the latest.
    ++m_pendingEvaluations;
    std::shared_ptr<State> state = m_state;
    m_pool.start([this, state] {
        for (;;) {
            std::optional<std::pair<std::shared_ptr<const ModelSnapshot>, quint64>> snapshot;
            std::optional<State::Request> req;
            std::stop_token stop;
            {
                const std::lock_guard lock(state->mutex);
                if (state->shutdown)
                    break;
                snapshot.swap(state->pendingSnapshot);
                if (!snapshot) {
                    req.swap(state->pendingRequest);
                    state->tornadoStop = std::stop_source();
                    stop = state->tornadoStop.get_token();
                    if (!req)
                        state->loopQueued = false;
                }
            }
            if (snapshot) {
                state->engine.reset();
                state->baselineKey.reset();
                state->baselineOutcome.reset();
                state->engineGeneration = snapshot->second;
                if (const auto& s = snapshot->first; s && s->models) {
                    auto engine = ScenarioEngine::create(s->models->base, s->models->model, s->models->spend);
                    if (engine)
                        state->engine.emplace(std::move(*engine));
                    else
                        QMetaObject::invokeMethod(this, [this, error = engine.error()] { emit engineFailed(error); },
                                                  Qt::QueuedConnection);
                }
                continue;
            }
            if (!req)
                break;
            ScenarioResult result;
            result.request = req->id;
            result.generation = req->generation;
            result.baselineInputs = req->baseline;
            result.inputs = req->inputs;
            if (req->generation != state->engineGeneration || !state->engine) {
                result.error = Error{ErrorCode::NoData, "no model", {}, 0, 0};
            } else {
                const auto start = std::chrono::steady_clock::now();
                if (!state->baselineKey || !sameInputs(*state->baselineKey, req->baseline)) {
                    auto base = state->engine->evaluate(req->baseline);
                    if (base) {
                        state->baselineOutcome = std::make_shared<const ScenarioOutcome>(std::move(*base));
                        state->baselineKey = req->baseline;
                    } else {
                        result.error = base.error();
                    }
                }
                if (!result.error) {
                    auto out = state->engine->evaluate(req->inputs);
                    if (out)
                        result.scenario = std::make_shared<const ScenarioOutcome>(std::move(*out));
                    else
                        result.error = out.error();
                }
                result.baseline = state->baselineOutcome;
                result.evaluateMs =
                    std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
            }
            QMetaObject::invokeMethod(this, [this, result] { emit resultReady(result); }, Qt::QueuedConnection);
            if (!result.scenario)
                continue;

            // The tornado, cancelled by the next request (checked between and inside evaluations).
            const TaskContext ctx{stop, {}};
            TornadoResult tornado;
            tornado.request = req->id;
            tornado.generation = req->generation;
            tornado.centerClv = result.scenario->totalClv;
            tornado.bars = perturbations(req->inputs);
            bool complete = true;
            for (TornadoBar& bar : tornado.bars) {
                for (const bool high : {false, true}) {
                    if (stop.stop_requested()) {
                        complete = false;
                        break;
                    }
                    auto out = state->engine->evaluate(
                        withInput(req->inputs, bar.input, high ? bar.highInput : bar.lowInput), ctx);
                    if (out)
                        (high ? bar.highClv : bar.lowClv) = out->totalClv;
                    else if (out.error().code == ErrorCode::Cancelled)
                        complete = false;
                }
                if (!complete)
                    break;
            }
            if (!complete)
                continue;
            // Put the centre's forecast back in the engine's cache, so the next money input change is cheap.
            if (!state->engine->evaluate(req->inputs, ctx))
                continue;
            const double center = tornado.centerClv;
            std::stable_sort(tornado.bars.begin(), tornado.bars.end(), [center](const TornadoBar& a, const TornadoBar& b) {
                return changeSize(a, center) > changeSize(b, center);
            });
            QMetaObject::invokeMethod(this, [this, tornado] { emit tornadoReady(tornado); }, Qt::QueuedConnection);
        }
        QMetaObject::invokeMethod(this, [this] { --m_pendingEvaluations; }, Qt::QueuedConnection);
    });
}

void ScenarioWorker::runStore(std::function<void(State&)> job)
{
    ++m_pendingStore;
    std::shared_ptr<State> state = m_state;
    m_pool.start([this, state, job = std::move(job)] {
        job(*state);
        QMetaObject::invokeMethod(this, [this] { --m_pendingStore; }, Qt::QueuedConnection);
    });
}

namespace {

ScenarioListResult listFrom(Result<Database*> db)
{
    ScenarioListResult out;
    if (!db) {
        out.error = db.error();
        return out;
    }
    auto all = scenarios::list(**db);
    if (all)
        out.scenarios = std::move(*all);
    else
        out.error = all.error();
    return out;
}

}  // namespace

void ScenarioWorker::listScenarios(const QString& projectPath)
{
    runStore([this, path = projectPath.toStdString()](State& state) {
        ScenarioListResult out = listFrom(state.project(path));
        QMetaObject::invokeMethod(this, [this, out] { emit scenariosListed(out); }, Qt::QueuedConnection);
    });
}

void ScenarioWorker::saveScenario(const QString& projectPath, const QString& name, const ScenarioInputs& inputs)
{
    runStore([this, path = projectPath.toStdString(), n = name.toStdString(), inputs](State& state) {
        auto db = state.project(path);
        std::optional<Error> error;
        if (db) {
            if (auto r = scenarios::save(**db, n, inputs); !r)
                error = r.error();
        }
        ScenarioListResult out = listFrom(db);
        if (error)
            out.error = error;
        QMetaObject::invokeMethod(this, [this, out] { emit scenariosListed(out); }, Qt::QueuedConnection);
    });
}

void ScenarioWorker::deleteScenario(const QString& projectPath, const QString& name)
{
    runStore([this, path = projectPath.toStdString(), n = name.toStdString()](State& state) {
        auto db = state.project(path);
        std::optional<Error> error;
        if (db) {
            if (auto r = scenarios::remove(**db, n); !r)
                error = r.error();
        }
        ScenarioListResult out = listFrom(db);
        if (error)
            out.error = error;
        QMetaObject::invokeMethod(this, [this, out] { emit scenariosListed(out); }, Qt::QueuedConnection);
    });
}

void ScenarioWorker::loadScenario(const QString& projectPath, const QString& name)
{
    runStore([this, path = projectPath.toStdString(), name](State& state) {
        std::optional<ScenarioInputs> inputs;
        std::optional<Error> error;
        auto db = state.project(path);
        if (!db) {
            error = db.error();
        } else if (auto loaded = scenarios::load(**db, name.toStdString()); !loaded) {
            error = loaded.error();
        } else if (loaded->has_value()) {
            inputs = (*loaded)->inputs;
        }
        QMetaObject::invokeMethod(this, [this, name, inputs, error] { emit scenarioLoaded(name, inputs, error); },
                                  Qt::QueuedConnection);
    });
}

void ScenarioWorker::closeProject()
{
    runStore([](State& state) {
        state.db.reset();
        state.dbPath.clear();
    });
}

void ScenarioWorker::waitForIdle()
{
    m_pool.waitForDone();
}

}  // namespace clv::ui
