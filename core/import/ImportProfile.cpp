// SPDX-License-Identifier: MIT
// The first pass of an import: open and decode the file, map the columns, validate UTF-8 and detect value formats.
#include "core/import/ImportInternal.h"

#include "core/util/TextFormat.h"

#include <array>
#include <filesystem>

namespace clv {
namespace importdetail {
namespace {

constexpr std::size_t kSniffBytes = 16 * 1024;

// Synonyms in priority order: the first synonym found in the header wins.
constexpr std::array kCustomerNames{"customerid", "customer", "clientid", "client", "userid", "buyerid",
                                    "customeremail", "email", "memberid", "accountid",
                                    "客户id", "客户编号", "客户", "会员id", "用户id"};
constexpr std::array kDateNames{"orderdate", "date", "createdat", "created", "orderedat", "purchasedate",
                                "transactiondate", "invoicedate", "createddateutc", "createdutc", "paidat",
                                "timestamp", "订单日期", "日期", "下单时间", "创建时间", "交易日期"};
constexpr std::array kAmountNames{"amount", "total", "ordertotal", "revenue", "totalprice", "grandtotal", "value",
                                  "ordervalue", "sales", "netsales", "dollarvalue", "price",
                                  "金额", "订单金额", "实付金额", "总额", "销售额"};
constexpr std::array kOrderIdNames{"orderid", "ordernumber", "orderno", "invoiceno", "invoice", "invoiceid",
                                   "transactionid", "order", "id", "订单号", "订单编号", "订单id"};

// Index of the column for the first synonym present; -2 when that synonym names two columns; -1 when none.
template <std::size_t N>
int findColumn(const std::vector<std::string>& normalized, const std::array<const char*, N>& synonyms, int& second)
{
    for (const char* name : synonyms) {
        int found = -1;
        for (std::size_t i = 0; i < normalized.size(); ++i) {
            if (normalized[i] != name)
                continue;
            if (found >= 0) {
                second = static_cast<int>(i);
                return -2;
            }
            found = static_cast<int>(i);
        }
        if (found >= 0)
            return found;
    }
    return -1;
}

}  // namespace

std::string normalizeHeader(std::string_view name)
{
    std::string out;
    for (char c : text::toLower(text::trim(name)))
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80)
            out += c;
    return out;
}

std::vector<std::string> syntheticHeader(std::size_t columns)
{
    std::vector<std::string> header;
    for (std::size_t i = 0; i < columns; ++i)
        header.push_back("Column " + std::to_string(i + 1));
    return header;
}

Result<ColumnMapping> resolveColumns(const std::vector<std::string>& header, const ImportOptions& options,
                                     const std::string& path, long line)
{
    std::vector<std::string> normalized;
    for (const auto& h : header)
        normalized.push_back(normalizeHeader(h));
    ColumnMapping m = options.columns;
    const int width = static_cast<int>(header.size());
    struct Role {
        int* index;
        const char* name;
        bool required;
    };
    const Role roles[] = {{&m.customer, "customer id", true}, {&m.date, "order date", true},
                          {&m.amount, "amount", true}, {&m.orderId, "order id", false}};
    for (const Role& role : roles) {
        if (*role.index >= width)
            return fail(ErrorCode::InvalidArgument, std::string("the ") + role.name + " column " + std::to_string(*role.index + 1)
                            + " is beyond the " + std::to_string(width) + " columns of the file", path, line);
        if (*role.index >= 0 || !options.hasHeader)
            continue;
        int second = -1;
        if (role.index == &m.customer)
            *role.index = findColumn(normalized, kCustomerNames, second);
        else if (role.index == &m.date)
            *role.index = findColumn(normalized, kDateNames, second);
        else if (role.index == &m.amount)
            *role.index = findColumn(normalized, kAmountNames, second);
        else
            *role.index = findColumn(normalized, kOrderIdNames, second);
        if (*role.index == -2) {
            const auto col = static_cast<std::size_t>(second);
            return fail(ErrorCode::Parse, std::string("two columns could be the ") + role.name + " column: '" + header[col]
                            + "' appears more than once (choose one)", path, line, second + 1);
        }
    }
    for (const Role& role : roles)
        if (role.required && *role.index < 0)
            return fail(ErrorCode::Parse, std::string(options.hasHeader ? "the header has no " : "no column index for the ")
                            + role.name + " column", path, line);
    return m;
}

std::optional<Error> checkUtf8(const std::vector<std::string>& fields, const std::string& path, long recordLine,
                               std::string_view encodingLabel)
{
    const bool legacy = !encodingLabel.empty() && encodingLabel.substr(0, 3) != "UTF";
    long line = recordLine;
    for (std::size_t f = 0; f < fields.size(); ++f) {
        const std::string& field = fields[f];
        const std::size_t bad = findInvalidUtf8(field);
        const std::size_t upTo = bad == std::string_view::npos ? field.size() : bad;
        for (std::size_t i = 0; i < upTo; ++i)
            if (field[i] == '\n' || (field[i] == '\r' && (i + 1 >= field.size() || field[i + 1] != '\n')))
                ++line;
        if (bad == std::string_view::npos)
            continue;
        char hex[8];
        std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(field[bad]));
        std::string detail = legacy
            ? "byte sequence not valid in " + std::string(encodingLabel) + " at byte " + std::to_string(bad + 1)
                + " of column " + std::to_string(f + 1) + ": the file is not " + std::string(encodingLabel)
                + "; choose its encoding"
            : field[bad] == '\0'
            ? "NUL byte in column " + std::to_string(f + 1) + ": the file may be UTF-16 without a byte order mark"
            : "invalid UTF-8 (byte " + std::string(hex) + " at byte " + std::to_string(bad + 1) + " of column "
                + std::to_string(f + 1) + "): the file is in another encoding (e.g. GB18030, Big5 or Windows-1252); "
                  "convert it to UTF-8 or choose its encoding in the import wizard";
        return Error{ErrorCode::Parse, std::move(detail), path, line, static_cast<int>(f + 1)};
    }
    return std::nullopt;
}

