// SPDX-License-Identifier: MIT
#include "core/storage/ModelResultStore.h"

#include <bit>
#include <cstdio>
#include <cstdlib>
#include <optional>

namespace clv::modelstore {
namespace {

// --- writing -----------------------------------------------------------------------------------------------------

std::string number(double v)
{
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    return buf;
}

/// Free text on one line: backslash and line breaks escaped.
std::string escaped(std::string_view text)
{
    std::string out;
    for (char c : text) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '\n')
            out += "\\n";
        else if (c == '\r')
            out += "\\r";
        else
            out += c;
    }
    return out;
}

std::string unescaped(std::string_view text)
{
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\\' || i + 1 == text.size()) {
            out += text[i];
            continue;
        }
        const char next = text[++i];
        out += next == 'n' ? '\n' : next == 'r' ? '\r' : next;
    }
    return out;
}

void putList(std::string& out, std::string_view key, const std::vector<double>& values)
{
    out += key;
    out += ' ' + std::to_string(values.size());
    for (double v : values)
        out += ' ' + number(v);
    out += '\n';
}

void putFit(std::string& out, std::string_view prefix, const FitResult& fit)
{
    const std::string p(prefix);
    out += p + ".model " + escaped(fit.model) + '\n';
    out += p + ".unit " + timeUnitName(fit.unit) + '\n';
    for (const FitParameter& param : fit.parameters)
        out += p + ".param " + escaped(param.name) + ' ' + number(param.value) + ' ' + number(param.standardError) + '\n';
    putList(out, p + ".covariance", fit.covariance);
    out += p + ".stats " + number(fit.logLikelihood) + ' ' + number(fit.aic) + ' ' + number(fit.bic) + ' '
           + std::to_string(fit.observations) + ' ' + std::to_string(fit.patterns) + ' ' + std::to_string(fit.iterations)
           + ' ' + number(fit.gradientNorm) + ' ' + (fit.converged ? "1" : "0") + ' ' + std::to_string(fit.startsTried)
           + ' ' + std::to_string(fit.startsConverged) + '\n';
    for (const FitWarning& w : fit.warnings)
        out += p + ".warning " + std::to_string(static_cast<int>(w.code)) + ' ' + escaped(w.detail) + '\n';
}

// --- reading -----------------------------------------------------------------------------------------------------

/// Splits off the next space-separated token of `rest`.
std::string_view token(std::string_view& rest)
{
    const std::size_t end = rest.find(' ');
    const std::string_view t = rest.substr(0, end);
    rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
    return t;
}

std::optional<double> toDouble(std::string_view t)
{
    if (t.empty())
        return std::nullopt;
    const std::string s(t);
    char* end = nullptr;
    const double v = std::strtod(s.c_str(), &end);
    if (end != s.c_str() + s.size())
        return std::nullopt;
    return v;
}

std::optional<std::int64_t> toInt(std::string_view t)
{
    if (t.empty())
        return std::nullopt;
    const std::string s(t);
    char* end = nullptr;
    const long long v = std::strtoll(s.c_str(), &end, 10);
    if (end != s.c_str() + s.size())
        return std::nullopt;
    return v;
}

std::optional<std::vector<double>> toList(std::string_view rest)
{
    auto count = toInt(token(rest));
    if (!count || *count < 0 || *count > 100000)
        return std::nullopt;
    std::vector<double> values;
    values.reserve(static_cast<std::size_t>(*count));
    for (std::int64_t i = 0; i < *count; ++i) {
        auto v = toDouble(token(rest));
        if (!v)
            return std::nullopt;
        values.push_back(*v);
    }
    if (!rest.empty())
        return std::nullopt;
    return values;
}

/// Reads one "<fit>.<field> ..." line into `fit`; false when malformed.
bool readFitLine(FitResult& fit, std::string_view field, std::string_view rest)
{
    if (field == "model") {
        fit.model = unescaped(rest);
        return true;
    }
    if (field == "unit") {
        auto unit = parseTimeUnit(rest);
        if (unit)
            fit.unit = *unit;
        return unit.has_value();
    }
    if (field == "param") {
        FitParameter p;
        p.name = unescaped(token(rest));
        auto value = toDouble(token(rest));
        auto se = toDouble(token(rest));
        if (!value || !se || !rest.empty())
            return false;
        p.value = *value;
        p.standardError = *se;
        fit.parameters.push_back(std::move(p));
        return true;
    }
    if (field == "covariance") {
        auto list = toList(rest);
        if (list)
            fit.covariance = std::move(*list);
        return list.has_value();
    }
    if (field == "stats") {
        auto ll = toDouble(token(rest)), aic = toDouble(token(rest)), bic = toDouble(token(rest));
        auto obs = toInt(token(rest)), patterns = toInt(token(rest)), iterations = toInt(token(rest));
        auto gradient = toDouble(token(rest));
        auto converged = toInt(token(rest)), tried = toInt(token(rest)), ok = toInt(token(rest));
        if (!ll || !aic || !bic || !obs || !patterns || !iterations || !gradient || !converged || !tried || !ok
            || !rest.empty())
            return false;
        fit.logLikelihood = *ll;
        fit.aic = *aic;
        fit.bic = *bic;
        fit.observations = *obs;
        fit.patterns = *patterns;
        fit.iterations = static_cast<int>(*iterations);
        fit.gradientNorm = *gradient;
        fit.converged = *converged != 0;
        fit.startsTried = static_cast<int>(*tried);
        fit.startsConverged = static_cast<int>(*ok);
        return true;
    }
    if (field == "warning") {
        auto code = toInt(token(rest));
        if (!code || *code < 0 || *code > static_cast<int>(FitWarningCode::InfiniteMeanSpend))
            return false;
        fit.warnings.push_back({static_cast<FitWarningCode>(*code), unescaped(rest)});
        return true;
    }
    return false;
}

