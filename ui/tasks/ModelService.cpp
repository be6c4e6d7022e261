// SPDX-License-Identifier: MIT
#include "ui/tasks/ModelService.h"

#include "ui/tasks/ModelInputs.h"
#include "ui/text/ErrorText.h"

#include "core/metrics/ForecastBand.h"
#include "core/storage/Project.h"

#include <sqlite3.h>

#include <QMetaObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>

namespace clv::ui {

ModelService::ModelService(QObject* parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
    m_pool.setObjectName(QStringLiteral("ModelServicePool"));
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ModelService::onFinished);
}

ModelService::~ModelService()
{
    cancel();
    waitForFinished();
    m_pool.waitForDone();
}

void ModelService::setProject(std::shared_ptr<const ProjectData> data)
{
    m_data = std::move(data);
    if (!m_data) {
        clear();
        return;
    }
    if (auto stored = storedForCurrent(); stored && clv::modelstore::sameSettings(stored->figures.settings, m_settings))
        emit storedFiguresAvailable(m_data->path,
                                    std::shared_ptr<const clv::modelstore::ModelFigures>(stored, &stored->figures));
    start();
}

std::shared_ptr<const clv::modelstore::StoredModel> ModelService::storedForCurrent() const
{
    if (!m_data || !m_data->storedModels || m_data->modelSignature == 0)
        return nullptr;
    for (const auto& model : *m_data->storedModels)
        if (model.figures.kind == m_kind && model.signature == m_data->modelSignature)
            return std::shared_ptr<const clv::modelstore::StoredModel>(m_data->storedModels, &model);
    return nullptr;
}

void ModelService::setModel(clv::PurchaseModelKind kind, const clv::ValuationSettings& settings)
{
    m_kind = kind;
    m_settings = settings;
    if (m_data)
        start();
}

void ModelService::clear()
{
    m_data.reset();
    ++m_generation;  // a running fit's result is dropped
    cancel();
    m_lastError.clear();
    if (m_snapshot) {
        m_snapshot.reset();
        emit snapshotChanged(nullptr);
    }
}

void ModelService::cancel()
{
    m_restart = false;
    if (m_running)
        m_stop.request_stop();
}

void ModelService::waitForFinished()
{
    m_watcher.waitForFinished();
}

void ModelService::start()
{
    ++m_generation;
    if (m_running) {
        // One fit at a time: stop the running one and start again when it has returned.
        m_stop.request_stop();
        m_restart = true;
        return;
    }
    m_running = true;
    m_restart = false;
    m_lastError.clear();
    m_stop = std::stop_source{};
    emit started();
    QPointer<ModelService> self(this);
    auto progress = [self](double f) {
        QMetaObject::invokeMethod(
            self.data(), [self, f] { if (self) emit self->progressChanged(f); }, Qt::QueuedConnection);
    };
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [data = m_data, kind = m_kind, settings = m_settings,
                                                    stored = storedForCurrent(), generation = m_generation,
                                                    stop = m_stop.get_token(), progress]() {
        try {
            return compute(data, kind, settings, stored, generation, stop, progress);
        } catch (const std::exception& e) {
            Outcome out;
            out.generation = generation;
            out.error = clv::Error{clv::ErrorCode::Internal, e.what(), {}, 0, 0};
            return out;
        }
    }));
}

void ModelService::onFinished()
{
    m_running = false;
    Outcome outcome = m_watcher.result();
    if (m_restart || outcome.generation != m_generation) {
        if (m_restart && m_data)
            start();
        return;
    }
    if (outcome.error) {
        if (outcome.error->code == clv::ErrorCode::Cancelled)
            return;
        // NoData here means no customer the fits can use (e.g. nobody bought twice), not an empty project.
        m_lastError = outcome.error->code == clv::ErrorCode::NoData
                          ? tr("the models need customers with at least one repeat purchase")
                          : ErrorText::message(*outcome.error);
        if (m_snapshot) {
            m_snapshot.reset();
            emit snapshotChanged(nullptr);
        }
        emit failed(m_lastError);
        return;
    }
    m_snapshot = std::move(outcome.snapshot);
    emit snapshotChanged(m_snapshot);
}