Result<std::unique_ptr<CsvInput>> CsvInput::open(const std::string& path, const ImportOptions& options)
{
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
        return fail(ErrorCode::FileNotFound, "no such file", path);
    if (std::filesystem::is_directory(path, ec))
        return fail(ErrorCode::FileRead, "is a directory, not a file", path);
    std::unique_ptr<CsvInput> input(new CsvInput);
    input->m_fileSize = std::filesystem::file_size(path, ec);
    if (!input->m_buf.open(path) || ec)
        return fail(ErrorCode::FileRead, "cannot read the file", path);
    if (!input->m_buf.setEncoding(options.encoding))
        return fail(ErrorCode::InvalidArgument, "unknown encoding '" + options.encoding + "'", path);
    input->m_delimiter = options.delimiter;
    if (input->m_delimiter == 0) {
        // Sniff on a separately decoded sample, after the lines to skip.
        DecodingFileBuf sampleBuf;
        if (!sampleBuf.open(path) || !sampleBuf.setEncoding(options.encoding))
            return fail(ErrorCode::FileRead, "cannot read the file", path);
        std::istream sampleIn(&sampleBuf);
        std::string sample(kSniffBytes, '\0');
        sampleIn.read(sample.data(), static_cast<std::streamsize>(sample.size()));
        sample.resize(static_cast<std::size_t>(sampleIn.gcount()));
        std::size_t pos = 0;
        for (int i = 0; i < options.skipLines && pos < sample.size(); ++i) {
            pos = sample.find_first_of("\r\n", pos);
            if (pos == std::string::npos)
                pos = sample.size();
            else
                pos += (sample[pos] == '\r' && pos + 1 < sample.size() && sample[pos + 1] == '\n') ? 2 : 1;
        }
        input->m_delimiter = CsvReader::sniffDelimiter(std::string_view(sample).substr(pos));
    }
    input->m_reader = std::make_unique<CsvReader>(input->m_in,
                                                  CsvReader::Options{input->m_delimiter, options.quote, options.skipLines});
    return input;
}

}  // namespace importdetail

