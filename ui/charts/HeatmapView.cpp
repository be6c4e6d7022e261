// SPDX-License-Identifier: MIT
#include "ui/charts/HeatmapView.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace clv::ui {
namespace {

const QColor kLow(0xf0, 0xf5, 0xfb);
const QColor kHigh(0x1d, 0x4a, 0x86);

double maxTextWidth(const QFontMetricsF& metrics, const QStringList& labels)
{
    double width = 0.0;
    for (const QString& label : labels)
        width = std::max(width, metrics.horizontalAdvance(label));
    return width;
}

int labelStep(double labelSize, double cellSize)
{
    if (cellSize <= 0.0)
        return 1;
    return std::max(1, static_cast<int>(std::ceil(labelSize / cellSize)));
}

}  // namespace

HeatmapView::HeatmapView(QWidget* parent) : QWidget(parent)
{
    setObjectName(u"heatmapView"_s);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

QSize HeatmapView::sizeHint() const
{
    return {520, 360};
}

QSize HeatmapView::minimumSizeHint() const
{
    return {240, 180};
}

void HeatmapView::setData(HeatmapData heatmap)
{
    m_data = std::move(heatmap);
    m_highlight.reset();
    update();
}

void HeatmapView::setHighlightedCell(std::optional<std::pair<int, int>> cell)
{
    m_highlight = cell;
    update();
}

QColor HeatmapView::scaleColor(double t)
{
    t = std::clamp(std::isfinite(t) ? t : 0.0, 0.0, 1.0);
    const auto mix = [t](int a, int b) { return static_cast<int>(std::lround(a + (b - a) * t)); };
    return QColor(mix(kLow.red(), kHigh.red()), mix(kLow.green(), kHigh.green()), mix(kLow.blue(), kHigh.blue()));
}

HeatmapView::Geometry HeatmapView::geometryFor(const QRectF& area, const QFontMetricsF& metrics) const
{
    Geometry g;
    g.lineHeight = metrics.height();
    g.titleHeight = m_data.title.isEmpty() ? 0.0 : g.lineHeight * 1.6;
    const double left = g.lineHeight * 1.4 + maxTextWidth(metrics, m_data.rowLabels) + 8.0;
    const double bottom = g.lineHeight * 4.6;
    const QRectF grid(area.left() + left, area.top() + g.titleHeight + 4.0, area.width() - left - 12.0,
                      area.height() - g.titleHeight - 4.0 - bottom);
    g.grid = grid;
    if (m_data.rows() > 0 && m_data.columns() > 0 && grid.width() > 0 && grid.height() > 0) {
        g.cellWidth = grid.width() / m_data.columns();
        g.cellHeight = grid.height() / m_data.rows();
    }
    return g;
}

QRectF HeatmapView::cellRect(int row, int column) const
{
    const Geometry g = geometryFor(QRectF(rect()), QFontMetricsF(font()));
    return {g.grid.left() + column * g.cellWidth, g.grid.top() + row * g.cellHeight, g.cellWidth, g.cellHeight};
}

std::optional<std::pair<int, int>> HeatmapView::cellAt(const QPointF& position) const
{
    const Geometry g = geometryFor(QRectF(rect()), QFontMetricsF(font()));
    if (g.cellWidth <= 0.0 || !g.grid.contains(position))
        return std::nullopt;
    const int column = std::min(m_data.columns() - 1, static_cast<int>((position.x() - g.grid.left()) / g.cellWidth));
    const int row = std::min(m_data.rows() - 1, static_cast<int>((position.y() - g.grid.top()) / g.cellHeight));
    if (std::isnan(m_data.cell(row, column).value))
        return std::nullopt;
    return std::make_pair(row, column);
}

void HeatmapView::paint(QPainter& painter, const QRectF& area) const
{
    const QFontMetricsF metrics(painter.font());
    const Geometry g = geometryFor(area, metrics);
    if (!m_data.title.isEmpty()) {
        QFont bold = painter.font();
        bold.setBold(true);
        bold.setPointSizeF(bold.pointSizeF() * 1.15);
        painter.save();
        painter.setFont(bold);
        painter.drawText(QRectF(area.left(), area.top(), area.width(), g.titleHeight), Qt::AlignCenter,
                         m_data.title);
        painter.restore();
    }
    if (g.cellWidth <= 0.0 || g.cellHeight <= 0.0)
        return;
    const double span = m_data.high > m_data.low ? m_data.high - m_data.low : 1.0;
    const QPen cellPen(palette().color(QPalette::Base), g.cellWidth > 6.0 && g.cellHeight > 6.0 ? 1.0 : 0.0);
    for (int r = 0; r < m_data.rows(); ++r) {
        for (int c = 0; c < m_data.columns(); ++c) {
            const HeatmapCell& cell = m_data.cell(r, c);
            if (std::isnan(cell.value))
                continue;
            const QRectF box(g.grid.left() + c * g.cellWidth, g.grid.top() + r * g.cellHeight, g.cellWidth,
                             g.cellHeight);
            const double t = (cell.value - m_data.low) / span;
            painter.setPen(cellPen.widthF() > 0.0 ? cellPen : Qt::NoPen);
            painter.setBrush(scaleColor(t));
            painter.drawRect(box);
            if (cell.text.isEmpty())
                continue;
            const QStringList lines = cell.text.split(u'\n');
            if (static_cast<double>(lines.size()) * g.lineHeight > box.height() - 2.0 || maxTextWidth(metrics, lines) > box.width() - 4.0)
                continue;
            painter.setPen(t > 0.5 ? QColor(Qt::white) : QColor(0x20, 0x20, 0x20));
            painter.drawText(box, Qt::AlignCenter, cell.text);
        }
    }
    if (m_highlight && m_highlight->first < m_data.rows() && m_highlight->second < m_data.columns()) {
        painter.setPen(QPen(QColor(0xe0, 0x7b, 0x00), 3.0));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(g.grid.left() + m_highlight->second * g.cellWidth,
                                g.grid.top() + m_highlight->first * g.cellHeight, g.cellWidth, g.cellHeight)
                             .adjusted(1.5, 1.5, -1.5, -1.5));
    }
    paintLabels(painter, g, metrics);
    paintLegend(painter, g, area);
}

