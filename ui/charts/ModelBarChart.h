// SPDX-License-Identifier: MIT
#pragma once

#include <QChartView>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace clv::ui {

/// One set of bars of a ModelBarChart (e.g. "Actual"), one value per category, as core computed it.
struct BarSet {
    QString name;
    QList<double> values;
};

struct BarChartData {
    QString title;
    QString xTitle, yTitle;
    QString definition;  ///< first line of every tooltip: what the numbers mean
    int decimals = 1;    ///< of values in tooltips
    QStringList categories;
    std::vector<BarSet> sets;  ///< drawn side by side per category (grouped bars)
};

/// Grouped vertical bars (actual next to model-expected per category: the frequency histogram and the holdout
/// bins of the Models page), with a tooltip per bar that starts with the definition, and export via renderTo().
class ModelBarChart : public QChartView {
    Q_OBJECT

public:
    explicit ModelBarChart(QWidget* parent = nullptr);
    ~ModelBarChart() override;

    void setBarData(BarChartData value);
    const BarChartData& barData() const { return m_data; }

    /// The values of bar set `set` as drawn on screen (read back from the chart's series; empty if none).
    QList<double> drawnValues(int set) const;
    int drawnSetCount() const;

    /// Paints the chart into `target` of any painter, laid out about 800 logical pixels wide.
    void renderTo(QPainter& painter, const QRectF& target) const;

    enum class Style { Screen, Export };
    static QChart* buildChart(const BarChartData& data, const QLocale& locale, Style style = Style::Screen);

private:
    void showToolTip(bool hovering, int index);

    BarChartData m_data;
};

}  // namespace clv::ui
