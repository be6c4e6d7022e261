// SPDX-License-Identifier: MIT
#pragma once

#include "core/metrics/OrderTable.h"
#include "core/models/FitDiagnostics.h"
#include "core/models/ModelPipeline.h"
#include "core/util/Error.h"
#include "core/valuation/Backtest.h"

#include <QObject>
#include <QThreadPool>

#include <memory>
#include <optional>
#include <stop_token>
#include <vector>

namespace clv::ui {

/// What the Models page asks core for: every purchase model and Gamma-Gamma fitted on the summary of `orders` in
/// `unit`, the fit diagnostics of `kind`, and (with a calibration end) its holdout backtest.
struct ModelFitRequest {
    std::shared_ptr<const clv::OrderTable> orders;
    clv::PurchaseModelKind kind = clv::PurchaseModelKind::BgNbd;
    clv::TimeUnit unit = clv::TimeUnit::Week;
    std::optional<clv::Date> calibrationEnd;  ///< none: no holdout test
    int maxBin = 7;                           ///< histogram and holdout bins 0 .. maxBin − 1 and "maxBin+"
};

/// One purchase model of the comparison: its fit or why it failed.
struct PurchaseFitEntry {
    clv::PurchaseModelKind kind = clv::PurchaseModelKind::BgNbd;
    std::optional<clv::FitResult> fit;
    std::optional<clv::Error> error;
};

/// Everything core computed for one request (immutable once handed to the GUI thread).
struct ModelFitOutcome {
    ModelFitRequest request;
    std::optional<clv::Error> error;  ///< the summary failed (or the task was cancelled): nothing else is set
    std::int64_t customers = 0;       ///< rows of the summary
    std::vector<PurchaseFitEntry> fits;  ///< BG/NBD, MBG/NBD, Pareto/NBD (in that order)
    std::optional<clv::FitResult> spendFit;
    std::optional<clv::Error> spendError;
    std::optional<clv::FrequencyHistogram> histogram;  ///< of the chosen model on the whole data
    std::optional<clv::Error> histogramError;
    std::optional<clv::BacktestReport> backtest;  ///< of the chosen model; unset without a calibration end
    std::optional<clv::Error> backtestError;

    /// The entry of the chosen model (request.kind), or null when the summary failed.
    const PurchaseFitEntry* chosen() const;
};

/// The purchase models in comparison order.
inline constexpr clv::PurchaseModelKind kPurchaseModels[] = {
    clv::PurchaseModelKind::BgNbd, clv::PurchaseModelKind::MbgNbd, clv::PurchaseModelKind::ParetoNbd};

/// Runs the request with core on the calling thread (a worker): summarizeTable, toObservations, fitPurchaseModel
/// for each model, fitGammaGamma, frequencyHistogram and runBacktest. Progress 0-1 through ctx.
ModelFitOutcome computeModelFit(const ModelFitRequest& request, const clv::TaskContext& ctx);

/// Runs computeModelFit off the GUI thread (own one-thread pool) with progress and cancellation
/// (std::stop_source; progress forwarded with queued invokeMethod). A newer start() or cancel() stops the running
/// task and drops its result.
class ModelFitRunner : public QObject {
    Q_OBJECT

public:
    explicit ModelFitRunner(QObject* parent = nullptr);
    ~ModelFitRunner() override;  ///< stops and waits for a running task

    void start(ModelFitRequest request);
    /// Stops the running task; its result is dropped. Returns at once.
    void cancel();
    /// True while a task has not returned (cancelled ones included, until they have wound down).
    bool isBusy() const { return m_pending > 0; }
    /// True between start() and finished()/cancel().
    bool isActive() const { return m_active; }

signals:
    void progressChanged(double fraction);
    /// The latest request finished (also with an error); `outcome` is never null.
    void finished(std::shared_ptr<const clv::ui::ModelFitOutcome> outcome);
    /// No task is running any more (after finished or once a cancelled one has returned).
    void idle();

private:
    QThreadPool m_pool;
    std::stop_source m_stop;
    quint64 m_generation = 0;
    int m_pending = 0;
    bool m_active = false;
};

}  // namespace clv::ui
