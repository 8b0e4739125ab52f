#include "wallpanelpainter.h"

#include "walltheme.h"

#include "gui/provincegeometry.h"

#include "analytics/classbreaks.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

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

double WallPanelPainter::flowUp(QPainter &painter, const QRectF &area, const QList<Item> &items, const QFont &font)
{
    const QFontMetricsF metrics(font);
    const QString separator = QStringLiteral(" · ");
    QList<QList<Item>> lines;
    double used = 0.0;
    for (const Item &item : items) {
        if (item.text.isEmpty())
            continue;
        const double w = metrics.horizontalAdvance(item.text);
        const double sep = metrics.horizontalAdvance(separator);
        if (!lines.isEmpty() && used + sep + w <= area.width()) {
            lines.last().append(item);
            used += sep + w;
        } else {
            lines.append({item});
            used = w;
        }
    }
    const double h = metrics.height();
    // Lines that do not fit are left out from the top, and the report says so.
    const qsizetype fit = std::min<qsizetype>(lines.size(), qsizetype(std::max(0.0, area.height()) / h));
    if (fit < lines.size()) {
        m_report.elided = true;
        lines = lines.mid(lines.size() - fit);
    }
    double y = area.bottom() - h * lines.size();
    for (const QList<Item> &line : std::as_const(lines)) {
        double x = area.left();
        for (qsizetype i = 0; i < line.size(); ++i) {
            if (i > 0) {
                text(painter, QRectF(x, y, area.right() - x, h), separator, font, wall::secondaryText());
                x += metrics.horizontalAdvance(separator);
            }
            const double w = std::min(area.right() - x, metrics.horizontalAdvance(line.at(i).text) + 1);
            text(painter, QRectF(x, y, w, h), line.at(i).text, font, line.at(i).colour);
            x += w;
        }
        y += h;
    }
    return h * lines.size();
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

    // The title, and the unit and period beside it when both fit on one line, else under it.
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
            text(painter, QRectF(inner.left(), inner.top(), inner.width(), titleHeight), content.title, titleFont, wall::primaryText());
            inner.setTop(inner.top() + titleHeight);
            if (!subtitle.isEmpty()) {
                text(painter, QRectF(inner.left(), inner.top(), inner.width(), lineHeight), subtitle, lineFont, wall::secondaryText());
                inner.setTop(inner.top() + lineHeight);
            }
        }
    }

    // The footer: when the figures were read, and the marks that say they are not to be taken as
    // live; the unit and period too when there is no title to carry them.
    QList<Item> footer;
    if (content.title.isEmpty())
        footer.append({subtitle, wall::secondaryText()});
    footer.append({content.asOf, wall::secondaryText()});
    if (content.stale)
        footer.append({tr("Stale"), wall::warningText()});
    if (content.synthetic)
        footer.append({tr("Simulated data"), wall::warningText()});
    inner.setBottom(inner.bottom() - flowUp(painter, inner, footer, lineFont));
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
    case WallPanel::Kind::Breakdown: paintBars(painter, body, content, minText); break;
    case WallPanel::Kind::Map: paintMap(painter, body, content, minText); break;
    case WallPanel::Kind::Clock:
    case WallPanel::Kind::Text:
    case WallPanel::Kind::TaskSummary: paintBigText(painter, body, content, minText); break;
    }
    painter.restore();
}

