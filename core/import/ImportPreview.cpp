// SPDX-License-Identifier: MIT
// The wizard's quick look at a file: header, the first rows, encoding trouble and the preset that fits.
#include "core/import/ImportInternal.h"

#include "core/import/LegacyDecoder.h"

#include <array>
#include <fstream>

namespace clv {
namespace {

constexpr std::size_t kSampleBytes = 64 * 1024;
constexpr std::array kCandidateEncodings{"GB18030", "Big5", "Shift_JIS", "Windows-1252"};

std::vector<std::string> suggestEncodings(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::string sample(kSampleBytes, '\0');
    in.read(sample.data(), static_cast<std::streamsize>(sample.size()));
    sample.resize(static_cast<std::size_t>(in.gcount()));
    std::vector<std::string> out;
    for (const char* encoding : kCandidateEncodings)
        if (decodesCleanly(sample, encoding))
            out.emplace_back(encoding);
    return out;
}

}  // namespace

Result<ImportProfile> previewImportFile(const std::string& csvPath, const ImportOptions& options, std::size_t maxRows)
{
    using namespace importdetail;
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
    std::vector<std::string> fields;
    if (!reader.next(fields)) {
        if (buffer.readError())
            return fail(ErrorCode::FileRead, "read error", csvPath);
        return fail(ErrorCode::NoData, "the file is empty", csvPath);
    }
    profile.encoding = buffer.encodingLabel();
    auto noteInvalid = [&](const std::vector<std::string>& record) {
        if (profile.utf8Invalid)
            return;
        if (auto bad = checkUtf8(record, csvPath, reader.recordLine(), profile.encoding)) {
            profile.utf8Invalid = true;
            profile.invalidLine = bad->line;
            profile.invalidColumn = bad->column;
        }
    };
    noteInvalid(fields);
    const long headerLine = reader.recordLine();
    profile.header = options.hasHeader ? fields : syntheticHeader(fields.size());
    std::vector<long> lines;
    if (!options.hasHeader) {
        profile.previewRows.push_back(fields);
        lines.push_back(headerLine);
        ++profile.rows;
    }
    DateOrderDetector dates;
    DecimalDetector decimals;
    while (profile.previewRows.size() < maxRows && reader.next(fields)) {
        ++profile.rows;
        noteInvalid(fields);
        profile.previewRows.push_back(fields);
        lines.push_back(reader.recordLine());
    }
    if (buffer.readError())
        return fail(ErrorCode::FileRead, "read error", csvPath);
    if (profile.utf8Invalid)
        profile.suggestedEncodings = suggestEncodings(csvPath);
    if (auto mapped = mapProfileColumns(profile, options, *preset, csvPath, headerLine); !mapped) {
        profile.mappingError = mapped.error().toString();
        if (!*preset && options.hasHeader)
            if (auto match = detectImportPreset(profile.header, builtinImportPresets())) {
                profile.preset = match->preset.id;
                profile.presetScore = match->score;
            }
        return profile;
    }
    for (std::size_t i = 0; i < profile.previewRows.size(); ++i) {
        const auto& row = profile.previewRows[i];
        const long line = lines[i];
        if (static_cast<std::size_t>(profile.columns.date) < row.size())
            dates.add(row[static_cast<std::size_t>(profile.columns.date)], line);
        if (static_cast<std::size_t>(profile.columns.amount) < row.size())
            decimals.add(row[static_cast<std::size_t>(profile.columns.amount)], line);
    }
    profile.dateVerdict = dates.verdict();
    profile.dateExampleLine = dates.firstAmbiguousLine();
    profile.decimalVerdict = decimals.verdict();
    profile.decimalExampleLine = decimals.firstAmbiguousLine();
    return profile;
}

}  // namespace clv
