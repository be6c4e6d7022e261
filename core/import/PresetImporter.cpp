// SPDX-License-Identifier: MIT
// The preset path of the orders import: line rows grouped into orders, statuses excluded, refunds and
// cancellations stored as negative orders, quantity x unit price where there is no amount.
#include "core/import/ImportInternal.h"
#include "core/import/ImportWriter.h"

#include "core/util/TextFormat.h"

#include <cmath>
#include <functional>

namespace clv::importdetail {
namespace {

constexpr long kBatchRows = 4096;

bool matchesAny(std::string_view value, const std::vector<std::string>& list)
{
    const std::string v = text::toLower(text::trim(value));
    if (v.empty())
        return false;
    for (const auto& item : list)
        if (text::toLower(text::trim(item)) == v)
            return true;
    return false;
}

enum class GroupState { Ok, Rejected, Excluded };

struct PendingOrder {
    bool active = false;
    GroupState state = GroupState::Ok;
    std::string reason;  // why the group was rejected
    std::string orderId, customer;
    std::int64_t day = 0, cents = 0, refundCents = 0, refundDay = 0;
    bool haveAmount = false, negative = false;
    std::vector<long> lines;  // rows of the order that are not yet counted
};

class OrderBuilder {
public:
    OrderBuilder(const ImportPreset& preset, const ImportProfile& profile, DateOrder dates, DecimalSeparator decimal,
                 TimeBasis basis, ImportReport& report, ImportWriter& writer)
        : m_preset(preset), m_profile(profile), m_dates(dates), m_decimal(decimal), m_basis(basis), m_report(report),
          m_writer(writer)
    {
    }

    Result<void> row(const std::vector<std::string>& fields, long line)
    {
        const std::string orderId(cell(fields, ColumnRole::OrderId));
        if (m_preset.groupLines && m_pending.active && !orderId.empty() && orderId == m_pending.orderId
            && customerOf(fields) == m_pending.customer) {
            continuation(fields, line);
            return {};
        }
        if (auto r = flush(); !r)
            return r;
        start(fields, line, orderId);
        return {};
    }

    Result<void> flush()
    {
        if (!m_pending.active || m_pending.state != GroupState::Ok) {
            m_pending = {};
            return {};
        }
        const PendingOrder p = std::move(m_pending);
        m_pending = {};
        auto customer = m_writer.customer(p.customer);
        if (!customer)
            return fail(customer.error());
        const std::int64_t cents = p.negative ? -std::llabs(p.cents) : p.cents;
        auto stored = m_writer.order(*customer, p.orderId, p.lines.front(), p.day, cents);
        if (!stored)
            return fail(stored.error());
        const auto rows = static_cast<std::int64_t>(p.lines.size());
        (*stored ? m_report.rowsImported : m_report.rowsSkipped) += rows;
        (*stored ? m_report.ordersImported : m_report.ordersSkipped) += 1;
        m_report.refundsImported += *stored && cents < 0 ? 1 : 0;
        if (p.refundCents > 0) {
            auto refund = m_writer.order(*customer, p.orderId, p.lines.front(), p.refundDay, -p.refundCents);
            if (!refund)
                return fail(refund.error());
            (*refund ? m_report.ordersImported : m_report.ordersSkipped) += 1;
            m_report.refundsImported += *refund ? 1 : 0;
        }
        return {};
    }

private:
    int col(ColumnRole role) const { return roleColumn(m_profile, role); }
    std::string_view cell(const std::vector<std::string>& fields, ColumnRole role) const
    {
        const int c = col(role);
        return c >= 0 ? text::trim(fields[static_cast<std::size_t>(c)]) : std::string_view();
    }
    void reject(long line, int column, std::string_view value, std::string_view reason)
    {
        appendIssue(m_report, line, column, m_profile.header, value, reason);
        ++m_report.rowsRejected;
        if (reason == "missing-customer-id")
            ++m_report.rowsMissingCustomer;
    }
    void exclude(long line, std::string_view value)
    {
        appendIssue(m_report, line, col(ColumnRole::Status) + 1, m_profile.header, value, "excluded-status");
        ++m_report.rowsExcluded;
    }
    void rejectGroup(const std::string& reason)
    {
        m_pending.state = GroupState::Rejected;
        m_pending.reason = reason;
        for (long l : m_pending.lines)
            reject(l, 0, m_pending.orderId, "part-of-rejected-order");
        m_pending.lines.clear();
    }

    std::optional<std::int64_t> money(const std::vector<std::string>& fields, long line, ColumnRole role,
                                      const char* reason)
    {
        const std::string_view text = cell(fields, role);
        auto cents = parseAmountCents(text, m_decimal);
        if (!cents)
            reject(line, col(role) + 1, text, reason);
        return cents;
    }

