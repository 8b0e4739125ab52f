#include "kpitilerenderer.h"

#include "charts/sparkline.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace dh {

namespace {

// Unhinted: tiles scale their type to fractional sizes, where hinting would bend the proportions
// it keeps, and a first frame full of tiles is quicker without the hinter.
QFont font(const KpiTileStyle &style, double pixelSize, int weight = QFont::Normal)
{
    QFont f;
    if (!style.fontFamily.isEmpty())
        f.setFamily(style.fontFamily);
    f.setPixelSize(std::max(8, int(std::lround(pixelSize))));
    f.setWeight(QFont::Weight(weight));
    f.setHintingPreference(QFont::PreferNoHinting);
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

// A font's lines, measured, or estimated from its pixel size in the proportions of Noto Sans, the
// UI font: estimates load no font, so trying a scale costs no font engine at sizes never drawn.
struct Lines
{
    double ascent;
    double height;
    double lineSpacing;
};

Lines lines(const QFont &f, bool estimate)
{
    if (estimate) {
        const double px = f.pixelSize();
        return {1.069 * px, 1.362 * px, 1.362 * px};
    }
    const QFontMetricsF fm(f);
    return {fm.ascent(), fm.height(), fm.lineSpacing()};
}

// Tiles repeat much of their text ("so với tháng trước", the footer, the badge), so the lines a
// thread shapes are kept for its next tile. Each thread keeps its own: fonts are per thread.
QHash<std::pair<QString, QFont>, QStaticText> &shapedLines()
{
    thread_local QHash<std::pair<QString, QFont>, QStaticText> lines;
    return lines;
}

QStaticText shaped(const QString &text, const QFont &f)
{
    auto &cache = shapedLines();
    const std::pair<QString, QFont> key(text, f);
    if (const auto it = cache.constFind(key); it != cache.cend())
        return *it;
    if (cache.size() > 2000)
        cache.clear();
    QStaticText t(text);
    t.setTextFormat(Qt::PlainText);
    t.prepare(QTransform(), f);
    cache.insert(key, t);
    return t;
}

void drawMarker(QPainter &painter, const KpiTileRenderer::Marker &m)
{
    const QRectF &b = m.box;
    painter.setPen(Qt::NoPen);
    painter.setBrush(m.colour);
    if (m.direction == 0) {
        const double d = b.height() * 0.6;
        painter.drawEllipse(QRectF(b.center().x() - d / 2, b.center().y() - d / 2, d, d));
        return;
    }
    const double tip = m.direction > 0 ? b.top() : b.bottom();
    const double base = m.direction > 0 ? b.bottom() : b.top();
    painter.drawPolygon(QPolygonF{{b.left(), base}, {b.right(), base}, {b.center().x(), tip}});
}

} // namespace

void KpiTileRenderer::forgetText()
{
    shapedLines().clear();
}

KpiTileRenderer::Layout KpiTileRenderer::layoutAt(const QRectF &rect, const KpiTileData &data, const KpiTileStyle &style, double scale) const
{
    return build(rect, data, style, scale, Detail::Labels);
}

KpiTileRenderer::Layout KpiTileRenderer::build(const QRectF &rect, const KpiTileData &data, const KpiTileStyle &style, double scale,
                                               Detail detail) const
{
    const bool labels = detail == Detail::Labels;
    const bool estimate = !labels;
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

    // Shapes a line of text once, elided to the width; returns the width it takes.
    auto addLabel = [&l](const QPointF &topLeft, const QString &text, const QFont &f, const QColor &colour, double width) {
        QStaticText t = shaped(text, f);
        if (t.size().width() > width + 0.5) {
            t = shaped(QFontMetricsF(f).elidedText(text, Qt::ElideRight, width), f);
            l.elided = true;
        }
        l.labels.append({topLeft, t, f, colour});
        return t.size().width();
    };

    const Lines title = lines(l.titleFont, estimate);
    l.title = QRectF(inner.left(), y, inner.width(), title.lineSpacing * 2);
    if (labels) {
        if (!data.badge.isEmpty()) {
            const QFontMetricsF fm(l.smallFont);
            const QStaticText badge = shaped(data.badge, l.smallFont);
            const double w = badge.size().width() + 3.0 * unit;
            l.badge = QRectF(inner.right() - w, y, w, fm.height() + 1.5 * unit);
            l.title.setRight(l.badge.left() - 2.0 * unit);
            l.labels.append({QPointF(l.badge.center().x() - badge.size().width() / 2, l.badge.center().y() - fm.height() / 2),
                             badge, l.smallFont, style.badgeText});
        }
        l.titleText = wrapped(data.title, l.titleFont, l.title.width(), 2, &l.elided);
        const QStringList titleLines = l.titleText.split(u'\n');
        l.title.setHeight(title.lineSpacing * titleLines.size());
        for (qsizetype i = 0; i < titleLines.size(); ++i)
            addLabel(QPointF(inner.left(), y + title.lineSpacing * i), titleLines.at(i), l.titleFont, style.title, l.title.width());
    }
    y += title.lineSpacing * 2 + 1.5 * unit; // two lines reserved: values line up across tiles

    // The sparkline sits beside the value and its period, so it never competes with the lines
    // below for height; the value shrinks to leave it room before it is ever elided.
    const double sparkWidth = data.sparkline.isEmpty() ? 0.0 : inner.width() * 0.36;
    const double leftWidth = inner.width() - (sparkWidth > 0 ? sparkWidth + 3.0 * unit : 0.0);
    l.valueText = data.value.isEmpty() ? data.message : data.value;
    QFont valueFont = l.valueFont;
    if (data.value.isEmpty())
        valueFont = font(style, 8.0 * unit, QFont::DemiBold);
    const double valueRoom = data.value.isEmpty() ? inner.width() : leftWidth;
    // An estimate leaves widths out: the value then keeps its size, which asks the most height.
    const double unitWidth = data.value.isEmpty() || estimate ? 0.0 : QFontMetricsF(l.textFont).horizontalAdvance(data.unit) + 2.0 * unit;
    const double valueSpace = valueRoom - unitWidth;
    // Advance grows with the pixel size: one measurement gives the size that fits, a second checks.
    double valueWidth = estimate ? 0.0 : QFontMetricsF(valueFont).horizontalAdvance(l.valueText);
    if (valueWidth > valueSpace && valueWidth > 0.0) {
        valueFont.setPixelSize(std::max(8, int(valueFont.pixelSize() * valueSpace / valueWidth)));
        valueWidth = QFontMetricsF(valueFont).horizontalAdvance(l.valueText);
        for (int i = 0; i < 4 && valueWidth > valueSpace; ++i) {
            valueFont.setPixelSize(std::max(8, valueFont.pixelSize() - 1));
            valueWidth = QFontMetricsF(valueFont).horizontalAdvance(l.valueText);
        }
    }
    if (valueWidth > valueSpace) {
        const QFontMetricsF valueMetrics(valueFont);
        l.valueText = valueMetrics.elidedText(l.valueText, Qt::ElideRight, valueSpace);
        valueWidth = valueMetrics.horizontalAdvance(l.valueText);
        l.elided = true;
    }
    l.valueFont = valueFont;
    const Lines value = lines(valueFont, estimate);
    const Lines text = lines(l.textFont, estimate);
    l.value = QRectF(inner.left(), y, valueWidth, value.height);
    if (labels)
        l.labels.append({l.value.topLeft(), shaped(l.valueText, valueFont), valueFont, data.value.isEmpty() ? style.secondary : style.value});
    if (!data.value.isEmpty()) {
        const double baseline = y + value.ascent;
        l.unit = QRectF(inner.left() + valueWidth + 2.0 * unit, baseline - text.ascent, unitWidth - 2.0 * unit, text.height);
        if (l.unit.right() > inner.left() + valueRoom + 0.5) {
            l.unit.setRight(inner.left() + valueRoom);
            l.elided = true;
        }
        if (labels)
            addLabel(l.unit.topLeft(), data.unit, l.textFont, style.secondary, l.unit.width());
    }
    const double valueTop = y;
    y += value.height;

    l.period = QRectF(inner.left(), y, data.value.isEmpty() ? inner.width() : leftWidth, text.height);
    if (labels)
        addLabel(l.period.topLeft(), data.period, l.textFont, style.secondary, l.period.width());
    if (sparkWidth > 0 && !data.value.isEmpty())
        l.sparkline = QRectF(inner.right() - sparkWidth, valueTop + 2.0 * unit, sparkWidth, l.period.bottom() - valueTop - 2.0 * unit);
    y += text.height + 1.5 * unit;

    const double markerHeight = labels ? QFontMetricsF(l.textFont).capHeight() * 0.9 : 0.0;
    const double space = labels ? QFontMetricsF(l.textFont).horizontalAdvance(u' ') : 0.0;
    for (const KpiTileData::Delta &d : data.deltas) {
        const QRectF line(inner.left(), y, inner.width(), text.height);
        l.deltas.append(line);
        y += text.lineSpacing;
        if (!labels)
            continue;
        const QColor tone = d.tone == KpiTileData::Tone::Good ? style.good : d.tone == KpiTileData::Tone::Bad ? style.bad : style.neutral;
        const double baseline = line.top() + text.ascent;
        l.markers.append({QRectF(line.left(), baseline - markerHeight, markerHeight * 1.15, markerHeight), d.direction, tone});
        const double x = line.left() + markerHeight * 1.15 + space;
        const double head = addLabel(QPointF(x, line.top()), d.text, l.textFont, tone, line.right() - x);
        const double rest = x + head + space;
        if (rest < line.right())
            addLabel(QPointF(rest, line.top()), d.label, l.textFont, style.secondary, line.right() - rest);
    }
    if (!data.cumulative.isEmpty()) {
        l.cumulative = QRectF(inner.left(), y, inner.width(), text.height);
        y += text.lineSpacing;
        if (labels)
            addLabel(l.cumulative.topLeft(), data.cumulative, l.textFont, style.secondary, l.cumulative.width());
    }

    const Lines small = lines(l.smallFont, estimate);
    l.footer = QRectF(inner.left(), inner.bottom() - small.height, inner.width(), small.height);
    if (labels)
        addLabel(l.footer.topLeft(), data.footer, l.smallFont, style.secondary, l.footer.width());
    double bottom = l.footer.top() - 1.5 * unit;
    if (!data.progressText.isEmpty()) {
        l.progressText = QRectF(inner.left(), bottom - small.height, inner.width(), small.height);
        bottom = l.progressText.top() - 1.0 * unit;
        if (data.progress) {
            l.progress = QRectF(inner.left(), l.progressText.top() - 3.0 * unit, inner.width(), 2.2 * unit);
            bottom = l.progress.top() - 2.0 * unit;
        }
        if (labels) {
            const QColor tone = data.progressTone == KpiTileData::Tone::Good ? style.good
                                : data.progressTone == KpiTileData::Tone::Bad ? style.bad : style.secondary;
            addLabel(l.progressText.topLeft(), data.progressText, l.smallFont, tone, l.progressText.width());
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
    // scale that fits; whole-pixel font sizes may need a step or two more. The layouts are
    // estimated: trying scales then loads no font at sizes never drawn, and layout() measures the
    // one that is.
    const Layout natural = build(rect, data, style, 1.0, Detail::Estimate);
    if (!natural.overflow)
        return 1.0;
    double scale = std::clamp(natural.room / natural.demand, 0.3, 1.0);
    for (int i = 0; i < 8 && build(rect, data, style, scale, Detail::Estimate).overflow; ++i)
        scale *= 0.97;
    return scale;
}

KpiTileRenderer::Layout KpiTileRenderer::layout(const QRectF &rect, const KpiTileData &data, const KpiTileStyle &style,
                                                double maxScale) const
{
    // The fit was estimated; a font whose lines run taller than estimated takes a step or two less.
    double scale = std::min(maxScale, fitScale(rect, data, style));
    Layout l = layoutAt(rect, data, style, scale);
    for (int i = 0; i < 8 && l.overflow && scale > 0.3; ++i) {
        scale *= 0.97;
        l = layoutAt(rect, data, style, scale);
    }
    return l;
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
    // The border is the ring between two fills, which are cheaper than stroking a curved outline.
    const double border = hovered ? 2.0 : 1.0;
    const double radius = 2.0 * unit;
    QPainterPath outer;
    outer.addRoundedRect(rect, radius, radius);
    painter.fillPath(outer, hovered ? style.hoverBorder : style.border);
    QPainterPath inner;
    inner.addRoundedRect(rect.adjusted(border, border, -border, -border), radius - border, radius - border);
    painter.fillPath(inner, style.background);

    if (!l.badge.isNull()) {
        QPainterPath pill;
        pill.addRoundedRect(l.badge, l.badge.height() / 2, l.badge.height() / 2);
        painter.fillPath(pill, style.badge);
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
    for (const Marker &m : l.markers)
        drawMarker(painter, m);

    painter.setBrush(Qt::NoBrush);
    for (const Label &label : l.labels) {
        painter.setFont(label.font);
        painter.setPen(label.colour);
        painter.drawStaticText(label.topLeft, label.text);
    }
    painter.restore();
}

} // namespace dh
