// SPDX-License-Identifier: MIT
#pragma once

#include "ui/MainWindow.h"

#include "core/metrics/OrderTable.h"
#include "core/models/ModelPipeline.h"
#include "core/models/Valuation.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace clv::ui::test {

inline constexpr int kOverviewTimeoutMs = 120000;

/// Waits until the window's load task, the model fit and the Overview's own background work are done.
bool waitForModel(const MainWindow& window);
bool waitUntilIdle(const MainWindow& window);

/// The demo CSV imported into `dir`/demo.clvw with core (empty path when the demo CSV is missing).
QString makeDemoProject(const QTemporaryDir& dir);

/// The order table of a project, loaded by core on the calling thread.
clv::OrderTable loadOrders(const QString& projectPath);

/// The model chain as the application fits it (RFM segments as groups), and its valuation under `settings`,
/// computed by core on the calling thread from the window's project data.
struct CoreModel {
    clv::FittedModels models;
    clv::Valuation valuation;
};
CoreModel fitLikeTheApp(const MainWindow& window, const clv::ValuationSettings& settings);

}  // namespace clv::ui::test
