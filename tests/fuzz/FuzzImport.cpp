// SPDX-License-Identifier: MIT
// Fuzz target: the CSV reader, the value parsers and the order importer on an in-memory project.
// Built two ways: with clang and libFuzzer (CLV_BUILD_FUZZERS, scripts/fuzz.sh), and with the main compiler as a
// corpus replay that ctest runs (FuzzReplayMain.cpp). A broken invariant aborts with a message.
#include "core/import/CsvReader.h"
#include "core/import/OrderImporter.h"
#include "core/import/ValueParsers.h"
#include "core/storage/Project.h"

#include <cinttypes>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <unistd.h>

namespace {

constexpr std::size_t kMaxInput = 1 << 16;
constexpr std::size_t kMaxParsedFields = 256;

[[noreturn]] void broken(const char* what, const std::string& detail)
{
    std::fprintf(stderr, "fuzz invariant broken: %s (%s)\n", what, detail.c_str());
    std::abort();
}

#define FUZZ_CHECK(cond, detail)          \
    do {                                  \
        if (!(cond))                      \
            broken(#cond, (detail));      \
    } while (false)

// Reads the whole input with one delimiter; returns the records.
std::vector<std::vector<std::string>> readAll(const std::string& text, char delimiter)
{
    std::istringstream in(text);
    std::uint64_t seen = 0;
    clv::CsvReader reader(in, {delimiter, '"', 0}, [&seen](const char*, std::size_t n) { seen += n; });
    std::vector<std::vector<std::string>> records;
    std::vector<std::string> fields;
    long lastLine = 0;
    while (reader.next(fields)) {
        FUZZ_CHECK(!fields.empty(), "a record has at least one field");
        FUZZ_CHECK(reader.recordLine() > lastLine, "record lines increase");
        lastLine = reader.recordLine();
        FUZZ_CHECK(reader.bytesConsumed() <= text.size(), std::to_string(reader.bytesConsumed()));
        records.push_back(fields);
        FUZZ_CHECK(records.size() <= text.size(), "no more records than bytes");
    }
    FUZZ_CHECK(seen == text.size(), "every byte is read once: " + std::to_string(seen));
    return records;
}

// An amount that parsed must print and parse back to the same cents, with either decimal mark.
void checkAmount(const std::string& field)
{
    for (auto decimal : {clv::DecimalSeparator::Point, clv::DecimalSeparator::Comma, clv::DecimalSeparator::Auto}) {
        const auto cents = clv::parseAmountCents(field, decimal);
        if (!cents)
            continue;
        const std::int64_t magnitude = *cents < 0 ? -*cents : *cents;
        char plain[64];
        std::snprintf(plain, sizeof plain, "%s%" PRId64 ".%02" PRId64, *cents < 0 ? "-" : "", magnitude / 100,
                      magnitude % 100);
        const auto again = clv::parseAmountCents(plain, clv::DecimalSeparator::Point);
        FUZZ_CHECK(again && *again == *cents, field + " -> " + plain);
    }
}

void checkDate(const std::string& field)
{
    for (auto order : {clv::DateOrder::Auto, clv::DateOrder::YearFirst, clv::DateOrder::DayFirst,
                       clv::DateOrder::MonthFirst}) {
        const auto value = clv::parseDateTime(field, order);
        if (!value)
            continue;
        FUZZ_CHECK(value->minuteOfDay >= -1 && value->minuteOfDay < 24 * 60, field);
        // An ISO rendering of the parsed day must parse back to the same day.
        const std::string iso = value->localDay.toIso();
        const auto again = clv::parseDateTime(iso, clv::DateOrder::YearFirst);
        FUZZ_CHECK(again && again->localDay == value->localDay, field + " -> " + iso);
        (void)value->day(clv::TimeBasis::Utc);
    }
}

// One scratch file per process (libFuzzer workers are processes), removed at exit. Never destroyed, so the exit
// handler can still read it.
const std::string& scratchPath()
{
    static const std::string* path = [] {
        const char* dir = std::filesystem::is_directory("/dev/shm") ? "/dev/shm" : "/tmp";
        auto* p = new std::string(std::string(dir) + "/clv-fuzz-" + std::to_string(getpid()) + ".csv");
        std::atexit([] { std::remove(scratchPath().c_str()); });
        return p;
    }();
    return *path;
}

void checkImport(const std::string& text)
{
    const std::string& path = scratchPath();
    {
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out.write(text.data(), static_cast<std::streamsize>(text.size()));
    }
    auto db = clv::project::open(":memory:", clv::Database::OpenMode::CreateIfMissing);
    FUZZ_CHECK(db.has_value(), db ? std::string() : db.error().toString());
    auto report = clv::importOrdersCsv(*db, path);
    const auto orders = db->queryInt("SELECT count(*) FROM orders");
    const auto imports = db->queryInt("SELECT count(*) FROM imports");
    FUZZ_CHECK(orders && imports, "counting rows");
    if (!report) {
        FUZZ_CHECK(report.error().code != clv::ErrorCode::Internal && report.error().code != clv::ErrorCode::Database,
                   report.error().toString());
        FUZZ_CHECK(*orders == 0 && *imports == 0, "a failed import stores nothing");
        return;
    }
    const auto& r = *report;
    FUZZ_CHECK(r.rowsImported + r.rowsSkipped + r.rowsRejected == r.rowsRead, "row accounting");
    FUZZ_CHECK(static_cast<std::int64_t>(r.issues.size()) == r.rowsRejected, "every rejected row is listed");
    FUZZ_CHECK(*orders == r.rowsImported, "stored orders = imported rows");
    FUZZ_CHECK(*imports == (r.rowsImported > 0 ? 1 : 0), "one log entry per import that stored something");
    for (const auto& issue : r.issues)
        FUZZ_CHECK(issue.line >= 1 && issue.value.size() <= 200, issue.reason);
    auto problems = clv::project::verify(*db);
    FUZZ_CHECK(problems && problems->empty(), "verify");
    // The same bytes again add nothing.
    auto again = clv::importOrdersCsv(*db, path);
    FUZZ_CHECK(again && again->rowsImported == 0 && again->rowsSkipped == r.rowsImported + r.rowsSkipped,
               "re-import is idempotent");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size > kMaxInput)
        return -1;  // keep inputs small: speed, not size, finds parser bugs
    const std::string text(reinterpret_cast<const char*>(data), size);
    std::size_t parsed = 0;
    for (char delimiter : {',', ';', '\t', clv::CsvReader::sniffDelimiter(text)}) {
        for (const auto& record : readAll(text, delimiter))
            for (const auto& field : record)
                if (parsed++ < kMaxParsedFields) {
                    checkAmount(field);
                    checkDate(field);
                }
    }
    checkImport(text);
    return 0;
}
