// SPDX-License-Identifier: MIT
#include "OverviewTestSupport.h"

#include "../UiTestSupport.h"

#include "ui/pages/OverviewPage.h"
#include "ui/tasks/ModelService.h"
#include "ui/tasks/ProjectData.h"

#include "core/storage/Project.h"

#include <catch2/catch.hpp>

#include <QTest>

namespace clv::ui::test {

bool waitUntilIdle(const MainWindow& window)
{
    return QTest::qWaitFor([&] { return !window.isBusy(); }, kOverviewTimeoutMs);
}

bool waitForModel(const MainWindow& window)
{
    return QTest::qWaitFor(
        [&] {
            return !window.isBusy() && window.modelService()->snapshot() && !window.modelService()->isBusy() &&
                   window.overviewPage()->hasModel() && !window.overviewPage()->isBusy();
        },
        kOverviewTimeoutMs);
}

QString makeDemoProject(const QTemporaryDir& dir)
{
    const QString csv = demoCsvPath();
    if (csv.isEmpty())
        return {};
    const QString project = dir.filePath(QStringLiteral("demo.clvw"));
    importWithCore(csv, project);
    return project;
}

clv::OrderTable loadOrders(const QString& projectPath)
{
    auto db = project::open(projectPath.toStdString());
    REQUIRE(db.has_value());
    auto table = loadOrderTable(*db);
    REQUIRE(table.has_value());
    return std::move(*table);
}

CoreModel fitLikeTheApp(const MainWindow& window, const clv::ValuationSettings& settings)
{
    const ProjectData* data = window.projectData();
    REQUIRE(data != nullptr);
    REQUIRE(data->rfm != nullptr);
    clv::ModelChainOptions options;
    options.purchase = window.modelService()->kind();
    options.groupCount = data->rfm->segments.size();
    for (const auto& customer : data->rfm->customers)
        options.groups.push_back(static_cast<std::uint32_t>(customer.segment));
    auto models = clv::fitModelChain(*data->summary, options);
    REQUIRE(models.has_value());
    auto valuation = clv::valueCustomers(models->base, models->data, models->model, models->spend, settings);
    REQUIRE(valuation.has_value());
    return CoreModel{std::move(*models), std::move(*valuation)};
}

}  // namespace clv::ui::test
