// SPDX-License-Identifier: MIT
#pragma once

#include "ui/tasks/ModelSnapshot.h"

#include <QString>

#include <memory>

namespace clv::ui::test {

/// A model snapshot from simulated customers with known BG/NBD + Gamma-Gamma parameters (no fit), grouped into
/// three segments "Champions", "Loyal", "At risk" by customer index; `projectPath` may name a project file.
std::shared_ptr<const ModelSnapshot> simulatedSnapshot(long long customers, const QString& projectPath = {});

}  // namespace clv::ui::test
