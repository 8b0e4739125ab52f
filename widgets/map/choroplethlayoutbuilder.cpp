#include "choroplethlayoutbuilder.h"

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
};

namespace {

QFont makeFont(const ChoroplethStyle &style, double pixels, QFont::Weight weight = QFont::Normal, bool italic = false)
{
    QFont f;
    if (!style.fontFamily.isEmpty())
        f.setFamily(style.fontFamily);
    f.setPixelSize(std::max(1, int(std::lround(pixels))));
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

// Lines no wider than `width` where possible; a parenthesis starts a new line ("Quần đảo Hoàng
// Sa / (Đà Nẵng)") rather than being split.
QStringList wrap(const QString &text, const QFont &font, double width, int maxLines)
{
    const QFontMetricsF fm(font);
    if (fm.horizontalAdvance(text) <= width)
        return {text};
    QStringList lines;
    QString current;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        const QString candidate = current.isEmpty() ? word : current + u' ' + word;
        const bool breakHere = !current.isEmpty() && (fm.horizontalAdvance(candidate) > width || word.startsWith(u'('));
        if (breakHere && lines.size() < maxLines - 1) {
            lines.append(current);
            current = word;
        } else {
            current = candidate;
        }
    }
    if (!current.isEmpty())
        lines.append(current);
    return lines;
}

double widest(const QStringList &lines, const QFont &font)
{
    const QFontMetricsF fm(font);
    double w = 0.0;
    for (const QString &line : lines)
        w = std::max(w, fm.horizontalAdvance(line));
    return w;
}

bool collides(const QList<QRectF> &taken, const QRectF &rect)
{
    return std::any_of(taken.cbegin(), taken.cend(), [&](const QRectF &r) { return r.intersects(rect); });
}

QPointF clamped(const QPointF &p, const QRectF &area)
{
    return {std::clamp(p.x(), area.left(), area.right()), std::clamp(p.y(), area.top(), area.bottom())};
}

double luminance(const QColor &c)
{
    return 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF();
}

} // namespace

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

ChoroplethLayoutBuilder::Legend ChoroplethLayoutBuilder::measureLegend(const ChoroplethLayout &l) const
{
    Legend g;
    const int classes = int(std::min<qsizetype>(m_in.data->edges.size() - 1, m_in.data->colors.size()));
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
    const double pad = 0.7 * u;
    const QSizeF swatch(1.8 * u, 1.1 * u);
    const double rowHeight = std::max(swatch.height(), text.height()) + 0.3 * u;
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
        g.swatches.append(QRectF(pad, y + (rowHeight - swatch.height()) / 2, swatch.width(), swatch.height()));
        y += rowHeight;
    }
    g.size = QSizeF(width, y + pad - 0.3 * u);
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

    Legend legend = measureLegend(l);
    placeFrames(l, content, legend.size);
    const ChoroplethLayout::Frame &first = l.frames.first();
    // Small multiples shrink the type with the frame, but not below what the wall can read.
    l.cellUnit = l.frames.size() > 1 ? std::max(unitOf(first.map.size(), st), 0.6 * u) : u;
    // Vietnamese stacks two diacritics on a letter (ầ, ẫ): below 11 pixels they merge.
    l.nameFont = makeFont(st, std::max(11.0, 1.0 * l.cellUnit), QFont::DemiBold);
    l.valueFont = makeFont(st, std::max(10.0, 0.95 * l.cellUnit));
    l.islandFont = makeFont(st, std::max(11.0, 0.95 * l.cellUnit), QFont::Normal, true);

    layoutCell(l, first.map.size(), legend.size, l.frames.size() == 1);
    if (l.frames.size() == 1 && !l.legend.isNull())
        l.legend.translate(first.map.topLeft());
    if (!l.legend.isNull()) {
        const QPointF at = l.legend.topLeft();
        l.legendTitle = legend.title.translated(at);
        l.legendTitleLines = legend.titleLines;
        for (const QRectF &s : legend.swatches)
            l.legendSwatches.append(s.translated(at));
        l.legendTexts = legend.texts;
    }
    placeLabels(l);
    return l;
}

