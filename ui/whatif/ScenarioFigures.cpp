// SPDX-License-Identifier: MIT
#include "ui/whatif/ScenarioFigures.h"

#include "ui/text/SegmentText.h"

#include "ui/text/Format.h"
#include "ui/whatif/WhatIfControls.h"

#include <cmath>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace clv::ui {
namespace {

const QColor kBaselineColor(0x8a, 0x94, 0xa6);
const QColor kScenarioColor(0x2f, 0x6f, 0xb3);
const QColor kLowColor(0xc2, 0x4e, 0x3a);
const QColor kHighColor(0x2e, 0x8b, 0x57);

FigureCell money(double v, const QLocale& locale) { return {formatMoney(v, locale), v}; }

FigureCell signedMoney(double v, const QLocale& locale)
{
    return {(v > 0.0 ? u"+"_s : QString()) + formatMoney(v, locale), v};
}

FigureCell percentChange(double base, double scenario, const QLocale& locale)
{
    if (base == 0.0 || !std::isfinite(base))
        return {u"—"_s, {}};
    const double p = (scenario - base) / std::abs(base) * 100.0;
    return {(p > 0.0 ? u"+"_s : QString()) + formatDecimal(p, 1, locale) + u" %"_s, p};
}

std::string groupName(const std::vector<std::string>& names, std::size_t g)
{
    return g < names.size() ? names[g] : std::to_string(g + 1);
}

double at(const std::vector<double>& v, std::size_t i) { return i < v.size() ? v[i] : 0.0; }

}  // namespace

QString ScenarioFigures::totalClvLabel() { return tr("Total CLV (existing customers)"); }
QString ScenarioFigures::segmentChartTitle() { return tr("CLV per segment: baseline vs scenario"); }
QString ScenarioFigures::revenueChartTitle() { return tr("Revenue forecast: baseline vs scenario"); }
QString ScenarioFigures::tornadoChartTitle() { return tr("Effect of each input on total CLV"); }

ScenarioFigures::Table ScenarioFigures::deltaTable(const ScenarioOutcome& b, const ScenarioOutcome& s,
                                                   const std::vector<std::string>& groups, const QLocale& locale)
{
    Table t;
    t.headers = {tr("Metric"), tr("Baseline"), tr("Scenario"), tr("Change"), tr("Change %")};
    t.headerToolTips = {tr("What is measured"), tr("With the baseline settings and the fitted behaviour"),
                        tr("With the inputs on the left"), tr("Scenario minus baseline"),
                        tr("Change relative to the baseline")};
    const auto moneyRow = [&](const QString& label, double base, double scenario, const QString& tip) {
        t.rows.push_back({{{label, {}}, money(base, locale), money(scenario, locale),
                           signedMoney(scenario - base, locale), percentChange(base, scenario, locale)},
                          tip});
    };
    moneyRow(totalClvLabel(), b.totalClv, s.totalClv,
             tr("Sum over existing customers of the expected gross margin over the horizon, discounted monthly."));
    moneyRow(tr("Mean CLV per customer"), b.meanClv, s.meanClv, tr("Total CLV divided by the number of customers."));
    for (std::size_t g = 0; g < std::max(b.groupClv.size(), s.groupClv.size()); ++g)
        moneyRow(tr("CLV: %1").arg(segmentDisplayName(groupName(groups, g))), at(b.groupClv, g), at(s.groupClv, g),
                 tr("Total CLV of the customers in this RFM segment."));
    moneyRow(tr("New-customer LTV"), b.newCustomerLtv, s.newCustomerLtv,
             tr("Discounted gross margin of a newly acquired customer over the horizon: the first purchase plus the "
                "expected repeat purchases, at the average order value."));
    const auto optionalRow = [&](const QString& label, std::optional<double> base, std::optional<double> scenario,
                                 int decimals, const QString& tip) {
        const auto cell = [&](std::optional<double> v) {
            return v ? FigureCell{formatDecimal(*v, decimals, locale), *v} : FigureCell{u"—"_s, {}};
        };
        FigureRow row{{{label, {}}, cell(base), cell(scenario)}, tip};
        if (base && scenario) {
            const double d = *scenario - *base;
            row.cells.push_back({(d > 0.0 ? u"+"_s : QString()) + formatDecimal(d, decimals, locale), d});
            row.cells.push_back(percentChange(*base, *scenario, locale));
        } else {
            row.cells.push_back({u"—"_s, {}});
            row.cells.push_back({u"—"_s, {}});
        }
        t.rows.push_back(std::move(row));
    };
    optionalRow(tr("LTV:CAC"), b.ltvToCac, s.ltvToCac, 2,
                tr("New-customer LTV divided by the acquisition cost (CAC); empty while no CAC is given."));
    const auto months = [](std::optional<int> m) { return m ? std::optional<double>(*m) : std::nullopt; };
    optionalRow(tr("Payback (months)"), months(b.paybackMonths), months(s.paybackMonths), 0,
                tr("First month in which a new customer's cumulative discounted margin reaches the CAC; empty when "
                   "no CAC is given or it is not reached within the horizon."));
    return t;
}

