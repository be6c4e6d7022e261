// SPDX-License-Identifier: MIT
#include "ModelValuationSupport.h"

#include "CliSupport.h"

#include "core/import/CsvReader.h"
#include "core/metrics/CustomerSummary.h"
#include "core/models/ModelPipeline.h"
#include "core/storage/Project.h"
#include "core/util/TextFormat.h"

#include <cmath>
#include <fstream>
#include <map>
#include <ostream>

namespace clv::cli {
namespace {

/// Reads customer_id,group rows (header first) into one label index per customer; unlisted customers get the
/// last group "(none)".
Result<std::vector<std::uint32_t>> readGroups(const std::string& path, const std::vector<std::string>& ids,
                                              std::vector<std::string>& names)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return fail(ErrorCode::FileNotFound, "cannot open the groups file", path);
    CsvReader reader(in, {});
    std::vector<std::string> fields;
    if (!reader.next(fields) || fields.size() < 2)
        return fail(ErrorCode::Parse, "expected a header customer_id,group", path, 1, 0);
    std::map<std::string, std::uint32_t> nameIndex;
    std::map<std::string, std::uint32_t> labelOf;
    while (reader.next(fields)) {
        if (fields.size() < 2)
            return fail(ErrorCode::Parse, "expected 2 fields", path, reader.recordLine(), 0);
        auto [it, inserted] = nameIndex.try_emplace(fields[1], static_cast<std::uint32_t>(names.size()));
        if (inserted)
            names.push_back(fields[1]);
        labelOf[fields[0]] = it->second;
    }
    const auto none = static_cast<std::uint32_t>(names.size());
    bool anyNone = false;
    std::vector<std::uint32_t> labels;
    labels.reserve(ids.size());
    for (const auto& id : ids) {
        auto it = labelOf.find(id);
        anyNone = anyNone || it == labelOf.end();
        labels.push_back(it == labelOf.end() ? none : it->second);
    }
    if (anyNone || names.empty())
        names.push_back("(none)");
    return labels;
}

}  // namespace

std::set<std::string> valuationOptionNames()
{
    return {"project", "model", "spend", "unit", "end", "horizon", "discount", "margin", "groups"};
}

const char* valuationOptionsHelp()
{
    return "  --project P     the project whose customers are valued (required)\n"
           "  --model M       purchase model: bgnbd (default), mbgnbd or pareto; fitted on the project\n"
           "  --spend S       spend model: gg (Gamma-Gamma, the only one; non-repeaters get its population mean)\n"
           "  --unit U        time unit of the fit: day (default), week or month; months are converted explicitly\n"
           "                  (a weekly fit steps 30.4375/7 weeks a month)\n"
           "  --end DATE      observation end (default: the last order date)\n"
           "  --horizon N     horizon in months of 30.4375 days (default 12)\n"
           "  --discount R    monthly discount rate, 0 <= R < 1 (default 0.01)\n"
           "  --margin M      gross margin, 0 <= M <= 1 (default 1: revenue)\n"
           "  --groups F      CSV customer_id,group (header first): totals per group, e.g. segments\n";
}

bool parseNumberOption(const CliArgs& args, const char* name, double lo, double hi, double& out, std::string& error)
{
    if (auto v = args.value(name)) {
        const auto parsed = text::parseDouble(*v);
        if (!parsed || !(*parsed >= lo && *parsed <= hi)) {
            error = "--" + std::string(name) + " must be a number from " + text::shortest(lo) + " to "
                    + text::shortest(hi) + ", got '" + *v + "'";
            return false;
        }
        out = *parsed;
    }
    return true;
}

std::string jsonNum(double v) { return std::isfinite(v) ? text::shortest(v) : "null"; }
std::string fixedNum(double v, int decimals) { return std::isfinite(v) ? text::fixed(v, decimals) : ""; }

