// SPDX-License-Identifier: MIT
#include "core/import/OrderImporter.h"

#include "core/import/CsvReader.h"
#include "core/util/Date.h"
#include "core/util/Sha256.h"
#include "core/util/TextFormat.h"

#include <array>
#include <cctype>
#include <chrono>
#include <cmath>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <optional>
#include <unordered_map>

namespace clv {
namespace {

constexpr std::size_t kMaxValueBytes = 200;
constexpr long kBatchRows = 4096;

// Header names are compared after lower-casing and dropping everything that is not a letter or digit.
std::string normalizeHeader(std::string_view name)
{
    std::string out;
    for (char c : text::toLower(text::trim(name)))
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            out += c;
    return out;
}

// Synonyms in priority order: the first synonym found in the header wins.
constexpr std::array kCustomerNames{"customerid", "customer", "clientid", "client", "userid", "buyerid",
                                    "customeremail", "email", "memberid", "accountid"};
constexpr std::array kDateNames{"orderdate", "date", "createdat", "created", "orderedat", "purchasedate",
                                "transactiondate", "invoicedate", "createddateutc", "createdutc", "paidat", "timestamp"};
constexpr std::array kAmountNames{"amount", "total", "ordertotal", "revenue", "totalprice", "grandtotal", "value",
                                  "ordervalue", "sales", "netsales", "dollarvalue", "price"};
constexpr std::array kOrderIdNames{"orderid", "ordernumber", "orderno", "invoiceno", "invoice", "invoiceid",
                                   "transactionid", "order", "id"};

template <std::size_t N>
int findColumn(const std::vector<std::string>& normalized, const std::array<const char*, N>& synonyms)
{
    for (const char* name : synonyms)
        for (std::size_t i = 0; i < normalized.size(); ++i)
            if (normalized[i] == name)
                return static_cast<int>(i);
    return -1;
}

// "$1,234.50", "-12.00", "(12.00)", "USD 5", "12.5 €" -> cents. Thousands separators ',' are accepted only in
// groups of three before a '.' decimal point; anything else is rejected rather than guessed.
std::optional<std::int64_t> parseAmountCents(std::string_view raw)
{
    std::string_view s = text::trim(raw);
    bool negative = false;
    if (s.size() >= 2 && s.front() == '(' && s.back() == ')') {
        negative = true;
        s = text::trim(s.substr(1, s.size() - 2));
    }
    std::string digits;
    bool sawDigit = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c >= '0' && c <= '9') {
            digits += c;
            sawDigit = true;
        } else if (c == '.') {
            digits += c;
        } else if (c == '-' && !sawDigit && !negative) {
            negative = true;
        } else if (c == ',') {
            const std::size_t nextSep = s.find_first_of(",.", i + 1);
            const std::size_t groupEnd = nextSep == std::string_view::npos ? s.find_first_not_of("0123456789", i + 1)
                                                                           : nextSep;
            const std::size_t group = (groupEnd == std::string_view::npos ? s.size() : groupEnd) - i - 1;
            if (!sawDigit || group != 3)
                return std::nullopt;
        } else if (c == ' ' || c == '+' || (!sawDigit && (std::isalpha(static_cast<unsigned char>(c)) || c == '$'))
                   || static_cast<unsigned char>(c) >= 0x80) {
            continue;  // currency symbols and codes, spaces
        } else {
            return std::nullopt;
        }
    }
    if (!sawDigit)
        return std::nullopt;
    auto value = text::parseDouble(digits);
    if (!value || std::fabs(*value) > 1e13)
        return std::nullopt;
    const auto cents = static_cast<std::int64_t>(std::llround(*value * 100.0));
    return negative ? -cents : cents;
}

