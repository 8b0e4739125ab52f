#include "choroplethrenderer.h"

#include <QLocale>
#include <QPaintEngine>
#include <QPainter>
#include <QStaticText>

#include <cmath>
#include <numbers>

namespace dh {

namespace {

// Qt's raster engine caches glyphs up to this size (QT_MAX_CACHED_GLYPH_SIZE) and draws larger
// ones from their outlines.
constexpr int kLargestCachedGlyph = 64;

// Diagonal hatching scaled with the type, so "no data" reads the same on a wall.
QBrush hatchBrush(const ChoroplethStyle &style, double unit)
{
    const int s = std::max(6, int(std::lround(0.6 * unit)));
    QImage tile(s, s, QImage::Format_ARGB32_Premultiplied);
    tile.fill(Qt::transparent);
    QPainter p(&tile);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(style.hatch, std::max(1.0, s / 7.0)));
    for (int k = -1; k <= 1; ++k)
        p.drawLine(QPointF(k * s - 1, s + 1), QPointF(k * s + s + 1, -1));
    p.end();
    return QBrush(tile);
}

bool isRaster(const QPainter &painter)
{
    return painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster;
}

// A translucent line colour as it shows over white, for devices that draw only opaque strokes
// natively.
QColor opaqueOverWhite(const QColor &colour)
{
    const double a = colour.alphaF();
    return QColor::fromRgbF(float(colour.redF() * a + 1 - a), float(colour.greenF() * a + 1 - a), float(colour.blueF() * a + 1 - a));
}

// On a raster device the hatching is the texture above; on a vector one (an SVG, a PDF) it is drawn
// as lines clipped to the shape, so the file holds no image and stays sharp when zoomed into.
void fillHatch(QPainter &painter, const QPainterPath &path, const QBrush &hatch, const ChoroplethStyle &style, double unit)
{
    if (isRaster(painter)) {
        painter.fillPath(path, hatch);
        return;
    }
    const double s = std::max(6, int(std::lround(0.6 * unit)));
    const QRectF b = path.boundingRect();
    QPainterPath lines;
    for (double x = std::floor((b.left() - b.height()) / s) * s; x < b.right() + s; x += s) {
        lines.moveTo(x, b.bottom());
        lines.lineTo(x + b.height(), b.top());
    }
    painter.save();
    painter.setClipPath(path, Qt::IntersectClip);
    painter.setPen(QPen(style.hatch, std::max(1.0, s / 7.0)));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(lines);
    painter.restore();
}

double haloWidth(const ChoroplethLayout &l)
{
    return std::max(1.5, 0.12 * l.nameFont.pixelSize());
}

} // namespace

ChoroplethRenderer::ChoroplethRenderer()
{
    setInput(ChoroplethInput());
}

ChoroplethLayoutBuilder::Input ChoroplethRenderer::builderInput() const
{
    return {&m_input, &m_map, m_showNoData, m_zoom, m_pan};
}

void ChoroplethRenderer::invalidate()
{
    m_layout.reset();
    m_sprites.clear();
}

void ChoroplethRenderer::setInput(const ChoroplethInput &input)
{
    const auto boundsOf = [](const QList<MapInset> &insets) {
        QList<QRectF> bounds;
        for (const MapInset &inset : insets)
            bounds.append(inset.lonLatBounds);
        return bounds;
    };
    // Projecting the regions and finding their label anchors is the costly part of new input; a
    // caller passing the same geometry again (the next period, a new palette) pays for none of it.
    const bool newRegions = input.regions != m_input.regions;
    const bool newInsets = boundsOf(input.insets) != boundsOf(m_input.insets);
    m_input = input;
    if (!m_input.format)
        m_input.format = [](double v) { return QLocale().toString(v, 'g', 6); };
    if (m_input.noDataLabel.isEmpty())
        m_input.noDataLabel = tr("No data");
    if (m_input.frames.isEmpty())
        m_input.frames.append(ChoroplethFrame());
    // The insets first: new regions are then assigned to them in the same pass.
    if (newInsets)
        m_map.setInsets(boundsOf(m_input.insets));
    if (newRegions) {
        m_map.setRegions(m_input.regions);
        if (m_map.indexOf(m_hovered) < 0)
            m_hovered.clear();
    }

    bool missing = false;
    for (const ChoroplethFrame &frame : std::as_const(m_input.frames)) {
        for (const ProjectedMap::Region &r : m_map.regions())
            missing = missing || !std::isfinite(frame.values.value(r.id, std::nan("")));
    }
    m_showNoData = missing && !m_map.regions().isEmpty();
    if (newRegions)
        resetView();
    invalidate();
}

