// SPDX-License-Identifier: MIT
#include "ui/whatif/WhatIfControls.h"

#include "ui/text/Format.h"

#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace clv::ui {

WhatIfControls::WhatIfControls(QWidget* parent) : QWidget(parent)
{
    setObjectName(u"whatIfControls"_s);
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setVerticalSpacing(2);
    grid->setColumnStretch(0, 1);
    addRow(ScenarioInput::Retention, -30.0, 30.0, 0.5, 1, tr(" pp"));
    addRow(ScenarioInput::Price, -50.0, 100.0, 1.0, 1, tr(" %"));
    addRow(ScenarioInput::Frequency, -50.0, 100.0, 1.0, 1, tr(" %"));
    addRow(ScenarioInput::Margin, 0.0, 100.0, 1.0, 1, tr(" %"));
    addRow(ScenarioInput::Discount, 0.0, 10.0, 0.1, 2, tr(" %/month"));
    addRow(ScenarioInput::Horizon, 1.0, 240.0, 1.0, 0, tr(" months"));
    addRow(ScenarioInput::Cac, 0.0, 5000.0, 1.0, 2, QString());
    grid->setRowStretch(2 * kScenarioInputCount, 1);
}

void WhatIfControls::addRow(ScenarioInput input, double minimum, double maximum, double step, int decimals,
                            const QString& suffix)
{
    static constexpr std::array<const char*, kScenarioInputCount> kNames = {
        "retention", "price", "frequency", "margin", "discount", "horizon", "cac"};
    auto* grid = static_cast<QGridLayout*>(layout());
    Row& row = m_rows[index(input)];
    row.scale = std::pow(10.0, decimals);
    const QString key = QString::fromLatin1(kNames[index(input)]);
    row.label = new QLabel(inputName(input), this);
    row.spin = new QDoubleSpinBox(this);
    row.spin->setObjectName(key + u"Spin"_s);
    row.spin->setRange(minimum, maximum);
    row.spin->setDecimals(decimals);
    row.spin->setSingleStep(step);
    row.spin->setSuffix(suffix);
    row.spin->setKeyboardTracking(false);
    row.spin->setAccelerated(true);
    row.spin->setMinimumWidth(110);
    row.slider = new QSlider(Qt::Horizontal, this);
    row.slider->setObjectName(key + u"Slider"_s);
    row.slider->setRange(static_cast<int>(std::lround(minimum * row.scale)),
                         static_cast<int>(std::lround(maximum * row.scale)));
    row.slider->setSingleStep(static_cast<int>(std::lround(step * row.scale)));
    row.slider->setPageStep(static_cast<int>(std::lround(step * row.scale * 10.0)));
    row.label->setBuddy(row.spin);
    for (QWidget* w : {static_cast<QWidget*>(row.label), static_cast<QWidget*>(row.spin),
                       static_cast<QWidget*>(row.slider)})
        w->setToolTip(definition(input));
    const int r = 2 * static_cast<int>(index(input));
    grid->addWidget(row.label, r, 0);
    grid->addWidget(row.spin, r, 1);
    grid->addWidget(row.slider, r + 1, 0, 1, 2);
    grid->setRowMinimumHeight(r + 1, 26);

    connect(row.slider, &QSlider::valueChanged, this, [this, input](int position) {
        Row& rw = m_rows[index(input)];
        {
            const QSignalBlocker block(rw.spin);
            rw.spin->setValue(position / rw.scale);
        }
        if (!m_setting)
            emit inputsChanged();
    });
    connect(row.spin, &QDoubleSpinBox::valueChanged, this, [this, input](double value) {
        Row& rw = m_rows[index(input)];
        {
            const QSignalBlocker block(rw.slider);
            rw.slider->setValue(static_cast<int>(std::lround(value * rw.scale)));
        }
        if (!m_setting)
            emit inputsChanged();
    });
}

double WhatIfControls::toDisplay(ScenarioInput input, double value)
{
    return input == ScenarioInput::Margin || input == ScenarioInput::Discount ? value * 100.0 : value;
}

double WhatIfControls::fromDisplay(ScenarioInput input, double value)
{
    return input == ScenarioInput::Margin || input == ScenarioInput::Discount ? value / 100.0 : value;
}

double WhatIfControls::inputValue(const ScenarioInputs& in, ScenarioInput input)
{
    switch (input) {
    case ScenarioInput::Retention: return in.retentionPoints;
    case ScenarioInput::Price: return in.priceChangePercent;
    case ScenarioInput::Frequency: return in.frequencyPercent;
    case ScenarioInput::Margin: return in.grossMargin;
    case ScenarioInput::Discount: return in.monthlyDiscountRate;
    case ScenarioInput::Horizon: return in.horizonMonths;
    case ScenarioInput::Cac: return in.cac;
    }
    return 0.0;
}

