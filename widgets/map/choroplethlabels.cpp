#include "choroplethlayoutbuilder.h"

#include "choroplethtext.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

// The names on the map: the archipelagos' beside their islands, then the regions' where they fit.
namespace dh {

namespace {

using maptext::widest;
using maptext::wrap;

bool collides(const QList<QRectF> &taken, const QRectF &rect)
{
    return std::any_of(taken.cbegin(), taken.cend(), [&](const QRectF &r) { return r.intersects(rect); });
}

double luminance(const QColor &c)
{
    return 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF();
}

} // namespace

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
        const QRectF area = f == 0 ? l.labelArea : QRectF(QPointF(0, 0), l.frames.at(f).map.size());
        QList<QRectF> taken = obstacles;
        const auto add = [&](ChoroplethLayout::Label label, const QRectF &cellRect) {
            taken.append(cellRect.adjusted(-gap, -gap, gap, gap));
            label.rect = cellRect.translated(origin);
            label.frame = f;
            l.labels.append(std::move(label));
        };

        // The archipelagos' labels come first and are always shown.
        const auto sizeOf = [&](const QStringList &text) {
            return QSizeF(widest(text, l.islandFont) + 2 * halo, text.size() * island.lineSpacing());
        };
        // Beside the islands (below, above, east, west; east first where room was kept for them
        // there), else — for a wall's large type — the free place nearest to them, moving up and
        // down from their height (or, upFirst, the highest free place: a northern label leaves the
        // room below it to the next). Null when nothing is free of `avoid`.
        const auto besideIslands = [&](const QRectF &islands, const QSizeF &size, const QList<QRectF> &avoid, bool search,
                                       bool upFirst = false) {
            const double p = 0.4 * uc;
            QList<QPointF> centres{
                {islands.center().x(), islands.bottom() + p + size.height() / 2},
                {islands.center().x(), islands.top() - p - size.height() / 2},
                {islands.right() + p + size.width() / 2, islands.center().y()},
                {islands.left() - p - size.width() / 2, islands.center().y()},
            };
            if (l.labelRoom > 0.0)
                centres.move(2, 0);
            for (const QPointF &c : centres) {
                const QRectF r(c - QPointF(size.width() / 2, size.height() / 2), size);
                if (!upFirst && area.contains(r) && !collides(avoid, r))
                    return r;
            }
            const auto inArea = [&](QRectF r) {
                r.moveLeft(std::max(area.left(), std::min(r.left(), area.right() - r.width())));
                r.moveTop(std::max(area.top(), std::min(r.top(), area.bottom() - r.height())));
                return r;
            };
            for (int k = 0; k < 40 && search; ++k) {
                const double top = upFirst ? area.top() + k * 0.25 * size.height()
                                           : islands.center().y() - size.height() / 2 + (k % 2 == 0 ? 1 : -1) * (k / 2) * 0.25 * size.height();
                for (const double x : {islands.right() + p, islands.center().x() - size.width() / 2, area.right() - size.width(),
                                       islands.left() - p - size.width()}) {
                    const QRectF r = inArea(QRectF(QPointF(x, top), size));
                    if (area.contains(r) && !collides(avoid, r))
                        return r;
                }
            }
            return QRectF();
        };
        const auto islandLabel = [&](const QStringList &text, const QRectF &rect) {
            add({0, -1, {}, text, true, m_in.data->style.text, m_in.data->style.halo}, rect);
        };
        QList<int> named; // insets with a label to place
        for (int i = 0; i < l.insets.size(); ++i) {
            const ChoroplethLayout::Inset &inset = l.insets.at(i);
            if (inset.lines.isEmpty() || inset.lines.first().isEmpty())
                continue;
            if (l.insetsFramed) {
                islandLabel(inset.lines, QRectF(inset.box.left(), inset.geoArea.bottom() + 0.4 * uc, inset.box.width(), sizeOf(inset.lines).height()));
                continue;
            }
            if (l.view.mapRect(map.insetContent(i)).intersects(area))
                named.append(i);
        }
        const bool large = m_in.data->style.minTextPixels > 0;
        // At a wall's type the labels are tried together as wrapped, on one line each, then on
        // narrower lines, so that one does not take the room the other needed; failing all,
        // each goes where it covers no legend, over the other if it must.
        bool placed = false;
        for (int variant = 0; variant < (large ? 3 : 1) && !placed; ++variant) {
            QList<QRectF> trial = taken;
            QList<std::pair<QStringList, QRectF>> found;
            for (int i : std::as_const(named)) {
                const ChoroplethLayout::Inset &inset = l.insets.at(i);
                const bool upFirst = variant > 0 && i != named.last();
                const QString text = inset.lines.join(u' ');
                const QStringList wrapped = variant == 0 ? inset.lines
                    : variant == 1                       ? QStringList{text}
                                                         : wrap(text, l.islandFont, 0.65 * widest(inset.lines, l.islandFont), 4);
                const QRectF rect = besideIslands(l.view.mapRect(map.insetContent(i)), sizeOf(wrapped), trial, large, upFirst);
                if (rect.isNull())
                    break;
                trial.append(rect.adjusted(-gap, -gap, gap, gap));
                found.append({wrapped, rect});
            }
            if (found.size() == named.size()) {
                for (const auto &[text, rect] : std::as_const(found))
                    islandLabel(text, rect);
                placed = true;
            }
        }
        for (int i : std::as_const(named)) {
            if (placed)
                break;
            const ChoroplethLayout::Inset &inset = l.insets.at(i);
            const QRectF islands = l.view.mapRect(map.insetContent(i));
            const QSizeF size = sizeOf(inset.lines);
            QRectF rect = large ? besideIslands(islands, size, obstacles, true) : besideIslands(islands, size, taken, false);
            if (rect.isNull()) {
                rect = QRectF(QPointF(islands.center().x() - size.width() / 2, islands.bottom() + 0.4 * uc), size);
                rect.moveLeft(std::max(area.left(), std::min(rect.left(), area.right() - rect.width())));
                rect.moveTop(std::max(area.top(), std::min(rect.top(), area.bottom() - rect.height())));
            }
            islandLabel(inset.lines, rect);
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
