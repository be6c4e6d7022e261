// SPDX-License-Identifier: MIT
#pragma once

#include "core/metrics/Rfm.h"

#include <QChartView>

#include <memory>

class QBarSet;

namespace clv::ui {

/// Customers and revenue per RFM segment as horizontal bars: each segment's share of all customers next to its
/// share of all revenue (both in percent, so one axis serves both); the tooltip gives the absolute numbers.
/// Clicking a segment's bars emits segmentClicked() with the index into RfmResult::segments.
class SegmentChart : public QChartView {
    Q_OBJECT

public:
    explicit SegmentChart(QWidget* parent = nullptr);
    ~SegmentChart() override;

    void setResult(std::shared_ptr<const clv::RfmResult> result);
    const std::shared_ptr<const clv::RfmResult>& result() const { return m_result; }

    void renderTo(QPainter& painter, const QRectF& target) const;

    static QString chartTitle();
    enum class Style { Screen, Export };
    static QChart* buildChart(const clv::RfmResult* result, const QLocale& locale, Style style = Style::Screen);

signals:
    void segmentClicked(int segment);

private:
    void showToolTip(bool hovering, int index);

    std::shared_ptr<const clv::RfmResult> m_result;
};

}  // namespace clv::ui
