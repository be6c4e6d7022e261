// SPDX-License-Identifier: MIT
#include "core/import/OrderImporter.h"

#include "core/import/ImportInternal.h"
#include "core/import/OccurrenceCounter.h"
#include "core/util/TextFormat.h"

#include <sqlite3.h>

#include <chrono>
#include <ctime>
#include <filesystem>
#include <functional>
#include <unordered_map>

namespace clv {
namespace {

constexpr std::size_t kMaxValueBytes = 200;
constexpr long kBatchRows = 4096;
constexpr double kProfileShare = 0.2;  // progress fraction given to the first (profiling) pass

std::string nowUtcIso()
{
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm tm{};
    gmtime_r(&now, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

void addIssue(ImportReport& report, long line, int column, const std::vector<std::string>& header,
              std::string_view value, const char* reason)
{
    ImportIssue issue;
    issue.line = line;
    issue.column = column;
    if (column > 0 && static_cast<std::size_t>(column) <= header.size())
        issue.field = header[static_cast<std::size_t>(column - 1)];
    issue.value = std::string(value.substr(0, kMaxValueBytes));
    issue.reason = reason;
    report.issues.push_back(std::move(issue));
    ++report.rowsRejected;
}

std::uint64_t mix(std::uint64_t h, std::uint64_t v)
{
    h ^= v + 0x9E3779B97F4A7C15ULL + (h << 6) + (h >> 2);
    return h;
}

// Restores the connection's page cache size when the import ends, however it ends.
class CacheSizeGuard {
public:
    explicit CacheSizeGuard(Database& db) : m_db(db)
    {
        auto size = db.queryInt("PRAGMA cache_size");
        m_previous = size ? *size : -2000;
        (void)db.exec("PRAGMA cache_size = -65536");  // 64 MiB while importing
    }
    ~CacheSizeGuard() { (void)m_db.exec("PRAGMA cache_size = " + std::to_string(m_previous)); }
    CacheSizeGuard(const CacheSizeGuard&) = delete;
    CacheSizeGuard& operator=(const CacheSizeGuard&) = delete;

private:
    Database& m_db;
    std::int64_t m_previous = -2000;
};

}  // namespace

namespace importdetail {

// Turns a verdict over the whole column into the format to use, or a Parse error asking the caller to choose.
Result<DateOrder> chooseDateOrder(const ImportOptions& options, const ImportProfile& profile)
{
    if (options.dateOrder != DateOrder::Auto)
        return options.dateOrder;
    const std::string& column = profile.header[static_cast<std::size_t>(profile.columns.date)];
    switch (profile.dateVerdict) {
    case DateOrderVerdict::Unknown:
    case DateOrderVerdict::YearFirst: return DateOrder::YearFirst;
    case DateOrderVerdict::DayFirst: return DateOrder::DayFirst;
    case DateOrderVerdict::MonthFirst: return DateOrder::MonthFirst;
    case DateOrderVerdict::Ambiguous:
        return fail(ErrorCode::Parse, "ambiguous-date-order: every date in column '" + column
                        + "' reads both as day/month/year and month/day/year; choose day-first or month-first",
                    profile.file, profile.dateExampleLine, profile.columns.date + 1);
    case DateOrderVerdict::Conflicting: break;
    }
    return fail(ErrorCode::Parse, "conflicting-date-order: column '" + column
                    + "' has dates that are only valid day-first and others only valid month-first; choose one "
                      "(the other rows will be rejected)",
                profile.file, profile.dateExampleLine, profile.columns.date + 1);
}

Result<DecimalSeparator> chooseDecimal(const ImportOptions& options, const ImportProfile& profile)
{
    if (options.decimal != DecimalSeparator::Auto)
        return options.decimal;
    const std::string& column = profile.header[static_cast<std::size_t>(profile.columns.amount)];
    switch (profile.decimalVerdict) {
    case DecimalVerdict::Unknown:
    case DecimalVerdict::Point: return DecimalSeparator::Point;
    case DecimalVerdict::Comma: return DecimalSeparator::Comma;
    case DecimalVerdict::Ambiguous:
        return fail(ErrorCode::Parse, "ambiguous-decimal-separator: amounts in column '" + column
                        + "' such as 1,234 or 1.234 read as thousands or as decimals; choose the decimal separator",
                    profile.file, profile.decimalExampleLine, profile.columns.amount + 1);
    case DecimalVerdict::Conflicting: break;
    }
    return fail(ErrorCode::Parse, "conflicting-decimal-separator: column '" + column
                    + "' has amounts that need '.' and others that need ',' as the decimal separator; choose one",
                profile.file, 0, profile.columns.amount + 1);
}

}  // namespace importdetail

Result<ImportReport> importOrdersCsv(Database& db, const std::string& csvPath, const TaskContext& ctx)
{
    return importOrdersCsv(db, csvPath, ImportOptions{}, ctx);
}

Result<ImportReport> importOrdersCsv(Database& db, const std::string& csvPath, const ImportOptions& options,
                                     const TaskContext& ctx)
{
    using namespace importdetail;
    auto preset = selectedPreset(options, &db);
    if (!preset)
        return fail(preset.error());
    if (*preset) {
        ImportOptions withPreset = options;
        withPreset.presetDefinition = **preset;
        withPreset.preset = (*preset)->id;
        if ((*preset)->kind == "subscriptions")
            return importSubscriptionsCsv(db, csvPath, withPreset, ctx);
        return importOrdersWithPreset(db, csvPath, withPreset, **preset, ctx);
    }
    // Pass 1: encoding, columns and value formats over the whole file; nothing is written.
    TaskContext profileCtx{ctx.stop, ctx.progress ? std::function<void(double)>([&ctx](double f) {
                                          ctx.progress(f * kProfileShare);
                                      })
                                                  : std::function<void(double)>()};
    auto profile = profileOrdersCsv(csvPath, options, profileCtx);
    if (!profile)
        return fail(profile.error());
    if (profile->rows == 0)
        return fail(ErrorCode::NoData, "the file has a header but no data rows", csvPath, 2);
    auto dateOrder = chooseDateOrder(options, *profile);
    if (!dateOrder)
        return fail(dateOrder.error());
    auto decimal = chooseDecimal(options, *profile);
    if (!decimal)
        return fail(decimal.error());

    ImportReport report;
    report.file = csvPath;
    report.encoding = profile->encoding;
    report.kind = "orders";
    report.delimiter = profile->delimiter;
    report.dateOrder = *dateOrder;
    report.decimal = *decimal;
    const ColumnMapping cols = profile->columns;
    const std::vector<std::string>& header = profile->header;
    report.customerColumn = header[static_cast<std::size_t>(cols.customer)];
    report.dateColumn = header[static_cast<std::size_t>(cols.date)];
    report.amountColumn = header[static_cast<std::size_t>(cols.amount)];
    if (cols.orderId >= 0)
        report.orderIdColumn = header[static_cast<std::size_t>(cols.orderId)];

    // Pass 2: read again (the fingerprint proves it is the same bytes) and store in one transaction.
    ImportOptions fixed = options;
    fixed.delimiter = profile->delimiter;
    auto input = CsvInput::open(csvPath, fixed);
    if (!input)
        return fail(input.error());
    CsvReader& reader = (*input)->reader();

    CacheSizeGuard cacheSize(db);
    auto tx = Transaction::begin(db);
    if (!tx)
        return fail(tx.error());
    auto previous = db.prepare("SELECT coalesce(min(id), 0) FROM imports WHERE fingerprint = ?");
    auto logInsert = db.prepare("INSERT INTO imports(file_name, fingerprint, imported_at, kind, preset) "
                                "VALUES (?, ?, ?, 'orders', ?)");
    auto customerUpsert = db.prepare("INSERT INTO customers(external_id) VALUES (?) ON CONFLICT(external_id) "
                                     "DO UPDATE SET external_id = excluded.external_id RETURNING id");
    auto orderInsert = db.prepare("INSERT INTO orders(customer_id, import_id, source_order, source_line, order_day, "
                                  "amount_cents, source_seq) VALUES (?, ?, ?, ?, ?, ?, ?) "
                                  "ON CONFLICT DO NOTHING");
    auto customersBefore = db.queryInt("SELECT count(*) FROM customers");
    if (!previous || !logInsert || !customerUpsert || !orderInsert || !customersBefore)
        return fail(db.lastError("prepare import"));
    previous->bind(1, profile->fingerprint);
    if (auto row = previous->step(); row && *row)
        report.previousImportId = previous->columnInt(0);
    previous->reset();
    logInsert->bind(1, std::filesystem::path(csvPath).filename().string()).bind(2, profile->fingerprint);
    logInsert->bind(3, nowUtcIso());
    if (options.preset.empty())
        logInsert->bindNull(4);
    else
        logInsert->bind(4, options.preset);
    if (auto r = logInsert->run(); !r)
        return fail(r.error());
    report.importId = db.lastInsertRowId();

    std::unordered_map<std::string, std::int64_t> customerIds;
    OccurrenceCounter occurrences;
    std::hash<std::string_view> hashText;
    ProgressThrottle progress(ctx);
    const double fileSize = static_cast<double>((*input)->fileSize());
    std::vector<std::string> fields;
    if (options.hasHeader)
        reader.next(fields);  // the header, already checked by the first pass
    while (reader.next(fields)) {
        ++report.rowsRead;
        const long line = reader.recordLine();
        if (report.rowsRead % kBatchRows == 0) {
            if (ctx.cancelled())
                return fail(ErrorCode::Cancelled, "import cancelled", csvPath);
            const double done = fileSize > 0 ? static_cast<double>((*input)->buffer().rawBytesRead()) / fileSize : 0.0;
            progress.report(kProfileShare + (1.0 - kProfileShare) * std::min(done, 0.999));
        }
        if (reader.unterminatedQuote()) {
            addIssue(report, line, 0, header, fields.empty() ? "" : fields.back(), "unterminated-quote");
            continue;
        }
        if (fields.size() != header.size()) {
            addIssue(report, line, 0, header,
                     std::to_string(fields.size()) + " fields, header has " + std::to_string(header.size()), "ragged-row");
            continue;
        }
        const std::string_view customer = text::trim(fields[static_cast<std::size_t>(cols.customer)]);
        if (customer.empty()) {
            addIssue(report, line, cols.customer + 1, header, customer, "missing-customer-id");
            ++report.rowsMissingCustomer;
            continue;
        }
        const std::string& dateText = fields[static_cast<std::size_t>(cols.date)];
        const auto date = parseDateTime(dateText, *dateOrder);
        if (!date) {
            addIssue(report, line, cols.date + 1, header, dateText, "bad-date");
            continue;
        }
        const std::string& amountText = fields[static_cast<std::size_t>(cols.amount)];
        const auto cents = parseAmountCents(amountText, *decimal);
        if (!cents) {
            addIssue(report, line, cols.amount + 1, header, amountText, "bad-amount");
            continue;
        }
        auto [it, inserted] = customerIds.try_emplace(std::string(customer), 0);
        if (inserted) {
            customerUpsert->bind(1, customer);
            auto row = customerUpsert->step();
            if (!row || !*row)
                return fail(row ? db.lastError("customer") : row.error());
            it->second = customerUpsert->columnInt(0);
            customerUpsert->reset();
        }
        const std::string_view orderId = cols.orderId >= 0 ? text::trim(fields[static_cast<std::size_t>(cols.orderId)])
                                                           : std::string_view();
        const std::int64_t day = date->day(options.timeBasis).days;
        std::uint64_t key = mix(hashText(orderId), static_cast<std::uint64_t>(it->second));
        key = mix(mix(key, static_cast<std::uint64_t>(day)), static_cast<std::uint64_t>(*cents));
        const auto seq = static_cast<std::int64_t>(occurrences.next(key));

        orderInsert->bind(1, it->second).bind(2, report.importId);
        if (orderId.empty())
            orderInsert->bindNull(3);
        else
            orderInsert->bind(3, orderId);
        orderInsert->bind(4, static_cast<std::int64_t>(line)).bind(5, day).bind(6, *cents).bind(7, seq);
        if (auto r = orderInsert->run(); !r)
            return fail(r.error());
        if (sqlite3_changes64(db.handle()) > 0) {
            ++report.rowsImported;
            report.refundsImported += *cents < 0 ? 1 : 0;
        } else
            ++report.rowsSkipped;
    }
    if ((*input)->buffer().readError())
        return fail(ErrorCode::FileRead, "read error", csvPath);
    report.fingerprint = (*input)->buffer().fingerprint();
    if (report.fingerprint != profile->fingerprint)
        return fail(ErrorCode::FileRead, "the file changed while it was being imported; nothing was stored", csvPath);
    report.ordersImported = report.rowsImported;
    report.ordersSkipped = report.rowsSkipped;
    if (report.rowsImported == 0) {
        report.importId = 0;
        return report;  // the transaction rolls back: nothing is stored
    }
    auto customersAfter = db.queryInt("SELECT count(*) FROM customers");
    auto logUpdate = db.prepare("UPDATE imports SET rows_read = ?, rows_imported = ?, rows_skipped = ?, "
                                "rows_rejected = ? WHERE id = ?");
    if (!customersAfter || !logUpdate)
        return fail(db.lastError("import log"));
    report.newCustomers = *customersAfter - *customersBefore;
    logUpdate->bind(1, report.rowsRead).bind(2, report.rowsImported).bind(3, report.rowsSkipped);
    logUpdate->bind(4, report.rowsRejected).bind(5, report.importId);
    if (auto r = logUpdate->run(); !r)
        return fail(r.error());
    if (ctx.cancelled())
        return fail(ErrorCode::Cancelled, "import cancelled", csvPath);
    if (auto r = tx->commit(); !r)
        return fail(r.error());
    progress.report(1.0);
    return report;
}

}  // namespace clv
