#include "wallpanelpainter.h"

#include "walltheme.h"

#include "gui/provincegeometry.h"

#include "analytics/classbreaks.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace dh {

namespace {

// Above the minimum: a title is read first, and set a little larger than what it names.
constexpr double kTitleScale = 1.15;

double finiteMax(const QList<double> &values, double fallback)
{
    double m = fallback;
    for (double v : values) {
        if (!std::isnan(v))
            m = std::isnan(m) ? v : std::max(m, v);
    }
    return m;
}

double finiteMin(const QList<double> &values, double fallback)
{
    double m = fallback;
    for (double v : values) {
        if (!std::isnan(v))
            m = std::isnan(m) ? v : std::min(m, v);
    }
    return m;
}

} // namespace

WallPanelPainter::WallPanelPainter(const UnitRegistry &registry)
    : m_registry(registry)
{
}

void WallPanelPainter::paint(QPainter &painter, const QRectF &rect, const WallPanelContent &content, int minText)
{
    m_report = {};
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const double border = std::max(2.0, minText / 28.0);
    painter.setPen(QPen(wall::panelBorder(), border));
    painter.setBrush(wall::panelBackground());
    painter.drawRoundedRect(rect.adjusted(border / 2, border / 2, -border / 2, -border / 2), minText / 8.0, minText / 8.0);

    const double pad = minText * 0.3;
    QRectF inner = rect.adjusted(pad, pad * 0.5, -pad, -pad * 0.5);
    const QFont titleFont = wall::font(int(std::lround(minText * kTitleScale)), QFont::DemiBold);
    const QFont lineFont = wall::font(minText);
    const double titleHeight = QFontMetricsF(titleFont).height();

    // The title, and the unit and period beside it when both fit on one line, else under it. A
    // title too long for the line takes a second one where the body keeps most of the panel: cut
    // after a few words it no longer says which figure the panel shows.
    const QString subtitle = content.error.isEmpty() ? content.subtitle : QString();
    const QString separator = QStringLiteral(" · ");
    const double lineHeight = QFontMetricsF(lineFont).height();
    if (!content.title.isEmpty()) {
        const double titleWidth = QFontMetricsF(titleFont).horizontalAdvance(content.title);
        const double subtitleWidth = QFontMetricsF(lineFont).horizontalAdvance(separator + subtitle);
        if (!subtitle.isEmpty() && titleWidth + subtitleWidth <= inner.width()) {
            text(painter, QRectF(inner.left(), inner.top(), titleWidth + 1, titleHeight), content.title, titleFont, wall::primaryText());
            text(painter, QRectF(inner.left() + titleWidth + 1, inner.top(), subtitleWidth + 1, titleHeight), separator + subtitle,
                 lineFont, wall::secondaryText());
            inner.setTop(inner.top() + titleHeight);
        } else {
            const int titleLines = inner.height() >= titleHeight * 2 + lineHeight * 6 ? 2 : 1;
            for (const QString &line : wrap(content.title, titleFont, inner.width(), titleLines)) {
                text(painter, QRectF(inner.left(), inner.top(), inner.width(), titleHeight), line, titleFont, wall::primaryText());
                inner.setTop(inner.top() + titleHeight);
            }
            // The unit, period and scope flow onto more lines only where the body keeps most of
            // the panel; else one line, cut, and the report says so.
            const QList<Item> parts = items(subtitle, wall::secondaryText());
            if (inner.height() >= lineHeight * (flowLines(parts, lineFont, inner.width()).size() + 6)) {
                inner.setTop(inner.top() + flow(painter, inner, parts, lineFont, Flow::Down));
            } else if (!subtitle.isEmpty()) {
                text(painter, QRectF(inner.left(), inner.top(), inner.width(), lineHeight), subtitle, lineFont, wall::secondaryText());
                inner.setTop(inner.top() + lineHeight);
            }
        }
    }

    // The footer: when the figures were read, and the marks that say they are not to be taken as
    // live; the unit and period too when there is no title to carry them.
    QList<Item> footer;
    if (content.title.isEmpty())
        footer.append(items(subtitle, wall::secondaryText()));
    footer.append({content.asOf, wall::secondaryText()});
    if (content.stale)
        footer.append({tr("Stale"), wall::warningText()});
    if (content.synthetic)
        footer.append({tr("Simulated data"), wall::warningText()});
    inner.setBottom(inner.bottom() - flow(painter, inner, footer, lineFont, Flow::Up));
    if (inner.height() <= 0) {
        painter.restore();
        return;
    }
    const QRectF body = inner.adjusted(0, pad * 0.4, 0, -pad * 0.4);

    if (!content.error.isEmpty()) {
        paintWrapped(painter, body, content.error, wall::badText(), minText, minText);
        painter.restore();
        return;
    }
    switch (content.kind) {
    case WallPanel::Kind::KpiTiles:
    case WallPanel::Kind::BigKpi: paintTiles(painter, body, content, minText); break;
    case WallPanel::Kind::Chart: paintChart(painter, body, content, minText); break;
    case WallPanel::Kind::Ranking:
    case WallPanel::Kind::Breakdown:
    case WallPanel::Kind::TaskSummary: paintBars(painter, body, content, minText); break;
    case WallPanel::Kind::Map: paintMap(painter, body, content, minText); break;
    case WallPanel::Kind::Clock:
    case WallPanel::Kind::Text: paintBigText(painter, body, content, minText); break;
    }
    painter.restore();
}

