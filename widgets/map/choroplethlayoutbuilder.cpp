#include "choroplethlayoutbuilder.h"

#include "choroplethtext.h"
#include "occupancygrid.h"

#include <QFontMetricsF>

#include <cmath>

namespace dh {

struct ChoroplethLayoutBuilder::Legend
{
    QSizeF size;
    QRectF title;
    QStringList titleLines;
    QList<QRectF> swatches;
    QList<QString> texts;
    QList<QRectF> textRects;
};

namespace {

QFont makeFont(const ChoroplethStyle &style, double pixels, QFont::Weight weight = QFont::Normal, bool italic = false)
{
    QFont f;
    if (!style.fontFamily.isEmpty())
        f.setFamily(style.fontFamily);
    f.setPixelSize(std::max({1, int(std::lround(pixels)), style.minTextPixels}));
    f.setWeight(weight);
    f.setItalic(italic);
    return f;
}

// Type grows with the square root of the area, so a wall and a laptop read alike.
double unitOf(const QSizeF &size, const ChoroplethStyle &style)
{
    return std::max(4.0, std::sqrt(size.width() * size.height()) / 130.0 * style.fontScale);
}

double scaleToFit(const QRectF &bounds, const QSizeF &size)
{
    if (bounds.width() <= 0 || bounds.height() <= 0)
        return 0.0;
    return std::min(size.width() / bounds.width(), size.height() / bounds.height());
}

QPointF clamped(const QPointF &p, const QRectF &area)
{
    return {std::clamp(p.x(), area.left(), area.right()), std::clamp(p.y(), area.top(), area.bottom())};
}

} // namespace

using maptext::widest;
using maptext::wrap;

ChoroplethLayoutBuilder::ChoroplethLayoutBuilder(const Input &input)
    : m_in(input)
{
}

int ChoroplethLayoutBuilder::classOf(double value, const QList<double> &edges)
{
    if (std::isnan(value) || edges.size() < 2)
        return -1;
    const auto it = std::lower_bound(edges.cbegin() + 1, edges.cend(), value);
    return it == edges.cend() ? int(edges.size()) - 2 : int(it - (edges.cbegin() + 1));
}

QColor ChoroplethLayoutBuilder::fillOf(const Input &input, int region, int frame)
{
    const ChoroplethInput &data = *input.data;
    if (frame < 0 || frame >= data.frames.size())
        return {};
    const QString &id = input.map->regions().at(region).id;
    const int c = classOf(data.frames.at(frame).values.value(id, std::nan("")), data.edges);
    return c >= 0 && c < data.colors.size() ? data.colors.at(c) : QColor();
}

int ChoroplethLayoutBuilder::classCount() const
{
    return int(std::min<qsizetype>(m_in.data->edges.size() - 1, m_in.data->colors.size()));
}

ChoroplethLayoutBuilder::Legend ChoroplethLayoutBuilder::measureLegend(const ChoroplethLayout &l, bool compact) const
{
    Legend g;
    const int classes = classCount();
    for (int i = 0; i < classes; ++i) {
        const QString a = m_in.data->format(m_in.data->edges.at(i));
        const QString b = m_in.data->format(m_in.data->edges.at(i + 1));
        g.texts.append(a == b ? a : a + QStringLiteral(" – ") + b);
    }
    if (m_in.showNoData)
        g.texts.append(m_in.data->noDataLabel);
    if (g.texts.isEmpty())
        return g;
    const QFontMetricsF text(l.legendFont);
    const QFontMetricsF title(l.legendTitleFont);
    const double u = l.legendFont.pixelSize();
    // At a wall's type the desk's generous spacing would double the legend's height.
    const double pad = compact ? 0.3 * u : 0.7 * u;
    const QSizeF swatch = compact ? QSizeF(1.2 * u, 0.7 * u) : QSizeF(1.8 * u, 1.1 * u);
    const double rowHeight = std::max(swatch.height(), text.height()) + (compact ? 0.1 * u : 0.3 * u);
    const double contentWidth = swatch.width() + 0.5 * u + widest(g.texts, l.legendFont);
    if (!m_in.data->legendTitle.isEmpty())
        g.titleLines = wrap(m_in.data->legendTitle, l.legendTitleFont, std::max(contentWidth, 10.0 * u), 3);
    const double width = 2 * pad + std::max(contentWidth, widest(g.titleLines, l.legendTitleFont));
    double y = pad;
    if (!g.titleLines.isEmpty()) {
        g.title = QRectF(pad, y, width - 2 * pad, g.titleLines.size() * title.lineSpacing());
        y = g.title.bottom() + 0.4 * u;
    }
    for (qsizetype i = 0; i < g.texts.size(); ++i) {
        const QRectF s(pad, y + (rowHeight - swatch.height()) / 2, swatch.width(), swatch.height());
        g.swatches.append(s);
        const double textHeight = compact ? rowHeight - 0.1 * u : 2 * u;
        g.textRects.append(QRectF(s.right() + 0.5 * u, s.center().y() - textHeight / 2, width - s.right() - 0.5 * u - pad, textHeight));
        y += rowHeight;
    }
    g.size = QSizeF(width, y + pad - (compact ? 0.1 * u : 0.3 * u));
    return g;
}

ChoroplethLayoutBuilder::Legend ChoroplethLayoutBuilder::measureStrip(const ChoroplethLayout &l, double maxWidth) const
{
    Legend g;
    const int classes = classCount();
    if (classes <= 0 && !m_in.showNoData)
        return g;
    const QFontMetricsF fm(l.legendFont);
    const double u = l.legendFont.pixelSize();
    const double pad = 0.3 * u;
    const double swatchHeight = 0.6 * u;
    QStringList bounds;
    for (int i = 0; classes > 0 && i <= classes; ++i)
        bounds.append(m_in.data->format(m_in.data->edges.at(i)));
    const double boundWidth = widest(bounds, l.legendFont);
    // A class as wide as its bound and a space, so neighbouring bounds do not touch; where that
    // is wider than the view, every other bound is written (always the first and the last).
    double step = std::max(1.2 * u, boundWidth + 0.4 * u);
    int every = 1;
    if (classes > 1 && 2 * pad + classes * step + boundWidth > maxWidth) {
        every = 2;
        step = std::max(1.2 * u, (boundWidth + 0.4 * u) / 2);
    }
    double y = pad;
    if (!m_in.data->legendTitle.isEmpty()) {
        g.titleLines = wrap(m_in.data->legendTitle, l.legendTitleFont, std::max(maxWidth - 2 * pad, 4.0 * u), 2);
        g.title = QRectF(pad, y, widest(g.titleLines, l.legendTitleFont), g.titleLines.size() * QFontMetricsF(l.legendTitleFont).lineSpacing());
        y = g.title.bottom() + 0.2 * u;
    }
    const double x0 = pad + (classes > 0 ? boundWidth / 2 : 0.0);
    for (int i = 0; i < classes; ++i)
        g.swatches.append(QRectF(x0 + i * step, y, step, swatchHeight));
    const double boundsTop = y + swatchHeight + 0.1 * u;
    for (int i = 0; i <= classes && classes > 0; ++i) {
        const bool last = i == classes;
        const bool shown = last || (i % every == 0 && !(every > 1 && classes - i == 1));
        if (!shown)
            continue;
        const double w = fm.horizontalAdvance(bounds.at(i)) + 1;
        g.texts.append(bounds.at(i));
        g.textRects.append(QRectF(x0 + i * step - w / 2, boundsTop, w, fm.height()));
    }
    double right = classes > 0 ? x0 + classes * step + boundWidth / 2 : pad;
    double bottom = classes > 0 ? boundsTop + fm.height() : y;
    if (m_in.showNoData) {
        // Beside the classes, its label under its swatch like theirs; on a row of its own when
        // the strip would be wider than the view.
        const QString label = m_in.data->noDataLabel;
        const double labelWidth = fm.horizontalAdvance(label) + 1;
        const double inlineLeft = classes > 0 ? right + 0.6 * u : pad;
        if (inlineLeft + std::max(1.2 * u, labelWidth) + pad <= maxWidth || classes == 0) {
            g.swatches.append(QRectF(inlineLeft, y, 1.2 * u, swatchHeight));
            g.textRects.append(QRectF(inlineLeft, boundsTop, labelWidth, fm.height()));
            right = inlineLeft + std::max(1.2 * u, labelWidth);
            bottom = boundsTop + fm.height();
        } else {
            const double rowTop = bottom + 0.2 * u;
            g.swatches.append(QRectF(pad, rowTop + (fm.height() - swatchHeight) / 2, 1.2 * u, swatchHeight));
            g.textRects.append(QRectF(pad + 1.6 * u, rowTop, labelWidth, fm.height()));
            right = std::max(right, pad + 1.6 * u + labelWidth);
            bottom = rowTop + fm.height();
        }
        g.texts.append(label);
    }
    g.size = QSizeF(std::max(right, g.title.right()) + pad, bottom + pad);
    return g;
}

ChoroplethLayout ChoroplethLayoutBuilder::build(const QRectF &rect) const
{
    ChoroplethLayout l;
    l.rect = rect;
    const ChoroplethStyle &st = m_in.data->style;
    const double u = unitOf(rect.size(), st);
    l.unit = u;
    l.titleFont = makeFont(st, std::max(14.0, 1.9 * u), QFont::Bold);
    l.subtitleFont = makeFont(st, std::max(11.0, 1.25 * u));
    l.legendTitleFont = makeFont(st, std::max(11.0, 1.15 * u), QFont::DemiBold);
    l.legendFont = makeFont(st, std::max(10.0, 1.05 * u));
    l.captionFont = makeFont(st, std::max(11.0, 1.3 * u), QFont::DemiBold);
    l.attributionFont = makeFont(st, std::max(9.0, 0.8 * u));

    const double pad = std::max(4.0, 0.8 * u);
    QRectF content = rect.adjusted(pad, pad, -pad, -pad);
    if (!m_in.data->title.isEmpty()) {
        l.title = QRectF(content.left(), content.top(), content.width(), QFontMetricsF(l.titleFont).height());
        content.setTop(l.title.bottom());
    }
    if (!m_in.data->subtitle.isEmpty()) {
        l.subtitle = QRectF(content.left(), content.top(), content.width(), QFontMetricsF(l.subtitleFont).height());
        content.setTop(l.subtitle.bottom());
    }
    if (!m_in.data->title.isEmpty() || !m_in.data->subtitle.isEmpty())
        content.setTop(content.top() + 0.5 * u);
    if (!m_in.data->attribution.isEmpty()) {
        const double h = QFontMetricsF(l.attributionFont).height();
        l.attribution = QRectF(content.left(), content.bottom() - h, content.width(), h);
        content.setBottom(l.attribution.top() - 0.3 * u);
    }

    // A floor above the legend's own size makes it too large for the sea beside the country: it
    // goes beside or under the map, in compact rows or a strip, whichever leaves the map larger.
    const bool compact = st.minTextPixels > 0 && std::max(10.0, 1.05 * u) < st.minTextPixels;
    const Legend legend = measureLegend(l, compact);
    const Legend strip = compact ? measureStrip(l, content.width()) : Legend();
    // A single map under a compact legend keeps a strip east of the country for the
    // archipelagos' labels, which at that type are wider than the country.
    if (compact && m_in.data->frames.size() <= 1 && m_in.map->insetCount() > 0) {
        const QFont island = makeFont(st, std::max(11.0, 0.95 * u), QFont::Normal, true);
        for (const MapInset &inset : m_in.data->insets) {
            const QString name = inset.label.section(u" ("_qs, 0, 0);
            const double nameWidth = std::min(QFontMetricsF(island).horizontalAdvance(name), 0.6 * content.width());
            l.labelRoom = std::max(l.labelRoom, widest(wrap(inset.label, island, nameWidth, 3), island) + 0.8 * u);
        }
    }
    const bool useStrip = placeFrames(l, content, legend.size, strip.size);
    const Legend &shown = useStrip ? strip : legend;
    l.legendStrip = useStrip;
    l.compactLegend = compact;
    const ChoroplethLayout::Frame &first = l.frames.first();
    // Small multiples shrink the type with the frame, but not below what the wall can read.
    l.cellUnit = l.frames.size() > 1 ? std::max(unitOf(first.map.size(), st), 0.6 * u) : u;
    // Vietnamese stacks two diacritics on a letter (ầ, ẫ): below 11 pixels they merge.
    l.nameFont = makeFont(st, std::max(11.0, 1.0 * l.cellUnit), QFont::DemiBold);
    l.valueFont = makeFont(st, std::max(10.0, 0.95 * l.cellUnit));
    l.islandFont = makeFont(st, std::max(11.0, 0.95 * l.cellUnit), QFont::Normal, true);

    const bool legendInside = l.frames.size() == 1 && !compact;
    // A single map's archipelago labels may use the whole view, outside the map's area, when the
    // type is too large for the map beside a compact legend.
    l.labelArea = QRectF(QPointF(0, 0), first.map.size());
    if (l.frames.size() == 1 && compact)
        l.labelArea = content.translated(-first.map.topLeft());
    layoutCell(l, first.map.size(), legend.size, legendInside);
    if (legendInside && !l.legend.isNull())
        l.legend.translate(first.map.topLeft());
    if (!l.legend.isNull()) {
        const QPointF at = l.legend.topLeft();
        l.legendTitle = shown.title.translated(at);
        l.legendTitleLines = shown.titleLines;
        for (const QRectF &s : shown.swatches)
            l.legendSwatches.append(s.translated(at));
        for (const QRectF &r : shown.textRects)
            l.legendTextRects.append(r.translated(at));
        l.legendTexts = shown.texts;
    }
    placeLabels(l);
    l.smallestText = smallestText(l);
    return l;
}

int ChoroplethLayoutBuilder::smallestText(const ChoroplethLayout &l) const
{
    int smallest = 0;
    const auto note = [&](const QFont &font) {
        smallest = smallest == 0 ? font.pixelSize() : std::min(smallest, font.pixelSize());
    };
    if (!l.title.isNull())
        note(l.titleFont);
    if (!l.subtitle.isNull())
        note(l.subtitleFont);
    if (!l.attribution.isNull())
        note(l.attributionFont);
    if (!l.legendTitleLines.isEmpty())
        note(l.legendTitleFont);
    if (!l.legendTexts.isEmpty())
        note(l.legendFont);
    for (qsizetype f = 0; f < l.frames.size(); ++f) {
        if (!l.frames.at(f).caption.isNull() && !m_in.data->frames.value(f).caption.isEmpty())
            note(l.captionFont);
    }
    for (const ChoroplethLayout::Label &label : l.labels) {
        if (label.island) {
            note(l.islandFont);
            continue;
        }
        if (!label.lines.value(0).isEmpty())
            note(l.nameFont);
        if (!label.lines.value(1).isEmpty())
            note(l.valueFont);
    }
    return smallest;
}

bool ChoroplethLayoutBuilder::placeFrames(ChoroplethLayout &l, const QRectF &content, const QSizeF &legendSize,
                                          const QSizeF &stripSize) const
{
    const int n = std::max<int>(1, int(m_in.data->frames.size()));
    // A compact legend has a strip to go under the maps; a single map keeps its legend in the sea
    // unless the legend is compact.
    const bool compact = !stripSize.isEmpty();
    if (n == 1 && !compact) {
        l.frames = {{content, {}, content}};
        return false;
    }
    // The grid and the legend's place that give each map the largest scale.
    const QRectF full = m_in.map->fullBounds();
    const QRectF main = m_in.map->mainBounds();
    const double u = l.unit;
    const double captionHeight = n > 1 ? QFontMetricsF(l.captionFont).height() + 0.3 * u : 0.0;
    const double gap = 0.8 * u;
    enum Place { InCell, Right, RightStrip, Bottom, None };
    struct Choice
    {
        int cols = 1;
        int rows = 1;
        Place place = None;
        QRectF area;
        double scale = -1.0;
    } best;
    const bool hasLegend = !legendSize.isEmpty();
    const auto sizeAt = [&](Place place) { return (place == Bottom || place == RightStrip) && compact ? stripSize : legendSize; };
    // A compact legend must fit the view beside or under the maps; when it fits neither way, the
    // second pass takes the best map whatever the legend overflows.
    for (int pass = 0; pass < 2 && best.scale < 0; ++pass) {
        for (int cols = 1; cols <= n; ++cols) {
            const int rows = (n + cols - 1) / cols;
            for (Place place : {InCell, Right, RightStrip, Bottom, None}) {
                if ((place == None) == hasLegend || (place == InCell && rows * cols == n) || (place == RightStrip && !compact))
                    continue;
                const QSizeF legend = sizeAt(place);
                if (compact && pass == 0 && (legend.width() > content.width() || legend.height() > content.height()))
                    continue;
                QRectF area = content;
                if (place == Right || place == RightStrip)
                    area.setRight(area.right() - legend.width() - gap);
                if (place == Bottom)
                    area.setBottom(area.bottom() - legend.height() - gap);
                const double cellW = (area.width() - (cols - 1) * gap) / cols;
                const double cellH = (area.height() - (rows - 1) * gap) / rows;
                if (cellW <= 0 || cellH <= captionHeight)
                    continue;
                if (place == InCell && (legendSize.width() > cellW || legendSize.height() > cellH))
                    continue;
                const QSizeF map(cellW - l.labelRoom, cellH - captionHeight);
                if (map.width() <= 0)
                    continue;
                const double sFull = scaleToFit(full, map);
                const double sMain = scaleToFit(main, map);
                const double scale = sFull >= 0.8 * sMain ? sFull : sMain;
                if (scale > best.scale)
                    best = {cols, rows, place, area, scale};
            }
        }
    }
    const double cellW = (best.area.width() - (best.cols - 1) * gap) / best.cols;
    const double cellH = (best.area.height() - (best.rows - 1) * gap) / best.rows;
    const auto cellAt = [&](int i) {
        return QRectF(best.area.left() + (i % best.cols) * (cellW + gap), best.area.top() + (i / best.cols) * (cellH + gap), cellW, cellH);
    };
    for (int i = 0; i < n; ++i) {
        const QRectF cell = cellAt(i);
        l.frames.append({cell, n > 1 ? QRectF(cell.left(), cell.top(), cell.width(), captionHeight) : QRectF(),
                         QRectF(cell.left(), cell.top() + captionHeight, cell.width(), cell.height() - captionHeight)});
    }
    const QRectF last = cellAt(best.rows * best.cols - 1);
    const QSizeF shownSize = sizeAt(best.place);
    switch (best.place) {
    case InCell:
        l.legend = QRectF(QPointF(last.left() + gap, last.center().y() - shownSize.height() / 2), shownSize);
        break;
    case Right:
        l.legend = QRectF(QPointF(content.right() - shownSize.width(), content.center().y() - shownSize.height() / 2), shownSize);
        break;
    case RightStrip:
        // At the top, leaving the room beside the archipelagos (the middle and the south) to their
        // labels.
        l.legend = QRectF(QPointF(content.right() - shownSize.width(), content.top()), shownSize);
        break;
    case Bottom:
        l.legend = QRectF(QPointF(content.center().x() - shownSize.width() / 2, content.bottom() - shownSize.height()), shownSize);
        break;
    case None:
        break;
    }
    return (best.place == Bottom || best.place == RightStrip) && compact;
}

void ChoroplethLayoutBuilder::layoutCell(ChoroplethLayout &l, const QSizeF &mapSize, const QSizeF &legendSize,
                                         bool legendInside) const
{
    const ProjectedMap &map = *m_in.map;
    const QRectF area(QPointF(0, 0), mapSize);
    const QRectF full = map.fullBounds();
    const QRectF main = map.mainBounds();
    if (full.isEmpty() || area.isEmpty())
        return;
    const double uc = l.cellUnit;
    const double margin = 0.6 * uc;
    const QRectF fitArea0 = area.adjusted(margin, margin, -margin, -margin);
    // Archipelagos far off the coast go to inset boxes when showing them in place would shrink
    // the mainland by more than a fifth — except under a compact legend, where their labels, too
    // large for a box in the map, go anywhere in the view.
    l.insetsFramed = map.insetCount() > 0 && !(l.compactLegend && l.frames.size() == 1)
        && scaleToFit(full, fitArea0.size()) < 0.8 * scaleToFit(main, fitArea0.size());
    const double cell = std::max(2.0, std::max(area.width(), area.height()) / 300.0);
    const bool placeLegend = legendInside && !legendSize.isEmpty();
    // When the insets or the legend find no room, the mainland gives up a strip: on the east for
    // the insets, on the west for the legend.
    double reserveEast = l.labelRoom;
    double reserveWest = 0.0;
    for (int attempt = 0; attempt < 3; ++attempt) {
        const QRectF fitArea = fitArea0.adjusted(reserveWest, 0, -reserveEast, 0);
        l.base = AlbersProjection::fit(l.insetsFramed ? main : full, fitArea);
        OccupancyGrid grid(area, cell);
        const int part = l.insetsFramed ? ProjectedMap::mainPart : ProjectedMap::allParts;
        for (int r = 0; r < map.regions().size(); ++r)
            grid.occupy(map.path(r, part, l.base, cell, area, 0.0, nullptr), 0.4 * uc);
        const double wanted = placeInsets(l, grid, area);
        if (wanted > 0.0 && reserveEast == 0.0) {
            reserveEast = wanted + margin;
            continue;
        }
        if (!placeLegend)
            break;
        const QRectF land = l.base.mapRect(main);
        if (const auto at = grid.findFree(legendSize, QPointF(land.left(), land.bottom() - legendSize.height() / 2))) {
            l.legend = *at;
            break;
        }
        if (reserveWest == 0.0 && attempt < 2) {
            reserveWest = legendSize.width() + margin;
            continue;
        }
        l.legend = QRectF(QPointF(area.left(), area.bottom() - legendSize.height()), legendSize);
        break;
    }
    buildPaths(l, area);
}

double ChoroplethLayoutBuilder::placeInsets(ChoroplethLayout &l, OccupancyGrid &grid, const QRectF &area) const
{
    const ProjectedMap &map = *m_in.map;
    const double uc = l.cellUnit;
    const double p = 0.4 * uc;
    const QFontMetricsF fm(l.islandFont);
    l.insets = QList<ChoroplethLayout::Inset>(map.insetCount());
    // North first, so each box can be kept below the one before: Trường Sa under Hoàng Sa.
    QList<int> order;
    for (int i = 0; i < map.insetCount(); ++i)
        order.append(i);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return map.insetBox(a).center().y() > map.insetBox(b).center().y(); });
    double below = area.top();
    double wanted = 0.0;
    for (int i : order) {
        ChoroplethLayout::Inset &inset = l.insets[i];
        inset.regions = map.insetRegions(i);
        const QString label = m_in.data->insets.value(i).label;
        // Break the label at its parenthesis, never inside the archipelago's name — unless the name
        // at a wall's type is wider than the map.
        const double nameWidth = std::min(fm.horizontalAdvance(label.section(u" ("_qs, 0, 0)),
                                          l.labelRoom > 0.0 ? 0.6 * l.labelArea.width() : l.labelArea.width() - 2 * p);
        if (!l.insetsFramed) {
            if (map.insetContent(i).isNull())
                continue; // no islands inside the box: nothing to label
            inset.box = l.base.mapRect(map.insetContent(i));
            inset.lines = wrap(label, l.islandFont, std::max(inset.box.width(), nameWidth), 3);
            // Keep the label's likely place free of the legend; labels themselves come later.
            const QSizeF size(widest(inset.lines, l.islandFont), inset.lines.size() * fm.lineSpacing());
            for (const QPointF &c : {QPointF(inset.box.center().x(), inset.box.bottom() + p + size.height() / 2),
                                     QPointF(inset.box.center().x(), inset.box.top() - p - size.height() / 2)}) {
                const QRectF r(c - QPointF(size.width() / 2, size.height() / 2), size);
                if (grid.isFree(r)) {
                    grid.occupy(r);
                    break;
                }
            }
            grid.occupy(inset.box.adjusted(-p, -p, p, p));
            continue;
        }
        const QRectF projected = map.insetBox(i).united(map.insetContent(i));
        const double scale = std::min({l.base.m11(), 0.34 * area.width() / projected.width(), 0.30 * area.height() / projected.height()});
        // East of the mainland, where the archipelagos lie, and below the box north of it; the
        // box shrinks before either rule is given up.
        const QRectF land = l.base.mapRect(map.mainBounds());
        const QRectF east(QPointF(land.center().x(), below), area.bottomRight());
        const QRectF south(QPointF(area.left(), below), area.bottomRight());
        const QPointF ideal = clamped(l.base.map(projected.center()), area);
        std::optional<QRectF> at;
        QSizeF geo;
        QSizeF box;
        for (int attempt = 0; attempt < 9 && !at; ++attempt) {
            const double s = scale * std::pow(0.75, attempt % 3);
            geo = QSizeF(projected.width() * s, projected.height() * s);
            inset.lines = wrap(label, l.islandFont, std::max(geo.width(), nameWidth), 3);
            box = QSizeF(std::max(geo.width(), widest(inset.lines, l.islandFont)) + 2 * p,
                         geo.height() + inset.lines.size() * fm.lineSpacing() + 3 * p);
            at = grid.findFree(box, ideal, attempt < 3 ? east : attempt < 6 ? south : QRectF());
            if (attempt == 2 && !at) // the width a strip east of the mainland would need
                wanted = std::max(wanted, std::max(projected.width() * scale * 0.75, widest(inset.lines, l.islandFont)) + 2 * p);
        }
        if (!at) // crowded: overlap the map in the corner rather than lose the islands
            at = QRectF(area.bottomRight() - QPointF(box.width(), box.height()), box);
        inset.box = *at;
        inset.geoArea = QRectF(at->left() + (at->width() - geo.width()) / 2, at->top() + p, geo.width(), geo.height());
        inset.transform = AlbersProjection::fit(projected, inset.geoArea);
        grid.occupy(inset.box.adjusted(-p, -p, p, p));
        below = inset.box.center().y();
    }
    return wanted;
}

