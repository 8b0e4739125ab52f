#include "viewimage.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPicture>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QWidget>

#include <qcustomplot.h>

namespace dh::ViewImage {

namespace {

Error writeError(const QString &path, const QString &why)
{
    return Error::storage(QCoreApplication::translate("ViewImage", "Cannot write %1: %2").arg(path, why));
}

void paintTree(QWidget &widget, QPainter &painter, const QPoint &offset)
{
    if (auto *plot = qobject_cast<QCustomPlot *>(&widget)) {
        // Recorded, then replayed: QCustomPlot paints through a QCPPainter of its own.
        QPicture picture;
        QCPPainter recorder(&picture);
        recorder.setMode(QCPPainter::pmVectorized);
        recorder.setMode(QCPPainter::pmNoCaching);
        plot->toPainter(&recorder, plot->width(), plot->height());
        recorder.end();
        // A picture plays back scaled by the device's resolution over the screen's (an SVG's 72
        // dpi shrinks it to 3/4); the chart is to keep the size it has beside the other widgets.
        const QPaintDevice *device = painter.device();
        painter.save();
        painter.translate(offset);
        painter.scale(qreal(picture.logicalDpiX()) / device->logicalDpiX(), qreal(picture.logicalDpiY()) / device->logicalDpiY());
        painter.drawPicture(0, 0, picture);
        painter.restore();
    } else {
        widget.render(&painter, offset, QRegion(), QWidget::DrawWindowBackground);
    }
    for (QObject *child : widget.children()) {
        auto *w = qobject_cast<QWidget *>(child);
        if (w && w->isVisible() && !w->isWindow())
            paintTree(*w, painter, offset + w->pos());
    }
}

} // namespace

void paint(QWidget &view, QPainter &painter)
{
    paintTree(view, painter, QPoint());
}

QImage image(QWidget &view, qreal scale)
{
    QImage out((QSizeF(view.size()) * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    out.setDevicePixelRatio(scale);
    out.fill(view.palette().color(view.backgroundRole()));
    QPainter painter(&out);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paint(view, painter);
    return out;
}

Result<void> writePng(QWidget &view, qreal scale, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(path, file.errorString());
    QImage picture = image(view, scale);
    // Stored at its pixel size; the ratio says only how the screen laid it out.
    picture.setDevicePixelRatio(1.0);
    if (!picture.save(&file, "PNG"))
        return writeError(path, QCoreApplication::translate("ViewImage", "the image could not be encoded"));
    if (!file.commit())
        return writeError(path, file.errorString());
    return {};
}

Result<void> writeSvg(QWidget &view, const QString &path, const QString &title)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(path, file.errorString());
    QSvgGenerator svg;
    svg.setOutputDevice(&file);
    svg.setSize(view.size());
    svg.setViewBox(QRect(QPoint(), view.size()));
    svg.setTitle(title);
    svg.setDescription(QCoreApplication::translate("ViewImage", "Exported from Điều hành"));
    {
        QPainter painter(&svg);
        painter.setRenderHint(QPainter::Antialiasing);
        paint(view, painter);
    }
    if (!file.commit())
        return writeError(path, file.errorString());
    return {};
}

} // namespace dh::ViewImage