void WallPanelPainter::paintTiles(QPainter &painter, const QRectF &body, const WallPanelContent &content, int minText)
{
    const bool big = content.kind == WallPanel::Kind::BigKpi;
    // A number is never cut: every tile is as wide as the widest value at the wall's type (its unit
    // goes under it where it cannot sit beside), and a dashboard with more tiles than that leaves
    // room for shows the first ones. A tile needs its title, the value and a line under it, about
    // three and a half lines.
    const QFontMetricsF small(wall::font(minText));
    const QFontMetricsF bold(wall::font(minText, QFont::Bold));
    const double gap = minText * 0.3;
    const double inset = content.tiles.size() > 1 ? 2 * gap : 0.0;
    double need = minText * 6.0;
    for (const KpiTileData &tile : content.tiles)
        need = std::max(need, bold.horizontalAdvance(tile.value) + 2);
    const int fitColumns = std::max(1, int((body.width() + gap) / (need + inset + gap)));
    const int fitRows = std::max(1, int(body.height() / (small.height() * 3.6)));
    const qsizetype n = std::min<qsizetype>(content.tiles.size(), qsizetype(fitColumns) * fitRows);
    if (n == 0)
        return;
    if (n < content.tiles.size())
        m_report.elided = true;
    // The layout's column count where the values fit in it, else the one that gives the value the
    // most room, a tile best a little wider than tall.
    int columns = 1;
    double best = 0.0;
    const bool chosen = content.tileColumns > 0 && content.tileColumns <= fitColumns && (n + content.tileColumns - 1) / content.tileColumns <= fitRows;
    if (chosen)
        columns = int(std::min<qsizetype>(n, content.tileColumns));
    for (int c = 1; !chosen && c <= std::min<qsizetype>(n, fitColumns); ++c) {
        const int rows = int((n + c - 1) / c);
        if (rows > fitRows)
            continue;
        const double room = std::min(body.width() / c / 1.4, body.height() / rows);
        if (room > best * 1.02) {
            best = room;
            columns = c;
        }
    }
    const int rows = int((n + columns - 1) / columns);
    const double w = (body.width() - gap * (columns - 1)) / columns;
    const double h = (body.height() - gap * (rows - 1)) / rows;
    for (qsizetype i = 0; i < n; ++i) {
        const QRectF r(body.left() + (i % columns) * (w + gap), body.top() + (i / columns) * (h + gap), w, h);
        if (n > 1) {
            painter.setPen(QPen(wall::panelBorder(), std::max(2.0, minText / 40.0)));
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(r, minText / 10.0, minText / 10.0);
        }
        // A big KPI's panel says its unit and period under the title: the tile does not repeat the period.
        KpiTileData tile = content.tiles.at(i);
        if (big)
            tile.period.clear();
        paintTile(painter, n > 1 ? r.adjusted(gap, gap * 0.3, -gap, -gap * 0.3) : r, tile, !big, minText);
    }
}

