// SPDX-License-Identifier: MIT
#include "core/import/ImportPresets.h"

#include "core/import/BuiltinPresets.h"
#include "core/import/ImportInternal.h"

#include <algorithm>
#include <array>

namespace clv {
namespace {

struct RoleName {
    ColumnRole role;
    const char* name;
};
constexpr std::array kRoleNames{
    RoleName{ColumnRole::Customer, "customer"},         RoleName{ColumnRole::CustomerFallback, "customer-fallback"},
    RoleName{ColumnRole::OrderId, "order-id"},          RoleName{ColumnRole::Date, "date"},
    RoleName{ColumnRole::Amount, "amount"},             RoleName{ColumnRole::Quantity, "quantity"},
    RoleName{ColumnRole::UnitPrice, "unit-price"},      RoleName{ColumnRole::Status, "status"},
    RoleName{ColumnRole::EventType, "event-type"},      RoleName{ColumnRole::RefundAmount, "refund-amount"},
    RoleName{ColumnRole::RefundDate, "refund-date"},    RoleName{ColumnRole::SubscriptionId, "subscription-id"},
    RoleName{ColumnRole::Plan, "plan"},                 RoleName{ColumnRole::StartDate, "start-date"},
    RoleName{ColumnRole::CancelDate, "cancel-date"},
};

const PresetColumn* columnFor(const ImportPreset& preset, ColumnRole role)
{
    for (const auto& c : preset.columns)
        if (c.role == role)
            return &c;
    return nullptr;
}

std::vector<std::string> normalizedHeader(const std::vector<std::string>& header)
{
    std::vector<std::string> out;
    out.reserve(header.size());
    for (const auto& h : header)
        out.push_back(importdetail::normalizeHeader(h));
    return out;
}

// Index of the first name (in priority order) present; -2 with `second` set when that name occurs twice.
int findName(const std::vector<std::string>& normalized, const std::vector<std::string>& names, int& second)
{
    for (const auto& name : names) {
        const std::string want = importdetail::normalizeHeader(name);
        int found = -1;
        for (std::size_t i = 0; i < normalized.size(); ++i) {
            if (normalized[i] != want)
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

std::vector<int> findAll(const std::vector<std::string>& normalized, const ImportPreset& preset)
{
    std::vector<int> cols(allColumnRoles().size(), -1);
    for (const auto& c : preset.columns) {
        int second = -1;
        const int idx = findName(normalized, c.names, second);
        cols[static_cast<std::size_t>(c.role)] = idx == -2 ? second : idx;
    }
    return cols;
}

std::vector<std::string> missingRoles(const ImportPreset& preset, const std::vector<int>& cols)
{
    std::vector<std::string> missing;
    auto has = [&](ColumnRole r) { return cols[static_cast<std::size_t>(r)] >= 0; };
    for (const auto& c : preset.columns)
        if (c.required && !has(c.role))
            missing.emplace_back(columnRoleName(c.role));
    if (preset.kind == "orders" && !has(ColumnRole::Amount) && !(has(ColumnRole::Quantity) && has(ColumnRole::UnitPrice))) {
        const ColumnRole role = columnFor(preset, ColumnRole::Amount) ? ColumnRole::Amount
                              : has(ColumnRole::Quantity)              ? ColumnRole::UnitPrice
                                                                       : ColumnRole::Quantity;
        if (std::find(missing.begin(), missing.end(), columnRoleName(role)) == missing.end())
            missing.emplace_back(columnRoleName(role));
    }
    return missing;
}

}  // namespace

std::string_view columnRoleName(ColumnRole role)
{
    for (const auto& r : kRoleNames)
        if (r.role == role)
            return r.name;
    return "unknown";
}

std::optional<ColumnRole> columnRoleFromName(std::string_view name)
{
    for (const auto& r : kRoleNames)
        if (name == r.name)
            return r.role;
    return std::nullopt;
}

const std::vector<ColumnRole>& allColumnRoles()
{
    static const std::vector<ColumnRole> roles = [] {
        std::vector<ColumnRole> out;
        for (const auto& r : kRoleNames)
            out.push_back(r.role);
        return out;
    }();
    return roles;
}

const std::vector<ImportPreset>& builtinImportPresets()
{
    static const std::vector<ImportPreset> presets = importdetail::makeBuiltinPresets();
    return presets;
}

const ImportPreset* findBuiltinPreset(std::string_view id)
{
    for (const auto& p : builtinImportPresets())
        if (p.id == id)
            return &p;
    return nullptr;
}

PresetMatch scorePreset(const std::vector<std::string>& header, const ImportPreset& preset)
{
    PresetMatch match;
    match.preset = preset;
    const auto normalized = normalizedHeader(header);
    const auto cols = findAll(normalized, preset);
    match.missing = missingRoles(preset, cols);
    if (!match.missing.empty())
        return match;
    if (preset.generic || preset.signature.empty()) {
        std::size_t found = 0;
        for (const auto& c : preset.columns)
            found += cols[static_cast<std::size_t>(c.role)] >= 0 ? 1 : 0;
        match.score = preset.columns.empty() ? 0.0 : 0.4 * static_cast<double>(found) / static_cast<double>(preset.columns.size());
        return match;
    }
    std::size_t present = 0;
    for (const auto& name : preset.signature)
        if (std::find(normalized.begin(), normalized.end(), importdetail::normalizeHeader(name)) != normalized.end())
            ++present;
    match.score = 0.5 + 0.5 * static_cast<double>(present) / static_cast<double>(preset.signature.size());
    return match;
}

std::optional<PresetMatch> detectImportPreset(const std::vector<std::string>& header,
                                              const std::vector<ImportPreset>& candidates)
{
    std::optional<PresetMatch> best;
    for (const auto& preset : candidates) {
        PresetMatch m = scorePreset(header, preset);
        if (m.score <= 0.0)
            continue;
        if (!best || m.score > best->score)
            best = std::move(m);
    }
    return best;
}

Result<std::vector<int>> resolvePresetColumns(const std::vector<std::string>& header, const ImportPreset& preset,
                                              const std::string& file, long line)
{
    const auto normalized = normalizedHeader(header);
    std::vector<int> cols(allColumnRoles().size(), -1);
    for (const auto& c : preset.columns) {
        int second = -1;
        const int idx = findName(normalized, c.names, second);
        if (idx == -2)
            return fail(ErrorCode::Parse, "two columns could be the " + std::string(columnRoleName(c.role)) + " column: '"
                            + header[static_cast<std::size_t>(second)] + "' appears more than once (choose one)",
                        file, line, second + 1);
        cols[static_cast<std::size_t>(c.role)] = idx;
    }
    const auto missing = missingRoles(preset, cols);
    if (!missing.empty()) {
        std::string names;
        for (const auto& m : missing)
            names += (names.empty() ? "" : ", ") + m;
        return fail(ErrorCode::Parse, "the header has no " + names + " column for preset '" + preset.id + "'", file, line);
    }
    return cols;
}

Result<void> validatePreset(const ImportPreset& preset)
{
    if (preset.id.empty())
        return fail(ErrorCode::InvalidArgument, "a preset needs an id");
    if (preset.kind != "orders" && preset.kind != "subscriptions")
        return fail(ErrorCode::InvalidArgument, "preset '" + preset.id + "': kind must be orders or subscriptions, not '"
                                                    + preset.kind + "'");
    auto needs = [&](ColumnRole role) { return columnFor(preset, role) != nullptr; };
    const bool money = needs(ColumnRole::Amount) || (needs(ColumnRole::Quantity) && needs(ColumnRole::UnitPrice));
    const bool ok = preset.kind == "orders" ? needs(ColumnRole::Customer) && needs(ColumnRole::Date) && money
                                            : needs(ColumnRole::Customer) && needs(ColumnRole::StartDate) && needs(ColumnRole::Amount);
    if (!ok)
        return fail(ErrorCode::InvalidArgument, "preset '" + preset.id + "' does not name the columns a " + preset.kind
                                                    + " import needs (customer, date and amount or quantity and unit price)");
    for (const auto& c : preset.columns)
        if (c.names.empty())
            return fail(ErrorCode::InvalidArgument, "preset '" + preset.id + "': the " + std::string(columnRoleName(c.role))
                                                        + " role lists no header name");
    return {};
}

}  // namespace clv
