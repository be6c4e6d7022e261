// SPDX-License-Identifier: MIT
#include "ui/charts/ChartRender.h"

#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLocale>
#include <QPainter>

namespace clv::ui {

void renderChartCopy(QChart* chart, QPainter& painter, const QRectF& target)
{
    QGraphicsScene scene;
    scene.addItem(chart);  // the scene owns and deletes the copy
    if (target.isEmpty())
        return;
    const QSizeF logical(800.0, 800.0 * target.height() / target.width());
    chart->setGeometry(QRectF(QPointF(0.0, 0.0), logical));
    if (QGraphicsLayout* layout = chart->layout())
        layout->activate();
    scene.setSceneRect(QRectF(QPointF(0.0, 0.0), logical));
    scene.render(&painter, target, scene.sceneRect(), Qt::KeepAspectRatio);
}

QChart* newStyledChart(const QLocale& locale, bool forExport, double titleScale)
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setLocalizeNumbers(true);
    chart->setLocale(locale);
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * titleScale);
    chart->setTitleFont(titleFont);
    if (forExport) {
        chart->layout()->setContentsMargins(0, 0, 0, 0);
        chart->setMargins(QMargins(0, 4, 4, 0));
    }
    return chart;
}

}  // namespace clv::ui
