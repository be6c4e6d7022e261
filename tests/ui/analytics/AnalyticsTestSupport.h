// SPDX-License-Identifier: MIT
#pragma once

#include "ui/MainWindow.h"

#include "core/metrics/CustomerSummary.h"
#include "core/metrics/OrderTable.h"

#include <QString>

#include <memory>

namespace clv::ui::test {

/// Imports the bundled demo orders into a new project at `projectPath` (with core, on this thread).
void makeDemoProject(const QString& projectPath);

/// Adds `count` subscriptions (monthly plan, some cancelled) to an existing project with plain SQL.
void addSubscriptions(const QString& projectPath, int count);

/// Opens `projectPath` in `window` and waits until the load and every analytics recomputation are done.
void openAndWait(MainWindow& window, const QString& projectPath);

/// Waits until no analytics page recomputes in the background. False on timeout.
bool waitForPages(const MainWindow& window);

/// Saves a picture of the window as `name` in $CLV_UI_TEST_ARTIFACTS (for looking at the pages); no-op when unset.
void saveScreenshot(QWidget& window, const QString& name);

/// What core says, opened on the calling thread.
std::shared_ptr<const clv::CustomerSummary> coreSummary(const QString& projectPath);
std::shared_ptr<const clv::OrderTable> coreOrders(const QString& projectPath);

}  // namespace clv::ui::test
