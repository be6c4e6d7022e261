// SPDX-License-Identifier: MIT
#include "ModelsTestSupport.h"

#include "../analytics/AnalyticsTestSupport.h"

#include <catch2/catch.hpp>

namespace clv::ui::test {

std::shared_ptr<const ProjectData> demoData(const QString& projectPath)
{
    makeDemoProject(projectPath);
    auto data = std::make_shared<ProjectData>();
    data->path = projectPath;
    data->summary = coreSummary(projectPath);
    data->orders = coreOrders(projectPath);
    REQUIRE(data->orders != nullptr);
    return data;
}

std::shared_ptr<const ProjectData> ordersData(const std::vector<clv::OrderRecord>& orders)
{
    auto data = std::make_shared<ProjectData>();
    data->path = QStringLiteral("memory.clvw");
    auto table = std::make_shared<OrderTable>(makeOrderTable(orders));
    auto summary = summarizeTable(*table, SummaryOptions{});
    REQUIRE(summary);
    data->summary = std::make_shared<const CustomerSummary>(std::move(*summary));
    data->orders = std::move(table);
    return data;
}

}  // namespace clv::ui::test
