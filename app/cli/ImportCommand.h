// SPDX-License-Identifier: MIT
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace clv::cli {

/// `clv import`: imports CSV exports into a project, with presets, encodings and value formats; or lists presets.
int runImportCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

/// The help text of `clv import`.
const char* importUsage();

}  // namespace clv::cli
