// SPDX-License-Identifier: MIT
// User presets: JSON (de)serialisation and storage in the project's settings table.
#include "core/import/ImportPresets.h"

#include "core/storage/Project.h"
#include "core/util/TextFormat.h"

#include <algorithm>
#include <cstdint>

namespace clv {
namespace {

constexpr std::string_view kSettingKey = "import/presets";

std::string stringArray(const std::vector<std::string>& items)
{
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i)
        out += (i ? "," : "") + text::jsonString(items[i]);
    return out + "]";
}

// A strict reader for the subset of JSON the presets use: objects, arrays, strings, true/false.
class JsonReader {
public:
    explicit JsonReader(std::string_view text) : m_text(text) {}

    std::size_t pos() const { return m_pos; }
    bool atEnd()
    {
        skipSpace();
        return m_pos >= m_text.size();
    }
    bool consume(char c)
    {
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == c) {
            ++m_pos;
            return true;
        }
        return false;
    }
    bool peekIs(char c)
    {
        skipSpace();
        return m_pos < m_text.size() && m_text[m_pos] == c;
    }
    std::optional<bool> boolean()
    {
        skipSpace();
        if (m_text.substr(m_pos, 4) == "true") {
            m_pos += 4;
            return true;
        }
        if (m_text.substr(m_pos, 5) == "false") {
            m_pos += 5;
            return false;
        }
        return std::nullopt;
    }
    std::optional<std::string> string()
    {
        if (!consume('"'))
            return std::nullopt;
        std::string out;
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos++];
            if (c == '"')
                return out;
            if (c != '\\') {
                out += c;
                continue;
            }
            if (m_pos >= m_text.size())
                return std::nullopt;
            const char e = m_text[m_pos++];
            switch (e) {
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            case '/': out += '/'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'u': {
                if (m_pos + 4 > m_text.size())
                    return std::nullopt;
                unsigned cp = 0;
                for (int i = 0; i < 4; ++i) {
                    const char h = m_text[m_pos++];
                    cp <<= 4;
                    if (h >= '0' && h <= '9')
                        cp |= static_cast<unsigned>(h - '0');
                    else if (h >= 'a' && h <= 'f')
                        cp |= static_cast<unsigned>(h - 'a' + 10);
                    else if (h >= 'A' && h <= 'F')
                        cp |= static_cast<unsigned>(h - 'A' + 10);
                    else
                        return std::nullopt;
                }
                if (cp >= 0x80)
                    return std::nullopt;  // the writer escapes control characters only
                out += static_cast<char>(cp);
                break;
            }
            default: return std::nullopt;
            }
        }
        return std::nullopt;
    }
    std::optional<std::vector<std::string>> stringArray()
    {
        std::vector<std::string> out;
        if (!consume('['))
            return std::nullopt;
        if (consume(']'))
            return out;
        do {
            auto s = string();
            if (!s)
                return std::nullopt;
            out.push_back(std::move(*s));
        } while (consume(','));
        if (!consume(']'))
            return std::nullopt;
        return out;
    }

private:
    void skipSpace()
    {
        while (m_pos < m_text.size() && (m_text[m_pos] == ' ' || m_text[m_pos] == '\n' || m_text[m_pos] == '\t'
                                         || m_text[m_pos] == '\r'))
            ++m_pos;
    }
    std::string_view m_text;
    std::size_t m_pos = 0;
};

Unexpected parseError(const JsonReader& r, const std::string& what)
{
    return fail(ErrorCode::Parse, "import presets JSON: " + what + " at byte " + std::to_string(r.pos() + 1));
}

Result<PresetColumn> readColumn(JsonReader& r)
{
    PresetColumn c;
    bool haveRole = false;
    if (!r.consume('{'))
        return parseError(r, "expected a column object");
    do {
        auto key = r.string();
        if (!key || !r.consume(':'))
            return parseError(r, "expected a key");
        if (*key == "role") {
            auto name = r.string();
            auto role = name ? columnRoleFromName(*name) : std::nullopt;
            if (!role)
                return parseError(r, "unknown column role");
            c.role = *role;
            haveRole = true;
        } else if (*key == "names") {
            auto names = r.stringArray();
            if (!names)
                return parseError(r, "expected an array of header names");
            c.names = std::move(*names);
        } else if (*key == "required") {
            auto b = r.boolean();
            if (!b)
                return parseError(r, "expected true or false");
            c.required = *b;
        } else {
            return parseError(r, "unknown column key '" + *key + "'");
        }
    } while (r.consume(','));
    if (!r.consume('}') || !haveRole)
        return parseError(r, "unterminated column or no role");
    return c;
}