void ChoroplethLayoutBuilder::placeFrames(ChoroplethLayout &l, const QRectF &content, const QSizeF &legendSize) const
{
    const int n = std::max<int>(1, int(m_in.data->frames.size()));
    if (n == 1) {
        l.frames = {{content, {}, content}};
        return;
    }
    // The grid and the legend's place that give each map the largest scale.
    const QRectF full = m_in.map->fullBounds();
    const QRectF main = m_in.map->mainBounds();
    const double u = l.unit;
    const double captionHeight = QFontMetricsF(l.captionFont).height() + 0.3 * u;
    const double gap = 0.8 * u;
    enum Place { InCell, Right, Bottom, None };
    struct Choice
    {
        int cols = 1;
        int rows = 1;
        Place place = None;
        QRectF area;
        double scale = -1.0;
    } best;
    const bool hasLegend = !legendSize.isEmpty();
    for (int cols = 1; cols <= n; ++cols) {
        const int rows = (n + cols - 1) / cols;
        for (Place place : {InCell, Right, Bottom, None}) {
            if ((place == None) == hasLegend || (place == InCell && rows * cols == n))
                continue;
            QRectF area = content;
            if (place == Right)
                area.setRight(area.right() - legendSize.width() - gap);
            if (place == Bottom)
                area.setBottom(area.bottom() - legendSize.height() - gap);
            const double cellW = (area.width() - (cols - 1) * gap) / cols;
            const double cellH = (area.height() - (rows - 1) * gap) / rows;
            if (cellW <= 0 || cellH <= captionHeight)
                continue;
            if (place == InCell && (legendSize.width() > cellW || legendSize.height() > cellH))
                continue;
            const QSizeF map(cellW, cellH - captionHeight);
            const double sFull = scaleToFit(full, map);
            const double sMain = scaleToFit(main, map);
            const double scale = sFull >= 0.8 * sMain ? sFull : sMain;
            if (scale > best.scale)
                best = {cols, rows, place, area, scale};
        }
    }
    const double cellW = (best.area.width() - (best.cols - 1) * gap) / best.cols;
    const double cellH = (best.area.height() - (best.rows - 1) * gap) / best.rows;
    const auto cellAt = [&](int i) {
        return QRectF(best.area.left() + (i % best.cols) * (cellW + gap), best.area.top() + (i / best.cols) * (cellH + gap), cellW, cellH);
    };
    for (int i = 0; i < n; ++i) {
        const QRectF cell = cellAt(i);
        l.frames.append({cell, QRectF(cell.left(), cell.top(), cell.width(), captionHeight),
                         QRectF(cell.left(), cell.top() + captionHeight, cell.width(), cell.height() - captionHeight)});
    }
    const QRectF last = cellAt(best.rows * best.cols - 1);
    switch (best.place) {
    case InCell:
        l.legend = QRectF(QPointF(last.left() + gap, last.center().y() - legendSize.height() / 2), legendSize);
        break;
    case Right:
        l.legend = QRectF(QPointF(content.right() - legendSize.width(), content.center().y() - legendSize.height() / 2), legendSize);
        break;
    case Bottom:
        l.legend = QRectF(QPointF(content.center().x() - legendSize.width() / 2, content.bottom() - legendSize.height()), legendSize);
        break;
    case None:
        break;
    }
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
    // the mainland by more than a fifth.
    l.insetsFramed = map.insetCount() > 0 && scaleToFit(full, fitArea0.size()) < 0.8 * scaleToFit(main, fitArea0.size());
    const double cell = std::max(2.0, std::max(area.width(), area.height()) / 300.0);
    const bool placeLegend = legendInside && !legendSize.isEmpty();
    // When the insets or the legend find no room, the mainland gives up a strip: on the east for
    // the insets, on the west for the legend.
    double reserveEast = 0.0;
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
        // Break the label at its parenthesis, never inside the archipelago's name.
        const double nameWidth = fm.horizontalAdvance(label.section(u" ("_qs, 0, 0));
        if (!l.insetsFramed) {
            if (map.insetContent(i).isNull())
                continue; // no islands inside the box: nothing to label
            inset.box = l.base.mapRect(map.insetContent(i));
            inset.lines = wrap(label, l.islandFont, std::max(inset.box.width(), nameWidth), 2);
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

void ChoroplethLayoutBuilder::placeLabels(ChoroplethLayout &l) const
{
    const ProjectedMap &map = *m_in.map;
    if (l.fills.isEmpty())
        return;
    const QFontMetricsF name(l.nameFont);
    const QFontMetricsF value(l.valueFont);
    const QFontMetricsF island(l.islandFont);
    const double uc = l.cellUnit;
    const double halo = std::max(1.5, 0.12 * l.nameFont.pixelSize());
    const double gap = 0.15 * uc;
    const QTransform inverse = l.view.inverted();
    const int part = l.insetsFramed ? ProjectedMap::mainPart : ProjectedMap::allParts;

    // The caller's first (the capital, the largest cities), then the largest regions.
    QList<int> labelOrder;
    for (const QString &id : m_in.data->labelPriority) {
        if (const int r = map.indexOf(id); r >= 0)
            labelOrder.append(r);
    }
    for (int r : map.labelOrder()) {
        if (!labelOrder.contains(r))
            labelOrder.append(r);
    }

    QList<QRectF> obstacles; // cell coordinates
    if (l.frames.size() == 1 && !l.legend.isNull())
        obstacles.append(l.legend.translated(-l.frames.first().map.topLeft()));
    if (l.insetsFramed) {
        for (const ChoroplethLayout::Inset &inset : l.insets)
            obstacles.append(inset.box);
    }

    for (int f = 0; f < l.frames.size(); ++f) {
        const QPointF origin = l.frames.at(f).map.topLeft();
        const QRectF area(QPointF(0, 0), l.frames.at(f).map.size());
        QList<QRectF> taken = obstacles;
        const auto add = [&](ChoroplethLayout::Label label, const QRectF &cellRect) {
            taken.append(cellRect.adjusted(-gap, -gap, gap, gap));
            label.rect = cellRect.translated(origin);
            label.frame = f;
            l.labels.append(std::move(label));
        };

        // The archipelagos' labels come first and are always shown.
        for (int i = 0; i < l.insets.size(); ++i) {
            const ChoroplethLayout::Inset &inset = l.insets.at(i);
            if (inset.lines.isEmpty() || inset.lines.first().isEmpty())
                continue;
            const QSizeF size(widest(inset.lines, l.islandFont) + 2 * halo, inset.lines.size() * island.lineSpacing());
            QRectF rect;
            if (l.insetsFramed) {
                rect = QRectF(inset.box.left(), inset.geoArea.bottom() + 0.4 * uc, inset.box.width(), size.height());
            } else {
                const QRectF islands = l.view.mapRect(map.insetContent(i));
                if (!islands.intersects(area))
                    continue;
                const double p = 0.4 * uc;
                const QList<QPointF> centres{
                    {islands.center().x(), islands.bottom() + p + size.height() / 2},
                    {islands.center().x(), islands.top() - p - size.height() / 2},
                    {islands.right() + p + size.width() / 2, islands.center().y()},
                    {islands.left() - p - size.width() / 2, islands.center().y()},
                };
                for (const QPointF &c : centres) {
                    const QRectF r(c - QPointF(size.width() / 2, size.height() / 2), size);
                    if (area.contains(r) && !collides(taken, r)) {
                        rect = r;
                        break;
                    }
                }
                if (rect.isNull()) {
                    rect = QRectF(centres.first() - QPointF(size.width() / 2, size.height() / 2), size);
                    rect.moveLeft(std::clamp(rect.left(), area.left(), area.right() - rect.width()));
                    rect.moveTop(std::clamp(rect.top(), area.top(), area.bottom() - rect.height()));
                }
            }
            add({0, -1, {}, inset.lines, true, m_in.data->style.text, m_in.data->style.halo}, rect);
        }

        if (m_in.data->labelMode == ChoroplethInput::LabelMode::None)
            continue;
        const ChoroplethFrame *frame = f < m_in.data->frames.size() ? &m_in.data->frames.at(f) : nullptr;
        for (int r : labelOrder) {
            const ProjectedMap::Region &region = map.regions().at(r);
            if (l.fills.at(r).isEmpty() || region.mainBounds.isEmpty())
                continue;
            const QPointF anchor = l.view.map(region.anchor);
            if (!area.contains(anchor))
                continue;
            const double v = frame ? frame->values.value(region.id, std::nan("")) : std::nan("");
            const QString valueText = std::isfinite(v) && m_in.data->format ? m_in.data->format(v) : QString();
            // Each variant is {name, value}, either may be empty: the value alone is the fallback
            // where name and value do not fit.
            QList<QStringList> variants;
            switch (m_in.data->labelMode) {
            case ChoroplethInput::LabelMode::Names:
                variants = {{region.name, QString()}};
                break;
            case ChoroplethInput::LabelMode::Values:
                if (!valueText.isEmpty())
                    variants = {{QString(), valueText}};
                break;
            case ChoroplethInput::LabelMode::NamesAndValues:
                variants = valueText.isEmpty() ? QList<QStringList>{{region.name, QString()}}
                                               : QList<QStringList>{{region.name, valueText}, {QString(), valueText}};
                break;
            case ChoroplethInput::LabelMode::None:
                break;
            }
            const QColor fill = fillOf(m_in, r, f);
            const bool dark = fill.isValid() && luminance(fill) < 0.45;
            for (const QStringList &lines : variants) {
                const bool named = !lines.at(0).isEmpty();
                const bool valued = !lines.at(1).isEmpty();
                const double w = std::max(named ? name.horizontalAdvance(lines.at(0)) : 0.0,
                                          valued ? value.horizontalAdvance(lines.at(1)) : 0.0) + 2 * halo;
                const double h = (named ? name.height() : 0.0) + (valued ? value.height() : 0.0);
                QRectF placed;
                for (const QPointF &offset : {QPointF(0, 0), QPointF(0, -0.6 * h), QPointF(0, 0.6 * h), QPointF(-0.35 * w, 0), QPointF(0.35 * w, 0)}) {
                    const QRectF rect(anchor + offset - QPointF(w / 2, h / 2), QSizeF(w, h));
                    if (!area.contains(rect) || collides(taken, rect))
                        continue;
                    if (!offset.isNull() && map.regionAt(inverse.map(rect.center()), part, 0.0) != r)
                        continue;
                    placed = rect;
                    break;
                }
                if (placed.isNull())
                    continue;
                add({0, r, {}, lines, false, dark ? m_in.data->style.lightText : m_in.data->style.text,
                     dark ? m_in.data->style.darkHalo : m_in.data->style.halo},
                    placed);
                break;
            }
        }
    }
}

} // namespace dh