std::optional<ValuationInput> loadValuationInput(const CliArgs& args, const char* command, std::ostream& err,
                                                 int& exitCode)
{
    const auto usage = [&](const std::string& message) {
        exitCode = usageError(err, command, message);
        return std::nullopt;
    };
    const auto runtime = [&](const Error& e) {
        exitCode = runtimeError(err, command, e);
        return std::nullopt;
    };
    if (!args.positionals().empty())
        return usage("unexpected argument '" + args.positionals().front() + "'");
    const auto projectPath = args.value("project");
    if (!projectPath)
        return usage("--project P.clvw is required");
    const std::string modelName = args.value("model").value_or("bgnbd");
    const auto kind = parsePurchaseModelKind(modelName);
    if (!kind)
        return usage("--model must be bgnbd, mbgnbd or pareto, got '" + modelName + "'");
    if (const auto spend = args.value("spend"); spend && *spend != "gg")
        return usage("--spend must be gg, got '" + *spend + "'");
    SummaryOptions options;
    if (auto v = args.value("unit")) {
        auto unit = parseTimeUnit(*v);
        if (!unit)
            return usage("--unit must be day, week or month, got '" + *v + "'");
        options.unit = *unit;
    }
    std::string error;
    if (!parseDateOption(args, "end", options.end, error))
        return usage(error);
    ValuationInput in;
    double horizon = 12.0;
    if (!parseNumberOption(args, "horizon", 1, 1200, horizon, error)
        || !parseNumberOption(args, "discount", 0, 0.999999, in.settings.monthlyDiscountRate, error)
        || !parseNumberOption(args, "margin", 0, 1, in.settings.grossMargin, error))
        return usage(error);
    if (horizon != std::floor(horizon))
        return usage("--horizon must be a whole number of months, got '" + *args.value("horizon") + "'");
    in.settings.horizonMonths = static_cast<int>(horizon);

    auto db = project::open(*projectPath, Database::OpenMode::ReadOnly);
    if (!db)
        return runtime(db.error());
    auto summary = summarizeProject(*db, options);
    if (!summary)
        return runtime(summary.error());
    in.source = *projectPath + " (end " + summary->end.toIso() + ")";
    in.data = toObservations(*summary);
    for (const auto& row : summary->rows)
        in.customerIds.push_back(row.customerId);

    auto fits = fitPurchaseAndSpend(*kind, in.data, options.unit);  // both at once, on two threads
    if (!fits)
        return runtime(fits.error());
    in.purchaseFit = std::move(fits->purchaseFit);
    auto model = PurchaseModel::fromFit(in.purchaseFit);
    if (!model)
        return runtime(model.error());
    in.model = *model;
    in.spend = fits->spendFit.model;
    in.spendFit = std::move(fits->spendFit.fit);
    for (const auto* fit : {&in.purchaseFit, &in.spendFit})
        for (const auto& w : fit->warnings)
            err << "clv " << command << ": warning: " << fit->model << ": " << fitWarningName(w.code) << ": "
                << w.detail << '\n';
    if (auto gg = checkedSpendModel(in.spend); !gg)
        return runtime(gg.error());

    std::vector<std::uint32_t> labels;
    if (auto groupsPath = args.value("groups")) {
        auto read = readGroups(*groupsPath, in.customerIds, in.groupNames);
        if (!read)
            return runtime(read.error());
        labels = std::move(*read);
    } else {
        in.groupNames = {"all"};
    }
    auto base = CustomerBase::build(in.data, labels, in.groupNames.size());
    if (!base)
        return runtime(base.error());
    in.base = std::move(*base);
    return in;
}

void printModelLine(const ValuationInput& in, std::ostream& out)
{
    out << "data:       " << in.source << ", " << in.base->validCustomers() << " customers\n"
        << "model:      " << in.purchaseFit.model << " (";
    for (std::size_t i = 0; i < in.purchaseFit.parameters.size(); ++i)
        out << (i ? ", " : "") << in.purchaseFit.parameters[i].name << " "
            << text::shortest(in.purchaseFit.parameters[i].value);
    out << ") per " << timeUnitName(in.model.unit()) << "; spend gg (p " << text::shortest(in.spend.p) << ", q "
        << text::shortest(in.spend.q) << ", gamma " << text::shortest(in.spend.gamma) << ")\n"
        << "settings:   horizon " << in.settings.horizonMonths << " months ("
        << text::fixed(unitsPerMonth(in.model.unit()), 4) << " " << timeUnitName(in.model.unit())
        << "s each), discount " << text::shortest(in.settings.monthlyDiscountRate)
        << " a month, margin " << text::shortest(in.settings.grossMargin) << '\n';
}

}  // namespace clv::cli