Result<void> readPresetMember(JsonReader& r, const std::string& key, ImportPreset& p)
{
    std::string* text = key == "id" ? &p.id : key == "name" ? &p.name : key == "kind" ? &p.kind
                      : key == "cancelPrefix" ? &p.cancelPrefix : nullptr;
    bool* flag = key == "groupLines" ? &p.groupLines : key == "amountOnFirstRow" ? &p.amountOnFirstRow
               : key == "generic" ? &p.generic : key == "stripDecimalZeroFromCustomer" ? &p.stripDecimalZeroFromCustomer
               : nullptr;
    std::vector<std::string>* list = key == "signature" ? &p.signature : key == "excludeStatuses" ? &p.excludeStatuses
                                   : key == "refundStatuses" ? &p.refundStatuses : nullptr;
    if (text) {
        auto s = r.string();
        if (!s)
            return parseError(r, "expected a string for '" + key + "'");
        *text = std::move(*s);
    } else if (flag) {
        auto b = r.boolean();
        if (!b)
            return parseError(r, "expected true or false for '" + key + "'");
        *flag = *b;
    } else if (list) {
        auto l = r.stringArray();
        if (!l)
            return parseError(r, "expected an array of strings for '" + key + "'");
        *list = std::move(*l);
    } else if (key == "columns") {
        if (!r.consume('['))
            return parseError(r, "expected an array of columns");
        if (!r.consume(']')) {
            do {
                auto c = readColumn(r);
                if (!c)
                    return fail(c.error());
                p.columns.push_back(std::move(*c));
            } while (r.consume(','));
            if (!r.consume(']'))
                return parseError(r, "unterminated column list");
        }
    } else {
        return parseError(r, "unknown preset key '" + key + "'");
    }
    return {};
}

}  // namespace

std::string presetsToJson(const std::vector<ImportPreset>& presets)
{
    std::string out = "[";
    for (std::size_t i = 0; i < presets.size(); ++i) {
        const ImportPreset& p = presets[i];
        out += std::string(i ? ",\n" : "\n") + "{\"id\":" + text::jsonString(p.id) + ",\"name\":" + text::jsonString(p.name)
            + ",\"kind\":" + text::jsonString(p.kind) + ",\"columns\":[";
        for (std::size_t c = 0; c < p.columns.size(); ++c)
            out += std::string(c ? "," : "") + "{\"role\":\"" + std::string(columnRoleName(p.columns[c].role))
                + "\",\"names\":" + stringArray(p.columns[c].names) + ",\"required\":"
                + (p.columns[c].required ? "true" : "false") + "}";
        out += "],\"signature\":" + stringArray(p.signature) + ",\"groupLines\":" + (p.groupLines ? "true" : "false")
            + ",\"amountOnFirstRow\":" + (p.amountOnFirstRow ? "true" : "false") + ",\"generic\":"
            + (p.generic ? "true" : "false") + ",\"stripDecimalZeroFromCustomer\":"
            + (p.stripDecimalZeroFromCustomer ? "true" : "false") + ",\"excludeStatuses\":"
            + stringArray(p.excludeStatuses) + ",\"refundStatuses\":" + stringArray(p.refundStatuses)
            + ",\"cancelPrefix\":" + text::jsonString(p.cancelPrefix) + "}";
    }
    return out + "\n]";
}

Result<std::vector<ImportPreset>> presetsFromJson(std::string_view json)
{
    JsonReader r(json);
    std::vector<ImportPreset> out;
    if (!r.consume('['))
        return parseError(r, "expected an array of presets");
    if (!r.consume(']')) {
        do {
            ImportPreset p;
            if (!r.consume('{'))
                return parseError(r, "expected a preset object");
            if (!r.peekIs('}')) {
                do {
                    auto key = r.string();
                    if (!key || !r.consume(':'))
                        return parseError(r, "expected a key");
                    if (auto m = readPresetMember(r, *key, p); !m)
                        return fail(m.error());
                } while (r.consume(','));
            }
            if (!r.consume('}'))
                return parseError(r, "unterminated preset");
            out.push_back(std::move(p));
        } while (r.consume(','));
        if (!r.consume(']'))
            return parseError(r, "unterminated preset list");
    }
    if (!r.atEnd())
        return parseError(r, "trailing text");
    return out;
}

Result<std::vector<ImportPreset>> loadUserPresets(Database& db)
{
    auto stored = project::readSetting(db, kSettingKey);
    if (!stored)
        return fail(stored.error());
    if (!*stored)
        return std::vector<ImportPreset>{};
    return presetsFromJson(**stored);
}

Result<void> saveUserPreset(Database& db, const ImportPreset& preset)
{
    if (auto v = validatePreset(preset); !v)
        return v;
    if (findBuiltinPreset(preset.id))
        return fail(ErrorCode::InvalidArgument, "'" + preset.id + "' is the id of a built-in preset; choose another id");
    auto presets = loadUserPresets(db);
    if (!presets)
        return fail(presets.error());
    ImportPreset copy = preset;
    copy.builtin = false;
    auto it = std::find_if(presets->begin(), presets->end(), [&](const ImportPreset& p) { return p.id == preset.id; });
    if (it != presets->end())
        *it = std::move(copy);
    else
        presets->push_back(std::move(copy));
    return project::writeSetting(db, kSettingKey, presetsToJson(*presets));
}

Result<bool> removeUserPreset(Database& db, std::string_view id)
{
    auto presets = loadUserPresets(db);
    if (!presets)
        return fail(presets.error());
    const auto before = presets->size();
    std::erase_if(*presets, [&](const ImportPreset& p) { return p.id == id; });
    if (presets->size() == before)
        return false;
    if (auto w = project::writeSetting(db, kSettingKey, presetsToJson(*presets)); !w)
        return fail(w.error());
    return true;
}

}  // namespace clv