    // The row's money: the Amount cell, else quantity x unit price. Rejects the row (and says so) when unreadable.
    std::optional<std::int64_t> amount(const std::vector<std::string>& fields, long line)
    {
        if (col(ColumnRole::Amount) >= 0 && !cell(fields, ColumnRole::Amount).empty())
            return money(fields, line, ColumnRole::Amount, "bad-amount");
        if (col(ColumnRole::Quantity) < 0 || col(ColumnRole::UnitPrice) < 0) {
            reject(line, col(ColumnRole::Amount) + 1, "", "missing-amount");
            return std::nullopt;
        }
        auto quantity = money(fields, line, ColumnRole::Quantity, "bad-quantity");
        if (!quantity)
            return std::nullopt;
        auto price = money(fields, line, ColumnRole::UnitPrice, "bad-unit-price");
        if (!price)
            return std::nullopt;
        const long double product = static_cast<long double>(*quantity) * static_cast<long double>(*price) / 100.0L;
        if (std::fabs(product) > 1e15L) {
            reject(line, col(ColumnRole::Quantity) + 1, cell(fields, ColumnRole::Quantity), "bad-quantity");
            return std::nullopt;
        }
        return static_cast<std::int64_t>(std::llround(product));
    }

    void continuation(const std::vector<std::string>& fields, long line)
    {
        if (m_pending.state == GroupState::Excluded) {
            exclude(line, cell(fields, ColumnRole::Status));
            return;
        }
        if (m_pending.state == GroupState::Rejected) {
            const bool noCustomer = m_pending.reason == "missing-customer-id";
            reject(line, 0, m_pending.orderId, noCustomer ? "missing-customer-id" : "part-of-rejected-order");
            return;
        }
        if (m_preset.amountOnFirstRow) {
            if (!m_pending.haveAmount && !cell(fields, ColumnRole::Amount).empty()) {
                auto cents = amount(fields, line);
                if (!cents)
                    return rejectGroup("bad-amount");
                m_pending.cents = *cents;
                m_pending.haveAmount = true;
            }
            m_pending.lines.push_back(line);
            return;
        }
        auto cents = amount(fields, line);
        if (!cents)
            return rejectGroup("bad-amount");
        m_pending.cents += *cents;
        m_pending.lines.push_back(line);
    }

    std::string customerOf(const std::vector<std::string>& fields) const
    {
        std::string customer(cell(fields, ColumnRole::Customer));
        if (customer.empty())
            customer = std::string(cell(fields, ColumnRole::CustomerFallback));
        if (m_preset.stripDecimalZeroFromCustomer && customer.size() > 2 && customer.ends_with(".0"))
            customer.resize(customer.size() - 2);
        return customer;
    }

    void start(const std::vector<std::string>& fields, long line, const std::string& orderId)
    {
        m_pending = {};
        m_pending.active = true;
        m_pending.orderId = orderId;
        m_pending.customer = customerOf(fields);
        const std::string_view status = cell(fields, ColumnRole::Status);
        if (matchesAny(status, m_preset.excludeStatuses)) {
            m_pending.state = GroupState::Excluded;
            exclude(line, status);
            return;
        }
        if (m_pending.customer.empty()) {
            m_pending.state = GroupState::Rejected;
            m_pending.reason = "missing-customer-id";
            reject(line, col(ColumnRole::Customer) + 1, "", "missing-customer-id");
            return;
        }
        const std::string_view dateText = cell(fields, ColumnRole::Date);
        const auto date = parseDateTime(dateText, m_dates);
        if (!date) {
            m_pending.state = GroupState::Rejected;
            m_pending.reason = "bad-date";
            reject(line, col(ColumnRole::Date) + 1, dateText, "bad-date");
            return;
        }
        m_pending.day = date->day(m_basis).days;
        auto cents = amount(fields, line);
        if (!cents) {
            m_pending.state = GroupState::Rejected;
            m_pending.reason = "bad-amount";
            return;
        }
        m_pending.cents = *cents;
        m_pending.haveAmount = true;
        if (!refund(fields, line))
            return;
        m_pending.negative = matchesAny(status, m_preset.refundStatuses)
            || matchesAny(cell(fields, ColumnRole::EventType), m_preset.refundStatuses)
            || (!m_preset.cancelPrefix.empty() && orderId.starts_with(m_preset.cancelPrefix));
        m_pending.lines.push_back(line);
    }

