// SPDX-License-Identifier: MIT
#include "ui/modelling/ModelFitTask.h"

#include <QFutureWatcher>
#include <QMetaObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>

namespace clv::ui {
namespace {

clv::BacktestModel backtestModel(clv::PurchaseModelKind kind)
{
    switch (kind) {
    case clv::PurchaseModelKind::BgNbd: return clv::BacktestModel::BgNbd;
    case clv::PurchaseModelKind::MbgNbd: return clv::BacktestModel::MbgNbd;
    case clv::PurchaseModelKind::ParetoNbd: break;
    }
    return clv::BacktestModel::ParetoNbd;
}

/// A context reporting into [from, to] of the whole task.
clv::TaskContext stage(const clv::TaskContext& ctx, double from, double to)
{
    clv::TaskContext out;
    out.stop = ctx.stop;
    if (ctx.progress)
        out.progress = [progress = ctx.progress, from, to](double f) { progress(from + (to - from) * f); };
    return out;
}

}  // namespace

const PurchaseFitEntry* ModelFitOutcome::chosen() const
{
    for (const PurchaseFitEntry& entry : fits)
        if (entry.kind == request.kind)
            return &entry;
    return nullptr;
}

ModelFitOutcome computeModelFit(const ModelFitRequest& request, const clv::TaskContext& ctx)
{
    ModelFitOutcome out;
    out.request = request;
    if (!request.orders) {
        out.error = clv::Error{clv::ErrorCode::NoData, "no orders", {}, 0, 0};
        return out;
    }
    clv::SummaryOptions options;
    options.unit = request.unit;
    auto summary = clv::summarizeTable(*request.orders, options, stage(ctx, 0.0, 0.05));
    if (!summary) {
        out.error = summary.error();
        return out;
    }
    out.customers = static_cast<std::int64_t>(summary->rows.size());
    if (summary->rows.empty()) {
        out.error = clv::Error{clv::ErrorCode::NoData, "no customers to fit", {}, 0, 0};
        return out;
    }
    const auto data = clv::toObservations(*summary);

    double at = 0.05;
    for (clv::PurchaseModelKind kind : kPurchaseModels) {
        PurchaseFitEntry entry;
        entry.kind = kind;
        auto fit = clv::fitPurchaseModel(kind, data, request.unit, {}, stage(ctx, at, at + 0.18));
        at += 0.18;
        if (!fit && fit.error().code == clv::ErrorCode::Cancelled) {
            out.error = fit.error();
            return out;
        }
        if (fit)
            entry.fit = std::move(*fit);
        else
            entry.error = fit.error();
        out.fits.push_back(std::move(entry));
    }
    auto spend = clv::fitGammaGamma(data, request.unit, {}, stage(ctx, 0.59, 0.64));
    if (spend)
        out.spendFit = std::move(spend->fit);
    else
        out.spendError = spend.error();

    const PurchaseFitEntry* chosen = out.chosen();
    if (chosen && chosen->fit) {
        auto model = clv::PurchaseModel::fromFit(*chosen->fit);
        auto histogram = model ? clv::frequencyHistogram(*model, data, request.maxBin, stage(ctx, 0.64, 0.7))
                               : clv::Result<clv::FrequencyHistogram>(clv::fail(model.error()));
        if (histogram)
            out.histogram = std::move(*histogram);
        else
            out.histogramError = histogram.error();
    }
    if (request.calibrationEnd) {
        clv::BacktestOptions backtest;
        backtest.model = backtestModel(request.kind);
        backtest.unit = request.unit;
        backtest.calibrationEnd = *request.calibrationEnd;
        backtest.maxBin = request.maxBin;
        auto report = clv::runBacktest(*request.orders, backtest, stage(ctx, 0.7, 1.0));
        if (report)
            out.backtest = std::move(*report);
        else
            out.backtestError = report.error();
    }
    if (ctx.cancelled())
        out.error = clv::Error{clv::ErrorCode::Cancelled, {}, {}, 0, 0};
    return out;
}

ModelFitRunner::ModelFitRunner(QObject* parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
    m_pool.setObjectName(QStringLiteral("ModelFitPool"));
}

ModelFitRunner::~ModelFitRunner()
{
    m_stop.request_stop();
    m_pool.waitForDone();
}

void ModelFitRunner::start(ModelFitRequest request)
{
    m_stop.request_stop();  // a running task stops and its result is dropped
    m_stop = std::stop_source{};
    const quint64 generation = ++m_generation;
    ++m_pending;
    m_active = true;
    QPointer<ModelFitRunner> self(this);
    auto progress = [self, generation](double f) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, f] {
                if (self && self->m_generation == generation && self->m_active)
                    emit self->progressChanged(f);
            },
            Qt::QueuedConnection);
    };
    auto* watcher = new QFutureWatcher<ModelFitOutcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        --m_pending;
        watcher->deleteLater();
        if (generation == m_generation && m_active) {
            m_active = false;
            emit finished(std::make_shared<const ModelFitOutcome>(watcher->result()));
        }
        if (m_pending == 0)
            emit idle();
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [request = std::move(request), stop = m_stop.get_token(),
                                                   progress]() {
        try {
            return computeModelFit(request, clv::TaskContext{stop, progress});
        } catch (const std::exception& e) {
            ModelFitOutcome out;
            out.request = request;
            out.error = clv::Error{clv::ErrorCode::Internal, e.what(), {}, 0, 0};
            return out;
        }
    }));
}

void ModelFitRunner::cancel()
{
    m_stop.request_stop();
    ++m_generation;
    m_active = false;
}

}  // namespace clv::ui