ScenarioBarChartData ScenarioFigures::segmentChart(const ScenarioOutcome& b, const ScenarioOutcome& s,
                                                   const std::vector<std::string>& groups, const QLocale& locale)
{
    ScenarioBarChartData d;
    d.title = segmentChartTitle();
    d.valueTitle = tr("Total CLV");
    ScenarioBarSet base{tr("Baseline"), kBaselineColor, {}, {}};
    ScenarioBarSet scen{tr("Scenario"), kScenarioColor, {}, {}};
    const QString definition = tr("CLV of a segment: its customers' expected gross margin over the horizon, "
                                  "discounted monthly.");
    for (std::size_t g = 0; g < std::max(b.groupClv.size(), s.groupClv.size()); ++g) {
        const QString name = segmentDisplayName(groupName(groups, g));
        d.categories << name;
        base.values.push_back(at(b.groupClv, g));
        scen.values.push_back(at(s.groupClv, g));
        const QString both = tr("Baseline %1, scenario %2 (%3)")
                                 .arg(formatMoney(at(b.groupClv, g), locale), formatMoney(at(s.groupClv, g), locale),
                                      percentChange(at(b.groupClv, g), at(s.groupClv, g), locale).text);
        base.toolTips << tr("%1\n%2\n%3").arg(definition, name, both);
        scen.toolTips << tr("%1\n%2\n%3").arg(definition, name, both);
    }
    d.sets = {base, scen};
    return d;
}

ScenarioFigures::Table ScenarioFigures::segmentTable(const ScenarioOutcome& b, const ScenarioOutcome& s,
                                                     const std::vector<std::string>& groups, const QLocale& locale)
{
    Table t;
    t.headers = {tr("Segment"), tr("Baseline CLV"), tr("Scenario CLV"), tr("Change"), tr("Change %")};
    for (std::size_t g = 0; g < std::max(b.groupClv.size(), s.groupClv.size()); ++g)
        t.rows.push_back({{{segmentDisplayName(groupName(groups, g)), {}}, money(at(b.groupClv, g), locale),
                           money(at(s.groupClv, g), locale), signedMoney(at(s.groupClv, g) - at(b.groupClv, g), locale),
                           percentChange(at(b.groupClv, g), at(s.groupClv, g), locale)},
                          tr("Total CLV of the customers in this RFM segment.")});
    return t;
}

CurveChartData ScenarioFigures::revenueChart(const ScenarioOutcome& b, const ScenarioOutcome& s)
{
    CurveChartData d;
    d.title = revenueChartTitle();
    d.xTitle = tr("Month");
    d.yTitle = tr("Revenue");
    d.definition = tr("Expected revenue of the existing customers in that month (before margin, not discounted)");
    d.decimals = 0;
    d.yMin = 0.0;
    for (const auto* outcome : {&b, &s}) {
        Curve c;
        c.name = outcome == &b ? tr("Baseline") : tr("Scenario");
        for (std::size_t m = 0; m < outcome->monthlyRevenue.size(); ++m)
            c.points << QPointF(static_cast<double>(m + 1), outcome->monthlyRevenue[m]);
        d.curves.push_back(std::move(c));
    }
    return d;
}

