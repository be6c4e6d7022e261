// SPDX-License-Identifier: MIT
#include "ui/analytics/AnalyticsTasks.h"

#include "core/storage/Project.h"

#include <QSettings>

#include <algorithm>

namespace clv::ui::analytics {
namespace {

std::optional<Error> stopped(const std::stop_token& stop)
{
    if (stop.stop_requested())
        return Error{ErrorCode::Cancelled, "cancelled", {}, 0, 0};
    return std::nullopt;
}

void report(const std::function<void(double)>& progress, double fraction)
{
    if (progress)
        progress(fraction);
}

}  // namespace

std::optional<Error> computeAnalytics(ProjectData& data, const std::stop_token& stop,
                                      const std::function<void(double)>& progress)
{
    // The load or import task that produced `data` has checked the file (quick_check) already.
    auto db = project::open(data.path.toStdString(), Database::OpenMode::OpenExisting,
                            project::IntegrityCheck::Deferred);
    if (!db)
        return db.error();
    auto grid = loadRfmGrid(*db);
    if (grid)
        data.rfmGrid = std::move(*grid);
    else if (grid.error().code != ErrorCode::Parse && grid.error().code != ErrorCode::InvalidArgument)
        return grid.error();  // a damaged stored grid falls back to the default one; I/O errors do not

    report(progress, 0.05);
    auto subscriptions = subscriptionSurvival(*db, kDefaultLapseUnit, std::nullopt);
    if (subscriptions)
        data.subscriptions = std::make_shared<const KaplanMeierCurve>(std::move(*subscriptions));
    else if (subscriptions.error().code != ErrorCode::NoData)
        return subscriptions.error();

    // The orders were read into columns by the load task; read them here only when it did not.
    std::shared_ptr<const OrderTable> table = data.orders;
    if (!table) {
        TaskContext ctx{stop, [&progress](double f) { report(progress, 0.1 + 0.4 * f); }};
        auto orders = loadOrderTable(*db, ctx);
        if (!orders)
            return orders.error().code == ErrorCode::NoData ? stopped(stop) : std::optional<Error>(orders.error());
        table = std::make_shared<const OrderTable>(std::move(*orders));
        data.orders = table;
    }
    if (auto error = stopped(stop))
        return error;

    if (data.summary && !data.summary->rows.empty()) {
        auto rfm = computeSegments(*data.summary, data.rfmGrid);
        if (!rfm)
            return rfm.error();
        data.rfm = std::make_shared<const RfmResult>(std::move(*rfm));
    }
    report(progress, 0.6);
    if (auto error = stopped(stop))
        return error;

    auto cohorts = computeCohortTable(*table, CohortGrain::Month);
    if (cohorts)
        data.cohorts = std::make_shared<const CohortTable>(std::move(*cohorts));
    else if (cohorts.error().code != ErrorCode::NoData)
        return cohorts.error();
    report(progress, 0.85);
    if (auto error = stopped(stop))
        return error;

    auto lapse = computeLapse(*table, kDefaultLapseUnit, kDefaultLapseThreshold);
    if (lapse)
        data.lapse = std::make_shared<const LapseCurve>(std::move(*lapse));
    else if (lapse.error().code != ErrorCode::NoData)
        return lapse.error();
    data.overview = computeOverviewFigures(data, storedSimpleClvOptions());
    report(progress, 1.0);
    return std::nullopt;
}

OverviewFigures computeOverviewFigures(const ProjectData& data, const SimpleClvOptions& options)
{
    OverviewFigures figures;
    figures.options = options;
    if (!data.orders || !data.summary || data.summary->rows.empty())
        return figures;
    const auto& rows = data.summary->rows;
    const auto repeaters = std::count_if(rows.begin(), rows.end(), [](const auto& r) { return r.frequency > 0; });
    const auto customers = static_cast<double>(rows.size());
    figures.repeatRate = static_cast<double>(repeaters) / customers;
    auto inputs = measureClvInputs(*data.orders, std::nullopt);
    if (!inputs) {
        figures.inputsError = inputs.error();
        return figures;
    }
    figures.inputs = std::make_shared<const ClvDataInputs>(*inputs);
    figures.activeShare = static_cast<double>(inputs->activeCustomers) / customers;
    auto report = computeSimpleClv(*inputs, options, data.cohorts.get());
    if (report)
        figures.simpleClv = std::make_shared<const SimpleClvReport>(std::move(*report));
    else
        figures.inputsError = report.error();
    return figures;
}

Result<SimpleClvReport> computeSimpleClv(const ClvDataInputs& inputs, const SimpleClvOptions& options,
                                         const CohortTable* monthlyCohorts)
{
    return simpleClv(inputs, options, monthlyCohorts);
}

SimpleClvOptions storedSimpleClvOptions()
{
    QSettings settings;
    SimpleClvOptions options;
    const double margin = settings.value(QStringLiteral("overview/grossMargin"), 1.0).toDouble();
    options.grossMargin = margin > 0.0 && margin <= 1.0 ? margin : 1.0;
    const double cac = settings.value(QStringLiteral("overview/cac"), 0.0).toDouble();
    if (cac > 0.0)
        options.cac = cac;
    return options;
}

void storeSimpleClvOptions(const SimpleClvOptions& options)
{
    QSettings settings;
    settings.setValue(QStringLiteral("overview/grossMargin"), options.grossMargin);
    settings.setValue(QStringLiteral("overview/cac"), options.cac.value_or(0.0));
}

Result<RfmResult> computeSegments(const CustomerSummary& summary, const RfmSegmentMap& map)
{
    return computeRfm(summary, RfmOptions{}, map);
}

Result<RfmResult> saveGridAndRecompute(const QString& projectPath, const CustomerSummary& summary,
                                       const RfmSegmentMap& grid)
{
    auto db = project::open(projectPath.toStdString(), Database::OpenMode::OpenExisting);
    if (!db)
        return fail(db.error());
    if (auto saved = saveRfmGrid(*db, grid); !saved)
        return fail(saved.error());
    auto stored = loadRfmGrid(*db);
    if (!stored)
        return fail(stored.error());
    return computeSegments(summary, *stored);
}

Result<CohortTable> computeCohortTable(const OrderTable& orders, CohortGrain grain)
{
    CohortOptions options;
    options.grain = grain;
    return computeCohorts(orders, options);
}

Result<LapseCurve> computeLapse(const OrderTable& orders, TimeUnit unit, double threshold)
{
    LapseOptions options;
    options.unit = unit;
    options.threshold = threshold;
    return lapseCurve(orders, options);
}

Result<KaplanMeierCurve> computeSubscriptionCurve(const QString& projectPath, TimeUnit unit)
{
    auto db = project::open(projectPath.toStdString(), Database::OpenMode::OpenExisting);
    if (!db)
        return fail(db.error());
    return subscriptionSurvival(*db, unit, std::nullopt);
}

}  // namespace clv::ui::analytics
