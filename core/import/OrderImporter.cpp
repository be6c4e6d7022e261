// SPDX-License-Identifier: MIT
#include "core/import/OrderImporter.h"

#include "core/import/BulkLoad.h"
#include "core/import/ImportInternal.h"
#include "core/import/OccurrenceCounter.h"
#include "core/import/OrderRecordReader.h"
#include "core/import/TextIdMap.h"
#include "core/util/TextFormat.h"

#include <sqlite3.h>

#include <chrono>
#include <ctime>
#include <filesystem>
#include <functional>
#include <limits>
#include <string_view>

namespace clv {
namespace {

constexpr int kInsertBatch = 64;  // rows per multi-row INSERT into an empty orders table (7 parameters each)

std::string nowUtcIso()
{
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm tm{};
    gmtime_r(&now, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
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

Result<FirstPass> profileForImport(const std::string& csvPath, const ImportOptions& options, const TaskContext& ctx)
{
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
    return FirstPass{std::move(*profile), *dateOrder, *decimal};
}

}  // namespace importdetail

Result<ImportReport> importOrdersCsv(Database& db, const std::string& csvPath, const TaskContext& ctx)
{
    return importOrdersCsv(db, csvPath, ImportOptions{}, ctx);
}

namespace {

/// Records read ahead to decide the columns and value formats before writing; the rest of the file is checked
/// against them while it is written (one read of the file instead of two).
constexpr std::int64_t kHeadRows = 20000;

/// The write pass of the generic orders import. With `verify`, `first` was decided on the head of the file only:
/// every record is also checked for UTF-8 and its dates and amounts are added to the format evidence; at the end a
/// format error over the whole file fails the import (nothing stored) and a different choice sets `redo` (the
/// caller profiles the whole file and writes again).
Result<ImportReport> writeOrders(Database& db, const std::string& csvPath, const ImportOptions& options,
                                 const importdetail::FirstPass& first, bool verify, const TaskContext& ctx,
                                 bool& redo)
{
    using namespace importdetail;
    redo = false;
    const ImportProfile& profile = first.profile;
    const DateOrder dateOrder = first.dateOrder;
    const DecimalSeparator decimal = first.decimal;

    ImportReport report;
    report.file = csvPath;
    report.encoding = profile.encoding;
    report.kind = "orders";
    report.delimiter = profile.delimiter;
    report.dateOrder = dateOrder;
    report.decimal = decimal;
    const ColumnMapping cols = profile.columns;
    const std::vector<std::string>& header = profile.header;
    report.customerColumn = header[static_cast<std::size_t>(cols.customer)];
    report.dateColumn = header[static_cast<std::size_t>(cols.date)];
    report.amountColumn = header[static_cast<std::size_t>(cols.amount)];
    if (cols.orderId >= 0)
        report.orderIdColumn = header[static_cast<std::size_t>(cols.orderId)];

    // Read again (the fingerprint proves it is the same bytes as the profile) and store in one transaction.
    ImportOptions fixed = options;
    fixed.delimiter = profile.delimiter;
    auto input = CsvInput::open(csvPath, fixed);
    if (!input)
        return fail(input.error());

    ForeignKeysOffGuard foreignKeysOff(db);
    CacheSizeGuard cacheSize(db);
    auto tx = Transaction::begin(db);
    if (!tx)
        return fail(tx.error());
    auto previous = db.prepare("SELECT coalesce(min(id), 0) FROM imports WHERE fingerprint = ? AND id <> ?");
    auto logInsert = db.prepare("INSERT INTO imports(file_name, fingerprint, imported_at, kind, preset) "
                                "VALUES (?, ?, ?, 'orders', ?)");
    auto customersBefore = db.queryInt("SELECT count(*) FROM customers");
    auto maxCustomer = db.queryInt("SELECT coalesce(max(id), 0) FROM customers");
    auto ordersEmpty = db.queryInt("SELECT NOT EXISTS (SELECT 1 FROM orders)");
    if (!previous || !logInsert || !customersBefore || !maxCustomer || !ordersEmpty)
        return fail(db.lastError("prepare import"));
    // An empty project: nothing can be skipped, so the orders go in without the secondary indexes (random inserts
    // into the natural-key index dominate otherwise) and the indexes are built once at the end, in this same
    // transaction (a cancel or failure rolls the drop back too). Into an empty customers table the reader thread
    // numbers the customers itself, instead of an upsert per new customer.
    const bool freshOrders = *ordersEmpty != 0;
    const bool freshCustomers = *customersBefore == 0;
    const std::int64_t firstNewCustomerId = *maxCustomer + 1;
    DeferredIndexes deferredIndexes;
    if (freshOrders) {
        auto indexes = dropIndexesForBulkLoad(db, "orders");
        if (!indexes)
            return fail(indexes.error());
        deferredIndexes = std::move(*indexes);
    }
    auto customerUpsert = db.prepare("INSERT INTO customers(external_id) VALUES (?) ON CONFLICT(external_id) DO UPDATE "
                                     "SET external_id = excluded.external_id RETURNING id");
    // Into a table with rows: one row at a time, skipping the ones already stored (natural key).
    auto orderInsert = db.prepare("INSERT INTO orders(customer_id, import_id, source_order, source_line, order_day, "
                                  "amount_cents, source_seq) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING");
    if (!customerUpsert || !orderInsert)
        return fail(db.lastError("prepare import"));
    // Into an empty table every valid row is stored, so rows are bound into a multi-row INSERT (kInsertBatch rows
    // per statement); the rows of the last, partial batch go through a statement of exactly that size.
    // OR FAIL: a failing row keeps the earlier rows of its statement, so SQLite needs no statement journal (with
    // plain INSERT it copies every page a multi-row statement touches to a temporary file first: over a million
    // extra writes on a large file). Any failure rolls the whole import back anyway.
    auto batchSql = [](int rows) {
        return multiRowInsertSql("INSERT OR FAIL INTO orders(customer_id, import_id, source_order, source_line, "
                                 "order_day, amount_cents, source_seq)",
                                 7, rows);
    };
    auto customerSql = [](int rows) {
        return multiRowInsertSql("INSERT OR FAIL INTO customers(id, external_id)", 2, rows);
    };
    Statement batchInsert;
    if (freshOrders) {
        auto stmt = db.prepare(batchSql(kInsertBatch));
        if (!stmt)
            return fail(stmt.error());
        batchInsert = std::move(*stmt);
    }
    int batched = 0;
    struct PendingOrder {
        std::int64_t customer = 0, line = 0, day = 0, cents = 0, seq = 0;
        std::string orderId;  // empty: NULL
    };
    std::vector<PendingOrder> pending(freshOrders ? static_cast<std::size_t>(kInsertBatch) : 0);
    auto flushPending = [&](Statement& stmt, int rows) -> Result<void> {
        for (int r = 0; r < rows; ++r) {
            const PendingOrder& p = pending[static_cast<std::size_t>(r)];
            const int base = r * 7;
            stmt.bind(base + 1, p.customer).bind(base + 2, report.importId);
            if (p.orderId.empty())
                stmt.bindNull(base + 3);
            else
                stmt.bind(base + 3, std::string_view(p.orderId));
            stmt.bind(base + 4, p.line).bind(base + 5, p.day).bind(base + 6, p.cents).bind(base + 7, p.seq);
        }
        return stmt.run();
    };
    logInsert->bind(1, std::filesystem::path(csvPath).filename().string()).bind(2, profile.fingerprint);
    logInsert->bind(3, nowUtcIso());
    if (options.preset.empty())
        logInsert->bindNull(4);
    else
        logInsert->bind(4, options.preset);
    if (auto r = logInsert->run(); !r)
        return fail(r.error());
    report.importId = db.lastInsertRowId();

    TextIdMap customerIds;
    // New customers of a fresh project go in 64 to a statement, like the orders (ids are numbered here).
    constexpr int kCustomerBatch = 64;
    std::vector<std::pair<std::int64_t, std::string>> pendingCustomers;
    Statement customerBatch;
    if (freshCustomers) {
        auto stmt = db.prepare(customerSql(kCustomerBatch));
        if (!stmt)
            return fail(stmt.error());
        customerBatch = std::move(*stmt);
        pendingCustomers.reserve(kCustomerBatch);
    }
    auto flushCustomers = [&](Statement& stmt) -> Result<void> {
        for (std::size_t r = 0; r < pendingCustomers.size(); ++r) {
            const int base = static_cast<int>(r) * 2;
            stmt.bind(base + 1, pendingCustomers[r].first).bind(base + 2, std::string_view(pendingCustomers[r].second));
        }
        auto run = stmt.run();
        pendingCustomers.clear();
        return run;
    };
    SequenceNumberer numbering(freshOrders);
    ProgressThrottle progress(ctx);
    const double fileSize = static_cast<double>((*input)->fileSize());
    OrderRecordReader records({input->get(), &profile, dateOrder, decimal, options.timeBasis, options.hasHeader,
                               verify, csvPath, freshCustomers ? firstNewCustomerId : 0});
    const double profileShare = verify ? 0.0 : kProfileShare;  // a head-only profile took no time worth showing
    while (auto batch = records.next()) {
        report.rowsRead += batch->recordsRead;
        report.rowsRejected += static_cast<std::int64_t>(batch->issues.size());
        report.rowsMissingCustomer += batch->missingCustomer;
        for (ImportIssue& issue : batch->issues)
            report.issues.push_back(std::move(issue));
        if (batch->error)
            return fail(*batch->error);
        if (ctx.cancelled())
            return fail(ErrorCode::Cancelled, "import cancelled", csvPath);
        const double done = fileSize > 0 ? static_cast<double>(records.bytesRead()) / fileSize : 0.0;
        progress.report(profileShare + (1.0 - profileShare) * std::min(done, 0.999));
        for (const NewCustomer& c : batch->newCustomers) {  // numbered by the reader (fresh project)
            pendingCustomers.emplace_back(c.id, std::string(batch->customer(c)));
            if (static_cast<int>(pendingCustomers.size()) == kCustomerBatch)
                if (auto r = flushCustomers(customerBatch); !r)
                    return fail(r.error());
        }
        const std::vector<ParsedOrder>& rows = batch->rows;
        for (std::size_t k = 0; k < rows.size(); ++k) {
            if (!freshCustomers && k + 8 < rows.size())
                customerIds.prefetch(rows[k + 8].customerHash);
            const ParsedOrder& row = rows[k];
            const long line = row.line;
            const std::string_view customer = batch->customer(row);
            const std::int64_t cents = row.cents;
            std::optional<std::int64_t> known = row.customerId > 0 ? std::optional<std::int64_t>(row.customerId)
                                                                   : customerIds.find(customer, row.customerHash);
            if (!known) {  // a project with customers already: find or add this one in SQL
                if (!customerIds.canGrow(customer.size()))
                    return fail(ErrorCode::InvalidArgument, "too many distinct customer ids in one file (over 4 GiB)",
                                csvPath, line, cols.customer + 1);
                customerUpsert->bind(1, customer);
                auto found = customerUpsert->step();
                if (!found || !*found)
                    return fail(found ? db.lastError("customer") : found.error());
                const std::int64_t id = customerUpsert->columnInt(0);
                customerUpsert->reset();
                customerIds.insert(customer, id, row.customerHash);
                known = id;
            }
            const std::int64_t customerId = *known;
            const std::string_view orderId = batch->orderId(row);
            const std::int64_t day = row.day;
            std::uint64_t key = mix(row.orderHash, static_cast<std::uint64_t>(customerId));
            key = mix(mix(key, static_cast<std::uint64_t>(day)), static_cast<std::uint64_t>(cents));
            // Into an empty table only the current day's keys are kept (see SequenceNumberer).
            const std::int64_t seq = numbering.next(key, day);

            if (freshOrders) {
                PendingOrder& p = pending[static_cast<std::size_t>(batched)];
                p.customer = customerId;
                p.line = line;
                p.day = day;
                p.cents = cents;
                p.seq = seq;
                p.orderId.assign(orderId);
                ++report.rowsImported;
                report.refundsImported += cents < 0 ? 1 : 0;
                if (++batched == kInsertBatch) {
                    if (auto r = flushPending(batchInsert, batched); !r)
                        return fail(r.error());
                    batched = 0;
                }
                continue;
            }
            orderInsert->bind(1, customerId).bind(2, report.importId);
            if (orderId.empty())
                orderInsert->bindNull(3);
            else
                orderInsert->bind(3, orderId);
            orderInsert->bind(4, static_cast<std::int64_t>(line)).bind(5, day).bind(6, cents).bind(7, seq);
            if (auto r = orderInsert->run(); !r)
                return fail(r.error());
            if (sqlite3_changes64(db.handle()) > 0) {
                ++report.rowsImported;
                report.refundsImported += cents < 0 ? 1 : 0;
            } else
                ++report.rowsSkipped;
        }
    }
    // (A read error ended the reader with a failed batch above.)
    if (!pendingCustomers.empty()) {
        auto tail = db.prepare(customerSql(static_cast<int>(pendingCustomers.size())));
        if (!tail)
            return fail(tail.error());
        if (auto r = flushCustomers(*tail); !r)
            return fail(r.error());
    }
    if (batched > 0) {
        auto tail = db.prepare(batchSql(batched));
        if (!tail)
            return fail(tail.error());
        if (auto r = flushPending(*tail, batched); !r)
            return fail(r.error());
    }
    report.fingerprint = (*input)->buffer().fingerprint();
    if (verify) {
        // The formats chosen from the head must be those the whole file asks for.
        ImportProfile whole = profile;
        whole.rows = report.rowsRead;
        records.formats().finish(whole);
        auto wholeDate = chooseDateOrder(options, whole);
        if (!wholeDate)
            return fail(wholeDate.error());
        auto wholeDecimal = chooseDecimal(options, whole);
        if (!wholeDecimal)
            return fail(wholeDecimal.error());
        if (*wholeDate != dateOrder || *wholeDecimal != decimal) {
            redo = true;
            return fail(ErrorCode::Internal, "the value formats of the file differ from those of its first rows");
        }
    } else if (report.fingerprint != profile.fingerprint) {
        return fail(ErrorCode::FileRead, "the file changed while it was being imported; nothing was stored", csvPath);
    }
    previous->bind(1, report.fingerprint).bind(2, report.importId);
    if (auto row = previous->step(); row && *row)
        report.previousImportId = previous->columnInt(0);
    previous->reset();
    report.ordersImported = report.rowsImported;
    report.ordersSkipped = report.rowsSkipped;
    if (report.rowsImported == 0) {
        report.importId = 0;
        return report;  // the transaction rolls back: nothing is stored
    }
    if (numbering.needsRenumber())
        if (auto r = renumberSourceSeq(db); !r)
            return fail(r.error());
    if (auto r = rebuildIndexes(db, deferredIndexes, ctx, csvPath); !r)
        return fail(r.error());
    auto customersAfter = db.queryInt("SELECT count(*) FROM customers");
    auto logUpdate = db.prepare("UPDATE imports SET rows_read = ?, rows_imported = ?, rows_skipped = ?, "
                                "rows_rejected = ?, fingerprint = ? WHERE id = ?");
    if (!customersAfter || !logUpdate)
        return fail(db.lastError("import log"));
    report.newCustomers = *customersAfter - *customersBefore;
    logUpdate->bind(1, report.rowsRead).bind(2, report.rowsImported).bind(3, report.rowsSkipped);
    logUpdate->bind(4, report.rowsRejected).bind(5, report.fingerprint).bind(6, report.importId);
    if (auto r = logUpdate->run(); !r)
        return fail(r.error());
    if (ctx.cancelled())
        return fail(ErrorCode::Cancelled, "import cancelled", csvPath);
    if (auto r = tx->commit(); !r)
        return fail(r.error());
    progress.report(1.0);
    return report;
}

/// The columns and value formats from the head of the file (the whole file when it is short); when the head
/// cannot decide a format the whole file is profiled first. `complete` tells whether the profile saw every row.
Result<importdetail::FirstPass> headForImport(const std::string& csvPath, const ImportOptions& options,
                                              const TaskContext& ctx, bool& complete)
{
    using namespace importdetail;
    const TaskContext headCtx{ctx.stop, {}};
    auto head = profileRows(csvPath, options, headCtx, kHeadRows, complete);
    if (!head)
        return fail(head.error());
    if (complete && head->rows == 0)
        return fail(ErrorCode::NoData, "the file has a header but no data rows", csvPath, 2);
    auto dateOrder = chooseDateOrder(options, *head);
    auto decimal = dateOrder ? chooseDecimal(options, *head) : Result<DecimalSeparator>(fail(dateOrder.error()));
    if (dateOrder && decimal)
        return FirstPass{std::move(*head), *dateOrder, *decimal};
    if (complete)
        return fail(decimal.error());
    complete = true;  // the rest of the file may settle it: look at everything first
    return profileForImport(csvPath, options, ctx);
}

}  // namespace

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
    bool complete = false;
    auto first = headForImport(csvPath, options, ctx, complete);
    if (!first)
        return fail(first.error());
    bool redo = false;
    auto report = writeOrders(db, csvPath, options, *first, !complete, ctx, redo);
    if (report || !redo)
        return report;
    // Rare: later rows changed the verdict (e.g. the first day-first date after 20,000 ambiguous ones). Nothing was
    // stored; profile the whole file and write again with the formats it asks for.
    auto whole = profileForImport(csvPath, options, ctx);
    if (!whole)
        return fail(whole.error());
    return writeOrders(db, csvPath, options, *whole, false, ctx, redo);
}

}  // namespace clv
