// SPDX-License-Identifier: MIT
#include "ui/analytics/AnalyticsPages.h"

#include "ui/analytics/ChurnPage.h"
#include "ui/analytics/CohortsPage.h"
#include "ui/analytics/SegmentsPage.h"
#include "ui/modelling/ModelsPage.h"
#include "ui/whatif/WhatIfPage.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QTimer>

#include <array>

namespace clv::ui {

AnalyticsPages::AnalyticsPages(QWidget* parent) : QObject(parent)
{
    m_segments = new SegmentsPage(parent);
    m_cohorts = new CohortsPage(parent);
    m_churn = new ChurnPage(parent);
    m_models = new ModelsPage(parent);
    m_whatIf = new WhatIfPage(parent);
    const auto receiver = [](auto* page) {
        return Receiver{page, [page](std::shared_ptr<const ProjectData> data) { page->setData(std::move(data)); }};
    };
    m_receivers = {receiver(m_segments), receiver(m_cohorts), receiver(m_churn), receiver(m_models),
                   receiver(m_whatIf)};
}

void AnalyticsPages::setModelService(ModelService* service)
{
    m_models->setModelService(service);
    m_whatIf->setModelService(service);
}

QList<AnalyticsPages::Entry> AnalyticsPages::entries() const
{
    return {
        {m_segments, tr("Segments"), tr("RFM grid, segments and their customers; edit which cell is which segment"),
         paintedIcon(0)},
        {m_cohorts, tr("Cohorts"), tr("Retention and revenue per customer by acquisition cohort"), paintedIcon(1)},
        {m_churn, tr("Churn"), tr("Survival curves: how long customers keep buying or subscriptions last"),
         paintedIcon(2)},
        {m_models, tr("Models"),
         tr("Fit BG/NBD, MBG/NBD, Pareto/NBD and Gamma-Gamma; parameters, diagnostics, holdout test, comparison"),
         paintedIcon(3)},
        {m_whatIf, tr("What-if"), tr("Move retention, price, frequency, margin, discount rate and CAC against the "
                                     "baseline"),
         paintedIcon(4)},
    };
}

SegmentsPage* AnalyticsPages::segments()
{
    flushPending();
    return m_segments;
}

CohortsPage* AnalyticsPages::cohorts()
{
    flushPending();
    return m_cohorts;
}

ChurnPage* AnalyticsPages::churn()
{
    flushPending();
    return m_churn;
}

ModelsPage* AnalyticsPages::models()
{
    flushPending();
    return m_models;
}

WhatIfPage* AnalyticsPages::whatIf()
{
    flushPending();
    return m_whatIf;
}

void AnalyticsPages::setData(std::shared_ptr<const ProjectData> snapshot)
{
    m_pendingData = std::move(snapshot);
    // The page in front first, then the others in side-list order.
    m_pendingPages.clear();
    for (const Receiver& receiver : m_receivers)
        m_pendingPages.append(receiver.page);
    for (QWidget* page : m_pendingPages)
        if (page->isVisible()) {
            m_pendingPages.removeOne(page);
            deliver(page);
            break;
        }
    if (!m_pendingPages.isEmpty() && !m_deliveryScheduled) {
        m_deliveryScheduled = true;
        QTimer::singleShot(0, this, &AnalyticsPages::deliverNext);
    }
}

void AnalyticsPages::deliverNext()
{
    m_deliveryScheduled = false;
    if (m_pendingPages.isEmpty())
        return;
    deliver(m_pendingPages.takeFirst());
    if (m_pendingPages.isEmpty()) {
        m_pendingData.reset();
        return;
    }
    m_deliveryScheduled = true;
    QTimer::singleShot(0, this, &AnalyticsPages::deliverNext);
}

void AnalyticsPages::deliver(QWidget* page)
{
    for (const Receiver& receiver : m_receivers)
        if (receiver.page == page)
            receiver.setData(m_pendingData);
}

void AnalyticsPages::flushPending()
{
    while (!m_pendingPages.isEmpty())
        deliver(m_pendingPages.takeFirst());
    m_pendingData.reset();
}

void AnalyticsPages::clear()
{
    m_pendingPages.clear();
    m_pendingData.reset();
    m_segments->clear();
    m_cohorts->clear();
    m_churn->clear();
    m_models->clear();
    m_whatIf->clear();
}

bool AnalyticsPages::isBusy() const
{
    return !m_pendingPages.isEmpty() || m_segments->isBusy() || m_cohorts->isBusy() || m_churn->isBusy() || m_models->isBusy() ||
           m_whatIf->isBusy();
}

QIcon AnalyticsPages::paintedIcon(int kind)
{
    QIcon icon;
    for (int size : {24, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.scale(size / 24.0, size / 24.0);
        const QColor dark(0x2f, 0x6f, 0xb3);
        if (kind == 0) {
            for (int r = 0; r < 3; ++r)
                for (int c = 0; c < 3; ++c) {
                    QColor cell = dark;
                    cell.setAlphaF(0.25f + 0.25f * static_cast<float>((r + c) % 4));
                    p.fillRect(QRectF(3 + c * 6.3, 3 + r * 6.3, 5.5, 5.5), cell);
                }
        } else if (kind == 1) {
            for (int r = 0; r < 4; ++r)
                for (int c = 0; c < 4 - r; ++c) {
                    QColor cell = dark;
                    cell.setAlphaF(1.0f - 0.22f * static_cast<float>(c));
                    p.fillRect(QRectF(3 + c * 4.7, 3 + r * 4.7, 4.0, 4.0), cell);
                }
        } else if (kind == 3) {  // models: a fitted curve over bars
            for (int c = 0; c < 5; ++c) {
                QColor bar = dark;
                bar.setAlphaF(0.35f);
                const double h = std::array<double, 5>{14, 10, 7, 5, 3}[static_cast<std::size_t>(c)];
                p.fillRect(QRectF(3 + c * 3.7, 21 - h, 3.0, h), bar);
            }
            QPainterPath curve(QPointF(3, 5));
            curve.cubicTo(QPointF(8, 12), QPointF(12, 16), QPointF(21, 18));
            p.setPen(QPen(dark, 2.0));
            p.drawPath(curve);
        } else if (kind == 4) {  // what-if: two sliders
            p.setPen(QPen(QColor(0x80, 0x80, 0x80), 1.6));
            p.drawLine(QPointF(3, 8), QPointF(21, 8));
            p.drawLine(QPointF(3, 16), QPointF(21, 16));
            p.setPen(Qt::NoPen);
            p.setBrush(dark);
            p.drawEllipse(QPointF(15, 8), 3.0, 3.0);
            p.drawEllipse(QPointF(8, 16), 3.0, 3.0);
        } else {
            QPainterPath path(QPointF(3, 4));
            path.lineTo(8, 4);
            path.lineTo(8, 10);
            path.lineTo(13, 10);
            path.lineTo(13, 15);
            path.lineTo(21, 15);
            p.setPen(QPen(dark, 2.2));
            p.drawPath(path);
            p.setPen(QPen(QColor(0x80, 0x80, 0x80), 1.2));
            p.drawLine(QPointF(3, 21), QPointF(21, 21));
            p.drawLine(QPointF(3, 3), QPointF(3, 21));
        }
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

}  // namespace clv::ui