std::string nowUtcIso()
{
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm tm{};
    gmtime_r(&now, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

struct Columns {
    int customer = -1, date = -1, amount = -1, orderId = -1;
};

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

}  // namespace

Result<ImportReport> importOrdersCsv(Database& db, const std::string& csvPath, const TaskContext& ctx)
{
    std::error_code ec;
    if (!std::filesystem::exists(csvPath, ec))
        return fail(ErrorCode::FileNotFound, "no such file", csvPath);
    const auto fileSize = std::filesystem::file_size(csvPath, ec);
    std::ifstream in(csvPath, std::ios::binary);
    if (!in || ec)
        return fail(ErrorCode::FileRead, "cannot read the file", csvPath);

    std::string sample(4096, '\0');
    in.read(sample.data(), static_cast<std::streamsize>(sample.size()));
    sample.resize(static_cast<std::size_t>(in.gcount()));
    in.clear();
    in.seekg(0);

    Sha256 hash;
    CsvReader reader(in, {CsvReader::sniffDelimiter(sample), '"'}, [&hash](const char* d, std::size_t n) { hash.update(d, n); });
    std::vector<std::string> header;
    if (!reader.next(header))
        return fail(ErrorCode::NoData, "the file is empty", csvPath);
    std::vector<std::string> normalized;
    for (const auto& h : header)
        normalized.push_back(normalizeHeader(h));
    Columns cols{findColumn(normalized, kCustomerNames), findColumn(normalized, kDateNames),
                 findColumn(normalized, kAmountNames), findColumn(normalized, kOrderIdNames)};
    const char* missing = cols.customer < 0 ? "customer id" : (cols.date < 0 ? "order date" : (cols.amount < 0 ? "amount" : nullptr));
    if (missing)
        return fail(ErrorCode::Parse, std::string("the header has no ") + missing + " column", csvPath, reader.recordLine());

    ImportReport report;
    report.file = csvPath;
    report.customerColumn = header[static_cast<std::size_t>(cols.customer)];
    report.dateColumn = header[static_cast<std::size_t>(cols.date)];
    report.amountColumn = header[static_cast<std::size_t>(cols.amount)];
    if (cols.orderId >= 0)
        report.orderIdColumn = header[static_cast<std::size_t>(cols.orderId)];

    auto tx = Transaction::begin(db);
    if (!tx)
        return fail(tx.error());
    auto logInsert = db.prepare("INSERT INTO imports(file_name, fingerprint, imported_at, kind) VALUES (?, '', ?, 'orders')");
    auto customerUpsert = db.prepare("INSERT INTO customers(external_id) VALUES (?) ON CONFLICT(external_id) "
                                     "DO UPDATE SET external_id = excluded.external_id RETURNING id");
    auto orderInsert = db.prepare("INSERT INTO orders(customer_id, import_id, source_order, source_line, order_day, "
                                  "amount_cents) VALUES (?, ?, ?, ?, ?, ?)");
    auto customersBefore = db.queryInt("SELECT count(*) FROM customers");
    if (!logInsert || !customerUpsert || !orderInsert || !customersBefore)
        return fail(db.lastError("prepare import"));
    logInsert->bind(1, std::filesystem::path(csvPath).filename().string()).bind(2, nowUtcIso());
    if (auto r = logInsert->run(); !r)
        return fail(r.error());
    report.importId = db.lastInsertRowId();

    std::unordered_map<std::string, std::int64_t> customerIds;
    ProgressThrottle progress(ctx);
    std::vector<std::string> fields;
    while (reader.next(fields)) {
        ++report.rowsRead;
        const long line = reader.recordLine();
        if (report.rowsRead % kBatchRows == 0) {
            if (ctx.cancelled())
                return fail(ErrorCode::Cancelled, "import cancelled", csvPath);
            progress.report(fileSize ? static_cast<double>(reader.bytesConsumed()) / static_cast<double>(fileSize) : 0.0);
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
            continue;
        }
        const std::string& dateText = fields[static_cast<std::size_t>(cols.date)];
        const auto date = Date::parse(text::trim(dateText));
        if (!date) {
            addIssue(report, line, cols.date + 1, header, dateText, "bad-date");
            continue;
        }
        const std::string& amountText = fields[static_cast<std::size_t>(cols.amount)];
        const auto cents = parseAmountCents(amountText);
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
        orderInsert->bind(1, it->second).bind(2, report.importId);
        if (cols.orderId >= 0 && !text::trim(fields[static_cast<std::size_t>(cols.orderId)]).empty())
            orderInsert->bind(3, text::trim(fields[static_cast<std::size_t>(cols.orderId)]));
        else
            orderInsert->bindNull(3);
        orderInsert->bind(4, static_cast<std::int64_t>(line)).bind(5, static_cast<std::int64_t>(date->days)).bind(6, *cents);
        if (auto r = orderInsert->run(); !r)
            return fail(r.error());
        ++report.rowsImported;
    }
    report.fingerprint = hash.hexDigest();
    if (report.rowsRead == 0)
        return fail(ErrorCode::NoData, "the file has a header but no data rows", csvPath, 2);
    if (report.rowsImported == 0) {
        report.importId = 0;
        return report;  // the transaction rolls back: nothing is stored
    }
    auto customersAfter = db.queryInt("SELECT count(*) FROM customers");
    auto logUpdate = db.prepare("UPDATE imports SET fingerprint = ?, rows_read = ?, rows_imported = ?, rows_rejected = ? "
                                "WHERE id = ?");
    if (!customersAfter || !logUpdate)
        return fail(db.lastError("import log"));
    report.newCustomers = *customersAfter - *customersBefore;
    logUpdate->bind(1, report.fingerprint).bind(2, report.rowsRead).bind(3, report.rowsImported);
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
