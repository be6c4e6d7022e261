// SPDX-License-Identifier: MIT
// Subscriptions exports (Stripe subscriptions, generic) into the subscriptions table.
#include "core/import/ImportInternal.h"
#include "core/import/ImportWriter.h"

#include "core/util/TextFormat.h"

#include <algorithm>

namespace clv {
namespace {

using namespace importdetail;

constexpr long kBatchRows = 4096;

bool listed(std::string_view value, const std::vector<std::string>& list)
{
    const std::string v = text::toLower(text::trim(value));
    for (const auto& item : list)
        if (!v.empty() && text::toLower(item) == v)
            return true;
    return false;
}

struct SubscriptionRow {
    std::string customer;
    std::int64_t priceCents = 0;
    std::int64_t startDay = 0;
    std::optional<std::int64_t> cancelDay;
};

class RowReader {
public:
    RowReader(const ImportPreset& preset, const ImportProfile& profile, DateOrder dates, DecimalSeparator decimal,
              TimeBasis basis, ImportReport& report)
        : m_preset(preset), m_profile(profile), m_dates(dates), m_decimal(decimal), m_basis(basis), m_report(report)
    {
    }

    std::string_view cell(const std::vector<std::string>& fields, ColumnRole role) const
    {
        const int c = roleColumn(m_profile, role);
        return c >= 0 ? text::trim(fields[static_cast<std::size_t>(c)]) : std::string_view();
    }

    // The row's values, or nullopt after listing why the row is not stored.
    std::optional<SubscriptionRow> read(const std::vector<std::string>& fields, long line)
    {
        const std::string_view status = cell(fields, ColumnRole::Status);
        if (listed(status, m_preset.excludeStatuses)) {
            appendIssue(m_report, line, roleColumn(m_profile, ColumnRole::Status) + 1, m_profile.header, status,
                        "excluded-status");
            ++m_report.rowsExcluded;
            return std::nullopt;
        }
        SubscriptionRow row;
        row.customer = std::string(cell(fields, ColumnRole::Customer));
        if (row.customer.empty())
            row.customer = std::string(cell(fields, ColumnRole::CustomerFallback));
        if (row.customer.empty()) {
            ++m_report.rowsMissingCustomer;
            return reject(line, ColumnRole::Customer, "", "missing-customer-id");
        }
        const std::string_view startText = cell(fields, ColumnRole::StartDate);
        const auto start = parseDateTime(startText, m_dates);
        if (!start)
            return reject(line, ColumnRole::StartDate, startText, "bad-date");
        row.startDay = start->day(m_basis).days;
        const std::string_view priceText = cell(fields, ColumnRole::Amount);
        const auto price = parseAmountCents(priceText, m_decimal);
        if (!price)
            return reject(line, ColumnRole::Amount, priceText, "bad-amount");
        row.priceCents = *price;
        const std::string_view cancelText = cell(fields, ColumnRole::CancelDate);
        if (!cancelText.empty()) {
            const auto cancel = parseDateTime(cancelText, m_dates);
            if (!cancel)
                return reject(line, ColumnRole::CancelDate, cancelText, "bad-cancel-date");
            row.cancelDay = cancel->day(m_basis).days;
            if (*row.cancelDay < row.startDay)
                return reject(line, ColumnRole::CancelDate, cancelText, "cancel-before-start");
        }
        return row;
    }

private:
    std::optional<SubscriptionRow> reject(long line, ColumnRole role, std::string_view value, const char* reason)
    {
        appendIssue(m_report, line, roleColumn(m_profile, role) + 1, m_profile.header, value, reason);
        ++m_report.rowsRejected;
        return std::nullopt;
    }

    const ImportPreset& m_preset;
    const ImportProfile& m_profile;
    DateOrder m_dates;
    DecimalSeparator m_decimal;
    TimeBasis m_basis;
    ImportReport& m_report;
};

}  // namespace

Result<ImportReport> importSubscriptionsCsv(Database& db, const std::string& csvPath, const ImportOptions& options,
                                            const TaskContext& ctx)
{
    auto selected = selectedPreset(options, &db);
    if (!selected)
        return fail(selected.error());
    const ImportPreset preset = *selected ? **selected : *findBuiltinPreset("generic-subscriptions");
    if (preset.kind != "subscriptions")
        return fail(ErrorCode::InvalidArgument, "preset '" + preset.id + "' reads orders, not subscriptions", csvPath);
    ImportOptions withPreset = options;
    withPreset.presetDefinition = preset;
    withPreset.preset = preset.id;
    // The first pass (profile, value formats) with its share of the progress bar; the writing pass reports the rest.
    auto firstPass = profileForImport(csvPath, withPreset, ctx);
    if (!firstPass)
        return fail(firstPass.error());
    const ImportProfile* profile = &firstPass->profile;
    const DateOrder* dateOrder = &firstPass->dateOrder;
    const DecimalSeparator* decimal = &firstPass->decimal;

    ImportReport report;
    report.file = csvPath;
    report.kind = "subscriptions";
    report.preset = preset.id;
    report.encoding = profile->encoding;
    report.delimiter = profile->delimiter;
    report.dateOrder = *dateOrder;
    report.decimal = *decimal;
    report.customerColumn = profile->header[static_cast<std::size_t>(profile->columns.customer)];
    report.dateColumn = profile->header[static_cast<std::size_t>(profile->columns.date)];
    report.amountColumn = profile->header[static_cast<std::size_t>(profile->columns.amount)];
    if (profile->columns.orderId >= 0)
        report.orderIdColumn = profile->header[static_cast<std::size_t>(profile->columns.orderId)];

    ImportOptions fixed = withPreset;
    fixed.delimiter = profile->delimiter;
    auto input = CsvInput::open(csvPath, fixed);
    if (!input)
        return fail(input.error());
    auto writer = ImportWriter::begin(db, csvPath, profile->fingerprint, "subscriptions", preset.id, report);
    if (!writer)
        return fail(writer.error());
    RowReader rows(preset, *profile, *dateOrder, *decimal, options.timeBasis, report);
    CsvReader& reader = (*input)->reader();
    const auto& header = profile->header;
    ProgressThrottle progress(ctx);
    const double fileSize = static_cast<double>((*input)->fileSize());
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
            appendIssue(report, line, 0, header, std::to_string(fields.size()) + " fields, header has "
                            + std::to_string(header.size()), reader.unterminatedQuote() ? "unterminated-quote" : "ragged-row");
            ++report.rowsRejected;
            continue;
        }
        auto row = rows.read(fields, line);
        if (!row)
            continue;
        auto customer = (*writer)->customer(row->customer);
        if (!customer)
            return fail(customer.error());
        auto stored = (*writer)->subscription(*customer, rows.cell(fields, ColumnRole::SubscriptionId),
                                              rows.cell(fields, ColumnRole::Plan), row->priceCents, row->startDay,
                                              row->cancelDay);
        if (!stored)
            return fail(stored.error());
        (*stored ? report.rowsImported : report.rowsSkipped) += 1;
        (*stored ? report.ordersImported : report.ordersSkipped) += 1;
    }
    if ((*input)->buffer().readError())
        return fail(ErrorCode::FileRead, "read error", csvPath);
    report.fingerprint = (*input)->buffer().fingerprint();
    if (report.fingerprint != profile->fingerprint)
        return fail(ErrorCode::FileRead, "the file changed while it was being imported; nothing was stored", csvPath);
    if (auto r = (*writer)->finish(report, report.rowsImported > 0, ctx); !r)
        return fail(r.error());
    progress.report(1.0);
    return report;
}

}  // namespace clv