void ChoroplethRenderer::setHovered(const QString &id)
{
    m_hovered = id;
}

QString ChoroplethRenderer::regionName(const QString &id) const
{
    const int i = m_map.indexOf(id);
    return i < 0 ? QString() : m_map.regions().at(i).name;
}

std::optional<double> ChoroplethRenderer::value(const QString &id, int frame) const
{
    if (frame < 0 || frame >= m_input.frames.size())
        return std::nullopt;
    const double v = m_input.frames.at(frame).values.value(id, std::nan(""));
    return std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

QString ChoroplethRenderer::formatValue(double value) const
{
    return m_input.format(value);
}

QColor ChoroplethRenderer::colorOf(const QString &id, int frame) const
{
    const int i = m_map.indexOf(id);
    if (i < 0)
        return {};
    return ChoroplethLayoutBuilder::fillOf(builderInput(), i, frame);
}

const ChoroplethLayout &ChoroplethRenderer::layout(const QRectF &rect) const
{
    if (!m_layout || m_layout->rect != rect) {
        const ChoroplethLayoutBuilder::Input in = builderInput();
        m_layout = ChoroplethLayoutBuilder(in).build(rect);
        m_sprites.clear();
    }
    return *m_layout;
}

void ChoroplethRenderer::zoomAt(const QRectF &rect, const QPointF &pixel, double factor)
{
    const ChoroplethLayout &l = layout(rect);
    if (l.frames.isEmpty())
        return;
    QRectF map = l.frames.first().map;
    for (const ChoroplethLayout::Frame &f : l.frames) {
        if (f.map.contains(pixel))
            map = f.map;
    }
    const double z = m_zoom;
    const double next = std::clamp(z * factor, 1.0, maxZoom);
    if (next == z)
        return;
    // The view maps b ↦ z (b − c) + c + pan; keep the point under the cursor where it is.
    const QPointF q = pixel - map.topLeft();
    const QPointF c(map.width() / 2, map.height() / 2);
    m_pan = next <= 1.0 ? QPointF() : q - c - next * (q - c - m_pan) / z;
    m_zoom = next;
    clampPan(l);
    invalidate();
}

void ChoroplethRenderer::panBy(const QRectF &rect, const QPointF &delta)
{
    const ChoroplethLayout &l = layout(rect);
    m_pan += delta;
    clampPan(l);
    invalidate();
}

void ChoroplethRenderer::clampPan(const ChoroplethLayout &l)
{
    if (l.frames.isEmpty())
        return;
    // Keep at least a fifth of the view on the map.
    const QSizeF size = l.frames.first().map.size();
    const QPointF c(size.width() / 2, size.height() / 2);
    const QRectF land = l.base.mapRect(l.insetsFramed ? m_map.mainBounds() : m_map.fullBounds());
    const double z = m_zoom;
    const double m = 0.2 * std::min(size.width(), size.height());
    const double minX = m - (c.x() + z * (land.right() - c.x()));
    const double maxX = size.width() - m - (c.x() + z * (land.left() - c.x()));
    const double minY = m - (c.y() + z * (land.bottom() - c.y()));
    const double maxY = size.height() - m - (c.y() + z * (land.top() - c.y()));
    m_pan = QPointF(std::clamp(m_pan.x(), std::min(minX, maxX), std::max(minX, maxX)),
                    std::clamp(m_pan.y(), std::min(minY, maxY), std::max(minY, maxY)));
}

void ChoroplethRenderer::resetView()
{
    m_zoom = 1.0;
    m_pan = QPointF();
    invalidate();
}

ChoroplethRenderer::Hit ChoroplethRenderer::hitTest(const QRectF &rect, const QPointF &pixel) const
{
    const ChoroplethLayout &l = layout(rect);
    for (int f = 0; f < l.frames.size(); ++f) {
        const ChoroplethLayout::Frame &frame = l.frames.at(f);
        if (!frame.map.contains(pixel))
            continue;
        const QPointF local = pixel - frame.map.topLeft();
        // A few pixels of slack, so islands a pixel wide can be pointed at.
        constexpr double slackPx = 5.0;
        if (l.insetsFramed) {
            for (int i = 0; i < l.insets.size(); ++i) {
                const ChoroplethLayout::Inset &inset = l.insets.at(i);
                if (!inset.box.contains(local))
                    continue;
                int r = m_map.regionAt(inset.transform.inverted().map(local), i, slackPx / inset.transform.m11());
                if (r < 0 && inset.regions.size() == 1)
                    r = inset.regions.first(); // the box stands for its one province
                return {r < 0 ? QString() : m_map.regions().at(r).id, f};
            }
        }
        const int part = l.insetsFramed ? ProjectedMap::mainPart : ProjectedMap::allParts;
        const int r = m_map.regionAt(l.view.inverted().map(local), part, slackPx / l.pixelsPerKm);
        return {r < 0 ? QString() : m_map.regions().at(r).id, f};
    }
    return {};
}

QPointF ChoroplethRenderer::toPixel(const QRectF &rect, const QPointF &lonLat, int frame) const
{
    const ChoroplethLayout &l = layout(rect);
    if (l.frames.isEmpty())
        return {};
    const QPointF origin = l.frames.at(std::clamp<int>(frame, 0, int(l.frames.size()) - 1)).map.topLeft();
    const QPointF km = m_map.projection().project(lonLat);
    if (l.insetsFramed) {
        for (int i = 0; i < l.insets.size() && i < m_input.insets.size(); ++i) {
            if (m_input.insets.at(i).lonLatBounds.contains(lonLat))
                return l.insets.at(i).transform.map(km) + origin;
        }
    }
    return l.view.map(km) + origin;
}

void ChoroplethRenderer::paint(QPainter &painter, const QRectF &rect) const
{
    const ChoroplethLayout &l = layout(rect);
    const ChoroplethStyle &st = m_input.style;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect, st.background);
    const QBrush hatch = hatchBrush(st, l.unit);
    for (int f = 0; f < l.frames.size(); ++f)
        paintFrame(painter, l, f, hatch);
    paintLabels(painter, l);
    paintLegend(painter, l, hatch);

    painter.setPen(st.text);
    if (!l.title.isNull()) {
        painter.setFont(l.titleFont);
        painter.drawText(l.title, Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetricsF(l.titleFont).elidedText(m_input.title, Qt::ElideRight, l.title.width()));
    }
    painter.setPen(st.secondary);
    if (!l.subtitle.isNull()) {
        painter.setFont(l.subtitleFont);
        painter.drawText(l.subtitle, Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetricsF(l.subtitleFont).elidedText(m_input.subtitle, Qt::ElideRight, l.subtitle.width()));
    }
    if (!l.attribution.isNull()) {
        painter.setFont(l.attributionFont);
        painter.drawText(l.attribution, Qt::AlignRight | Qt::AlignVCenter,
                         QFontMetricsF(l.attributionFont).elidedText(m_input.attribution, Qt::ElideLeft, l.attribution.width()));
    }
    painter.restore();
}

