#include "wallwindow.h"

#include "wallpagehost.h"
#include "walltheme.h"

#include <QFontMetricsF>
#include <QKeyEvent>
#include <QPaintEvent>
#include <QPainter>

namespace dh {

WallWindow::WallWindow(const QRect &source, QWidget *parent)
    : QWidget(parent, Qt::Window | Qt::FramelessWindowHint)
    , m_source(source)
{
    // Every pixel is painted here: Qt need not clear the window first, which would flash.
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAttribute(Qt::WA_NoSystemBackground);
    setWindowTitle(tr("Điều hành — wall"));
}

void WallWindow::setPage(WallPageHost *page)
{
    disconnect(m_repaints);
    m_page = page;
    if (page)
        m_repaints = connect(page, &WallPageHost::repainted, this, &WallWindow::pageRepainted);
    update();
}

void WallWindow::setProgress(double progress)
{
    // The bar is a few pixels along the bottom: only that strip is repainted.
    const int strip = std::max(4, height() / 160);
    if (std::abs(progress - m_progress) * width() < 1.0 && (progress < 0) == (m_progress < 0))
        return;
    m_progress = progress;
    update(0, height() - strip, width(), strip);
}

void WallWindow::setBlack(bool black)
{
    if (black == m_black)
        return;
    m_black = black;
    update();
}

void WallWindow::setBanner(const QString &text)
{
    if (text == m_banner)
        return;
    m_banner = text;
    update();
}

QRect WallWindow::toWidget(const QRect &canvasRect) const
{
    const double sx = double(width()) / m_source.width();
    const double sy = double(height()) / m_source.height();
    const QRectF r = QRectF(canvasRect.translated(-m_source.topLeft()));
    return QRectF(r.left() * sx, r.top() * sy, r.width() * sx, r.height() * sy).toAlignedRect();
}

void WallWindow::pageRepainted(const QRect &canvasRect)
{
    if (canvasRect.intersects(m_source))
        update(toWidget(canvasRect).intersected(rect()));
}

void WallWindow::keyPressEvent(QKeyEvent *event)
{
    emit keyPressed(event->key());
    event->accept();
}

void WallWindow::paintEvent(QPaintEvent *event)
{
    ++m_paints;
    QPainter painter(this);
    if (m_black) {
        painter.fillRect(event->rect(), Qt::black);
        return;
    }
    if (m_page)
        m_page->paint(painter, QRectF(rect()), m_source);
    else
        painter.fillRect(event->rect(), wall::canvasBackground());

    const int minText = wall::minTextPixels(height());
    if (m_progress >= 0.0) {
        const int strip = std::max(4, height() / 160);
        painter.fillRect(QRect(0, height() - strip, width(), strip), wall::canvasBackground());
        painter.fillRect(QRectF(0, height() - strip, width() * std::clamp(m_progress, 0.0, 1.0), strip), wall::panelBorder());
    }
    if (!m_banner.isEmpty()) {
        const QFont font = wall::font(minText, QFont::Bold);
        const double h = QFontMetricsF(font).height() * 1.4;
        const QRectF band(0, 0, width(), h);
        painter.fillRect(band, wall::bannerBackground());
        painter.setFont(font);
        painter.setPen(wall::bannerText());
        painter.drawText(band, Qt::AlignCenter, m_banner);
    }
}

} // namespace dh
