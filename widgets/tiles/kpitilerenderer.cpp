#include "kpitilerenderer.h"

#include "charts/sparkline.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

#include <cmath>

namespace dh {

namespace {

QFont font(const KpiTileStyle &style, double pixelSize, int weight = QFont::Normal)
{
    QFont f;
    if (!style.fontFamily.isEmpty())
        f.setFamily(style.fontFamily);
    f.setPixelSize(std::max(8, int(std::lround(pixelSize))));
    f.setWeight(QFont::Weight(weight));
    return f;
}

// Breaks text into at most maxLines lines of the width; the last one elided if needed. Words are
// measured once each: shaping every candidate line again would cost the square of the words.
QString wrapped(const QString &text, const QFont &f, double width, int maxLines, bool *elided)
{
    const QFontMetricsF fm(f);
    const double space = fm.horizontalAdvance(u' ');
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    QStringList lines;
    QStringList current;
    double currentWidth = 0.0;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const double w = fm.horizontalAdvance(words.at(i));
        if (current.isEmpty() || currentWidth + space + w <= width) {
            currentWidth += (current.isEmpty() ? 0.0 : space) + w;
            current.append(words.at(i));
            continue;
        }
        lines.append(current.join(u' '));
        if (lines.size() == maxLines - 1) {
            current = words.mid(i);
            currentWidth = width + 1.0; // measured below
            break;
        }
        current = {words.at(i)};
        currentWidth = w;
    }
    if (!current.isEmpty()) {
        QString last = current.join(u' ');
        if (currentWidth > width && fm.horizontalAdvance(last) > width) {
            last = fm.elidedText(last, Qt::ElideRight, width);
            *elided = true;
        }
        lines.append(last);
    }
    return lines.join(u'\n');
}

// Text from the top left of its box, line by line at the baseline: QPainter's box form lays the
// text out as a paragraph first, which costs more than the drawing on a dashboard's first frame.
void drawLines(QPainter &painter, const QRectF &box, const QString &text)
{
    const QFontMetricsF fm(painter.font());
    double baseline = box.top() + fm.ascent();
    for (const QString &line : text.split(u'\n')) {
        painter.drawText(QPointF(box.left(), baseline), line);
        baseline += fm.lineSpacing();
    }
}

// The text elided to the box's width, drawn on one line.
void drawElided(QPainter &painter, const QRectF &box, const QString &text)
{
    drawLines(painter, box, QFontMetricsF(painter.font()).elidedText(text, Qt::ElideRight, box.width()));
}

QString arrow(int direction)
{
    return direction > 0 ? QStringLiteral("▲") : direction < 0 ? QStringLiteral("▼") : QStringLiteral("●");
}

} // namespace