void ChoroplethRenderer::paintFrame(QPainter &painter, const ChoroplethLayout &l, int f, const QBrush &hatch) const
{
    const ChoroplethStyle &st = m_input.style;
    const ChoroplethLayout::Frame &frame = l.frames.at(f);
    const ChoroplethLayoutBuilder::Input in = builderInput();
    const int hovered = m_map.indexOf(m_hovered);
    // Cosmetic one-pixel pens take the raster engine's fast path; wider ones are stroked as
    // polygons, which is slow on a map the size of a wall. A PDF or a printer is the other way
    // round: it strokes natively only opaque, non-cosmetic pens, and writes every other stroke out
    // as a polygon of its outline, a file several times the size.
    const bool vector = !isRaster(painter);
    QPen outline(st.outline, 1.0);
    outline.setCosmetic(!vector);
    QPen hover(st.hover, std::max(2.0, 0.22 * l.cellUnit));
    hover.setJoinStyle(Qt::RoundJoin);
    const double dot = std::max(1.6, 0.17 * l.cellUnit);

    const auto fillRegion = [&](const QPainterPath &path, int r) {
        const QColor c = ChoroplethLayoutBuilder::fillOf(in, r, f);
        if (c.isValid() && vector) {
            // Filled and outlined in one operation: the region's outline is written to the file
            // once, not twice.
            painter.setPen(outline);
            painter.setBrush(c);
            painter.drawPath(path);
            painter.setPen(Qt::NoPen);
            painter.setBrush(Qt::NoBrush);
        } else if (c.isValid()) {
            painter.fillPath(path, c);
        } else {
            painter.fillPath(path, st.noData);
            fillHatch(painter, path, hatch, st, l.unit);
        }
    };
    const auto islets = [&](bool inInset) {
        painter.setPen(outline);
        for (const ChoroplethLayout::Islet &islet : l.islets) {
            if (islet.inset != inInset)
                continue;
            const QColor c = ChoroplethLayoutBuilder::fillOf(in, islet.region, f);
            painter.setBrush(c.isValid() ? c : st.noData);
            painter.drawEllipse(islet.centre, dot, dot);
        }
        painter.setBrush(Qt::NoBrush);
    };

    painter.save();
    painter.setClipRect(frame.map);
    painter.translate(frame.map.topLeft());
    // Fills rasterise much faster without antialiasing; the antialiased outlines drawn over every
    // border hide their edges.
    painter.setRenderHint(QPainter::Antialiasing, false);
    for (int r = 0; r < l.fills.size(); ++r) {
        if (!l.fills.at(r).isEmpty())
            fillRegion(l.fills.at(r), r);
    }
    painter.setRenderHint(QPainter::Antialiasing, true);
    if (!l.innerBorders.isEmpty()) {
        QPen inner(vector ? opaqueOverWhite(st.innerBorder) : st.innerBorder, 1.0);
        inner.setCosmetic(!vector);
        painter.strokePath(l.innerBorders, inner);
    }
    for (int r = 0; r < l.fills.size(); ++r) {
        if (!l.fills.at(r).isEmpty() && (!vector || !ChoroplethLayoutBuilder::fillOf(in, r, f).isValid()))
            painter.strokePath(l.fills.at(r), outline);
    }
    islets(false);
    if (hovered >= 0 && hovered < l.fills.size() && !l.fills.at(hovered).isEmpty())
        painter.strokePath(l.fills.at(hovered), hover);

    for (const ChoroplethLayout::Inset &inset : l.insets) {
        if (!l.insetsFramed)
            break;
        painter.setPen(QPen(st.frame, 1.0));
        painter.setBrush(st.background);
        painter.drawRect(inset.box);
        painter.setBrush(Qt::NoBrush);
        for (int k = 0; k < inset.regions.size(); ++k) {
            fillRegion(inset.fills.at(k), inset.regions.at(k));
            painter.strokePath(inset.fills.at(k), outline);
            if (inset.regions.at(k) == hovered)
                painter.strokePath(inset.fills.at(k), hover);
        }
    }
    islets(true);
    painter.restore();

    if (!frame.caption.isNull() && f < m_input.frames.size()) {
        painter.setFont(l.captionFont);
        painter.setPen(st.text);
        painter.drawText(frame.caption, Qt::AlignHCenter | Qt::AlignVCenter,
                         QFontMetricsF(l.captionFont).elidedText(m_input.frames.at(f).caption, Qt::ElideRight, frame.caption.width()));
    }
}

