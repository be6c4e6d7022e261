// SPDX-License-Identifier: MIT
// RFM segment maps: the default 10-segment grid, the other presets, and the grid's JSON form in the project.
#include "core/metrics/Rfm.h"

#include "core/storage/Project.h"
#include "core/util/TextFormat.h"

#include <algorithm>

namespace clv {
namespace {

const char* const kGridNames[] = {"Champions",      "Loyal",         "Potential loyalists", "New",         "Promising",
                                  "Need attention", "About to sleep", "At risk",             "Can't lose", "Hibernating"};

std::string gridCell(int r, int f)
{
    if (r <= 2)
        return f <= 2 ? "Hibernating" : (f <= 4 ? "At risk" : "Can't lose");
    if (r == 3)
        return f <= 2 ? "About to sleep" : (f == 3 ? "Need attention" : "Loyal");
    if (f >= 4)
        return r == 4 ? "Loyal" : "Champions";
    if (f >= 2)
        return "Potential loyalists";
    return r == 4 ? "Promising" : "New";
}

RfmSegmentMap quartilePreset()
{
    RfmSegmentMap map;
    map.preset = "quartile";
    map.bins = 4;
    map.useGrid = false;
    const std::pair<const char*, std::vector<int>> segments[] = {
        {"Premium", {334, 443, 444, 344, 434, 433, 343, 333}},
        {"Repeat", {244, 234, 232, 332, 143, 233, 243}},
        {"Top Spender", {424, 414, 144, 314, 324, 124, 224, 423, 413, 133, 323, 313, 134}},
        {"At Risk", {422, 223, 212, 122, 222, 132, 322, 312, 412, 123, 214}},
        {"Inactive", {411, 111, 113, 114, 112, 211, 311}},
    };
    for (const auto& [name, codes] : segments)
        for (int code : codes) {
            const int r = code / 100, f = code / 10 % 10, m = code % 10;
            map.rules.push_back({name, r, r, f, f, m, m});
        }
    map.fallback = "Other";
    return map;
}

RfmSegmentMap rfmPackagePreset()
{
    RfmSegmentMap map;
    map.preset = "rfm-package";
    map.useGrid = false;
    map.rules = {
        {"Champions", 5, 5, 5, 5, 5, 5},        {"Potential Loyalist", 3, 5, 3, 5, 2, 5},
        {"Loyal Customers", 2, 4, 2, 4, 2, 4},  {"Promising", 3, 4, 1, 3, 3, 5},
        {"New Customers", 4, 5, 1, 3, 1, 5},    {"Can't Lose Them", 1, 2, 3, 4, 4, 5},
        {"At Risk", 1, 2, 2, 5, 4, 5},          {"Need Attention", 1, 3, 3, 5, 3, 5},
        {"About To Sleep", 2, 3, 1, 3, 1, 4},   {"Lost", 1, 1, 1, 5, 1, 5},
    };
    map.fallback = "Others";
    return map;
}

// Minimal reader for the grid JSON: skips whitespace, reads punctuation and string literals.
struct JsonCursor {
    std::string_view text;
    std::size_t pos = 0;

