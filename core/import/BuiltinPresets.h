// SPDX-License-Identifier: MIT
#pragma once

// Internal to core/import: the definitions behind builtinImportPresets(). Not a public API.

#include "core/import/ImportPresets.h"

#include <vector>

namespace clv::importdetail {

/// Builds the built-in presets (see builtinImportPresets() for the list and the formats they read).
std::vector<ImportPreset> makeBuiltinPresets();

}  // namespace clv::importdetail
