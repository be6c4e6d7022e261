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

std::optional<Error> checkUtf8(const std::vector<std::string>& fields, const std::string& path, long recordLine)
{
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
        std::string detail = field[bad] == '\0'
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
    input->m_delimiter = options.delimiter;
    if (input->m_delimiter == 0) {
        // Sniff on a separately decoded sample, after the lines to skip.
        DecodingFileBuf sampleBuf;
        if (!sampleBuf.open(path))
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

Result<ImportProfile> profileOrdersCsv(const std::string& csvPath, const ImportOptions& options, const TaskContext& ctx)
{
    using namespace importdetail;
    auto input = CsvInput::open(csvPath, options);
    if (!input)
        return fail(input.error());
    CsvReader& reader = (*input)->reader();
    ImportProfile profile;
    profile.file = csvPath;
    profile.delimiter = (*input)->delimiter();
    std::vector<std::string> fields;
    if (!reader.next(fields)) {
        if ((*input)->buffer().readError())
            return fail(ErrorCode::FileRead, "read error", csvPath);
        return fail(ErrorCode::NoData, "the file is empty", csvPath);
    }
    if (auto bad = checkUtf8(fields, csvPath, reader.recordLine()))
        return fail(*bad);
    const long headerLine = reader.recordLine();
    bool pendingRecord = !options.hasHeader;
    profile.header = options.hasHeader ? fields : syntheticHeader(fields.size());
    auto columns = resolveColumns(profile.header, options, csvPath, headerLine);
    if (!columns)
        return fail(columns.error());
    profile.columns = *columns;

    const auto date = static_cast<std::size_t>(profile.columns.date);
    const auto amount = static_cast<std::size_t>(profile.columns.amount);
    DateOrderDetector dates;
    DecimalDetector decimals;
    ProgressThrottle progress(ctx);
    const double size = static_cast<double>((*input)->fileSize());
    while (pendingRecord || reader.next(fields)) {
        pendingRecord = false;
        ++profile.rows;
        if (profile.rows % 4096 == 0) {
            if (ctx.cancelled())
                return fail(ErrorCode::Cancelled, "import cancelled", csvPath);
            progress.report(size > 0 ? static_cast<double>((*input)->buffer().rawBytesRead()) / size : 0.0);
        }
        if (auto bad = checkUtf8(fields, csvPath, reader.recordLine()))
            return fail(*bad);
        if (date < fields.size())
            dates.add(fields[date], reader.recordLine());
        if (amount < fields.size())
            decimals.add(fields[amount], reader.recordLine());
    }
    if ((*input)->buffer().readError())
        return fail(ErrorCode::FileRead, "read error", csvPath);
    profile.encoding = std::string(encodingName((*input)->buffer().encoding()));
    profile.fingerprint = (*input)->buffer().fingerprint();
    profile.dateVerdict = dates.verdict();
    profile.dateExampleLine = profile.dateVerdict == DateOrderVerdict::Conflicting
        ? std::max(dates.firstDayFirstLine(), dates.firstMonthFirstLine())
        : dates.firstAmbiguousLine();
    profile.decimalVerdict = decimals.verdict();
    profile.decimalExampleLine = decimals.firstAmbiguousLine();
    return profile;
}

}  // namespace clv
