// SPDX-License-Identifier: MIT
#pragma once

#include "core/metrics/Revenue.h"

#include <QChartView>

#include <vector>

namespace clv::ui {

/// What the forecast chart shows: the observed net revenue per calendar month, then the model's expected revenue
/// per future month (month k = the k-th 30.4375-day period after the observation end) with an optional interval.
struct ForecastData {
    std::vector<clv::MonthlyRevenue> history;
    std::vector<double> forecast;  ///< per future month k = 1..horizon (empty without a model)
    std::vector<double> lower;     ///< per future month, or empty without an interval
    std::vector<double> upper;
    double level = 0.95;

    bool empty() const { return history.empty() && forecast.empty(); }
};

/// History (solid line) and forecast (dashed line) of monthly revenue with the forecast interval as a shaded band.
/// Histories longer than the chart is wide are thinned to one point per pixel column (min/max kept). Hovering
/// shows the month's figures and their definitions. The same chart is rebuilt for export (renderTo()).
class ForecastChart : public QChartView {
    Q_OBJECT

public:
    explicit ForecastChart(QWidget* parent = nullptr);
    ~ForecastChart() override;

    void setForecast(ForecastData forecast);
    const ForecastData& forecastData() const { return m_data; }

    static QString chartTitle();
    enum class Style { Screen, Export };
    /// Builds a new chart (the caller owns it); at most `maxPoints` history points (0 = all).
    static QChart* buildChart(const ForecastData& data, const QLocale& locale, Style style, int maxPoints = 0);

    /// Indexes of the history points kept when thinning `count` points to about `maxPoints` (first and last kept,
    /// per bucket the minimum and maximum), ascending. All indexes when count <= maxPoints or maxPoints <= 0.
    static std::vector<std::size_t> thinnedIndexes(const std::vector<double>& values, int maxPoints);

    void renderTo(QPainter& painter, const QRectF& target) const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void rebuild();
    void showToolTip(const QPointF& point, bool state);

    ForecastData m_data;
    int m_builtForWidth = -1;
};

}  // namespace clv::ui
