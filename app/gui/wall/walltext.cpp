#include "wallpanelpainter.h"

#include "walltheme.h"

#include <QFontMetricsF>
#include <QPainter>

// How the wall panel painter sets its text: lines elided and reported, text wrapped between words,
// items flowed onto lines, a headline at the largest size that fits.
namespace dh {

void WallPanelPainter::note(int pixelSize)
{
    m_report.smallestText = m_report.smallestText == 0 ? pixelSize : std::min(m_report.smallestText, pixelSize);
}

void WallPanelPainter::text(QPainter &painter, const QRectF &box, const QString &line, const QFont &font,
                            const QColor &colour, Qt::Alignment align)
{
    if (line.isEmpty())
        return;
    const QFontMetricsF metrics(font);
    const QString shown = metrics.elidedText(line, Qt::ElideRight, box.width());
    m_report.elided = m_report.elided || shown != line;
    m_report.texts.append(shown);
    note(font.pixelSize());
    painter.setFont(font);
    painter.setPen(colour);
    painter.drawText(box, int(align) | Qt::TextSingleLine, shown);
}

QStringList WallPanelPainter::wrap(const QString &text, const QFont &font, double width, int maxLines)
{
    const QFontMetricsF metrics(font);
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    QStringList lines;
    QString line;
    qsizetype i = 0;
    for (; i < words.size(); ++i) {
        const QString candidate = line.isEmpty() ? words.at(i) : line + u' ' + words.at(i);
        if (line.isEmpty() || metrics.horizontalAdvance(candidate) <= width) {
            line = candidate;
            continue;
        }
        if (lines.size() == maxLines - 1)
            break;
        lines.append(line);
        line = words.at(i);
    }
    if (i < words.size()) {
        QStringList rest = words.mid(i);
        rest.prepend(line);
        line = rest.join(u' ');
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines;
}

QList<QList<WallPanelPainter::Item>> WallPanelPainter::flowLines(const QList<Item> &items, const QFont &font, double width)
{
    const QFontMetricsF metrics(font);
    const double sep = metrics.horizontalAdvance(QStringLiteral(" · "));
    QList<QList<Item>> lines;
    double used = 0.0;
    for (const Item &item : items) {
        if (item.text.isEmpty())
            continue;
        const double w = metrics.horizontalAdvance(item.text);
        if (w > width) {
            // One item wider than the line ("tháng 10/2026, lũy kế" in a narrow tile) takes lines
            // of its own, broken between words.
            for (const QString &part : wrap(item.text, font, width, 3))
                lines.append({{part, item.colour}});
            used = width;
            continue;
        }
        if (!lines.isEmpty() && used + sep + w <= width) {
            lines.last().append(item);
            used += sep + w;
        } else {
            lines.append({item});
            used = w;
        }
    }
    return lines;
}

double WallPanelPainter::flow(QPainter &painter, const QRectF &area, const QList<Item> &items, const QFont &font, Flow from)
{
    const QFontMetricsF metrics(font);
    const QString separator = QStringLiteral(" · ");
    const double sep = metrics.horizontalAdvance(separator);
    QList<QList<Item>> lines = flowLines(items, font, area.width());
    const double h = metrics.height();
    // Lines that do not fit are left out from the far end, and the report says so.
    const qsizetype fit = std::min<qsizetype>(lines.size(), qsizetype(std::max(0.0, area.height()) / h));
    if (fit < lines.size()) {
        m_report.elided = true;
        lines = from == Flow::Up ? lines.mid(lines.size() - fit) : lines.first(fit);
    }
    double y = from == Flow::Up ? area.bottom() - h * lines.size() : area.top();
    for (const QList<Item> &line : std::as_const(lines)) {
        double width = sep * (line.size() - 1);
        for (const Item &item : line)
            width += metrics.horizontalAdvance(item.text);
        double x = from == Flow::Centred ? area.left() + std::max(0.0, (area.width() - width) / 2) : area.left();
        for (qsizetype i = 0; i < line.size(); ++i) {
            if (i > 0) {
                text(painter, QRectF(x, y, area.right() - x, h), separator, font, wall::secondaryText());
                x += sep;
            }
            const double w = std::min(area.right() - x, metrics.horizontalAdvance(line.at(i).text) + 1);
            text(painter, QRectF(x, y, w, h), line.at(i).text, font, line.at(i).colour);
            x += w;
        }
        y += h;
    }
    return h * lines.size();
}

QList<WallPanelPainter::Item> WallPanelPainter::items(const QString &joined, const QColor &colour)
{
    QList<Item> out;
    for (const QString &part : joined.split(QStringLiteral(" · "), Qt::SkipEmptyParts))
        out.append({part, colour});
    return out;
}

// A headline or a message over several lines: the largest type between the bounds at which it fits,
// else the minimum with the lines that fit.
void WallPanelPainter::paintWrapped(QPainter &painter, const QRectF &body, const QString &text, const QColor &colour,
                                    int minText, int maxText)
{
    if (text.isEmpty())
        return;
    int size = maxText;
    QRectF needed;
    for (; size > minText; size = std::max(minText, int(size * 0.9))) {
        needed = QFontMetricsF(wall::font(size, QFont::DemiBold)).boundingRect(body, Qt::TextWordWrap | Qt::AlignCenter, text);
        if (needed.height() <= body.height() && needed.width() <= body.width())
            break;
    }
    const QFont font = wall::font(size, QFont::DemiBold);
    needed = QFontMetricsF(font).boundingRect(body, Qt::TextWordWrap | Qt::AlignCenter, text);
    m_report.elided = m_report.elided || needed.height() > body.height() + 1 || needed.width() > body.width() + 1;
    m_report.texts.append(text);
    note(size);
    painter.setFont(font);
    painter.setPen(colour);
    painter.save();
    painter.setClipRect(body);
    painter.drawText(body, Qt::TextWordWrap | Qt::AlignCenter, text);
    painter.restore();
}

} // namespace dh
