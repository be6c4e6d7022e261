// SPDX-License-Identifier: MIT
#include "core/storage/ScenarioStore.h"

#include <cmath>

namespace clv::scenarios {
namespace {

constexpr std::size_t kMaxNameBytes = 200;
constexpr const char* kColumns =
    "name, retention_points, frequency_percent, price_change_percent, gross_margin, monthly_discount_rate, "
    "horizon_months, cac, created_at, updated_at";

bool isBlank(std::string_view text)
{
    for (char c : text)
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            return false;
    return true;
}

SavedScenario fromRow(const Statement& stmt)
{
    SavedScenario s;
    s.name = stmt.columnText(0);
    s.inputs.retentionPoints = stmt.columnDouble(1);
    s.inputs.frequencyPercent = stmt.columnDouble(2);
    s.inputs.priceChangePercent = stmt.columnDouble(3);
    s.inputs.grossMargin = stmt.columnDouble(4);
    s.inputs.monthlyDiscountRate = stmt.columnDouble(5);
    s.inputs.horizonMonths = static_cast<int>(stmt.columnInt(6));
    s.inputs.cac = stmt.columnDouble(7);
    s.createdAt = stmt.columnText(8);
    s.updatedAt = stmt.columnText(9);
    return s;
}

}  // namespace

std::string validate(const ScenarioInputs& in)
{
    const auto finite = [](double v) { return std::isfinite(v); };
    if (!finite(in.retentionPoints) || in.retentionPoints <= -100.0 || in.retentionPoints >= 100.0)
        return "retentionPoints";
    if (!finite(in.frequencyPercent) || in.frequencyPercent <= -100.0)
        return "frequencyPercent";
    if (!finite(in.priceChangePercent) || in.priceChangePercent <= -100.0)
        return "priceChangePercent";
    if (!finite(in.grossMargin) || in.grossMargin < 0.0 || in.grossMargin > 1.0)
        return "grossMargin";
    if (!finite(in.monthlyDiscountRate) || in.monthlyDiscountRate < 0.0 || in.monthlyDiscountRate >= 1.0)
        return "monthlyDiscountRate";
    if (in.horizonMonths < 1 || in.horizonMonths > 1200)
        return "horizonMonths";
    if (!finite(in.cac) || in.cac < 0.0)
        return "cac";
    return {};
}

Result<std::vector<SavedScenario>> list(Database& db)
{
    auto stmt = db.prepare(std::string("SELECT ") + kColumns + " FROM scenarios ORDER BY name");
    if (!stmt)
        return fail(stmt.error());
    std::vector<SavedScenario> out;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        out.push_back(fromRow(*stmt));
    }
    return out;
}

Result<void> save(Database& db, std::string_view name, const ScenarioInputs& inputs)
{
    if (name.empty() || isBlank(name))
        return fail(ErrorCode::InvalidArgument, "scenario name is empty");
    if (name.size() > kMaxNameBytes)
        return fail(ErrorCode::InvalidArgument, "scenario name is longer than 200 bytes");
    if (const auto bad = validate(inputs); !bad.empty())
        return fail(ErrorCode::InvalidArgument, bad);
    auto stmt = db.prepare(
        "INSERT INTO scenarios (name, retention_points, frequency_percent, price_change_percent, gross_margin, "
        "monthly_discount_rate, horizon_months, cac, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')) "
        "ON CONFLICT (name) DO UPDATE SET retention_points = excluded.retention_points, "
        "frequency_percent = excluded.frequency_percent, price_change_percent = excluded.price_change_percent, "
        "gross_margin = excluded.gross_margin, monthly_discount_rate = excluded.monthly_discount_rate, "
        "horizon_months = excluded.horizon_months, cac = excluded.cac, updated_at = excluded.updated_at");
    if (!stmt)
        return fail(stmt.error());
    stmt->bind(1, name)
        .bind(2, inputs.retentionPoints)
        .bind(3, inputs.frequencyPercent)
        .bind(4, inputs.priceChangePercent)
        .bind(5, inputs.grossMargin)
        .bind(6, inputs.monthlyDiscountRate)
        .bind(7, static_cast<std::int64_t>(inputs.horizonMonths))
        .bind(8, inputs.cac);
    return stmt->run();
}

Result<std::optional<SavedScenario>> load(Database& db, std::string_view name)
{
    auto stmt = db.prepare(std::string("SELECT ") + kColumns + " FROM scenarios WHERE name = ?");
    if (!stmt)
        return fail(stmt.error());
    stmt->bind(1, name);
    auto row = stmt->step();
    if (!row)
        return fail(row.error());
    if (!*row)
        return std::optional<SavedScenario>();
    return std::optional<SavedScenario>(fromRow(*stmt));
}

Result<bool> remove(Database& db, std::string_view name)
{
    auto stmt = db.prepare("DELETE FROM scenarios WHERE name = ?");
    if (!stmt)
        return fail(stmt.error());
    stmt->bind(1, name);
    if (auto r = stmt->run(); !r)
        return fail(r.error());
    auto changes = db.queryInt("SELECT changes()");
    if (!changes)
        return fail(changes.error());
    return *changes > 0;
}

}  // namespace clv::scenarios
