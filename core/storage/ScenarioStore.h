// SPDX-License-Identifier: MIT
#pragma once

#include "core/models/Scenario.h"
#include "core/storage/Database.h"
#include "core/util/Result.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace clv::scenarios {

/// A named what-if scenario as stored in the project's `scenarios` table (schema version 4).
/// The inputs keep the units of ScenarioInputs: retention in percentage points, frequency and price change in
/// percent, gross margin as a fraction in [0, 1], the discount rate per month as a fraction, the horizon in months
/// and the CAC in currency units. REAL columns hold the doubles bit for bit, so a load returns exactly what was saved.
struct SavedScenario {
    std::string name;
    ScenarioInputs inputs;
    std::string createdAt;  ///< UTC, ISO 8601 "2026-01-31T12:00:00Z", set on the first save
    std::string updatedAt;  ///< UTC, ISO 8601, set on every save
};

/// Every saved scenario, ordered by name (binary collation). Database errors as values.
Result<std::vector<SavedScenario>> list(Database& db);

/// Inserts `name`, or replaces the inputs of an existing scenario of that name (keeping its createdAt).
/// InvalidArgument for an empty or blank name, a name longer than 200 bytes, or inputs outside the ranges of
/// ScenarioInputs (retention points in (−100, 100), frequency and price change > −100 %, margin in [0, 1],
/// discount rate in [0, 1), horizon 1–1200 months, CAC >= 0; all finite).
Result<void> save(Database& db, std::string_view name, const ScenarioInputs& inputs);

/// The scenario named `name`, or nullopt when there is none.
Result<std::optional<SavedScenario>> load(Database& db, std::string_view name);

/// Deletes the scenario named `name`. True when one was deleted, false when there was none.
Result<bool> remove(Database& db, std::string_view name);

/// Empty when `inputs` can be stored; otherwise the name of the first bad field.
std::string validate(const ScenarioInputs& inputs);

}  // namespace clv::scenarios
