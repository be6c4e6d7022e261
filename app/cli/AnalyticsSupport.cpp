// SPDX-License-Identifier: MIT
#include "AnalyticsSupport.h"

#include "CliSupport.h"

#include "core/util/TextFormat.h"

#include <sstream>

namespace clv::cli::analytics {

std::optional<Common> parseCommon(const CliArgs& args, std::string& error)
{
    Common c;
    const auto project = args.value("project");
    if (!project) {
        error = "--project FILE.clvw is required";
        return std::nullopt;
    }
    c.project = *project;
    if (!args.positionals().empty()) {
        error = "unexpected argument '" + args.positionals().front() + "'";
        return std::nullopt;
    }
    if (!parseDateOption(args, "end", c.end, error))
        return std::nullopt;
    const std::string format = args.value("format").value_or("csv");
    if (format != "csv" && format != "json") {
        error = "--format must be csv or json, got '" + format + "'";
        return std::nullopt;
    }
    c.json = format == "json";
    return c;
}

bool parseNumber(const CliArgs& args, const char* name, double lo, double hi, std::optional<double>& out,
                 std::string& error)
{
    if (auto v = args.value(name)) {
        out = text::parseDouble(*v);
        if (!out || *out < lo || *out > hi) {
            error = "--" + std::string(name) + " must be a number from " + text::shortest(lo) + " to "
                    + text::shortest(hi) + ", got '" + *v + "'";
            return false;
        }
    }
    return true;
}

bool parseCuts(const CliArgs& args, const char* name, std::vector<double>& out, std::string& error)
{
    const auto v = args.value(name);
    if (!v)
        return true;
    std::stringstream list(*v);
    std::string item;
    while (std::getline(list, item, ',')) {
        auto number = text::parseDouble(text::trim(item));
        if (!number) {
            error = "--" + std::string(name) + " must be comma-separated numbers, got '" + *v + "'";
            return false;
        }
        out.push_back(*number);
    }
    return true;
}

bool parseReturns(const CliArgs& args, ReturnsPolicy& out, std::string& error)
{
    if (auto v = args.value("returns")) {
        auto policy = parseReturnsPolicy(*v);
        if (!policy) {
            error = "--returns must be net, drop or ignore, got '" + *v + "'";
            return false;
        }
        out = *policy;
    }
    return true;
}

std::string num(double v) { return text::fixed(v, 4); }

std::string returnsReportJson(const ReturnsReport& r)
{
    std::ostringstream out;
    out << "{\"refund_orders\":" << r.refundOrders << ",\"customers_with_refunds\":" << r.customersWithRefunds
        << ",\"netted_periods\":" << r.nettedPeriods << ",\"netted_customers\":" << r.nettedCustomers
        << ",\"non_positive_periods\":" << r.nonPositivePeriods << ",\"non_positive_customers\":"
        << r.nonPositiveCustomers << ",\"dropped_customers\":" << r.droppedCustomers << '}';
    return out.str();
}

}  // namespace clv::cli::analytics
