// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <QWidget>

#include <limits>
#include <optional>
#include <utility>
#include <vector>

class QPainter;

namespace clv::ui {

/// One cell of a heat map. A NaN value leaves the cell out (e.g. periods a cohort has not reached yet).
struct HeatmapCell {
    double value = std::numeric_limits<double>::quiet_NaN();  ///< drives the colour, on the data's [low, high]
    QString text;     ///< drawn in the cell when it fits (may hold several lines)
    QString toolTip;  ///< the number and its definition
};

/// A grid of cells with row and column labels, a title and a colour scale legend. Values are what core computed;
/// the view only maps them to colours.
struct HeatmapData {
    QString title;
    QString rowTitle, columnTitle;
    QStringList rowLabels, columnLabels;
    std::vector<HeatmapCell> cells;  ///< rowLabels.size() x columnLabels.size(), row-major
    double low = 0.0, high = 1.0;    ///< colour scale range
    QString lowText, highText;       ///< legend captions of the scale ends

    int rows() const { return static_cast<int>(rowLabels.size()); }
    int columns() const { return static_cast<int>(columnLabels.size()); }
    const HeatmapCell& cell(int row, int column) const
    {
        return cells[static_cast<std::size_t>(row) * static_cast<std::size_t>(columns()) +
                     static_cast<std::size_t>(column)];
    }
};

/// A painted heat map (Qt Charts has none): cells coloured on a light-to-dark blue scale, text inside cells when
/// there is room, a tooltip per cell, click and context-menu signals per cell, and vector export via renderTo().
class HeatmapView : public QWidget {
    Q_OBJECT

public:
    explicit HeatmapView(QWidget* parent = nullptr);

    void setData(HeatmapData data);
    const HeatmapData& heatmapData() const { return m_data; }

    /// Outlines one cell (e.g. the one whose segment is shown); nullopt clears it.
    void setHighlightedCell(std::optional<std::pair<int, int>> cell);

    /// The cell under a widget position, if any.
    std::optional<std::pair<int, int>> cellAt(const QPointF& position) const;
    /// The rectangle of a cell in widget coordinates.
    QRectF cellRect(int row, int column) const;

    /// Paints into `target` of any painter (PDF, PNG, SVG), laid out about 800 logical pixels wide.
    void renderTo(QPainter& painter, const QRectF& target) const;

    /// The fill colour for a position t in [0, 1] on the scale.
    static QColor scaleColor(double t);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void cellClicked(int row, int column);
    void cellMenuRequested(int row, int column, const QPoint& globalPosition);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Geometry {
        QRectF grid;
        double cellWidth = 0.0, cellHeight = 0.0;
        double titleHeight = 0.0, lineHeight = 0.0;
    };
    Geometry geometryFor(const QRectF& area, const QFontMetricsF& metrics) const;
    void paint(QPainter& painter, const QRectF& area) const;
    void paintLabels(QPainter& painter, const Geometry& g, const QFontMetricsF& metrics) const;
    void paintLegend(QPainter& painter, const Geometry& g, const QRectF& area) const;

    HeatmapData m_data;
    std::optional<std::pair<int, int>> m_highlight;
};

}  // namespace clv::ui
