// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QRectF>
#include <QString>

#include <functional>
#include <optional>

class QPainter;

namespace clv::ui {

/// A one-page document: a title line, a subtitle line (project and date) and a chart, painted by `paintChart`
/// into the rectangle it is given. Keeps this file free of Qt Charts: charts live under ui/charts.
struct ChartDocument {
    QString title;
    QString subtitle;
    std::function<void(QPainter& painter, const QRectF& target)> paintChart;
};

/// Writes a chart document as a vector PDF (A4 landscape, via QPdfWriter), a PNG image (2x resolution) or an
/// SVG drawing (QSvgGenerator). Files are written atomically (QSaveFile): a failed export leaves no partial file
/// and never clobbers an existing one.
class ChartExporter {
    Q_DECLARE_TR_FUNCTIONS(ChartExporter)

public:
    enum class Format { Pdf, Png, Svg };

    /// The format for a file name's extension (case-insensitive), if supported.
    static std::optional<Format> formatForPath(const QString& path);
    /// The file dialog name filter for a format ("PDF document (*.pdf)").
    static QString nameFilter(Format format);
    static QString extension(Format format);  ///< "pdf", "png", "svg"

    /// Writes `document` to `path`. On failure returns false and sets *errorMessage to a translated message.
    static bool exportTo(const QString& path, Format format, const ChartDocument& document,
                         QString* errorMessage = nullptr);

    /// Logical page size of the PNG and SVG outputs (the PDF is A4).
    static QSize imagePageSize();

private:
    static void paintPage(QPainter& painter, const QRectF& area, const ChartDocument& document);
};

}  // namespace clv::ui
