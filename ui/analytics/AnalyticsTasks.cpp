// SPDX-License-Identifier: MIT
#include "ui/analytics/AnalyticsTasks.h"

#include "core/storage/Project.h"

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
    auto db = project::open(data.path.toStdString(), Database::OpenMode::OpenExisting);
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

    TaskContext ctx{stop, [&progress](double f) { report(progress, 0.1 + 0.4 * f); }};
    auto orders = loadOrderTable(*db, ctx);
    if (!orders)
        return orders.error().code == ErrorCode::NoData ? stopped(stop) : std::optional<Error>(orders.error());
    auto table = std::make_shared<const OrderTable>(std::move(*orders));
    data.orders = table;
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
    report(progress, 1.0);
    return std::nullopt;
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
