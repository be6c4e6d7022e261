// SPDX-License-Identifier: MIT
#pragma once

#include <QRectF>

class QChart;
class QPainter;

namespace clv::ui {

/// Renders `chart` (a fresh export-style copy; this function takes ownership and deletes it) into `target`:
/// laid out about 800 logical pixels wide with the target's aspect ratio, then scaled in, so exported PDF, PNG
/// and SVG files share one look whatever their size. Nothing happens for an empty target.
void renderChartCopy(QChart* chart, QPainter& painter, const QRectF& target);

}  // namespace clv::ui