void WallPanelPainter::paintTiles(QPainter &painter, const QRectF &body, const WallPanelContent &content, int minText)
{
    const bool big = content.kind == WallPanel::Kind::BigKpi;
    // A tile needs its title, a value with its unit and a line under it at the wall's type, about
    // eight em wide (a seven-digit value and "tỷ đồng" beside it): a dashboard with more tiles than
    // that leaves room for shows the first ones, rather than cut a number.
    const double lineHeight = QFontMetricsF(wall::font(minText)).height();
    const int fitColumns = std::max(1, int(body.width() / (minText * 8.0)));
    const int fitRows = std::max(1, int(body.height() / (lineHeight * 3.6)));
    const qsizetype n = std::min<qsizetype>(content.tiles.size(), qsizetype(fitColumns) * fitRows);
    if (n == 0)
        return;
    if (n < content.tiles.size())
        m_report.elided = true;
    // The column count that gives the value the most room, a tile best a little wider than tall.
    int columns = 1;
    double best = 0.0;
    for (int c = 1; c <= std::min<qsizetype>(n, fitColumns); ++c) {
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
    const double gap = minText * 0.3;
    const double w = (body.width() - gap * (columns - 1)) / columns;
    const double h = (body.height() - gap * (rows - 1)) / rows;
    for (qsizetype i = 0; i < n; ++i) {
        const QRectF r(body.left() + (i % columns) * (w + gap), body.top() + (i / columns) * (h + gap), w, h);
        if (n > 1) {
            painter.setPen(QPen(wall::panelBorder(), std::max(2.0, minText / 40.0)));
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(r, minText / 10.0, minText / 10.0);
        }
        paintTile(painter, n > 1 ? r.adjusted(gap, gap * 0.3, -gap, -gap * 0.3) : r, content.tiles.at(i), !big, minText);
    }
}

void WallPanelPainter::paintTile(QPainter &painter, const QRectF &rect, const KpiTileData &tile, bool withTitle, int minText)
{
    const QFont small = wall::font(minText);
    const double line = QFontMetricsF(small).height();
    const double valueMin = QFontMetricsF(wall::font(minText, QFont::Bold)).height();
    QRectF r = rect;
    // The value comes first: the title and the lines under it only take the room it leaves.
    if (withTitle && r.height() >= valueMin + 2 * line) {
        // A long indicator name takes two lines where the tile is tall enough: cut after a few
        // words it no longer says which figure it is.
        const QFont titleFont = wall::font(minText, QFont::DemiBold);
        QStringList lines = wrap(tile.title, titleFont, r.width(), 2);
        if (lines.size() > 1 && r.height() < valueMin + 3 * line)
            lines = {tile.title};
        for (const QString &titleLine : std::as_const(lines)) {
            text(painter, QRectF(r.left(), r.top(), r.width(), line), titleLine, titleFont, wall::primaryText());
            r.setTop(r.top() + line);
        }
    } else if (withTitle) {
        m_report.elided = true;
    }
    // The value and its unit on one line; a unit too long to sit beside the value goes under it,
    // with the change, the period and the badge.
    const QString unit = tile.unit.isEmpty() ? QString() : u' ' + tile.unit;
    const double unitWidth = QFontMetricsF(small).horizontalAdvance(unit);
    const bool unitBeside = unitWidth < r.width() * 0.5;
    // Lines that do not fit are dropped from the top: the period (and the unit when it is not
    // beside the value), which every number needs, comes last as one item so they go together,
    // and the badge first.
    QList<Item> bottom;
    bottom.append({tile.badge, wall::warningText()});
    if (!tile.deltas.isEmpty()) {
        const KpiTileData::Delta &d = tile.deltas.first();
        const QColor colour = d.tone == KpiTileData::Tone::Good ? wall::goodText() : d.tone == KpiTileData::Tone::Bad ? wall::badText() : wall::secondaryText();
        bottom.append({d.text, colour});
    }
    const bool unitUnder = !unitBeside && !tile.unit.isEmpty();
    const QString periodLine = !unitUnder ? tile.period
                               : tile.period.isEmpty() ? tile.unit : tile.unit + QStringLiteral(" · ") + tile.period;
    bottom.append({periodLine, wall::secondaryText()});
    r.setBottom(r.bottom() - flowUp(painter, r.adjusted(0, valueMin, 0, 0), bottom, small));
    if (!tile.message.isEmpty() || tile.value.isEmpty()) {
        paintWrapped(painter, r, tile.message, wall::secondaryText(), minText, minText);
        return;
    }
    const double valueRoom = unitBeside ? r.width() - unitWidth : r.width();
    QFont valueFont = wall::font(minText, QFont::Bold);
    const double perPixel = QFontMetricsF(valueFont).horizontalAdvance(tile.value) / minText;
    const int size = int(std::min(r.height() / 1.36, valueRoom / std::max(0.1, perPixel)));
    valueFont.setPixelSize(std::max(minText, size));
    const QFontMetricsF vm(valueFont);
    const double valueLine = vm.height();
    if (valueLine > r.height() + 1) {
        m_report.elided = true;
        return;
    }
    const double top = r.top() + std::max(0.0, (r.height() - valueLine) / 2);
    const double valueWidth = std::min(valueRoom, vm.horizontalAdvance(tile.value) + 1);
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
    const QRectF axisLine(area.left(), area.bottom() - metrics.height(), area.width(), metrics.height());
    const double half = area.width() / 2 - minText * 0.2;
    text(painter, QRectF(axisLine.left(), axisLine.top(), half, axisLine.height()), content.periods.value(0), font,
         wall::secondaryText());
    text(painter, QRectF(axisLine.right() - half, axisLine.top(), half, axisLine.height()),
         content.periods.isEmpty() ? QString() : content.periods.last(), font, wall::secondaryText(), Qt::AlignRight | Qt::AlignVCenter);
    const QRectF plot = area.adjusted(minText * 0.2, minText * 0.2, -minText * 0.2, -metrics.height() - minText * 0.2);
    if (plot.height() < minText * 0.5)
        return;
    const double span = high > low ? high - low : std::max(1.0, std::abs(high));
    const double bottom = low - span * 0.05;
    const double top = high + span * 0.05;
    auto y = [&](double v) { return plot.bottom() - (v - bottom) / (top - bottom) * plot.height(); };
    auto x = [&](qsizetype i) { return content.values.size() <= 1 ? plot.center().x() : plot.left() + plot.width() * double(i) / double(content.values.size() - 1); };
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
    // a bar and a value side by side would leave each too little of the width.
    const QFont font = wall::font(minText);
    const QFontMetricsF metrics(font);
    const double line = metrics.height();
    const double bar = minText * 0.22;
    const double rowHeight = line + bar + minText * 0.2;
    const int rows = std::min(int(content.bars.size()), int(body.height() / rowHeight));
    double extent = 0.0;
    for (const WallPanelContent::Bar &b : content.bars)
        extent = std::max(extent, std::abs(b.value));
    if (extent <= 0.0)
        extent = 1.0;
    const QList<QColor> colours = wall::seriesColours();
    const double top = body.top() + (body.height() - rows * rowHeight) / 2;
    for (int i = 0; i < rows; ++i) {
        const WallPanelContent::Bar &b = content.bars.at(i);
        const QRectF row(body.left(), top + i * rowHeight, body.width(), rowHeight);
        const double valueWidth = std::min(row.width() * 0.5, metrics.horizontalAdvance(b.text) + 1);
        text(painter, QRectF(row.right() - valueWidth, row.top(), valueWidth, line), b.text, font, wall::primaryText(),
             Qt::AlignRight | Qt::AlignVCenter);
        text(painter, QRectF(row.left(), row.top(), row.width() - valueWidth - minText * 0.3, line), b.label, font,
             wall::primaryText());
        const QColor colour = content.kind == WallPanel::Kind::Breakdown ? colours.at(i % colours.size()) : wall::accent();
        painter.fillRect(QRectF(row.left(), row.top() + line, std::max(2.0, row.width() * std::abs(b.value) / extent), bar), colour);
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
        const double small = QFontMetricsF(wall::font(minText)).height();
        QFont big = wall::font(std::max(minText, int(std::min((body.height() - small) * 0.7, body.width() / 3.2))), QFont::Bold);
        const double bigHeight = QFontMetricsF(big).height();
        const double top = body.top() + (body.height() - bigHeight - small) / 2;
        text(painter, QRectF(body.left(), top, body.width(), bigHeight), content.bigText, big, wall::primaryText(), Qt::AlignCenter);
        text(painter, QRectF(body.left(), top + bigHeight, body.width(), small), content.smallText, wall::font(minText),
             wall::secondaryText(), Qt::AlignCenter);
        return;
    }
    paintWrapped(painter, body, content.bigText, wall::primaryText(), minText, int(minText * 2.5));
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