/// Reads one line of the figures; false when malformed or unknown.
bool readFiguresLine(ModelFigures& f, std::string_view key, std::string_view rest)
{
    if (key == "kind") {
        auto kind = parsePurchaseModelKind(rest);
        if (kind)
            f.kind = *kind;
        return kind.has_value();
    }
    if (key == "settings") {
        auto horizon = toInt(token(rest));
        auto discount = toDouble(token(rest)), margin = toDouble(token(rest)), price = toDouble(token(rest));
        if (!horizon || !discount || !margin || !price || !rest.empty())
            return false;
        f.settings.horizonMonths = static_cast<int>(*horizon);
        f.settings.monthlyDiscountRate = *discount;
        f.settings.grossMargin = *margin;
        f.settings.priceChangePercent = *price;
        return true;
    }
    if (key == "totals") {
        auto customers = toDouble(token(rest)), total = toDouble(token(rest)), mean = toDouble(token(rest));
        if (!customers || !total || !mean || !rest.empty())
            return false;
        f.customers = *customers;
        f.totalClv = *total;
        f.meanClv = *mean;
        return true;
    }
    if (key == "monthly_revenue" || key == "band_lower" || key == "band_upper") {
        auto list = toList(rest);
        if (!list)
            return false;
        (key == "monthly_revenue" ? f.monthlyRevenue : key == "band_lower" ? f.bandLower : f.bandUpper) = *list;
        return true;
    }
    if (key == "interval" || key == "band") {
        auto has = toInt(token(rest));
        auto level = toDouble(token(rest));
        if (!has || !level)
            return false;
        if (key == "band") {
            f.hasBand = *has != 0;
            f.bandLevel = *level;
            return rest.empty();
        }
        auto lower = toDouble(token(rest)), upper = toDouble(token(rest));
        if (!lower || !upper || !rest.empty())
            return false;
        f.hasInterval = *has != 0;
        f.intervalLevel = *level;
        f.intervalLower = *lower;
        f.intervalUpper = *upper;
        return true;
    }
    if (key == "interval_error") {
        f.intervalError = unescaped(rest);
        return true;
    }
    if (key == "band_error") {
        f.bandError = unescaped(rest);
        return true;
    }
    return false;
}

}  // namespace

std::uint64_t inputSignature(std::span<const RfmObservation> observations, std::span<const std::uint32_t> groups,
                             std::span<const std::string> groupNames, TimeUnit unit)
{
    // Two lanes of a multiply-rotate hash over 64-bit words (fast on a million rows), folded at the end.
    std::uint64_t a = 0x243F6A8885A308D3ULL ^ observations.size(), b = 0x13198A2E03707344ULL ^ groups.size();
    const auto mix = [](std::uint64_t h, std::uint64_t v) {
        h ^= v * 0x9E3779B97F4A7C15ULL;
        h = std::rotl(h, 29) * 0xBF58476D1CE4E5B9ULL;
        return h;
    };
    for (const RfmObservation& o : observations) {
        a = mix(a, std::bit_cast<std::uint64_t>(o.frequency));
        b = mix(b, std::bit_cast<std::uint64_t>(o.recency));
        a = mix(a, std::bit_cast<std::uint64_t>(o.T));
        b = mix(b, std::bit_cast<std::uint64_t>(o.monetaryValue));
    }
    for (std::uint32_t g : groups)
        a = mix(a, g);
    for (const std::string& name : groupNames) {
        for (unsigned char c : name)
            b = mix(b, c);
        b = mix(b, 0xFFu);
    }
    a = mix(a, static_cast<std::uint64_t>(unit) + 1);
    std::uint64_t h = mix(a, b);
    h ^= h >> 31;
    return h;
}

