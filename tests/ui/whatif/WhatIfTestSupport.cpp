// SPDX-License-Identifier: MIT
#include "WhatIfTestSupport.h"

#include "core/models/RfmSimulator.h"

#include <catch2/catch.hpp>

namespace clv::ui::test {

std::shared_ptr<const ModelSnapshot> simulatedSnapshot(long long customers, const QString& projectPath)
{
    RfmSimulationParams sim;
    sim.customers = customers;
    sim.seed = 7;
    auto models = std::make_shared<FittedModels>();
    models->unit = TimeUnit::Week;
    models->data = simulateRfm(sim);
    models->model = PurchaseModel(sim.purchases, TimeUnit::Week);
    models->spend = sim.spend;
    std::vector<std::uint32_t> groups(models->data.size());
    for (std::size_t i = 0; i < groups.size(); ++i)
        groups[i] = static_cast<std::uint32_t>(i % 3);
    auto base = CustomerBase::build(models->data, groups, 3);
    REQUIRE(base);
    models->base = std::move(*base);
    auto snapshot = std::make_shared<ModelSnapshot>();
    snapshot->projectPath = projectPath;
    snapshot->models = models;
    snapshot->groupNames = {"Champions", "Loyal", "At risk"};
    snapshot->settings.horizonMonths = 12;
    snapshot->settings.monthlyDiscountRate = 0.01;
    snapshot->settings.grossMargin = 0.6;
    return snapshot;
}

}  // namespace clv::ui::test
