// SPDX-License-Identifier: MIT
#include "ImportCommand.h"

#include "CliArgs.h"
#include "CliSupport.h"

#include "core/import/OrderImporter.h"
#include "core/storage/Project.h"
#include "core/util/TextFormat.h"

#include <filesystem>
#include <ostream>

namespace clv::cli {
namespace {

constexpr double kAutoPresetScore = 0.6;  // a specific preset is applied without --preset from this score on

void printIssueText(const ImportIssue& issue, std::ostream& out)
{
    out << "  line " << issue.line;
    if (issue.column > 0)
        out << ", column " << issue.column << " (" << issue.field << ")";
    out << ": " << issue.reason << ": '" << issue.value << "'\n";
}

void printReportText(const ImportReport& r, std::ostream& out)
{
    out << "file:      " << r.file << "\n";
    if (!r.preset.empty())
        out << "preset:    " << r.preset << " (" << r.kind << ")\n";
    out << "encoding:  " << r.encoding << "\n"
        << "columns:   customer=" << r.customerColumn << ", date=" << r.dateColumn << ", amount=" << r.amountColumn;
    if (!r.orderIdColumn.empty())
        out << ", order id=" << r.orderIdColumn;
    out << "\nrows read: " << r.rowsRead << "\nimported:  " << r.rowsImported << " (" << r.newCustomers
        << " new customers)\n";
    if (r.ordersImported != r.rowsImported || r.refundsImported > 0)
        out << "stored:    " << r.ordersImported << ' ' << (r.kind == "subscriptions" ? "subscriptions" : "orders")
            << " (" << r.refundsImported << " refunds or cancellations)\n";
    if (r.rowsSkipped > 0)
        out << "skipped:   " << r.rowsSkipped << " (already in the project)\n";
    if (r.rowsExcluded > 0)
        out << "excluded:  " << r.rowsExcluded << " (status not an order, e.g. failed charges)\n";
    out << "rejected:  " << r.rowsRejected << '\n';
    if (r.rowsMissingCustomer > 0)
        out << "no customer id: " << r.rowsMissingCustomer << " rows (" << text::fixed(100.0 * r.missingCustomerShare(), 1)
            << "% of the rows read)\n";
    for (const auto& issue : r.issues)
        printIssueText(issue, out);
}

void printReportJson(const ImportReport& r, std::ostream& out)
{
    out << "{\"file\":" << text::jsonString(r.file) << ",\"fingerprint\":" << text::jsonString(r.fingerprint)
        << ",\"preset\":" << text::jsonString(r.preset) << ",\"kind\":" << text::jsonString(r.kind)
        << ",\"encoding\":" << text::jsonString(r.encoding) << ",\"import_id\":" << r.importId
        << ",\"rows_read\":" << r.rowsRead << ",\"rows_imported\":" << r.rowsImported
        << ",\"rows_skipped\":" << r.rowsSkipped << ",\"rows_rejected\":" << r.rowsRejected
        << ",\"rows_excluded\":" << r.rowsExcluded << ",\"rows_missing_customer\":" << r.rowsMissingCustomer
        << ",\"missing_customer_share\":" << text::shortest(r.missingCustomerShare())
        << ",\"orders_imported\":" << r.ordersImported << ",\"orders_skipped\":" << r.ordersSkipped
        << ",\"refunds_imported\":" << r.refundsImported << ",\"new_customers\":" << r.newCustomers << ",\"issues\":[";
    for (std::size_t i = 0; i < r.issues.size(); ++i) {
        const auto& issue = r.issues[i];
        out << (i ? ",\n" : "\n") << "{\"file\":" << text::jsonString(r.file) << ",\"line\":" << issue.line
            << ",\"column\":" << issue.column << ",\"field\":" << text::jsonString(issue.field)
            << ",\"value\":" << text::jsonString(issue.value) << ",\"reason\":" << text::jsonString(issue.reason) << '}';
    }
    out << "]}";
}

void printErrorJson(const std::string& file, const Error& e, std::ostream& out)
{
    out << "{\"file\":" << text::jsonString(file) << ",\"error\":" << text::jsonString(errorCodeName(e.code))
        << ",\"line\":" << e.line << ",\"column\":" << e.column << ",\"detail\":" << text::jsonString(e.detail) << '}';
}

int listPresets(const CliArgs& args, std::ostream& out, std::ostream& err)
{
    std::vector<ImportPreset> presets = builtinImportPresets();
    if (auto projectPath = args.value("project")) {
        auto db = project::open(*projectPath, Database::OpenMode::ReadOnly);
        if (!db)
            return runtimeError(err, "import", db.error());
        auto user = loadUserPresets(*db);
        if (!user)
            return runtimeError(err, "import", user.error());
        presets.insert(presets.end(), user->begin(), user->end());
    }
    if (args.has("json")) {
        out << presetsToJson(presets) << '\n';
        return kExitOk;
    }
    for (const auto& p : presets)
        out << p.id << std::string(p.id.size() < 24 ? 24 - p.id.size() : 1, ' ') << p.kind
            << std::string(p.kind.size() < 15 ? 15 - p.kind.size() : 1, ' ') << p.name << (p.builtin ? "" : " (project)")
            << '\n';
    return kExitOk;
}

// Parses --date-order, --decimal, --encoding and --preset into `options`; false with `error` on a bad value.
bool readOptions(const CliArgs& args, ImportOptions& options, std::string& error)
{
    if (auto v = args.value("date-order")) {
        if (*v == "dmy")
            options.dateOrder = DateOrder::DayFirst;
        else if (*v == "mdy")
            options.dateOrder = DateOrder::MonthFirst;
        else if (*v == "ymd")
            options.dateOrder = DateOrder::YearFirst;
        else {
            error = "--date-order must be dmy, mdy or ymd, got '" + *v + "'";
            return false;
        }
    }
    if (auto v = args.value("decimal")) {
        if (*v == "point")
            options.decimal = DecimalSeparator::Point;
        else if (*v == "comma")
            options.decimal = DecimalSeparator::Comma;
        else {
            error = "--decimal must be point or comma, got '" + *v + "'";
            return false;
        }
    }
    options.encoding = args.value("encoding").value_or("");
    options.preset = args.value("preset").value_or("");
    return true;
}

// Without --preset: the specific built-in preset that fits the header well; else the plain synonym mapping, or the
// best generic preset (e.g. generic-subscriptions) when the plain mapping cannot read the header.
ImportOptions optionsForFile(const std::string& file, const ImportOptions& base)
{
    ImportOptions options = base;
    if (!options.preset.empty())
        return options;
    auto preview = previewImportFile(file, options, 1);
    if (!preview || preview->preset.empty())
        return options;
    const ImportPreset* preset = findBuiltinPreset(preview->preset);
    const bool specific = preset && !preset->generic && preview->presetScore >= kAutoPresetScore;
    const bool plainMappingFails = preset && !preview->mappingError.empty();
    if (specific || plainMappingFails)
        options.preset = preset->id;
    return options;
}

}  // namespace

int runImportCommand(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err)
{
    std::string error;
    auto args = CliArgs::parse(argv, {{"project", "preset", "encoding", "date-order", "decimal"}, {"json", "list-presets"}},
                               error);
    if (!args)
        return usageError(err, "import", error);
    if (args->has("list-presets"))
        return listPresets(*args, out, err);
    const auto projectPath = args->value("project");
    if (!projectPath)
        return usageError(err, "import", "--project FILE.clvw is required");
    if (args->positionals().empty())
        return usageError(err, "import", "name at least one CSV file to import");
    ImportOptions base;
    if (!readOptions(*args, base, error))
        return usageError(err, "import", error);
    const bool json = args->has("json");
    const bool created = !std::filesystem::exists(*projectPath);
    auto db = project::open(*projectPath, Database::OpenMode::CreateIfMissing);
    if (!db)
        return runtimeError(err, "import", db.error());
    if (created && !json)
        out << "created project " << *projectPath << '\n';
    std::int64_t imported = 0;
    std::int64_t skipped = 0;  // rows already in the project (re-import): not a failure
    std::size_t printed = 0;
    if (json)
        out << "{\"project\":" << text::jsonString(*projectPath) << ",\"files\":[";
    for (const auto& file : args->positionals()) {
        auto report = importOrdersCsv(*db, file, optionsForFile(file, base));
        if (json)
            out << (printed++ ? ",\n" : "\n");
        if (!report) {
            runtimeError(err, "import", report.error());
            if (json)
                printErrorJson(file, report.error(), out);
            continue;
        }
        imported += report->rowsImported;
        skipped += report->rowsSkipped;
        if (json)
            printReportJson(*report, out);
        else
            printReportText(*report, out);
    }
    if (json)
        out << "\n],\"rows_imported\":" << imported << ",\"rows_skipped\":" << skipped << "}\n";
    if (imported + skipped == 0) {
        err << "clv import: nothing was imported\n";
        return kExitFailure;
    }
    return kExitOk;
}

const char* importUsage()
{
    return "Usage: clv import FILE.csv [FILE.csv ...] --project P.clvw [--preset ID] [--encoding E]\n"
           "                  [--date-order dmy|mdy|ymd] [--decimal point|comma] [--json]\n"
           "       clv import --list-presets [--project P.clvw] [--json]\n\n"
           "Imports each file in one transaction. Without --preset a specific export (Shopify, Stripe, WooCommerce,\n"
           "Square, UCI Online Retail) is recognised by its header; other files need a customer id, an order date and\n"
           "an amount column (e.g. customer_id, order_date, amount). Prints rows read, imported, skipped, excluded and\n"
           "rejected, the share of rows without a customer id, and the line and column of every rejected row.\n"
           "Exits with 1 only when no row of any file is in the project afterwards (re-imported rows count).\n\n"
           "  --project P       the project file (.clvw); created when it does not exist\n"
           "  --preset ID       apply a preset (see --list-presets), e.g. shopify-orders, stripe-subscriptions\n"
           "  --encoding E      GB18030, Big5, Shift_JIS, Windows-1252, UTF-16LE, ... (default: BOM, else UTF-8)\n"
           "  --date-order O    dmy, mdy or ymd when the dates are ambiguous (default: detected)\n"
           "  --decimal D       point or comma when the amounts are ambiguous (default: detected)\n"
           "  --json            print the report as JSON: every issue with file, line, column, field, value, reason\n"
           "  --list-presets    list the built-in presets (and the project's own with --project)\n";
}

}  // namespace clv::cli