bool sameSettings(const ValuationSettings& a, const ValuationSettings& b)
{
    return a.horizonMonths == b.horizonMonths && a.monthlyDiscountRate == b.monthlyDiscountRate
           && a.grossMargin == b.grossMargin && a.priceChangePercent == b.priceChangePercent;
}

std::string serialize(const StoredModel& model)
{
    const ModelFigures& f = model.figures;
    std::string out = "format " + std::to_string(kFormatVersion) + '\n';
    out += "signature " + std::to_string(model.signature) + '\n';
    out += std::string("kind ") + purchaseModelName(f.kind) + '\n';
    out += "settings " + std::to_string(f.settings.horizonMonths) + ' ' + number(f.settings.monthlyDiscountRate) + ' '
           + number(f.settings.grossMargin) + ' ' + number(f.settings.priceChangePercent) + '\n';
    out += "totals " + number(f.customers) + ' ' + number(f.totalClv) + ' ' + number(f.meanClv) + '\n';
    putList(out, "monthly_revenue", f.monthlyRevenue);
    out += "interval " + std::string(f.hasInterval ? "1 " : "0 ") + number(f.intervalLevel) + ' '
           + number(f.intervalLower) + ' ' + number(f.intervalUpper) + '\n';
    if (!f.intervalError.empty())
        out += "interval_error " + escaped(f.intervalError) + '\n';
    out += "band " + std::string(f.hasBand ? "1 " : "0 ") + number(f.bandLevel) + '\n';
    putList(out, "band_lower", f.bandLower);
    putList(out, "band_upper", f.bandUpper);
    if (!f.bandError.empty())
        out += "band_error " + escaped(f.bandError) + '\n';
    putFit(out, "purchase", model.purchaseFit);
    putFit(out, "spend", model.spendFit);
    return out;
}

Result<StoredModel> parse(std::string_view body)
{
    StoredModel model;
    bool sawFormat = false, sawSignature = false, sawKind = false;
    long lineNo = 0;
    while (!body.empty()) {
        ++lineNo;
        const std::size_t end = body.find('\n');
        std::string_view line = body.substr(0, end);
        body = end == std::string_view::npos ? std::string_view() : body.substr(end + 1);
        if (line.empty())
            continue;
        std::string_view rest = line;
        const std::string_view key = token(rest);
        bool ok = false;
        if (key == "format") {
            auto v = toInt(rest);
            ok = v && *v == kFormatVersion;
            sawFormat = ok;
        } else if (key == "signature") {
            const std::string s(rest);
            char* stop = nullptr;
            model.signature = std::strtoull(s.c_str(), &stop, 10);
            ok = !s.empty() && stop == s.c_str() + s.size();
            sawSignature = ok;
        } else if (key.starts_with("purchase.")) {
            ok = readFitLine(model.purchaseFit, key.substr(9), rest);
        } else if (key.starts_with("spend.")) {
            ok = readFitLine(model.spendFit, key.substr(6), rest);
        } else {
            ok = readFiguresLine(model.figures, key, rest);
            sawKind = sawKind || (ok && key == "kind");
        }
        if (!ok)
            return fail(ErrorCode::Parse, "stored model: unreadable line '" + std::string(line.substr(0, 80)) + "'",
                        {}, lineNo);
    }
    if (!sawFormat || !sawSignature || !sawKind)
        return fail(ErrorCode::Parse, "stored model: format, signature or kind missing");
    return model;
}

Result<void> save(Database& db, const StoredModel& model)
{
    auto stmt = db.prepare("INSERT INTO model_results(kind, format, signature, saved_at, body) VALUES "
                           "(?, ?, ?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?) ON CONFLICT(kind) DO UPDATE SET "
                           "format = excluded.format, signature = excluded.signature, saved_at = excluded.saved_at, "
                           "body = excluded.body");
    if (!stmt)
        return fail(stmt.error());
    stmt->bind(1, std::string_view(purchaseModelName(model.figures.kind)));
    stmt->bind(2, static_cast<std::int64_t>(kFormatVersion));
    stmt->bind(3, std::to_string(model.signature));
    stmt->bind(4, serialize(model));
    return stmt->run();
}

Result<std::vector<StoredModel>> loadAll(Database& db)
{
    std::vector<StoredModel> out;
    auto exists = db.queryInt("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'model_results'");
    if (!exists)
        return fail(exists.error());
    if (*exists == 0)
        return out;
    auto stmt = db.prepare("SELECT body, saved_at FROM model_results WHERE format = ? ORDER BY kind");
    if (!stmt)
        return fail(stmt.error());
    stmt->bind(1, static_cast<std::int64_t>(kFormatVersion));
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        auto model = parse(stmt->columnText(0));
        if (!model)
            continue;  // unreadable: as if it were not there (the model is fitted again and the row replaced)
        model->savedAt = stmt->columnText(1);
        out.push_back(std::move(*model));
    }
    return out;
}

}  // namespace clv::modelstore