void ChoroplethRenderer::paintLabel(QPainter &painter, const ChoroplethLayout &l, const ChoroplethLayout::Label &label,
                                    const QPointF &topLeft, bool sprite) const
{
    // The lines of the label, centred in its rectangle.
    struct Line
    {
        QString text;
        QFont font;
        QPointF at; // top left
    };
    QList<Line> lines;
    double y = topLeft.y();
    const auto add = [&](const QString &text, const QFont &font) {
        if (text.isEmpty())
            return; // a value without its name starts at the top
        const QFontMetricsF fm(font);
        lines.append({text, font, QPointF(topLeft.x() + (label.rect.width() - fm.horizontalAdvance(text)) / 2, y)});
        y += label.island ? fm.lineSpacing() : fm.height();
    };
    if (label.island) {
        for (const QString &line : label.lines)
            add(line, l.islandFont);
    } else {
        add(label.lines.at(0), l.nameFont);
        add(label.lines.at(1), l.valueFont);
    }
    const double radius = haloWidth(l);

    if (!sprite) {
        // Vector output (print, PDF): the halo stroked around the glyph outlines, then the text as
        // text, so a reader of the PDF can select and search the names on the map. The outlines
        // are most of a map page's PDF, so a dark name, which reads on its light province and on
        // the paper around it, goes without; a light name on a dark province keeps its halo for
        // where it crosses onto a lighter neighbour or the sea.
        if (label.text.lightnessF() > 0.5) {
            QPainterPath outline;
            for (const Line &line : lines)
                outline.addText(line.at.x(), line.at.y() + QFontMetricsF(line.font).ascent(), line.font, line.text);
            QColor haloColour = label.halo;
            haloColour.setAlpha(255); // stroked natively only when opaque (see paintFrame)
            QPen halo(haloColour, 2.0 * radius);
            halo.setJoinStyle(Qt::RoundJoin);
            painter.strokePath(outline, halo);
        }
        painter.setPen(label.text);
        for (const Line &line : lines) {
            painter.setFont(line.font);
            painter.drawText(QPointF(line.at.x(), line.at.y() + QFontMetricsF(line.font).ascent()), line.text);
        }
        return;
    }
    // Into a sprite: the halo made translucent as a whole, then the text. For type the glyph cache
    // holds, the halo is copies of the text on two rings around it — far cheaper than stroking
    // glyph outlines; larger type (a wall's) is drawn from outlines anyway and its ring would need
    // dozens of copies, so there the outlines are stroked once.
    const bool large = std::any_of(lines.cbegin(), lines.cend(), [](const Line &line) { return line.font.pixelSize() > kLargestCachedGlyph; });
    QColor opaque = label.halo;
    opaque.setAlpha(255);
    QList<QStaticText> texts;
    if (large) {
        QPainterPath outline;
        for (const Line &line : lines)
            outline.addText(line.at.x(), line.at.y() + QFontMetricsF(line.font).ascent(), line.font, line.text);
        QPen halo(opaque, 2.0 * radius);
        halo.setJoinStyle(Qt::RoundJoin);
        painter.strokePath(outline, halo);
    } else {
        for (const Line &line : lines) {
            QStaticText t(line.text);
            t.setTextFormat(Qt::PlainText);
            t.prepare(painter.transform(), line.font);
            texts.append(t);
        }
        painter.setPen(opaque);
        const int steps = std::max(8, int(std::ceil(2.0 * std::numbers::pi * radius / 1.5)));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            painter.setFont(lines.at(i).font);
            for (int k = 0; k < steps; ++k) {
                const double a = 2.0 * std::numbers::pi * k / steps;
                const QPointF ring(std::cos(a), std::sin(a));
                painter.drawStaticText(lines.at(i).at + radius * ring, texts.at(i));
                if (k % 2 == 0)
                    painter.drawStaticText(lines.at(i).at + 0.5 * radius * ring, texts.at(i));
            }
        }
    }
    if (label.halo.alpha() < 255) {
        painter.setCompositionMode(QPainter::CompositionMode_DestinationIn);
        painter.fillRect(QRectF(0, 0, painter.device()->width(), painter.device()->height()), QColor(0, 0, 0, label.halo.alpha()));
        painter.setCompositionMode(QPainter::CompositionMode_SourceOver);
    }
    painter.setPen(label.text);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        painter.setFont(lines.at(i).font);
        if (large)
            painter.drawText(QPointF(lines.at(i).at.x(), lines.at(i).at.y() + QFontMetricsF(lines.at(i).font).ascent()), lines.at(i).text);
        else
            painter.drawStaticText(lines.at(i).at, texts.at(i));
    }
}