namespace importdetail {

Result<void> mapProfileColumns(ImportProfile& profile, const ImportOptions& options,
                               const std::optional<ImportPreset>& preset, const std::string& path, long headerLine)
{
    if (preset && options.hasHeader) {
        auto cols = resolvePresetColumns(profile.header, *preset, path, headerLine);
        if (!cols)
            return fail(cols.error());
        profile.roleColumns = *cols;
        profile.preset = preset->id;
        profile.presetScore = 1.0;
        auto at = [&](ColumnRole r) { return (*cols)[static_cast<std::size_t>(r)]; };
        const bool subscriptions = preset->kind == "subscriptions";
        profile.columns.customer = at(ColumnRole::Customer) >= 0 ? at(ColumnRole::Customer) : at(ColumnRole::CustomerFallback);
        profile.columns.date = subscriptions ? at(ColumnRole::StartDate) : at(ColumnRole::Date);
        profile.columns.amount = at(ColumnRole::Amount) >= 0 ? at(ColumnRole::Amount) : at(ColumnRole::UnitPrice);
        profile.columns.orderId = subscriptions ? at(ColumnRole::SubscriptionId) : at(ColumnRole::OrderId);
        return {};
    }
    auto columns = resolveColumns(profile.header, options, path, headerLine);
    if (!columns)
        return fail(columns.error());
    profile.columns = *columns;
    profile.roleColumns.assign(allColumnRoles().size(), -1);
    profile.roleColumns[static_cast<std::size_t>(ColumnRole::Customer)] = columns->customer;
    profile.roleColumns[static_cast<std::size_t>(ColumnRole::Date)] = columns->date;
    profile.roleColumns[static_cast<std::size_t>(ColumnRole::Amount)] = columns->amount;
    profile.roleColumns[static_cast<std::size_t>(ColumnRole::OrderId)] = columns->orderId;
    if (preset) {
        profile.preset = preset->id;
        profile.presetScore = 1.0;
    } else if (options.hasHeader) {
        if (auto match = detectImportPreset(profile.header, builtinImportPresets())) {
            profile.preset = match->preset.id;
            profile.presetScore = match->score;
        }
    }
    return {};
}

Result<std::optional<ImportPreset>> selectedPreset(const ImportOptions& options, Database* db)
{
    std::optional<ImportPreset> preset;
    if (options.presetDefinition) {
        preset = *options.presetDefinition;
    } else if (!options.preset.empty()) {
        if (const ImportPreset* builtin = findBuiltinPreset(options.preset)) {
            preset = *builtin;
        } else if (db) {
            auto user = loadUserPresets(*db);
            if (!user)
                return fail(user.error());
            for (auto& p : *user)
                if (p.id == options.preset)
                    preset = std::move(p);
        }
        if (!preset)
            return fail(ErrorCode::InvalidArgument, "unknown import preset '" + options.preset + "'");
    }
    if (preset)
        if (auto v = validatePreset(*preset); !v)
            return fail(v.error());
    return preset;
}

}  // namespace importdetail

