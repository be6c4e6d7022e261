// SPDX-License-Identifier: MIT
#pragma once

#include "core/models/Scenario.h"
#include "core/storage/ScenarioStore.h"
#include "core/util/Error.h"

#include <QtGlobal>

#include <array>
#include <memory>
#include <optional>
#include <vector>

namespace clv::ui {

/// The what-if inputs in the order of the controls and the tornado chart.
enum class ScenarioInput { Retention, Price, Frequency, Margin, Discount, Horizon, Cac };
inline constexpr int kScenarioInputCount = 7;

/// One main evaluation: the baseline and the scenario outcomes as core's ScenarioEngine returned them.
struct ScenarioResult {
    quint64 request = 0;     ///< the page's request number (latest wins)
    quint64 generation = 0;  ///< the model snapshot it was computed on
    clv::ScenarioInputs baselineInputs;
    clv::ScenarioInputs inputs;
    std::shared_ptr<const clv::ScenarioOutcome> baseline;
    std::shared_ptr<const clv::ScenarioOutcome> scenario;
    std::optional<clv::Error> error;
    double evaluateMs = 0.0;  ///< wall time of the core calls (baseline and scenario) on the worker
};

/// One bar of the tornado: total CLV with one input moved down and up around the current scenario.
struct TornadoBar {
    ScenarioInput input = ScenarioInput::Retention;
    double lowInput = 0.0, highInput = 0.0;  ///< the perturbed input values (in the units of ScenarioInputs)
    std::optional<double> lowClv, highClv;   ///< total CLV there; empty when core refused the input (out of range)
};

struct TornadoResult {
    quint64 request = 0;
    quint64 generation = 0;
    double centerClv = 0.0;         ///< total CLV of the current scenario
    std::vector<TornadoBar> bars;   ///< sorted by the larger absolute change of total CLV, largest first
};

/// Saved scenarios of the open project, or the error of the last store operation.
struct ScenarioListResult {
    std::vector<clv::scenarios::SavedScenario> scenarios;
    std::optional<clv::Error> error;
};

}  // namespace clv::ui