ScenarioFigures::Table ScenarioFigures::revenueTable(const ScenarioOutcome& b, const ScenarioOutcome& s,
                                                     const QLocale& locale)
{
    Table t;
    t.headers = {tr("Month"), tr("Baseline revenue"), tr("Scenario revenue"), tr("Baseline purchases"),
                 tr("Scenario purchases")};
    const std::size_t months = std::max(b.monthlyRevenue.size(), s.monthlyRevenue.size());
    const auto cell = [&locale](const std::vector<double>& v, std::size_t m, int decimals) {
        return m < v.size() ? FigureCell{formatDecimal(v[m], decimals, locale), v[m]} : FigureCell{u"—"_s, {}};
    };
    for (std::size_t m = 0; m < months; ++m)
        t.rows.push_back({{{QString::number(m + 1), static_cast<int>(m + 1)}, cell(b.monthlyRevenue, m, 2),
                           cell(s.monthlyRevenue, m, 2), cell(b.monthlyPurchases, m, 1),
                           cell(s.monthlyPurchases, m, 1)},
                          tr("Expected revenue (before margin, not discounted) and purchases of the existing "
                             "customers in month %1 from now.").arg(m + 1)});
    return t;
}

ScenarioBarChartData ScenarioFigures::tornadoChart(const TornadoResult& tornado, const QLocale& locale)
{
    ScenarioBarChartData d;
    d.title = tornadoChartTitle();
    d.valueTitle = tr("Change of total CLV");
    d.symmetric = true;
    ScenarioBarSet low{tr("Input lowered"), kLowColor, {}, {}};
    ScenarioBarSet high{tr("Input raised"), kHighColor, {}, {}};
    const QString definition = tr("Change of total CLV when only this input moves from the current scenario.");
    for (const TornadoBar& bar : tornado.bars) {
        d.categories << WhatIfControls::shortInputName(bar.input);
        for (auto* set : {&low, &high}) {
            const bool isHigh = set == &high;
            const std::optional<double> clv = isHigh ? bar.highClv : bar.lowClv;
            const double input = isHigh ? bar.highInput : bar.lowInput;
            set->values.push_back(clv ? *clv - tornado.centerClv : 0.0);
            set->toolTips << (clv ? tr("%1\n%2 at %3: total CLV %4 (%5)")
                                        .arg(definition, WhatIfControls::inputName(bar.input),
                                             WhatIfControls::formatInput(bar.input, input, locale),
                                             formatMoney(*clv, locale), signedMoney(*clv - tornado.centerClv, locale).text)
                                  : tr("%1\n%2 at %3: outside the model's valid range")
                                        .arg(definition, WhatIfControls::inputName(bar.input),
                                             WhatIfControls::formatInput(bar.input, input, locale)));
        }
    }
    d.sets = {low, high};
    return d;
}

ScenarioFigures::Table ScenarioFigures::tornadoTable(const TornadoResult& tornado, const QLocale& locale)
{
    Table t;
    t.headers = {tr("Input"), tr("Lowered to"), tr("Total CLV"), tr("Change"), tr("Raised to"), tr("Total CLV"),
                 tr("Change")};
    for (const TornadoBar& bar : tornado.bars) {
        FigureRow row;
        row.toolTip = tr("Total CLV with only this input moved down and up around the current scenario "
                         "(total CLV there: %1).").arg(formatMoney(tornado.centerClv, locale));
        row.cells.push_back({WhatIfControls::inputName(bar.input), {}});
        for (const bool isHigh : {false, true}) {
            const std::optional<double> clv = isHigh ? bar.highClv : bar.lowClv;
            const double input = isHigh ? bar.highInput : bar.lowInput;
            row.cells.push_back({WhatIfControls::formatInput(bar.input, input, locale), input});
            row.cells.push_back(clv ? money(*clv, locale) : FigureCell{tr("out of range"), {}});
            row.cells.push_back(clv ? signedMoney(*clv - tornado.centerClv, locale) : FigureCell{u"—"_s, {}});
        }
        t.rows.push_back(std::move(row));
    }
    return t;
}

}  // namespace clv::ui