ScenarioInputs WhatIfControls::inputs() const
{
    const auto value = [this](ScenarioInput input) { return fromDisplay(input, m_rows[index(input)].spin->value()); };
    ScenarioInputs in;
    in.retentionPoints = value(ScenarioInput::Retention);
    in.priceChangePercent = value(ScenarioInput::Price);
    in.frequencyPercent = value(ScenarioInput::Frequency);
    in.grossMargin = value(ScenarioInput::Margin);
    in.monthlyDiscountRate = value(ScenarioInput::Discount);
    in.horizonMonths = static_cast<int>(std::lround(value(ScenarioInput::Horizon)));
    in.cac = value(ScenarioInput::Cac);
    return in;
}

void WhatIfControls::setInputs(const ScenarioInputs& inputs)
{
    m_setting = true;
    for (int i = 0; i < kScenarioInputCount; ++i) {
        const auto input = static_cast<ScenarioInput>(i);
        m_rows[index(input)].spin->setValue(toDisplay(input, inputValue(inputs, input)));
    }
    m_setting = false;
    emit inputsChanged();
}

void WhatIfControls::setBaseline(const ScenarioInputs& baseline)
{
    for (int i = 0; i < kScenarioInputCount; ++i) {
        const auto input = static_cast<ScenarioInput>(i);
        const QString tip = tr("%1\nBaseline: %2").arg(definition(input),
                                                       formatInput(input, inputValue(baseline, input), locale()));
        const Row& row = m_rows[index(input)];
        row.label->setToolTip(tip);
        row.spin->setToolTip(tip);
        row.slider->setToolTip(tip);
    }
}

QString WhatIfControls::inputName(ScenarioInput input)
{
    switch (input) {
    case ScenarioInput::Retention: return tr("Retention change");
    case ScenarioInput::Price: return tr("Price / order value change");
    case ScenarioInput::Frequency: return tr("Purchase frequency change");
    case ScenarioInput::Margin: return tr("Gross margin");
    case ScenarioInput::Discount: return tr("Discount rate");
    case ScenarioInput::Horizon: return tr("Horizon");
    case ScenarioInput::Cac: return tr("CAC");
    }
    return {};
}

QString WhatIfControls::shortInputName(ScenarioInput input)
{
    switch (input) {
    case ScenarioInput::Retention: return tr("Retention");
    case ScenarioInput::Price: return tr("Price");
    case ScenarioInput::Frequency: return tr("Frequency");
    case ScenarioInput::Margin: return tr("Margin");
    case ScenarioInput::Discount: return tr("Discount");
    case ScenarioInput::Horizon: return tr("Horizon");
    case ScenarioInput::Cac: return tr("CAC");
    }
    return {};
}

QString WhatIfControls::definition(ScenarioInput input)
{
    switch (input) {
    case ScenarioInput::Retention:
        return tr("Percentage points added to the model's per-period retention (BG/NBD and MBG/NBD: the chance a "
                  "customer stays after each purchase; Pareto/NBD: the monthly retention of an active customer).");
    case ScenarioInput::Price:
        return tr("Percent change of the average order value: every expected order is worth this much more or less.");
    case ScenarioInput::Frequency:
        return tr("Percent change of how often an active customer buys (the fitted purchase rate).");
    case ScenarioInput::Margin:
        return tr("Share of revenue kept as gross margin; CLV is margin, not revenue.");
    case ScenarioInput::Discount:
        return tr("Monthly rate at which future margin is discounted to today's value.");
    case ScenarioInput::Horizon:
        return tr("Number of months ahead that CLV and the forecast cover.");
    case ScenarioInput::Cac:
        return tr("Acquisition cost per new customer, in the currency of the orders; 0 means not given. Used for "
                  "LTV:CAC and payback of a newly acquired customer, in the baseline and the scenario alike.");
    }
    return {};
}

QString WhatIfControls::formatInput(ScenarioInput input, double value, const QLocale& locale)
{
    const QString sign = value > 0.0 ? u"+"_s : QString();
    switch (input) {
    case ScenarioInput::Retention: return tr("%1%2 pp").arg(sign, formatDecimal(value, 1, locale));
    case ScenarioInput::Price:
    case ScenarioInput::Frequency: return tr("%1%2 %").arg(sign, formatDecimal(value, 1, locale));
    case ScenarioInput::Margin: return tr("%1 %").arg(formatDecimal(value * 100.0, 1, locale));
    case ScenarioInput::Discount: return tr("%1 %/month").arg(formatDecimal(value * 100.0, 2, locale));
    case ScenarioInput::Horizon:
        return tr("%n month(s)", nullptr, static_cast<int>(std::lround(value)));
    case ScenarioInput::Cac: return formatMoney(value, locale);
    }
    return {};
}

}  // namespace clv::ui