namespace importdetail {

FormatVerifier::FormatVerifier(const ImportProfile& profile)
    : m_amount(static_cast<std::size_t>(profile.columns.amount))
{
    m_dateColumns.push_back(static_cast<std::size_t>(profile.columns.date));
    for (ColumnRole extra : {ColumnRole::RefundDate, ColumnRole::CancelDate})
        if (roleColumn(profile, extra) >= 0)
            m_dateColumns.push_back(static_cast<std::size_t>(roleColumn(profile, extra)));
}

void FormatVerifier::add(const std::vector<std::string>& fields, long line)
{
    for (std::size_t date : m_dateColumns)
        if (date < fields.size())
            m_dates.add(fields[date], line);
    if (m_amount < fields.size())
        m_decimals.add(fields[m_amount], line);
}

void FormatVerifier::finish(ImportProfile& profile) const
{
    profile.dateVerdict = m_dates.verdict();
    profile.dateExampleLine = profile.dateVerdict == DateOrderVerdict::Conflicting
        ? std::max(m_dates.firstDayFirstLine(), m_dates.firstMonthFirstLine())
        : m_dates.firstAmbiguousLine();
    profile.decimalVerdict = m_decimals.verdict();
    profile.decimalExampleLine = m_decimals.firstAmbiguousLine();
}

Result<ImportProfile> profileRows(const std::string& csvPath, const ImportOptions& options, const TaskContext& ctx,
                                  std::int64_t maxRows, bool& complete)
{
    complete = false;
    auto preset = selectedPreset(options, nullptr);
    if (!preset)
        return fail(preset.error());
    auto input = CsvInput::open(csvPath, options);
    if (!input)
        return fail(input.error());
    CsvReader& reader = (*input)->reader();
    DecodingFileBuf& buffer = (*input)->buffer();
    ImportProfile profile;
    profile.file = csvPath;
    profile.delimiter = (*input)->delimiter();
    auto invalidByte = [&](Error e) {
        if (auto offset = buffer.firstInvalidOffset()) {
            char hex[8];
            std::snprintf(hex, sizeof hex, "0x%02X", buffer.firstInvalidByte());
            e.detail += " (first invalid byte " + std::string(hex) + " at file offset " + std::to_string(*offset) + ")";
        }
        return fail(std::move(e));
    };
    std::vector<std::string> fields;
    if (!reader.next(fields)) {
        if (buffer.readError())
            return fail(ErrorCode::FileRead, "read error", csvPath);
        return fail(ErrorCode::NoData, "the file is empty", csvPath);
    }
    if (auto bad = checkUtf8(fields, csvPath, reader.recordLine(), buffer.encodingLabel()))
        return invalidByte(*bad);
    const long headerLine = reader.recordLine();
    bool pendingRecord = !options.hasHeader;
    profile.header = options.hasHeader ? fields : syntheticHeader(fields.size());
    if (auto mapped = mapProfileColumns(profile, options, *preset, csvPath, headerLine); !mapped)
        return fail(mapped.error());

    FormatVerifier formats(profile);
    ProgressThrottle progress(ctx);
    const double size = static_cast<double>((*input)->fileSize());
    const std::string encodingLabel = buffer.encodingLabel();  // fixed once the first bytes were read
    while (maxRows < 0 || profile.rows < maxRows) {
        if (!pendingRecord && !reader.next(fields)) {
            complete = true;
            break;
        }
        pendingRecord = false;
        ++profile.rows;
        if (profile.rows % 4096 == 0) {
            if (ctx.cancelled())
                return fail(ErrorCode::Cancelled, "import cancelled", csvPath);
            progress.report(size > 0 ? static_cast<double>(buffer.rawBytesRead()) / size : 0.0);
        }
        if (auto bad = checkUtf8(fields, csvPath, reader.recordLine(), encodingLabel))
            return invalidByte(*bad);
        if (profile.previewRows.size() < 50)
            profile.previewRows.push_back(fields);
        formats.add(fields, reader.recordLine());
    }
    if (buffer.readError())
        return fail(ErrorCode::FileRead, "read error", csvPath);
    profile.encoding = buffer.encodingLabel();
    if (complete)
        profile.fingerprint = buffer.fingerprint();
    formats.finish(profile);
    return profile;
}

}  // namespace importdetail

Result<ImportProfile> profileOrdersCsv(const std::string& csvPath, const ImportOptions& options, const TaskContext& ctx)
{
    bool complete = false;
    return importdetail::profileRows(csvPath, options, ctx, -1, complete);
}

}  // namespace clv
