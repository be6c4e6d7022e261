// SPDX-License-Identifier: MIT
#include "ui/charts/ChartRender.h"

#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
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

}  // namespace clv::ui