void ChoroplethRenderer::paintLabels(QPainter &painter, const ChoroplethLayout &l) const
{
    const bool raster = isRaster(painter) && painter.worldTransform().type() <= QTransform::TxTranslate;
    if (!raster) {
        for (const ChoroplethLayout::Label &label : l.labels)
            paintLabel(painter, l, label, label.rect.topLeft(), false);
        return;
    }
    // On raster devices each label is drawn once per layout into a small image and blitted after
    // that: a frame then costs no text layout at all.
    const qreal ratio = painter.device()->devicePixelRatioF();
    const double margin = std::ceil(haloWidth(l)) + 1.0;
    if (m_sprites.size() != l.labels.size() || m_spriteRatio != ratio) {
        m_sprites.clear();
        m_spriteRatio = ratio;
        for (const ChoroplethLayout::Label &label : l.labels) {
            const QSizeF size = label.rect.size() + QSizeF(2 * margin, 2 * margin);
            QImage sprite((size * ratio).toSize(), QImage::Format_ARGB32_Premultiplied);
            sprite.setDevicePixelRatio(ratio);
            sprite.fill(Qt::transparent);
            QPainter p(&sprite);
            p.setRenderHint(QPainter::Antialiasing);
            paintLabel(p, l, label, QPointF(margin, margin), true);
            p.end();
            m_sprites.append(sprite);
        }
    }
    for (qsizetype i = 0; i < l.labels.size(); ++i)
        painter.drawImage(l.labels.at(i).rect.topLeft() - QPointF(margin, margin), m_sprites.at(i));
}

