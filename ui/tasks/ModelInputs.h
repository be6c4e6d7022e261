// SPDX-License-Identifier: MIT
#pragma once

#include "ui/tasks/ProjectData.h"

#include <cstdint>
#include <string>
#include <vector>

namespace clv::ui {

/// How the active model groups a project's customers: one group per RFM segment (labels in summary row order)
/// when the RFM scores cover the summary, otherwise everyone in one group "All customers".
struct ModelGroups {
    std::vector<std::uint32_t> labels;  ///< empty, or one per summary row
    std::size_t count = 1;
    std::vector<std::string> names;     ///< one per group
};
ModelGroups modelGroups(const ProjectData& data);

/// modelstore::inputSignature of what the active model reads from `data` (observations of the summary and the
/// groups); computed by the loader so a stored model can be matched without touching the GUI thread.
std::uint64_t modelInputSignature(const ProjectData& data);

}  // namespace clv::ui
