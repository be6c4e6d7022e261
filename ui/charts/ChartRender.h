// SPDX-License-Identifier: MIT
#pragma once

#include <QRectF>

class QChart;
class QLocale;
class QPainter;

namespace clv::ui {

/// Renders `chart` (a fresh export-style copy; this function takes ownership and deletes it) into `target`:
/// laid out about 800 logical pixels wide with the target's aspect ratio, then scaled in, so exported PDF, PNG
/// and SVG files share one look whatever their size. Nothing happens for an empty target.
void renderChartCopy(QChart* chart, QPainter& painter, const QRectF& target);

/// A new chart with the house style: no animation, square background, numbers in `locale`, a bold title font
/// scaled by `titleScale`; for export (`forExport`) without outer margins, so the file is all chart.
QChart* newStyledChart(const QLocale& locale, bool forExport, double titleScale = 1.0);

}  // namespace clv::ui
