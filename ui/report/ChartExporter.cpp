// SPDX-License-Identifier: MIT
#include "ui/report/ChartExporter.h"

#include <QBuffer>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

using namespace Qt::Literals::StringLiterals;

namespace clv::ui {
namespace {

constexpr qreal kImageMargin = 32.0;  // logical pixels around PNG/SVG pages
constexpr int kPngScale = 2;          // device pixels per logical pixel

QString creatorName()
{
    return u"%1 %2"_s.arg(QCoreApplication::applicationName(), QCoreApplication::applicationVersion()).trimmed();
}

}  // namespace

std::optional<ChartExporter::Format> ChartExporter::formatForPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"pdf"_s)
        return Format::Pdf;
    if (suffix == u"png"_s)
        return Format::Png;
    if (suffix == u"svg"_s)
        return Format::Svg;
    return std::nullopt;
}

QString ChartExporter::extension(Format format)
{
    switch (format) {
    case Format::Pdf:
        return u"pdf"_s;
    case Format::Png:
        return u"png"_s;
    case Format::Svg:
        return u"svg"_s;
    }
    return {};
}

QString ChartExporter::nameFilter(Format format)
{
    switch (format) {
    case Format::Pdf:
        return tr("PDF document (*.pdf)");
    case Format::Png:
        return tr("PNG image (*.png)");
    case Format::Svg:
        return tr("SVG drawing (*.svg)");
    }
    return {};
}

QSize ChartExporter::imagePageSize()
{
    return {1100, 720};
}

void ChartExporter::paintPage(QPainter& painter, const QRectF& area, const ChartDocument& document)
{
    QFont titleFont = QGuiApplication::font();
    titleFont.setPointSizeF(16.0);
    titleFont.setBold(true);
    QFont subtitleFont = QGuiApplication::font();
    subtitleFont.setPointSizeF(9.5);
    const QFontMetricsF titleMetrics(titleFont, painter.device());
    const QFontMetricsF subtitleMetrics(subtitleFont, painter.device());

    qreal y = area.top();
    painter.setPen(QColor(0x20, 0x20, 0x20));
    painter.setFont(titleFont);
    const QRectF titleRect(area.left(), y, area.width(), titleMetrics.height());
    painter.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                     titleMetrics.elidedText(document.title, Qt::ElideRight, area.width()));
    y += titleMetrics.height() + titleMetrics.descent();

    painter.setFont(subtitleFont);
    painter.setPen(QColor(0x60, 0x60, 0x60));
    const QRectF subtitleRect(area.left(), y, area.width(), subtitleMetrics.height());
    painter.drawText(subtitleRect, Qt::AlignLeft | Qt::AlignVCenter,
                     subtitleMetrics.elidedText(document.subtitle, Qt::ElideRight, area.width()));
    y += subtitleMetrics.height() * 1.5;

    QPen rule(QColor(0xc0, 0xc0, 0xc0));
    rule.setWidthF(subtitleMetrics.height() / 12.0);
    painter.setPen(rule);
    painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
    y += subtitleMetrics.height();

    const QRectF chartRect(area.left(), y, area.width(), area.bottom() - y);
    if (document.paintChart && chartRect.isValid()) {
        painter.save();
        document.paintChart(painter, chartRect);
        painter.restore();
    }
}

bool ChartExporter::exportTo(const QString& path, Format format, const ChartDocument& document, QString* errorMessage)
{
    const auto failWith = [&](const QString& message) {
        if (errorMessage)
            *errorMessage = message;
        return false;
    };
    // Paint into memory first (the paint devices may close their device when done), then save atomically.
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    bool painted = false;
    switch (format) {
    case Format::Pdf: {
        QPdfWriter writer(&buffer);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                         QMarginsF(15.0, 15.0, 15.0, 15.0), QPageLayout::Millimeter));
        writer.setTitle(document.title);
        writer.setCreator(creatorName());
        QPainter painter;
        if (painter.begin(&writer)) {
            paintPage(painter, QRectF(0.0, 0.0, writer.width(), writer.height()), document);
            painted = painter.end();
        }
        break;
    }
    case Format::Png: {
        const QSize page = imagePageSize();
        QImage image(page * kPngScale, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(kPngScale);
        image.fill(Qt::white);
        QPainter painter;
        if (painter.begin(&image)) {
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::TextAntialiasing);
            paintPage(painter, QRectF(QPointF(0.0, 0.0), page).adjusted(kImageMargin, kImageMargin, -kImageMargin,
                                                                        -kImageMargin),
                      document);
            painted = painter.end() && image.save(&buffer, "PNG");
        }
        break;
    }
    case Format::Svg: {
        const QSize page = imagePageSize();
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(page);
        generator.setViewBox(QRect(QPoint(0, 0), page));
        generator.setResolution(96);
        generator.setTitle(document.title);
        generator.setDescription(document.subtitle);
        QPainter painter;
        if (painter.begin(&generator)) {
            painter.fillRect(QRectF(QPointF(0.0, 0.0), page), Qt::white);
            paintPage(painter, QRectF(QPointF(0.0, 0.0), page).adjusted(kImageMargin, kImageMargin, -kImageMargin,
                                                                        -kImageMargin),
                      document);
            painted = painter.end();
        }
        break;
    }
    }
    if (!painted || bytes.isEmpty())
        return failWith(tr("Could not draw the chart into “%1”.").arg(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return failWith(tr("Could not write “%1”: %2").arg(path, file.errorString()));
    return true;
}

}  // namespace clv::ui
