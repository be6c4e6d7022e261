// SPDX-License-Identifier: MIT
#include "SummaryCsv.h"

#include "core/import/CsvReader.h"
#include "core/util/TextFormat.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>

namespace clv {
namespace {

int findColumn(const std::vector<std::string>& header, std::initializer_list<const char*> names, bool caseSensitive)
{
    for (const char* name : names)
        for (std::size_t i = 0; i < header.size(); ++i) {
            const std::string h(text::trim(header[i]));
            if (caseSensitive ? h == name : text::toLower(h) == name)
                return static_cast<int>(i);
        }
    return -1;
}

}  // namespace

Result<SummaryTable> readSummaryCsv(const std::string& path)
{
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
        return fail(ErrorCode::FileNotFound, "no such file", path);
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return fail(ErrorCode::FileRead, "cannot open the file", path);
    std::string firstLine;
    std::getline(in, firstLine);
    in.clear();
    in.seekg(0);
    CsvReader reader(in, {CsvReader::sniffDelimiter(firstLine), '"'});
    std::vector<std::string> header;
    if (!reader.next(header))
        return fail(ErrorCode::NoData, "the file is empty", path);
    const int colX = findColumn(header, {"frequency", "x"}, false);
    const int colTx = findColumn(header, {"recency", "t_x", "tx"}, false);
    int colT = findColumn(header, {"T"}, true);
    if (colT < 0)
        colT = findColumn(header, {"t", "age"}, false);
    const int colM = findColumn(header, {"monetary_value", "zbar", "monetary", "m"}, false);
    const int colId = findColumn(header, {"id", "customer_id", "customer", "cust"}, false);
    if (colX < 0 || colTx < 0 || colT < 0)
        return fail(ErrorCode::Parse,
                    "the header must name the columns frequency (or x), recency (or t_x) and T", path,
                    reader.recordLine());
    SummaryTable table;
    table.hasMonetary = colM >= 0;
    std::vector<std::string> fields;
    const int needed = std::max({colX, colTx, colT, colM, colId}) + 1;
    while (reader.next(fields)) {
        const long line = reader.recordLine();
        if (static_cast<int>(fields.size()) < needed)
            return fail(ErrorCode::Parse, "the row has " + std::to_string(fields.size()) + " fields, expected "
                        + std::to_string(needed), path, line);
        const auto number = [&](int col, const char* what) -> Result<double> {
            auto v = text::parseDouble(text::trim(fields[static_cast<std::size_t>(col)]));
            if (!v || !std::isfinite(*v))
                return fail(ErrorCode::Parse, std::string(what) + " is not a number: '"
                            + fields[static_cast<std::size_t>(col)] + "'", path, line, col + 1);
            if (*v < 0.0 && col != colM)
                return fail(ErrorCode::Parse, std::string(what) + " must not be negative", path, line, col + 1);
            return *v;
        };
        auto x = number(colX, "frequency");
        if (!x)
            return fail(x.error());
        if (*x != std::floor(*x))
            return fail(ErrorCode::Parse, "frequency must be a whole number", path, line, colX + 1);
        auto tx = number(colTx, "recency");
        if (!tx)
            return fail(tx.error());
        auto T = number(colT, "T");
        if (!T)
            return fail(T.error());
        if (*tx > *T)
            return fail(ErrorCode::Parse, "recency is larger than T", path, line, colTx + 1);
        RfmObservation obs{*x, *tx, *T, 0.0};
        if (colM >= 0) {
            auto m = number(colM, "monetary value");
            if (!m)
                return fail(m.error());
            obs.monetaryValue = *m;
        }
        table.rows.push_back(obs);
        table.ids.push_back(colId >= 0 ? std::string(text::trim(fields[static_cast<std::size_t>(colId)]))
                                       : std::to_string(table.rows.size()));
    }
    if (table.rows.empty())
        return fail(ErrorCode::NoData, "the file has a header but no rows", path);
    return table;
}

}  // namespace clv
