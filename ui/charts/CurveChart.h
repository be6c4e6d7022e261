// SPDX-License-Identifier: MIT
#pragma once

#include <QChartView>
#include <QList>
#include <QPointF>
#include <QString>

#include <optional>
#include <vector>

namespace clv::ui {

/// One line of a CurveChart, in display units (e.g. percent), as core computed it.
struct Curve {
    QString name;
    QList<QPointF> points;        ///< ascending x
    QList<QPointF> lower, upper;  ///< optional confidence band (same length as points), drawn as a shaded area
    bool step = false;            ///< draw as a right-continuous step function (survival curves)
};

struct CurveChartData {
    QString title;
    QString xTitle, yTitle;
    QString definition;  ///< first line of every tooltip: what the number means
    QString valueSuffix; ///< appended to values in tooltips ("%")
    int decimals = 1;    ///< of values in tooltips and axis labels
    std::optional<double> yMin, yMax;  ///< fixed y range (e.g. 0..100 %); otherwise fitted to the data
    std::vector<Curve> curves;
};

/// Lines (retention curves per cohort, cumulative revenue per customer, survival with a band) on value axes, with
/// a tooltip per point that starts with the definition of the number, and export through renderTo().
class CurveChart : public QChartView {
    Q_OBJECT

public:
    explicit CurveChart(QWidget* parent = nullptr);
    ~CurveChart() override;

    void setCurveData(CurveChartData data);
    const CurveChartData& curveData() const { return m_data; }

    /// Number of line series on screen (bands not counted).
    int lineCount() const;

    /// Paints the chart into `target` of any painter, laid out about 800 logical pixels wide.
    void renderTo(QPainter& painter, const QRectF& target) const;

    enum class Style { Screen, Export };
    static QChart* buildChart(const CurveChartData& data, const QLocale& locale, Style style = Style::Screen);
    /// The points of a right-continuous step function through `points` (a vertical jump at each x).
    static QList<QPointF> stepped(const QList<QPointF>& points);

private:
    void showToolTip(int curveIndex, const QPointF& point, bool hovering);

    CurveChartData m_data;
};

}  // namespace clv::ui