KpiTileRenderer::Layout KpiTileRenderer::layoutAt(const QRectF &rect, const KpiTileData &data, const KpiTileStyle &style, double scale) const
{
    Layout l;
    // Everything scales with the tile's height, bounded by its width for wide-and-short tiles.
    const double unit = std::min(rect.height(), rect.width() * 0.8) / 100.0 * scale;
    const double pad = 5.0 * unit / scale;
    const QRectF inner = rect.adjusted(pad, pad, -pad, -pad);
    double y = inner.top();

    l.titleFont = font(style, 6.6 * unit, QFont::DemiBold);
    l.valueFont = font(style, 15.0 * unit, QFont::Bold);
    l.textFont = font(style, 5.9 * unit);
    l.smallFont = font(style, 4.8 * unit);

    double titleWidth = inner.width();
    if (!data.badge.isEmpty()) {
        const QFontMetricsF fm(l.smallFont);
        const double w = fm.horizontalAdvance(data.badge) + 3.0 * unit;
        l.badge = QRectF(inner.right() - w, y, w, fm.height() + 1.5 * unit);
        titleWidth -= w + 2.0 * unit;
    }
    l.titleText = wrapped(data.title, l.titleFont, titleWidth, 2, &l.elided);
    const QFontMetricsF titleMetrics(l.titleFont);
    const int titleLines = int(l.titleText.count(u'\n')) + 1;
    l.title = QRectF(inner.left(), y, titleWidth, titleMetrics.lineSpacing() * titleLines);
    y += titleMetrics.lineSpacing() * 2 + 1.5 * unit; // two lines reserved: values line up across tiles

    // The sparkline sits beside the value and its period, so it never competes with the lines
    // below for height; the value shrinks to leave it room before it is ever elided.
    const double sparkWidth = data.sparkline.isEmpty() ? 0.0 : inner.width() * 0.36;
    const double leftWidth = inner.width() - (sparkWidth > 0 ? sparkWidth + 3.0 * unit : 0.0);
    l.valueText = data.value.isEmpty() ? data.message : data.value;
    QFont valueFont = l.valueFont;
    if (data.value.isEmpty())
        valueFont = font(style, 8.0 * unit, QFont::DemiBold);
    const double valueRoom = data.value.isEmpty() ? inner.width() : leftWidth;
    const QFontMetricsF unitMetrics(l.textFont);
    const double unitWidth = data.value.isEmpty() ? 0.0 : unitMetrics.horizontalAdvance(data.unit) + 2.0 * unit;
    // Advance grows with the pixel size: one measurement gives the size that fits, a second checks.
    const double natural = QFontMetricsF(valueFont).horizontalAdvance(l.valueText);
    if (natural > valueRoom - unitWidth && natural > 0.0) {
        valueFont.setPixelSize(std::max(8, int(valueFont.pixelSize() * (valueRoom - unitWidth) / natural)));
        for (int i = 0; i < 4 && QFontMetricsF(valueFont).horizontalAdvance(l.valueText) > valueRoom - unitWidth; ++i)
            valueFont.setPixelSize(std::max(8, valueFont.pixelSize() - 1));
    }
    QFontMetricsF valueMetrics(valueFont);
    if (valueMetrics.horizontalAdvance(l.valueText) > valueRoom - unitWidth) {
        l.valueText = valueMetrics.elidedText(l.valueText, Qt::ElideRight, valueRoom - unitWidth);
        l.elided = true;
    }
    l.valueFont = valueFont;
    const double valueWidth = valueMetrics.horizontalAdvance(l.valueText);
    l.value = QRectF(inner.left(), y, valueWidth, valueMetrics.height());
    if (!data.value.isEmpty()) {
        const double baseline = y + valueMetrics.ascent();
        l.unit = QRectF(inner.left() + valueWidth + 2.0 * unit, baseline - unitMetrics.ascent(),
                        unitWidth - 2.0 * unit, unitMetrics.height());
        if (l.unit.right() > inner.left() + valueRoom + 0.5) {
            l.unit.setRight(inner.left() + valueRoom);
            l.elided = true;
        }
    }
    const double valueTop = y;
    y += valueMetrics.height();

    const QFontMetricsF text(l.textFont);
    l.period = QRectF(inner.left(), y, data.value.isEmpty() ? inner.width() : leftWidth, text.height());
    if (sparkWidth > 0 && !data.value.isEmpty())
        l.sparkline = QRectF(inner.right() - sparkWidth, valueTop + 2.0 * unit, sparkWidth, l.period.bottom() - valueTop - 2.0 * unit);
    y += text.height() + 1.5 * unit;

    for (qsizetype i = 0; i < data.deltas.size(); ++i) {
        l.deltas.append(QRectF(inner.left(), y, inner.width(), text.height()));
        y += text.lineSpacing();
    }
    if (!data.cumulative.isEmpty()) {
        l.cumulative = QRectF(inner.left(), y, inner.width(), text.height());
        y += text.lineSpacing();
    }

    const QFontMetricsF small(l.smallFont);
    l.footer = QRectF(inner.left(), inner.bottom() - small.height(), inner.width(), small.height());
    double bottom = l.footer.top() - 1.5 * unit;
    if (!data.progressText.isEmpty()) {
        l.progressText = QRectF(inner.left(), bottom - small.height(), inner.width(), small.height());
        bottom = l.progressText.top() - 1.0 * unit;
        if (data.progress) {
            l.progress = QRectF(inner.left(), l.progressText.top() - 3.0 * unit, inner.width(), 2.2 * unit);
            bottom = l.progress.top() - 2.0 * unit;
        }
    }
    l.overflow = y > bottom + 0.5;
    l.scale = scale;
    l.demand = (y - inner.top()) + (inner.bottom() - bottom);
    l.room = inner.height();
    return l;
}

double KpiTileRenderer::fitScale(const QRectF &rect, const KpiTileData &data, const KpiTileStyle &style) const
{
    // Every line and gap grows with the type and the padding does not, so one layout tells the
    // scale that fits; whole-pixel font sizes may need a step or two more. Few layouts also mean
    // few font sizes, and each new size costs a font engine.
    const Layout natural = layoutAt(rect, data, style, 1.0);
    if (!natural.overflow)
        return 1.0;
    double scale = std::clamp(natural.room / natural.demand, 0.3, 1.0);
    for (int i = 0; i < 8 && layoutAt(rect, data, style, scale).overflow; ++i)
        scale *= 0.97;
    return scale;
}

