// SPDX-License-Identifier: MIT
#pragma once

#include "CliArgs.h"

#include "core/metrics/CustomerSummary.h"
#include "core/util/Date.h"

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace clv::cli::analytics {

/// Options every analytics command shares: --project (required), --end, --format.
struct Common {
    std::string project;
    std::optional<Date> end;
    bool json = false;
};

/// nullopt with `error` set when --project is missing, a positional is given, --end or --format is malformed.
std::optional<Common> parseCommon(const CliArgs& args, std::string& error);
/// Reads --NAME as a number in [lo, hi]; false with `error` set when malformed or out of range.
bool parseNumber(const CliArgs& args, const char* name, double lo, double hi, std::optional<double>& out,
                 std::string& error);
/// Reads --NAME as comma-separated numbers (appended to `out`); false with `error` set when malformed.
bool parseCuts(const CliArgs& args, const char* name, std::vector<double>& out, std::string& error);
/// Reads --returns net|drop|ignore into `out`; false with `error` set for another value.
bool parseReturns(const CliArgs& args, ReturnsPolicy& out, std::string& error);
/// Fixed with 4 decimals.
std::string num(double v);
/// {"refund_orders":..,"customers_with_refunds":..,...}: what each returns policy touched.
std::string returnsReportJson(const ReturnsReport& report);

int runCohorts(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err);
int runChurn(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err);
int runLtv(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err);

}  // namespace clv::cli::analytics
