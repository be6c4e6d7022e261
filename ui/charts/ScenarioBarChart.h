// SPDX-License-Identifier: MIT
#pragma once

#include <QChartView>
#include <QColor>
#include <QStringList>

#include <vector>

namespace clv::ui {

/// Two sets of horizontal bars per category, in display units as core computed them: the what-if page's CLV per
/// segment (baseline next to scenario) and its tornado (total CLV change with each input lowered and raised).
struct ScenarioBarSet {
    QString name;
    QColor color;
    std::vector<double> values;  ///< one per category
    QStringList toolTips;        ///< one per category: the full text shown on hover (definition included)
};

struct ScenarioBarChartData {
    QString title;
    QString valueTitle;        ///< the value axis title
    QString emptyText;         ///< shown in the plot when there are no categories
    QStringList categories;    ///< top to bottom
    std::vector<ScenarioBarSet> sets;
    bool symmetric = false;    ///< value axis symmetric around 0 (tornado)
};

class ScenarioBarChart : public QChartView {
    Q_OBJECT

public:
    explicit ScenarioBarChart(QWidget* parent = nullptr);
    ~ScenarioBarChart() override;

    void setBarData(ScenarioBarChartData data);
    const ScenarioBarChartData& barData() const { return m_data; }
    /// Bars on screen (sets × categories).
    int barCount() const;

    /// Paints the chart into `target` of any painter, laid out about 800 logical pixels wide (export).
    void renderTo(QPainter& painter, const QRectF& target) const;

    enum class Style { Screen, Export };
    static QChart* buildChart(const ScenarioBarChartData& data, const QLocale& locale, Style style = Style::Screen);

private:
    bool updateInPlace(const ScenarioBarChartData& next);
    void showToolTip(bool hovering, int set, int index);

    ScenarioBarChartData m_data;
};

}  // namespace clv::ui