KpiTileRenderer::Layout KpiTileRenderer::layout(const QRectF &rect, const KpiTileData &data, const KpiTileStyle &style,
                                                double maxScale) const
{
    return layoutAt(rect, data, style, std::min(maxScale, fitScale(rect, data, style)));
}

void KpiTileRenderer::paint(QPainter &painter, const QRectF &rect, const KpiTileData &data, const KpiTileStyle &style,
                            bool hovered, double maxScale) const
{
    paint(painter, rect, data, style, layout(rect, data, style, maxScale), hovered);
}

void KpiTileRenderer::paint(QPainter &painter, const QRectF &rect, const KpiTileData &data, const KpiTileStyle &style,
                            const Layout &l, bool hovered) const
{
    const double unit = std::min(rect.height(), rect.width() * 0.8) / 100.0;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath frame;
    frame.addRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 2.0 * unit, 2.0 * unit);
    painter.fillPath(frame, style.background);
    painter.setPen(QPen(hovered ? style.hoverBorder : style.border, hovered ? 2.0 : 1.0));
    painter.drawPath(frame);

    painter.setFont(l.titleFont);
    painter.setPen(style.title);
    drawLines(painter, l.title, l.titleText);

    if (!l.badge.isNull()) {
        QPainterPath pill;
        pill.addRoundedRect(l.badge, l.badge.height() / 2, l.badge.height() / 2);
        painter.fillPath(pill, style.badge);
        painter.setFont(l.smallFont);
        painter.setPen(style.badgeText);
        const QFontMetricsF fm(l.smallFont);
        painter.drawText(QPointF(l.badge.center().x() - fm.horizontalAdvance(data.badge) / 2,
                                 l.badge.center().y() + (fm.ascent() - fm.descent()) / 2),
                         data.badge);
    }

    painter.setFont(l.valueFont);
    painter.setPen(data.value.isEmpty() ? style.secondary : style.value);
    drawLines(painter, l.value, l.valueText);
    painter.setFont(l.textFont);
    painter.setPen(style.secondary);
    if (!l.unit.isNull())
        drawElided(painter, l.unit, data.unit);
    drawElided(painter, l.period, data.period);

    const QFontMetricsF text(l.textFont);
    for (qsizetype i = 0; i < data.deltas.size(); ++i) {
        const KpiTileData::Delta &d = data.deltas.at(i);
        const QColor tone = d.tone == KpiTileData::Tone::Good ? style.good : d.tone == KpiTileData::Tone::Bad ? style.bad : style.neutral;
        const QString head = arrow(d.direction) + u' ' + d.text;
        painter.setPen(tone);
        drawLines(painter, l.deltas.at(i), head);
        const double w = text.horizontalAdvance(head + u' ');
        QRectF rest = l.deltas.at(i).adjusted(w, 0, 0, 0);
        painter.setPen(style.secondary);
        drawElided(painter, rest, d.label);
    }
    if (!l.cumulative.isNull()) {
        painter.setPen(style.secondary);
        drawElided(painter, l.cumulative, data.cumulative);
    }

    if (!l.sparkline.isNull())
        Sparkline::paint(painter, l.sparkline, data.sparkline, style.sparkline, style.sparkFill);

    if (data.progress && !l.progress.isNull()) {
        const double share = std::clamp(*data.progress, 0.0, 1.0);
        QPainterPath track;
        track.addRoundedRect(l.progress, l.progress.height() / 2, l.progress.height() / 2);
        painter.fillPath(track, style.progressTrack);
        if (share > 0) {
            QRectF bar = l.progress;
            bar.setWidth(std::max(bar.height(), bar.width() * share));
            QPainterPath done;
            done.addRoundedRect(bar, bar.height() / 2, bar.height() / 2);
            painter.fillPath(done, *data.progress >= 1.0 ? style.progressDone : style.progressBar);
        }
    }
    if (!l.progressText.isNull()) {
        painter.setFont(l.smallFont);
        painter.setPen(data.progressTone == KpiTileData::Tone::Good ? style.good
                       : data.progressTone == KpiTileData::Tone::Bad ? style.bad : style.secondary);
        drawElided(painter, l.progressText, data.progressText);
    }

    painter.setFont(l.smallFont);
    painter.setPen(style.secondary);
    drawElided(painter, l.footer, data.footer);
    painter.restore();
}

} // namespace dh