void HeatmapView::paintLabels(QPainter& painter, const Geometry& g, const QFontMetricsF& metrics) const
{
    painter.setPen(palette().color(QPalette::WindowText));
    const int rowStep = labelStep(g.lineHeight, g.cellHeight);
    for (int r = 0; r < m_data.rows(); r += rowStep) {
        const QRectF box(g.grid.left() - 4.0 - maxTextWidth(metrics, m_data.rowLabels), g.grid.top() + r * g.cellHeight,
                         maxTextWidth(metrics, m_data.rowLabels), g.cellHeight);
        painter.drawText(box, Qt::AlignRight | Qt::AlignVCenter, m_data.rowLabels.at(r));
    }
    const int columnStep = labelStep(maxTextWidth(metrics, m_data.columnLabels) + 8.0, g.cellWidth);
    for (int c = 0; c < m_data.columns(); c += columnStep) {
        const double centre = g.grid.left() + (c + 0.5) * g.cellWidth;
        const QRectF box(centre - 60.0, g.grid.bottom() + 2.0, 120.0, g.lineHeight);
        painter.drawText(box, Qt::AlignHCenter | Qt::AlignTop, m_data.columnLabels.at(c));
    }
    painter.drawText(QRectF(g.grid.left(), g.grid.bottom() + g.lineHeight + 4.0, g.grid.width(), g.lineHeight),
                     Qt::AlignCenter, m_data.columnTitle);
    painter.save();
    painter.translate(g.grid.left() - maxTextWidth(metrics, m_data.rowLabels) - 10.0 - g.lineHeight * 0.5,
                      g.grid.center().y());
    painter.rotate(-90.0);
    painter.drawText(QRectF(-g.grid.height() / 2.0, -g.lineHeight / 2.0, g.grid.height(), g.lineHeight),
                     Qt::AlignCenter, m_data.rowTitle);
    painter.restore();
}

void HeatmapView::paintLegend(QPainter& painter, const Geometry& g, const QRectF& area) const
{
    const double y = g.grid.bottom() + g.lineHeight * 2.6;
    const double width = std::min(240.0, g.grid.width() * 0.5);
    const QRectF bar(g.grid.center().x() - width / 2.0, y, width, g.lineHeight * 0.7);
    QLinearGradient gradient(bar.topLeft(), bar.topRight());
    gradient.setColorAt(0.0, scaleColor(0.0));
    gradient.setColorAt(1.0, scaleColor(1.0));
    painter.setPen(QPen(palette().color(QPalette::Mid), 0.0));
    painter.setBrush(gradient);
    painter.drawRect(bar);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(QRectF(area.left(), y - 2.0, bar.left() - area.left() - 6.0, g.lineHeight),
                     Qt::AlignRight | Qt::AlignVCenter, m_data.lowText);
    painter.drawText(QRectF(bar.right() + 6.0, y - 2.0, area.right() - bar.right() - 6.0, g.lineHeight),
                     Qt::AlignLeft | Qt::AlignVCenter, m_data.highText);
}

void HeatmapView::paintEvent(QPaintEvent* /*event*/)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, false);
    paint(painter, QRectF(rect()));
}

void HeatmapView::renderTo(QPainter& painter, const QRectF& target) const
{
    if (target.isEmpty())
        return;
    const QSizeF logical(800.0, 800.0 * target.height() / target.width());
    painter.save();
    painter.translate(target.topLeft());
    painter.scale(target.width() / logical.width(), target.height() / logical.height());
    painter.setFont(font());
    paint(painter, QRectF(QPointF(0.0, 0.0), logical));
    painter.restore();
}

void HeatmapView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        if (const auto cell = cellAt(event->position()))
            emit cellClicked(cell->first, cell->second);
    }
    QWidget::mousePressEvent(event);
}

void HeatmapView::contextMenuEvent(QContextMenuEvent* event)
{
    if (const auto cell = cellAt(QPointF(event->pos())))
        emit cellMenuRequested(cell->first, cell->second, event->globalPos());
}

bool HeatmapView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const auto cell = cellAt(QPointF(help->pos()));
        if (cell && !m_data.cell(cell->first, cell->second).toolTip.isEmpty())
            QToolTip::showText(help->globalPos(), m_data.cell(cell->first, cell->second).toolTip, this,
                               cellRect(cell->first, cell->second).toRect());
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

}  // namespace clv::ui
