// SPDX-License-Identifier: MIT
#pragma once

#include "ui/whatif/ScenarioTypes.h"

#include <QWidget>

#include <array>

class QDoubleSpinBox;
class QLabel;
class QSlider;

namespace clv::ui {

/// The what-if inputs: per input a slider (dragging) and a spin box (exact entry), kept in sync. The controls
/// show display units (percent for margin and discount rate) and convert to clv::ScenarioInputs in inputs().
/// inputsChanged() fires on every change of any input (the page debounces and the worker coalesces).
class WhatIfControls : public QWidget {
    Q_OBJECT

public:
    explicit WhatIfControls(QWidget* parent = nullptr);

    clv::ScenarioInputs inputs() const;
    /// Shows `inputs` (rounded to each spin box's decimals); emits inputsChanged() once.
    void setInputs(const clv::ScenarioInputs& inputs);
    /// The value an input is reset to is shown in its tooltip.
    void setBaseline(const clv::ScenarioInputs& baseline);

    QSlider* slider(ScenarioInput input) const { return m_rows[index(input)].slider; }
    QDoubleSpinBox* spinBox(ScenarioInput input) const { return m_rows[index(input)].spin; }

    /// Translated name of an input ("Retention change") and the definition used in tooltips.
    static QString inputName(ScenarioInput input);
    /// One word for chart axes ("Retention", "Price", ...).
    static QString shortInputName(ScenarioInput input);
    static QString definition(ScenarioInput input);
    /// An input value of clv::ScenarioInputs in display form ("+5.0 pp", "60.0 %", "18 months").
    static QString formatInput(ScenarioInput input, double value, const QLocale& locale);
    /// The input's value in clv::ScenarioInputs units.
    static double inputValue(const clv::ScenarioInputs& inputs, ScenarioInput input);

signals:
    void inputsChanged();

private:
    struct Row {
        QSlider* slider = nullptr;
        QDoubleSpinBox* spin = nullptr;
        QLabel* label = nullptr;
        double scale = 1.0;  ///< slider position = spin value × scale
    };
    static std::size_t index(ScenarioInput input) { return static_cast<std::size_t>(input); }
    void addRow(ScenarioInput input, double minimum, double maximum, double step, int decimals, const QString& suffix);
    static double toDisplay(ScenarioInput input, double value);
    static double fromDisplay(ScenarioInput input, double value);

    std::array<Row, kScenarioInputCount> m_rows{};
    bool m_setting = false;
};

}  // namespace clv::ui
