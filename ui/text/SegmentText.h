// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <string>

namespace clv::ui {

/// The name of an RFM segment as the user reads it: the names of core's segment maps (grid, quartile,
/// rfm-package, "All customers") translated; a name the user typed when editing the grid is shown as it is.
/// Core, the project file and CSV exports keep the original names.
QString segmentDisplayName(const std::string& name);

}  // namespace clv::ui