namespace {

/// The figures the Overview shows, from a valuation and its two intervals.
clv::modelstore::ModelFigures figuresOf(const ModelSnapshot& s, const clv::Result<clv::RevenueForecastBand>& band)
{
    clv::modelstore::ModelFigures f;
    f.kind = s.kind;
    f.settings = s.settings;
    const clv::ClvTotals& t = s.valuation->totals;
    f.customers = t.customers;
    f.totalClv = t.totalClv;
    f.meanClv = t.meanClv;
    f.monthlyRevenue = t.monthlyRevenue;
    if (s.interval) {
        f.hasInterval = true;
        f.intervalLevel = s.interval->level;
        f.intervalLower = s.interval->lower;
        f.intervalUpper = s.interval->upper;
    } else if (s.intervalError) {
        f.intervalError = s.intervalError->detail;
    }
    if (band) {
        f.hasBand = true;
        f.bandLevel = band->level;
        f.bandLower = band->lower;
        f.bandUpper = band->upper;
    } else {
        f.bandError = band.error().detail;
    }
    return f;
}

/// Keeps the model in the project file for the next opening. Best effort: a read-only or busy file (e.g. during an
/// import) is left alone, waiting at most a moment for a lock.
void storeInProject(const QString& path, const clv::modelstore::StoredModel& model)
{
    auto db = clv::project::open(path.toStdString(), clv::Database::OpenMode::OpenExisting,
                                 clv::project::IntegrityCheck::Deferred);
    if (!db)
        return;
    sqlite3_busy_timeout(db->handle(), 250);
    (void)clv::modelstore::save(*db, model);
}

}  // namespace

ModelService::Outcome ModelService::compute(std::shared_ptr<const ProjectData> data, clv::PurchaseModelKind kind,
                                            clv::ValuationSettings settings,
                                            std::shared_ptr<const clv::modelstore::StoredModel> stored,
                                            quint64 generation, std::stop_token stop,
                                            const std::function<void(double)>& progress)
{
    Outcome out;
    out.generation = generation;
    auto snapshot = std::make_shared<ModelSnapshot>();
    snapshot->projectPath = data->path;
    snapshot->kind = kind;
    snapshot->settings = settings;

    ModelGroups groups = modelGroups(*data);
    clv::ModelChainOptions options;
    options.purchase = kind;
    options.groups = std::move(groups.labels);
    options.groupCount = groups.count;
    snapshot->groupNames = std::move(groups.names);
    if (stored) {
        options.reusePurchaseFit = &stored->purchaseFit;
        options.reuseSpendFit = &stored->spendFit;
    }

    const auto step = [&progress](double from, double to) {
        return clv::TaskContext{{}, [&progress, from, to](double f) { progress(from + (to - from) * f); }};
    };
    clv::TaskContext fitCtx = step(0.0, stored ? 0.2 : 0.6);
    fitCtx.stop = stop;
    auto models = clv::fitModelChain(*data->summary, options, fitCtx);
    if (!models && stored && models.error().code != clv::ErrorCode::Cancelled) {
        options.reusePurchaseFit = options.reuseSpendFit = nullptr;  // unusable after all: fit again
        stored.reset();
        models = clv::fitModelChain(*data->summary, options, fitCtx);
    }
    if (!models) {
        out.error = models.error();
        return out;
    }
    snapshot->reusedStoredFits = stored != nullptr;
    snapshot->models = std::make_shared<const clv::FittedModels>(std::move(*models));
    const clv::FittedModels& m = *snapshot->models;

    clv::TaskContext valueCtx = step(stored ? 0.2 : 0.6, 0.8);
    valueCtx.stop = stop;
    auto valuation = clv::valueCustomers(m.base, m.data, m.model, m.spend, settings, valueCtx);
    if (!valuation) {
        out.error = valuation.error();
        return out;
    }
    snapshot->valuation = std::make_shared<const clv::Valuation>(std::move(*valuation));

    clv::TaskContext intervalCtx = step(0.8, 0.9);
    intervalCtx.stop = stop;
    auto interval = clv::clvInterval(m.base, m.model, m.purchaseFit.covariance, m.spend, m.spendFit.covariance,
                                     settings, 0.95, intervalCtx);
    if (interval)
        snapshot->interval = std::make_shared<const clv::ClvInterval>(std::move(*interval));
    else if (interval.error().code == clv::ErrorCode::Cancelled)
        out.error = interval.error();
    else
        snapshot->intervalError = interval.error();
    if (out.error)
        return out;

    clv::TaskContext bandCtx = step(0.9, 1.0);
    bandCtx.stop = stop;
    auto band = clv::revenueForecastBand(m.base, m.model, m.purchaseFit.covariance, m.spend, m.spendFit.covariance,
                                         settings, 0.95, bandCtx);
    if (!band && band.error().code == clv::ErrorCode::Cancelled) {
        out.error = band.error();
        return out;
    }
    snapshot->figures = std::make_shared<const clv::modelstore::ModelFigures>(figuresOf(*snapshot, band));
    if (!stored || !clv::modelstore::sameSettings(stored->figures.settings, settings)) {
        clv::modelstore::StoredModel record;
        // The loader's signature is of these very inputs; a snapshot made without one (e.g. after a segment edit)
        // is fingerprinted here.
        record.signature = data->modelSignature != 0 ? data->modelSignature : modelInputSignature(*data);
        record.figures = *snapshot->figures;
        record.purchaseFit = m.purchaseFit;
        record.spendFit = m.spendFit;
        storeInProject(data->path, record);
    }
    out.snapshot = std::move(snapshot);
    return out;
}

}  // namespace clv::ui
