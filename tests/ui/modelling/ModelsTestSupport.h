// SPDX-License-Identifier: MIT
#pragma once

#include "ui/tasks/ProjectData.h"

#include <QString>

#include <memory>
#include <vector>

namespace clv::ui::test {

/// The demo project imported at `projectPath`, as the page gets it (summary and order table from core).
std::shared_ptr<const ProjectData> demoData(const QString& projectPath);

/// In-memory project data from orders (customer, day offset from 2024-01-01, amount): order table and summary.
std::shared_ptr<const ProjectData> ordersData(const std::vector<clv::OrderRecord>& orders);

}  // namespace clv::ui::test