void ChoroplethRenderer::paintLegend(QPainter &painter, const ChoroplethLayout &l, const QBrush &hatch) const
{
    if (l.legend.isNull())
        return;
    const ChoroplethStyle &st = m_input.style;
    const double u = l.legendFont.pixelSize();
    painter.setPen(QPen(st.frame, 1.0));
    painter.setBrush(st.legendBackground);
    painter.drawRoundedRect(l.legend, 0.3 * u, 0.3 * u);
    painter.setBrush(Qt::NoBrush);

    painter.setPen(st.text);
    painter.setFont(l.legendTitleFont);
    const double lineSpacing = QFontMetricsF(l.legendTitleFont).lineSpacing();
    for (qsizetype i = 0; i < l.legendTitleLines.size(); ++i)
        painter.drawText(QRectF(l.legendTitle.left(), l.legendTitle.top() + i * lineSpacing, l.legendTitle.width(), lineSpacing),
                         Qt::AlignLeft | Qt::AlignVCenter, l.legendTitleLines.at(i));

    painter.setFont(l.legendFont);
    const int classes = int(std::min<qsizetype>(m_input.edges.size() - 1, m_input.colors.size()));
    QPen swatchPen(st.outline, 1.0);
    swatchPen.setCosmetic(true);
    for (qsizetype i = 0; i < l.legendSwatches.size(); ++i) {
        const QRectF &s = l.legendSwatches.at(i);
        if (i < classes) {
            painter.fillRect(s, m_input.colors.at(i));
        } else {
            painter.fillRect(s, st.noData);
            QPainterPath swatch;
            swatch.addRect(s);
            fillHatch(painter, swatch, hatch, st, l.unit);
        }
        painter.setPen(swatchPen);
        painter.drawRect(s);
    }
    painter.setPen(st.text);
    for (qsizetype i = 0; i < l.legendTexts.size() && i < l.legendTextRects.size(); ++i)
        painter.drawText(l.legendTextRects.at(i), Qt::AlignLeft | Qt::AlignVCenter, l.legendTexts.at(i));
}

} // namespace dh