    bool refund(const std::vector<std::string>& fields, long line)
    {
        const std::string_view refundText = cell(fields, ColumnRole::RefundAmount);
        if (refundText.empty())
            return true;
        auto refund = parseAmountCents(refundText, m_decimal);
        const std::string_view refundDate = cell(fields, ColumnRole::RefundDate);
        auto day = refundDate.empty() ? std::optional<DateTimeValue>() : parseDateTime(refundDate, m_dates);
        if (!refund || (!refundDate.empty() && !day)) {
            m_pending.state = GroupState::Rejected;
            m_pending.reason = refund ? "bad-refund-date" : "bad-refund-amount";
            const ColumnRole role = refund ? ColumnRole::RefundDate : ColumnRole::RefundAmount;
            reject(line, col(role) + 1, refund ? refundDate : refundText, m_pending.reason);
            return false;
        }
        m_pending.refundCents = std::llabs(*refund);
        m_pending.refundDay = day ? day->day(m_basis).days : m_pending.day;
        return true;
    }

    const ImportPreset& m_preset;
    const ImportProfile& m_profile;
    DateOrder m_dates;
    DecimalSeparator m_decimal;
    TimeBasis m_basis;
    ImportReport& m_report;
    ImportWriter& m_writer;
    PendingOrder m_pending;
};

std::string headerName(const ImportProfile& profile, int column)
{
    return column >= 0 ? profile.header[static_cast<std::size_t>(column)] : std::string();
}

}  // namespace

Result<ImportReport> importOrdersWithPreset(Database& db, const std::string& csvPath, const ImportOptions& options,
                                            const ImportPreset& preset, const TaskContext& ctx)
{
    auto firstPass = profileForImport(csvPath, options, ctx);
    if (!firstPass)
        return fail(firstPass.error());
    const ImportProfile* profile = &firstPass->profile;
    const DateOrder* dateOrder = &firstPass->dateOrder;
    const DecimalSeparator* decimal = &firstPass->decimal;

    ImportReport report;
    report.file = csvPath;
    report.encoding = profile->encoding;
    report.delimiter = profile->delimiter;
    report.dateOrder = *dateOrder;
    report.decimal = *decimal;
    report.preset = preset.id;
    report.kind = "orders";
    report.customerColumn = headerName(*profile, profile->columns.customer);
    report.dateColumn = headerName(*profile, profile->columns.date);
    report.amountColumn = headerName(*profile, profile->columns.amount);
    report.orderIdColumn = headerName(*profile, profile->columns.orderId);

    ImportOptions fixed = options;
    fixed.delimiter = profile->delimiter;
    auto input = CsvInput::open(csvPath, fixed);
    if (!input)
        return fail(input.error());
    CsvReader& reader = (*input)->reader();
    auto writer = ImportWriter::begin(db, csvPath, profile->fingerprint, "orders", preset.id, report);
    if (!writer)
        return fail(writer.error());
    OrderBuilder builder(preset, *profile, *dateOrder, *decimal, options.timeBasis, report, **writer);
    ProgressThrottle progress(ctx);
    const double fileSize = static_cast<double>((*input)->fileSize());
    const auto& header = profile->header;
    std::vector<std::string> fields;
    if (options.hasHeader)
        reader.next(fields);
    while (reader.next(fields)) {
        ++report.rowsRead;
        const long line = reader.recordLine();
        if (report.rowsRead % kBatchRows == 0) {
            if (ctx.cancelled())
                return fail(ErrorCode::Cancelled, "import cancelled", csvPath);
            const double done = fileSize > 0 ? static_cast<double>((*input)->buffer().rawBytesRead()) / fileSize : 0.0;
            progress.report(kProfileShare + (1.0 - kProfileShare) * std::min(done, 0.999));
        }
        if (reader.unterminatedQuote() || fields.size() != header.size()) {
            const bool quote = reader.unterminatedQuote();
            appendIssue(report, line, 0, header,
                        quote ? (fields.empty() ? "" : fields.back())
                              : std::to_string(fields.size()) + " fields, header has " + std::to_string(header.size()),
                        quote ? "unterminated-quote" : "ragged-row");
            ++report.rowsRejected;
            continue;
        }
        if (auto r = builder.row(fields, line); !r)
            return fail(r.error());
    }
    if (auto r = builder.flush(); !r)
        return fail(r.error());
    if ((*input)->buffer().readError())
        return fail(ErrorCode::FileRead, "read error", csvPath);
    report.fingerprint = (*input)->buffer().fingerprint();
    if (report.fingerprint != profile->fingerprint)
        return fail(ErrorCode::FileRead, "the file changed while it was being imported; nothing was stored", csvPath);
    if (auto r = (*writer)->finish(report, report.ordersImported > 0, ctx); !r)
        return fail(r.error());
    progress.report(1.0);
    return report;
}

}  // namespace clv::importdetail
