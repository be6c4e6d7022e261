// SPDX-License-Identifier: MIT
// Project file commands: save a copy, verify, list the import log, undo an import.
#include "Commands.h"

#include "CliArgs.h"
#include "CliSupport.h"

#include "core/import/ImportLog.h"
#include "core/storage/Project.h"
#include "core/util/TextFormat.h"

#include <ostream>

namespace clv::cli {
namespace {

int runProject(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err)
{
    std::string error;
    auto args = CliArgs::parse(argv, {{"project", "out"}, {}}, error);
    if (!args)
        return usageError(err, "project", error);
    if (args->positionals().size() != 1)
        return usageError(err, "project", "name one action: copy or check");
    const std::string action = args->positionals().front();
    const auto projectPath = args->value("project");
    if (!projectPath)
        return usageError(err, "project", "--project FILE.clvw is required");
    if (action == "copy") {
        const auto outPath = args->value("out");
        if (!outPath)
            return usageError(err, "project", "copy needs --out FILE.clvw");
        auto db = project::open(*projectPath);
        if (!db)
            return runtimeError(err, "project", db.error());
        if (auto r = project::saveCopy(*db, *outPath); !r)
            return runtimeError(err, "project", r.error());
        out << "saved a copy of " << *projectPath << " as " << *outPath << '\n';
        return kExitOk;
    }
    if (action == "check") {
        if (args->value("out"))
            return usageError(err, "project", "check takes no --out");
        auto db = project::open(*projectPath, Database::OpenMode::ReadOnly);
        if (!db)
            return runtimeError(err, "project", db.error());
        auto problems = project::verify(*db);
        if (!problems)
            return runtimeError(err, "project", problems.error());
        for (const auto& p : *problems)
            out << "problem: " << p << '\n';
        if (!problems->empty()) {
            err << "clv project: " << problems->size() << " problem(s) found in " << *projectPath << '\n';
            return kExitFailure;
        }
        out << *projectPath << ": ok\n";
        return kExitOk;
    }
    return usageError(err, "project", "unknown action '" + action + "' (expected copy or check)");
}

void printImportsJson(const std::vector<ImportLogEntry>& entries, std::ostream& out)
{
    out << "[";
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const auto& e = entries[i];
        out << (i ? ",\n" : "\n") << "{\"id\":" << e.id << ",\"file\":" << text::jsonString(e.fileName)
            << ",\"fingerprint\":" << text::jsonString(e.fingerprint) << ",\"imported_at\":"
            << text::jsonString(e.importedAt) << ",\"kind\":" << text::jsonString(e.kind)
            << ",\"preset\":" << text::jsonString(e.preset) << ",\"rows_read\":" << e.rowsRead
            << ",\"rows_imported\":" << e.rowsImported << ",\"rows_skipped\":" << e.rowsSkipped
            << ",\"rows_rejected\":" << e.rowsRejected << ",\"orders_stored\":" << e.ordersStored << '}';
    }
    out << "\n]\n";
}

int runImports(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err)
{
    std::string error;
    auto args = CliArgs::parse(argv, {{"project"}, {"json"}}, error);
    if (!args)
        return usageError(err, "imports", error);
    const auto projectPath = args->value("project");
    if (!projectPath)
        return usageError(err, "imports", "--project FILE.clvw is required");
    if (!args->positionals().empty())
        return usageError(err, "imports", "unexpected argument '" + args->positionals().front() + "'");
    auto db = project::open(*projectPath, Database::OpenMode::ReadOnly);
    if (!db)
        return runtimeError(err, "imports", db.error());
    auto entries = listImports(*db);
    if (!entries)
        return runtimeError(err, "imports", entries.error());
    if (args->has("json")) {
        printImportsJson(*entries, out);
        return kExitOk;
    }
    out << "id,file,fingerprint,imported_at,kind,preset,rows_read,rows_imported,rows_skipped,rows_rejected,"
           "orders_stored\n";
    for (const auto& e : *entries)
        out << e.id << ',' << text::csvField(e.fileName) << ',' << e.fingerprint << ',' << e.importedAt << ','
            << e.kind << ',' << text::csvField(e.preset) << ',' << e.rowsRead << ',' << e.rowsImported << ','
            << e.rowsSkipped << ',' << e.rowsRejected << ',' << e.ordersStored << '\n';
    return kExitOk;
}

int runUndoImport(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err)
{
    std::string error;
    auto args = CliArgs::parse(argv, {{"project", "id"}, {"json"}}, error);
    if (!args)
        return usageError(err, "undo-import", error);
    const auto projectPath = args->value("project");
    if (!projectPath)
        return usageError(err, "undo-import", "--project FILE.clvw is required");
    const auto idText = args->value("id");
    std::int64_t id = 0;
    if (!idText || !parseInteger(*idText, id) || id < 1)
        return usageError(err, "undo-import", "--id N (a positive import id, see 'clv imports') is required");
    if (!args->positionals().empty())
        return usageError(err, "undo-import", "unexpected argument '" + args->positionals().front() + "'");
    auto db = project::open(*projectPath);
    if (!db)
        return runtimeError(err, "undo-import", db.error());
    auto report = undoImport(*db, id);
    if (!report)
        return runtimeError(err, "undo-import", report.error());
    if (args->has("json")) {
        out << "{\"import_id\":" << report->importId << ",\"orders_removed\":" << report->ordersRemoved
            << ",\"subscriptions_removed\":" << report->subscriptionsRemoved
            << ",\"customers_removed\":" << report->customersRemoved << ",\"later_imports_with_skips\":[";
        for (std::size_t i = 0; i < report->laterImportsWithSkips.size(); ++i)
            out << (i ? "," : "") << report->laterImportsWithSkips[i];
        out << "]}\n";
        return kExitOk;
    }
    out << "undid import " << report->importId << ": removed " << report->ordersRemoved << " orders, "
        << report->subscriptionsRemoved << " subscriptions, " << report->customersRemoved << " customers\n";
    for (auto later : report->laterImportsWithSkips)
        out << "note: import " << later << " skipped rows as duplicates of the undone import; re-import its file "
            << "to bring them back\n";
    return kExitOk;
}

}  // namespace

std::vector<Command> projectCommands()
{
    return {
        {"project", "save a copy of a project, or verify it",
         "Usage: clv project copy --project P.clvw --out COPY.clvw\n"
         "       clv project check --project P.clvw\n\n"
         "copy   writes the committed state of the project to COPY.clvw with the SQLite backup API (safe while\n"
         "       another program has the project open); COPY.clvw is replaced only by a whole, checked copy.\n"
         "check  runs a full integrity check and a foreign key check; exits with 1 when problems are found.\n",
         runProject},
        {"imports", "list a project's import log",
         "Usage: clv imports --project P.clvw [--json]\n\n"
         "One line per import, oldest first, as CSV (or JSON with --json): id, file name, SHA-256 fingerprint,\n"
         "time (UTC), kind, preset, rows read, imported, skipped (already in the project), rejected, and the\n"
         "orders of that import still stored.\n",
         runImports},
        {"undo-import", "remove one import as a whole",
         "Usage: clv undo-import --project P.clvw --id N [--json]\n\n"
         "Removes import N (see 'clv imports') in one transaction: its orders and subscriptions, its log entry and\n"
         "the customers left with nothing. Later imports that skipped rows as duplicates of it are listed.\n",
         runUndoImport},
    };
}

}  // namespace clv::cli