void WallPanelPainter::paintTile(QPainter &painter, const QRectF &rect, const KpiTileData &tile, bool withTitle, int minText)
{
    const QFont small = wall::font(minText);
    const double line = QFontMetricsF(small).height();
    const double valueMin = QFontMetricsF(wall::font(minText, QFont::Bold)).height();
    const QString unit = tile.unit.isEmpty() ? QString() : u' ' + tile.unit;
    const double unitWidth = QFontMetricsF(small).horizontalAdvance(unit);
    const double valueMinWidth = QFontMetricsF(wall::font(minText, QFont::Bold)).horizontalAdvance(tile.value);
    const bool unitBeside = valueMinWidth + unitWidth <= rect.width();
    QRectF r = rect;
    // The value comes first, then the lines under it that every number needs — its period, its unit
    // when it is not beside it, and the badge that says it is provisional — then the title, and the
    // change where room is left. The items flow, so "tỷ đồng" and "tháng 10/2026" take two lines
    // rather than one cut short.
    QList<Item> essential;
    essential.append({tile.badge, wall::warningText()});
    if (!unitBeside)
        essential.append({tile.unit, wall::secondaryText()});
    essential.append({tile.period, wall::secondaryText()});
    const double titleRoom = withTitle ? line : 0.0;
    r.setBottom(r.bottom() - flow(painter, r.adjusted(0, titleRoom + valueMin, 0, 0), essential, small, Flow::Up));
    if (!tile.deltas.isEmpty() && r.height() >= titleRoom + valueMin + line) {
        const KpiTileData::Delta &d = tile.deltas.first();
        const QColor colour = d.tone == KpiTileData::Tone::Good ? wall::goodText() : d.tone == KpiTileData::Tone::Bad ? wall::badText() : wall::secondaryText();
        const QList<QList<Item>> lines = flowLines({{d.text, colour}}, small, r.width());
        if (r.height() >= titleRoom + valueMin + line * lines.size())
            r.setBottom(r.bottom() - flow(painter, r, {{d.text, colour}}, small, Flow::Up));
    }
    if (withTitle) {
        // A long indicator name takes up to three lines where the tile is tall enough.
        const int titleLines = std::clamp(int((r.height() - valueMin) / line), 0, 3);
        if (titleLines == 0)
            m_report.elided = true;
        const QFont titleFont = wall::font(minText, QFont::DemiBold);
        for (const QString &titleLine : titleLines > 0 ? wrap(tile.title, titleFont, r.width(), titleLines) : QStringList()) {
            text(painter, QRectF(r.left(), r.top(), r.width(), line), titleLine, titleFont, wall::primaryText());
            r.setTop(r.top() + line);
        }
    }
    if (!tile.message.isEmpty() || tile.value.isEmpty()) {
        paintWrapped(painter, r, tile.message, wall::secondaryText(), minText, minText);
        return;
    }
    const double valueRoom = unitBeside ? r.width() - unitWidth : r.width();
    QFont valueFont = wall::font(minText, QFont::Bold);
    const double perPixel = valueMinWidth / minText;
    const int size = int(std::min(r.height() / 1.36, valueRoom / std::max(0.1, perPixel)));
    valueFont.setPixelSize(std::max(minText, size));
    const QFontMetricsF vm(valueFont);
    const double valueLine = vm.height();
    // A value wider than the tile or taller than what is left is not drawn at all rather than cut.
    if (valueLine > r.height() + 1 || vm.horizontalAdvance(tile.value) > valueRoom + 1) {
        m_report.elided = true;
        return;
    }
    const double top = r.top() + std::max(0.0, (r.height() - valueLine) / 2);
    const double valueWidth = vm.horizontalAdvance(tile.value) + 1;
    text(painter, QRectF(r.left(), top, valueWidth, valueLine), tile.value, valueFont, wall::primaryText());
    if (unitBeside) {
        // On the value's baseline.
        const double baseline = top + vm.ascent();
        text(painter, QRectF(r.left() + valueWidth, baseline - QFontMetricsF(small).ascent(), unitWidth + 1, QFontMetricsF(small).height()),
             unit, small, wall::secondaryText());
    }
}