void ChoroplethLayoutBuilder::buildPaths(ChoroplethLayout &l, const QRectF &area) const
{
    const ProjectedMap &map = *m_in.map;
    const QPointF c = area.center();
    l.view = l.base * QTransform::fromTranslate(-c.x(), -c.y()) * QTransform::fromScale(m_in.zoom, m_in.zoom)
        * QTransform::fromTranslate(c.x() + m_in.pan.x(), c.y() + m_in.pan.y());
    l.pixelsPerKm = l.view.m11();
    // Islands smaller than this are drawn as dots so they never vanish.
    constexpr double tiny = 3.0;
    constexpr double tolerance = 0.5;
    const int part = l.insetsFramed ? ProjectedMap::mainPart : ProjectedMap::allParts;
    for (int r = 0; r < map.regions().size(); ++r) {
        QList<QPointF> dots;
        l.fills.append(map.path(r, part, l.view, tolerance, area, tiny, &dots));
        for (const QPointF &d : dots)
            l.islets.append({r, d, false});
    }
    if (m_in.data->innerBorders)
        l.innerBorders = map.innerBorders(l.view, tolerance, area);
    if (!l.insetsFramed)
        return;
    for (int i = 0; i < l.insets.size(); ++i) {
        ChoroplethLayout::Inset &inset = l.insets[i];
        for (int r : inset.regions) {
            QList<QPointF> dots;
            inset.fills.append(map.path(r, i, inset.transform, tolerance, inset.box, tiny, &dots));
            for (const QPointF &d : dots)
                l.islets.append({r, d, true});
        }
    }
}

} // namespace dh