    void skipSpace()
    {
        while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\n' || text[pos] == '\r' || text[pos] == '\t'))
            ++pos;
    }
    bool consume(char c)
    {
        skipSpace();
        if (pos < text.size() && text[pos] == c) {
            ++pos;
            return true;
        }
        return false;
    }
    std::optional<std::string> string()
    {
        if (!consume('"'))
            return std::nullopt;
        std::string out;
        while (pos < text.size() && text[pos] != '"') {
            char c = text[pos++];
            if (c == '\\') {
                if (pos >= text.size())
                    return std::nullopt;
                const char e = text[pos++];
                switch (e) {
                case 'n': c = '\n'; break;
                case 't': c = '\t'; break;
                case 'r': c = '\r'; break;
                case 'b': c = '\b'; break;
                case 'f': c = '\f'; break;
                case 'u': {
                    if (pos + 4 > text.size())
                        return std::nullopt;
                    unsigned code = 0;
                    for (int i = 0; i < 4; ++i) {
                        const char h = text[pos++];
                        code = code * 16
                               + static_cast<unsigned>(h >= '0' && h <= '9'   ? h - '0'
                                                       : h >= 'a' && h <= 'f' ? h - 'a' + 10
                                                       : h >= 'A' && h <= 'F' ? h - 'A' + 10
                                                                              : 0);
                    }
                    if (code < 0x80) {
                        out += static_cast<char>(code);
                    } else if (code < 0x800) {
                        out += static_cast<char>(0xC0 | (code >> 6));
                        out += static_cast<char>(0x80 | (code & 0x3F));
                    } else {
                        out += static_cast<char>(0xE0 | (code >> 12));
                        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
                        out += static_cast<char>(0x80 | (code & 0x3F));
                    }
                    continue;
                }
                default: c = e; break;
                }
            }
            out += c;
        }
        if (pos >= text.size())
            return std::nullopt;
        ++pos;
        return out;
    }
};

}  // namespace

std::vector<std::string> RfmSegmentMap::segmentNames() const
{
    std::vector<std::string> names;
    auto add = [&](const std::string& name) {
        if (!name.empty() && std::find(names.begin(), names.end(), name) == names.end())
            names.push_back(name);
    };
    if (useGrid) {
        for (const char* name : kGridNames)
            if (std::find(grid.begin(), grid.end(), name) != grid.end())
                add(name);
        for (const auto& cell : grid)
            add(cell);
    } else {
        for (const auto& rule : rules)
            add(rule.name);
        add(fallback);
    }
    return names;
}

RfmSegmentMap defaultRfmGrid()
{
    RfmSegmentMap map;
    for (int r = 1; r <= 5; ++r)
        for (int f = 1; f <= 5; ++f)
            map.grid[static_cast<std::size_t>((r - 1) * 5 + (f - 1))] = gridCell(r, f);
    return map;
}

std::optional<RfmSegmentMap> rfmPreset(std::string_view name)
{
    if (name == "grid")
        return defaultRfmGrid();
    if (name == "quartile")
        return quartilePreset();
    if (name == "rfm-package")
        return rfmPackagePreset();
    return std::nullopt;
}

std::string rfmGridToJson(const RfmSegmentMap& map)
{
    std::string out = "{\"version\":1,\"cells\":[";
    for (int r = 0; r < 5; ++r) {
        out += r ? ",[" : "[";
        for (int f = 0; f < 5; ++f) {
            out += f ? "," : "";
            out += text::jsonString(map.grid[static_cast<std::size_t>(r * 5 + f)]);
        }
        out += "]";
    }
    return out + "]}";
}

Result<RfmSegmentMap> rfmGridFromJson(std::string_view json)
{
    const std::size_t key = json.find("\"cells\"");
    if (key == std::string_view::npos)
        return fail(ErrorCode::Parse, "RFM grid JSON has no \"cells\" member");
    JsonCursor cur{json, key + 7};
    if (!cur.consume(':') || !cur.consume('['))
        return fail(ErrorCode::Parse, "RFM grid JSON: \"cells\" must be an array of 5 arrays");
    RfmSegmentMap map = defaultRfmGrid();
    for (int r = 0; r < 5; ++r) {
        if ((r > 0 && !cur.consume(',')) || !cur.consume('['))
            return fail(ErrorCode::InvalidArgument, "RFM grid must have 5 rows (recency scores 1 to 5)");
        for (int f = 0; f < 5; ++f) {
            if (f > 0 && !cur.consume(','))
                return fail(ErrorCode::InvalidArgument, "RFM grid row " + std::to_string(r + 1) + " must have 5 cells");
            auto name = cur.string();
            if (!name)
                return fail(ErrorCode::Parse, "RFM grid JSON: expected a segment name at offset " + std::to_string(cur.pos));
            if (text::trim(*name).empty())
                return fail(ErrorCode::InvalidArgument, "RFM grid cell R" + std::to_string(r + 1) + " F"
                                                            + std::to_string(f + 1) + " has no segment name");
            map.grid[static_cast<std::size_t>(r * 5 + f)] = std::string(text::trim(*name));
        }
        if (!cur.consume(']'))
            return fail(ErrorCode::InvalidArgument, "RFM grid row " + std::to_string(r + 1) + " must have 5 cells");
    }
    if (!cur.consume(']'))
        return fail(ErrorCode::InvalidArgument, "RFM grid must have 5 rows (recency scores 1 to 5)");
    return map;
}

Result<RfmSegmentMap> loadRfmGrid(Database& db)
{
    auto stored = project::readSetting(db, kRfmGridSetting);
    if (!stored)
        return fail(stored.error());
    if (!*stored)
        return defaultRfmGrid();
    return rfmGridFromJson(**stored);
}

Result<void> saveRfmGrid(Database& db, const RfmSegmentMap& map)
{
    if (!map.useGrid)
        return fail(ErrorCode::InvalidArgument, "only a grid segment map can be stored in the project");
    return project::writeSetting(db, kRfmGridSetting, rfmGridToJson(map));
}

}  // namespace clv