void WallPanelPainter::paintChart(QPainter &painter, const QRectF &body, const WallPanelContent &content, int minText)
{
    // Read from across the room: the line's shape, its latest value in large type, and the span of
    // periods; the axis' numbers would be below the wall's type or crowd the line out.
    const QFont font = wall::font(minText);
    const QFontMetricsF metrics(font);
    const double low = std::min(finiteMin(content.values, std::nan("")), finiteMin(content.lastYear, std::nan("")));
    const double high = std::max(finiteMax(content.values, std::nan("")), finiteMax(content.lastYear, std::nan("")));
    if (std::isnan(low) || std::isnan(high))
        return;
    QRectF area = body;
    const QFont big = wall::font(int(minText * 1.4), QFont::Bold);
    if (area.height() < QFontMetricsF(big).height() + metrics.height() * 1.5) {
        // Too short for the line: the latest value and its period, rather than an empty panel.
        m_report.elided = true;
        if (content.latestText.isEmpty() || area.height() < metrics.height())
            return;
        const QString latest = content.periods.isEmpty() ? content.latestText
                                                         : content.latestText + QStringLiteral(" · ") + content.periods.last();
        // Large where the line fits in it, else at the wall's type: the period is never cut off.
        const bool large = area.height() >= QFontMetricsF(big).height() && QFontMetricsF(big).horizontalAdvance(latest) <= area.width();
        const QFont &valueFont = large ? big : font;
        text(painter, QRectF(area.left(), area.top(), area.width(), QFontMetricsF(valueFont).height()), latest, valueFont,
             wall::primaryText());
        return;
    }
    if (!content.latestText.isEmpty()) {
        const double h = QFontMetricsF(big).height();
        text(painter, QRectF(area.left(), area.top(), area.width(), h), content.latestText, big, wall::primaryText());
        area.setTop(area.top() + h);
    }
    // The first and the last period under the line, on two lines where one is too narrow for both.
    const QString first = content.periods.value(0);
    const QString last = content.periods.isEmpty() ? QString() : content.periods.last();
    const bool twoLines = metrics.horizontalAdvance(first) + metrics.horizontalAdvance(last) + minText > area.width();
    const double axisHeight = metrics.height() * (twoLines ? 2 : 1);
    const QRectF axis(area.left(), area.bottom() - axisHeight, area.width(), axisHeight);
    text(painter, QRectF(axis.left(), axis.top(), axis.width(), metrics.height()), first, font, wall::secondaryText());
    text(painter, QRectF(axis.left(), axis.bottom() - metrics.height(), axis.width(), metrics.height()), last, font,
         wall::secondaryText(), Qt::AlignRight | Qt::AlignVCenter);
    const QRectF plot = area.adjusted(minText * 0.2, minText * 0.2, -minText * 0.2, -axisHeight - minText * 0.2);
    if (plot.height() < minText * 0.5)
        return;
    const double span = high > low ? high - low : std::max(1.0, std::abs(high));
    // Columns stand on zero where every value is positive (an amount); a line shows the shape.
    const double bottom = content.columns && low >= 0 ? 0.0 : low - span * 0.05;
    const double top = high + span * 0.05;
    auto y = [&](double v) { return plot.bottom() - (v - bottom) / (top - bottom) * plot.height(); };
    const auto n = content.values.size();
    auto x = [&](qsizetype i) {
        if (content.columns)
            return plot.left() + plot.width() * (double(i) + 0.5) / double(std::max<qsizetype>(1, n));
        return n <= 1 ? plot.center().x() : plot.left() + plot.width() * double(i) / double(n - 1);
    };
    auto line = [&](const QList<double> &values) {
        QPainterPath path;
        bool open = false;
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (std::isnan(values.at(i))) {
                open = false;
                continue;
            }
            const QPointF p(x(i), y(values.at(i)));
            open ? path.lineTo(p) : path.moveTo(p);
            open = true;
        }
        return path;
    };
    const double width = std::max(2.0, minText / 10.0);
    if (content.columns) {
        const double step = plot.width() / double(std::max<qsizetype>(1, n));
        const double base = y(std::clamp(0.0, bottom, top));
        for (qsizetype i = 0; i < n; ++i) {
            const double v = content.values.at(i);
            if (std::isnan(v))
                continue;
            const QRectF column(x(i) - step * 0.35, std::min(base, y(v)), step * 0.7, std::abs(base - y(v)));
            // The latest period in the accent, the ones before it quieter.
            painter.fillRect(column, i + 1 == n ? wall::accent() : wall::accent().darker(150));
        }
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(wall::secondaryText(), width * 0.6, Qt::DashLine));
        painter.drawPath(line(content.lastYear));
        return;
    }
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(wall::secondaryText(), width * 0.6, Qt::DashLine));
    painter.drawPath(line(content.lastYear));
    painter.setPen(QPen(wall::accent(), width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(line(content.values));
    if (!content.values.isEmpty() && !std::isnan(content.values.last())) {
        painter.setBrush(wall::accent());
        painter.drawEllipse(QPointF(x(content.values.size() - 1), y(content.values.last())), width * 1.5, width * 1.5);
    }
}

void WallPanelPainter::paintBars(QPainter &painter, const QRectF &body, const WallPanelContent &content, int minText)
{
    // A row is the name and the value on one line, the bar under them: at the wall's type a name,
    // a bar and a value side by side would leave each too little of the width. Where a name does
    // not fit beside its value (a tax's name in a narrow panel), every row gives the name the whole
    // line and puts the value at the end of the bar's: fewer rows, no name cut. A wide panel whose
    // rows do not all fit in one column takes two, read down the first.
    const QFont font = wall::font(minText);
    const QFontMetricsF metrics(font);
    const double line = metrics.height();
    const double bar = minText * 0.22;
    const double spacing = minText * 0.2;
    const double gutter = minText;
    double extent = 0.0;
    for (const WallPanelContent::Bar &b : content.bars)
        extent = std::max(extent, std::abs(b.value));
    if (extent <= 0.0)
        extent = 1.0;
    const auto count = int(content.bars.size());
    const int columns = count * (line + bar + spacing) > body.height() && body.width() >= minText * 24 ? 2 : 1;
    const double columnWidth = (body.width() - gutter * (columns - 1)) / columns;
    const auto valueWidth = [&](const WallPanelContent::Bar &b) { return metrics.horizontalAdvance(b.text) + 1; };
    const int perColumn = int(body.height() / (line + bar + spacing));
    int rows = std::min(count, perColumn * columns);
    bool stacked = false;
    for (int i = 0; i < rows && !stacked; ++i) {
        const WallPanelContent::Bar &b = content.bars.at(i);
        stacked = metrics.horizontalAdvance(b.label) + valueWidth(b) + minText * 0.3 > columnWidth;
    }
    const double rowHeight = stacked ? 2 * line + spacing : line + bar + spacing;
    const int fitPerColumn = int(body.height() / rowHeight);
    rows = std::min(count, fitPerColumn * columns);
    if (rows < count && rows < 3)
        m_report.elided = true;
    const int shownPerColumn = (rows + columns - 1) / columns;
    const QList<QColor> colours = wall::seriesColours();
    const QList<QColor> states = {wall::goodText(), wall::warningText(), wall::accent(), wall::badText(), wall::secondaryText()};
    const double top = body.top() + (body.height() - shownPerColumn * rowHeight) / 2;
    for (int i = 0; i < rows; ++i) {
        const WallPanelContent::Bar &b = content.bars.at(i);
        const QRectF row(body.left() + (i / shownPerColumn) * (columnWidth + gutter), top + (i % shownPerColumn) * rowHeight, columnWidth,
                         rowHeight);
        const double vw = std::min(row.width(), valueWidth(b));
        const QRectF valueBox(row.right() - vw, stacked ? row.top() + line : row.top(), vw, line);
        text(painter, valueBox, b.text, font, wall::primaryText(), Qt::AlignRight | Qt::AlignVCenter);
        text(painter, QRectF(row.left(), row.top(), stacked ? row.width() : row.width() - vw - minText * 0.3, line), b.label, font,
             wall::primaryText());
        // A task state in its tone (on time, late, in progress, overdue, standing), a breakdown's
        // layers apart, a ranking in one colour.
        const QColor colour = content.kind == WallPanel::Kind::TaskSummary ? states.at(std::min<qsizetype>(i, states.size() - 1))
                              : content.kind == WallPanel::Kind::Breakdown  ? colours.at(i % colours.size())
                                                                            : wall::accent();
        const double room = stacked ? row.width() - vw - minText * 0.3 : row.width();
        const double barTop = stacked ? valueBox.center().y() - bar / 2 : row.top() + line;
        painter.fillRect(QRectF(row.left(), barTop, std::max(2.0, room * std::abs(b.value) / extent), bar), colour);
    }
}

void WallPanelPainter::paintMap(QPainter &painter, const QRectF &body, const WallPanelContent &content, int minText)
{
    const QByteArray signature = content.signature();
    if (signature != m_mapSignature || minText != m_mapMinText) {
        m_mapSignature = signature;
        m_mapMinText = minText;
        const ProvinceGeometry &geometry = ProvinceGeometry::instance(m_registry);
        ChoroplethInput input;
        input.regions = geometry.regions(content.map34);
        input.insets = ProvinceGeometry::insets();
        input.innerBorders = content.map34;
        input.frames.append({QString(), content.mapValues});
        const QList<double> values = content.mapValues.values();
        input.edges = ClassBreaks::compute(ClassBreaks::Method::Quantiles, values, 5);
        const auto scheme = content.lowerIsBetter ? ColorBrewer::Scheme::YlOrRd : ColorBrewer::Scheme::YlGnBu;
        input.colors = wall::mapColours(scheme, int(std::max<qsizetype>(1, input.edges.size() - 1)));
        const int decimals = content.decimals;
        input.format = [decimals](double v) { return QLocale().toString(v, 'f', decimals); };
        input.labelMode = ChoroplethInput::LabelMode::None;
        input.noDataLabel = tr("No data");
        input.style = wall::mapStyle();
        input.style.minTextPixels = minText;
        m_map.setInput(input);
    }
    m_map.paint(painter, body);
    // The legend and the archipelagos' names are the map's text, and count as the panel's.
    const ChoroplethLayout &layout = m_map.layout(body);
    if (layout.smallestText > 0)
        note(layout.smallestText);
    m_report.texts.append(layout.legendTexts);
    for (const ChoroplethLayout::Label &label : layout.labels)
        m_report.texts.append(label.lines.join(u' '));
    // A panel too small for the map's text at the wall's type has it overlap or run out: said as
    // for a line cut short.
    const QRectF drawn = body.adjusted(-0.5, -0.5, 0.5, 0.5);
    bool clear = layout.legend.isNull() || drawn.contains(layout.legend);
    for (qsizetype i = 0; i < layout.labels.size(); ++i) {
        const QRectF &r = layout.labels.at(i).rect;
        clear = clear && drawn.contains(r) && !r.intersects(layout.legend);
        for (qsizetype j = i + 1; j < layout.labels.size(); ++j)
            clear = clear && !r.intersects(layout.labels.at(j).rect);
    }
    m_report.elided = m_report.elided || !clear;
}

void WallPanelPainter::paintBigText(QPainter &painter, const QRectF &body, const WallPanelContent &content, int minText)
{
    if (content.kind == WallPanel::Kind::Clock) {
        // The date and "data through" under the time, on two lines where one is too narrow.
        const QFont font = wall::font(minText);
        const QList<Item> under = items(content.smallText, wall::secondaryText());
        const auto underLines = flowLines(under, font, body.width()).size();
        const double small = QFontMetricsF(font).height() * underLines;
        QFont big = wall::font(std::max(minText, int(std::min((body.height() - small) * 0.7, body.width() / 3.2))), QFont::Bold);
        const double bigHeight = QFontMetricsF(big).height();
        const double top = body.top() + std::max(0.0, (body.height() - bigHeight - small) / 2);
        text(painter, QRectF(body.left(), top, body.width(), bigHeight), content.bigText, big, wall::primaryText(), Qt::AlignCenter);
        flow(painter, QRectF(body.left(), top + bigHeight, body.width(), body.bottom() - top - bigHeight), under, font, Flow::Centred);
        return;
    }
    paintWrapped(painter, body, content.bigText, wall::primaryText(), minText, int(minText * 2.5));
}

} // namespace dh
