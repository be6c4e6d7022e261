// SPDX-License-Identifier: MIT
#pragma once

#include "CliArgs.h"
#include "Commands.h"

#include "core/models/CustomerBase.h"
#include "core/models/GammaGamma.h"
#include "core/models/PurchaseModel.h"
#include "core/models/Valuation.h"

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace clv::cli {

/// Options shared by predict, clv, forecast and scenario (without "--").
std::set<std::string> valuationOptionNames();
/// Help text lines for those options.
const char* valuationOptionsHelp();

/// A project summarised, both models fitted, the base compressed: everything the valuation commands need.
struct ValuationInput {
    std::string source;                    ///< "P.clvw (end YYYY-MM-DD)"
    std::vector<std::string> customerIds;  ///< per customer, as imported
    std::vector<RfmObservation> data;      ///< per customer, in the fit's unit
    FitResult purchaseFit;
    FitResult spendFit;
    PurchaseModel model{BgNbd{}, TimeUnit::Day};
    GammaGamma spend;
    ValuationSettings settings;
    std::vector<std::string> groupNames;  ///< from --groups; one "all" group without it
    std::optional<CustomerBase> base;
};

/// Parses the shared options of `args` and loads, fits and compresses. On failure prints the usage or runtime
/// error for `command` and returns nullopt with `exitCode` set.
std::optional<ValuationInput> loadValuationInput(const CliArgs& args, const char* command, std::ostream& err,
                                                 int& exitCode);

/// Reads a number option into `out` (unchanged when absent); false with `error` set when malformed or outside
/// [lo, hi].
bool parseNumberOption(const CliArgs& args, const char* name, double lo, double hi, double& out, std::string& error);

/// Shortest round-trip number for JSON, "null" when not finite.
std::string jsonNum(double v);
/// Fixed decimals for CSV/text.
std::string fixedNum(double v, int decimals);

/// predict, clv, forecast and scenario (ModelValuationCommands.cpp, ModelScenarioCommand.cpp).
std::vector<Command> modelValuationCommands();
int runScenario(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err);
const char* scenarioHelp();

/// Prints the fit summary line "model ... unit ... parameters" to a text report.
void printModelLine(const ValuationInput& in, std::ostream& out);

}  // namespace clv::cli
