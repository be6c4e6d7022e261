// SPDX-License-Identifier: MIT
#pragma once

#include "core/metrics/Revenue.h"

#include <QChartView>

#include <vector>

class QBarSet;

namespace clv::ui {

/// Net revenue per calendar month as a bar chart (one bar per month, months without orders included), with
/// "2024-03" month labels thinned to stay readable, locale-formatted amounts and no animations.
/// The same chart is used on screen and, rebuilt from the same data, for export (renderTo()).
class RevenueChart : public QChartView {
    Q_OBJECT

public:
    explicit RevenueChart(QWidget* parent = nullptr);
    ~RevenueChart() override;

    void setRevenue(std::vector<clv::MonthlyRevenue> months);
    const std::vector<clv::MonthlyRevenue>& revenue() const { return m_months; }

    /// Paints the chart into `target` of any painter (PDF, image, SVG), laid out at a screen-like size so that
    /// text keeps its proportions; vector output stays vector.
    void renderTo(QPainter& painter, const QRectF& target) const;

    /// The chart's title, also used as the export document title.
    static QString chartTitle();

    /// On screen the chart carries its title; in an export the document heading does, and margins are tight.
    enum class Style { Screen, Export };

    /// Builds a new chart from monthly revenue (the caller owns it).
    static QChart* buildChart(const std::vector<clv::MonthlyRevenue>& months, const QLocale& locale,
                              Style style = Style::Screen);

    /// Months between two labelled months on the x axis for `count` months (1, 2, 3, 6, 12, 24, ...).
    static int labelStep(std::size_t count);

private:
    void showToolTip(bool hovering, int index, QBarSet* set);

    std::vector<clv::MonthlyRevenue> m_months;
};

}  // namespace clv::ui
