#pragma once

#include "packpagepainter.h"

#include "core/result.h"
#include "models/packdata.h"

#include <QCoreApplication>
#include <QSizeF>

#include <memory>

class QCPPainter;
class QPagedPaintDevice;

namespace dh {

class UnitRegistry;

// Lays a pack's data out as printed pages — an atlas as one page per province — and paints each
// with its frame: a header with the meeting's title, date and the data's as-of date; a footer with
// the sources of the page's numbers (the World Bank's and geoBoundaries' attributions where their
// data is on it), the synthetic-data label while the cache is synthetic, and "Trang N/M". Pages are
// laid out on a fixed canvas (A4 landscape or 16:9 at 96 units an inch) scaled to the device, so a
// PDF, a printer and an image show the same page.
class PackRenderer
{
    Q_DECLARE_TR_FUNCTIONS(PackRenderer)
    Q_DISABLE_COPY_MOVE(PackRenderer)

public:
    PackRenderer(PackData data, const UnitRegistry &registry);
    ~PackRenderer();

    int pageCount() const { return int(m_pages.size()); }
    // The canvas of a page, in units of 1/96 inch.
    QSizeF canvasSize() const;
    // Paints a page (0-based) onto the canvas at the painter's origin.
    void paintPage(QCPPainter &painter, int page);
    // The sources named in the footer of a page.
    QStringList sourcesOf(int page) const;

    // Every page onto a paged device (a QPdfWriter, a QPrinter), in order; the device's page
    // size is set first.
    Result<void> paintAll(QPagedPaintDevice &device);
    // The same a page at a time, for a caller that lets the event loop run between pages: begin,
    // then each page in order, then end the painter.
    Result<void> begin(QPagedPaintDevice &device, QCPPainter &painter);
    Result<void> paintOnto(QPagedPaintDevice &device, QCPPainter &painter, int page);
    // A vector PDF with the fonts embedded.
    Result<void> writePdf(const QString &path);

private:
    struct Printed
    {
        int index = 0;    // into m_data.pages
        QString province; // an atlas page's province
    };

    void paintFrame(QCPPainter &painter, int page);

    PackData m_data;
    const UnitRegistry &m_registry;
    QLocale m_locale;
    std::unique_ptr<PackPagePainter> m_painter;
    QList<Printed> m_pages;
};

} // namespace dh
