// SPDX-License-Identifier: MIT
#include "ui/tasks/ModelService.h"

#include "ui/text/ErrorText.h"

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
    start();
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
                                                    generation = m_generation, stop = m_stop.get_token(),
                                                    progress]() {
        try {
            return compute(data, kind, settings, generation, stop, progress);
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

ModelService::Outcome ModelService::compute(std::shared_ptr<const ProjectData> data, clv::PurchaseModelKind kind,
                                            clv::ValuationSettings settings, quint64 generation,
                                            std::stop_token stop, const std::function<void(double)>& progress)
{
    Outcome out;
    out.generation = generation;
    auto snapshot = std::make_shared<ModelSnapshot>();
    snapshot->projectPath = data->path;
    snapshot->kind = kind;
    snapshot->settings = settings;

    clv::ModelChainOptions options;
    options.purchase = kind;
    if (data->rfm && data->rfm->customers.size() == data->summary->rows.size()) {
        options.groupCount = data->rfm->segments.size();
        options.groups.reserve(data->rfm->customers.size());
        for (const auto& customer : data->rfm->customers)
            options.groups.push_back(static_cast<std::uint32_t>(customer.segment));
        for (const auto& segment : data->rfm->segments)
            snapshot->groupNames.push_back(segment.name);
    } else {
        snapshot->groupNames.push_back("All customers");
    }

    const auto step = [&progress](double from, double to) {
        return clv::TaskContext{{}, [&progress, from, to](double f) { progress(from + (to - from) * f); }};
    };
    clv::TaskContext fitCtx = step(0.0, 0.7);
    fitCtx.stop = stop;
    auto models = clv::fitModelChain(*data->summary, options, fitCtx);
    if (!models) {
        out.error = models.error();
        return out;
    }
    snapshot->models = std::make_shared<const clv::FittedModels>(std::move(*models));
    const clv::FittedModels& m = *snapshot->models;

    clv::TaskContext valueCtx = step(0.7, 0.9);
    valueCtx.stop = stop;
    auto valuation = clv::valueCustomers(m.base, m.data, m.model, m.spend, settings, valueCtx);
    if (!valuation) {
        out.error = valuation.error();
        return out;
    }
    snapshot->valuation = std::make_shared<const clv::Valuation>(std::move(*valuation));

    clv::TaskContext intervalCtx = step(0.9, 1.0);
    intervalCtx.stop = stop;
    auto interval = clv::clvInterval(m.base, m.model, m.purchaseFit.covariance, m.spend, m.spendFit.covariance,
                                     settings, 0.95, intervalCtx);
    if (interval)
        snapshot->interval = std::make_shared<const clv::ClvInterval>(std::move(*interval));
    else if (interval.error().code == clv::ErrorCode::Cancelled)
        out.error = interval.error();
    else
        snapshot->intervalError = interval.error();
    out.snapshot = std::move(snapshot);
    return out;
}

}  // namespace clv::ui
