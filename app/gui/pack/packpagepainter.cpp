#include "packpagepainter.h"

#include "packstyle.h"
#include "packtable.h"
#include "packtaskspage.h"

#include "gui/provincegeometry.h"
#include "gui/tiledata.h"

#include "analytics/classbreaks.h"
#include "core/unitregistry.h"
#include "models/domainlabels.h"
#include "models/indicatortablemodel.h"
#include "models/kpitext.h"
#include "models/provincerankingmodel.h"

#include "charts/rankingchart.h"
#include "charts/stackedchart.h"
#include "charts/timeserieschart.h"
#include "map/colorbrewer.h"
#include "tiles/kpitilerenderer.h"

#include <QStandardItemModel>
#include <QTextDocument>

#include <qcustomplot.h>

#include <cmath>

namespace dh {

namespace {

// The chart shows the last three years and the month before them; the table lists every period.
constexpr qsizetype kChartPeriods = 37;

using packstyle::font;
const QColor &kSecondary = packstyle::secondary;

const QList<QColor> &seriesColours()
{
    // Okabe–Ito, as the indicator page: distinguishable with colour-blindness.
    static const QList<QColor> colours = {QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00), QColor(0x00, 0x9e, 0x73),
                                          QColor(0xcc, 0x79, 0xa7), QColor(0x56, 0xb4, 0xe9), QColor(0xd5, 0x5e, 0x00),
                                          QColor(0xf0, 0xe4, 0x42), QColor(0x99, 0x99, 0x99)};
    return colours;
}

template<typename Chart>
std::unique_ptr<Chart> makeChart()
{
    auto chart = std::make_unique<Chart>();
    chart->setFont(font(12));
    chart->setAttribute(Qt::WA_DontShowOnScreen);
    return chart;
}

} // namespace

PackPagePainter::PackPagePainter(const UnitRegistry &registry, const QLocale &locale)
    : m_registry(registry)
    , m_locale(locale)
    , m_series(makeChart<TimeSeriesChart>())
    , m_ranking(makeChart<RankingChart>())
    , m_stacked(makeChart<StackedChart>())
{
}

PackPagePainter::~PackPagePainter() = default;

QString PackPagePainter::format(double value, const Indicator &indicator) const
{
    return std::isnan(value) ? QStringLiteral("–") : m_locale.toString(value, 'f', indicator.decimals);
}

QString PackPagePainter::unitOf(const Indicator &indicator) const
{
    return english() ? indicator.unitEn : indicator.unitVi;
}

QString PackPagePainter::nameOf(const Indicator &indicator) const
{
    return english() ? indicator.nameEn : indicator.nameVi;
}

QString PackPagePainter::provinceName(const QString &code) const
{
    const AdminUnit *unit = m_registry.find(code);
    return unit ? (english() ? unit->nameEn : unit->nameVi) : code;
}

QString PackPagePainter::titleOf(const PackPageData &page, const QString &province) const
{
    if (!page.page.title.isEmpty())
        return province.isEmpty() ? page.page.title : page.page.title + QStringLiteral(" — ") + provinceName(province);
    switch (page.page.kind) {
    case BriefingPage::Kind::Home:
    case BriefingPage::Kind::Tasks: return page.title;
    case BriefingPage::Kind::Atlas: return provinceName(province);
    case BriefingPage::Kind::Text: return {};
    case BriefingPage::Kind::Indicator:
    case BriefingPage::Kind::Map:
    case BriefingPage::Kind::Ranking:
    case BriefingPage::Kind::Breakdown: break;
    }
    if (!page.view)
        return page.page.indicator;
    const QString name = nameOf(page.view->indicator);
    switch (page.page.kind) {
    case BriefingPage::Kind::Map: return tr("%1: map of the provinces").arg(name);
    case BriefingPage::Kind::Ranking: return tr("%1: provinces ranked").arg(name);
    case BriefingPage::Kind::Breakdown: return tr("%1: breakdown").arg(name);
    default: return name;
    }
}

void PackPagePainter::paint(QCPPainter &painter, const QRectF &rect, const PackPageData &page, bool synthetic)
{
    if (!page.error.isEmpty()) {
        paintMessage(painter, rect, page.error);
        return;
    }
    switch (page.page.kind) {
    case BriefingPage::Kind::Home: paintHome(painter, rect, page, synthetic); break;
    case BriefingPage::Kind::Text: paintText(painter, rect, page.page.text); break;
    case BriefingPage::Kind::Atlas: break; // one page per province: paintAtlas()
    case BriefingPage::Kind::Indicator: paintIndicator(painter, rect, *page.view); break;
    case BriefingPage::Kind::Map: paintMap(painter, rect, *page.view); break;
    case BriefingPage::Kind::Ranking: paintRanking(painter, rect, *page.view); break;
    case BriefingPage::Kind::Breakdown: paintBreakdown(painter, rect, *page.view); break;
    case BriefingPage::Kind::Tasks: PackTasksPage(m_registry, m_locale).paint(painter, rect, page); break;
    }
}

void PackPagePainter::paintMessage(QCPPainter &painter, const QRectF &rect, const QString &text)
{
    painter.setFont(font(16));
    painter.setPen(kSecondary);
    painter.drawText(rect, Qt::AlignCenter | Qt::TextWordWrap, text);
}

QRectF PackPagePainter::paintSubtitle(QCPPainter &painter, const QRectF &rect, const QString &text)
{
    painter.setFont(font(13));
    painter.setPen(kSecondary);
    const QRectF box(rect.left(), rect.top(), rect.width(), 24);
    painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, text);
    return rect.adjusted(0, 30, 0, 0);
}

void PackPagePainter::paintPlot(QCPPainter &painter, QCustomPlot *plot, const QRectF &rect)
{
    painter.save();
    painter.translate(rect.topLeft());
    plot->toPainter(&painter, int(rect.width()), int(rect.height()));
    painter.restore();
}

void PackPagePainter::paintHome(QCPPainter &painter, const QRectF &rect, const PackPageData &page, bool synthetic)
{
    const int count = int(page.tiles.size());
    if (count == 0) {
        paintMessage(painter, rect, tr("The dashboard has no tiles."));
        return;
    }
    const int columns = count > 12 ? 4 : 3;
    const int rows = (count + columns - 1) / columns;
    const double gap = 10;
    const QSizeF tile((rect.width() - gap * (columns - 1)) / columns, (rect.height() - gap * (rows - 1)) / rows);
    KpiTileStyle style;
    style.fontFamily = packstyle::family();
    QList<KpiTileData> tiles;
    QList<QRectF> boxes;
    double scale = 1.0;
    const KpiTileRenderer renderer;
    for (int i = 0; i < count; ++i) {
        const DashboardTile &t = page.tiles.at(i);
        KpiTileData data = tileData(formatKpi(t.indicator, t.figures, m_locale, synthetic));
        if (!t.error.isEmpty())
            data.message = t.error;
        const QRectF box(QPointF(rect.left() + (i % columns) * (tile.width() + gap), rect.top() + (i / columns) * (tile.height() + gap)), tile);
        // The tiles of a page share one type size, as on the dashboard.
        scale = std::min(scale, renderer.fitScale(box, data, style));
        tiles.append(data);
        boxes.append(box);
    }
    for (int i = 0; i < count; ++i)
        renderer.paint(painter, boxes.at(i), tiles.at(i), style, false, scale);
}

void PackPagePainter::paintIndicator(QCPPainter &painter, const QRectF &rect, const IndicatorViewData &data)
{
    const Indicator &ind = data.indicator;
    QStringList context{provinceName(data.request.unit), unitOf(ind)};
    if (data.cumulative)
        context.append(tr("year to date"));
    QRectF body = paintSubtitle(painter, rect, context.join(QStringLiteral(" · ")));
    if (!data.seriesError.isEmpty()) {
        paintMessage(painter, body, data.seriesError);
        return;
    }
    IndicatorTableModel model;
    model.setLocale(m_locale);
    model.setView(data);
    // The table takes the width its columns need at their largest type, between two fifths and half
    // of the page: on 16:9 slides two fifths leave its five columns in small type.
    const double tableWidth = std::clamp(PackTable(model).naturalWidth(body.height()), body.width() * 0.4, body.width() * 0.5);
    const QRectF chart(body.left(), body.top(), body.width() - tableWidth - 16, body.height());
    const QRectF table(chart.right() + 16, body.top(), tableWidth, body.height());

    const qsizetype first = std::max<qsizetype>(0, data.periods.size() - kChartPeriods);
    const Period origin = data.periods.isEmpty() ? Period() : data.periods.at(first);
    ChartFormat chartFormat;
    chartFormat.xLabel = [origin, locale = m_locale](double x) { return origin.isValid() ? origin.next(qint64(x)).shortLabel(locale) : QString(); };
    chartFormat.value = [this, ind](double v) { return m_locale.toString(v, 'f', std::min(ind.decimals, 2)); };
    chartFormat.valueAxis = unitOf(ind);
    ChartSeries main{nameOf(ind), {}, {}, QColor(0x0b, 0x5c, 0xa8), ChartSeries::Style::Line};
    ChartSeries lastYear{tr("Same period last year"), {}, {}, QColor(0x8a, 0x96, 0xa3), ChartSeries::Style::DashedLine};
    for (qsizetype i = first; i < data.periods.size(); ++i) {
        const double x = double(data.periods.at(i).distanceFrom(origin));
        main.x.append(x);
        main.y.append(data.values.value(i, std::nan("")));
        lastYear.x.append(x);
        lastYear.y.append(data.lastYear.value(i, std::nan("")));
    }
    m_series->resize(chart.size().toSize());
    m_series->setData({main, lastYear}, chartFormat);
    paintPlot(painter, m_series->plot(), chart);

    PackTable(model).paint(painter, table);
}

ChoroplethInput PackPagePainter::mapInput(const IndicatorViewData &data, const Period &period) const
{
    const ProvinceGeometry &geometry = ProvinceGeometry::instance(m_registry);
    const bool map34 = data.request.map34;
    const Indicator &ind = data.indicator;
    ChoroplethInput input;
    input.regions = geometry.regions(map34);
    input.insets = ProvinceGeometry::insets();
    input.innerBorders = map34;
    input.format = [this, ind](double v) { return format(v, ind); };
    input.legendTitle = unitOf(ind);
    input.noDataLabel = tr("No data");
    input.attribution = ProvinceGeometry::attribution();
    input.style.fontFamily = packstyle::family();
    const qsizetype at = data.provinces.periodIndex(period);
    ChoroplethFrame frame{period.label(m_locale), {}};
    QList<double> values;
    for (const ProvinceTable::Row &row : data.provinces.rows) {
        if (at >= 0 && !std::isnan(row.values.at(at))) {
            frame.values.insert(row.unit, row.values.at(at));
            values.append(row.values.at(at));
        }
    }
    input.frames.append(frame);
    input.edges = ClassBreaks::compute(ClassBreaks::Method::Quantiles, values, 5);
    const auto scheme = ind.polarity == Polarity::LowerIsBetter ? ColorBrewer::Scheme::YlOrRd : ColorBrewer::Scheme::YlGnBu;
    input.colors = ColorBrewer::colors(scheme, int(std::max<qsizetype>(1, input.edges.size() - 1)));
    return input;
}

void PackPagePainter::paintMap(QCPPainter &painter, const QRectF &rect, const IndicatorViewData &data)
{
    QStringList context{data.rankingPeriod.label(m_locale), unitOf(data.indicator),
                        data.request.map34 ? tr("34 provinces (from 1 July 2025)") : tr("63 provinces (before 1 July 2025)")};
    if (data.cumulative)
        context.append(tr("year to date"));
    QRectF body = paintSubtitle(painter, rect, context.join(QStringLiteral(" · ")));
    const QString notice = data.provinces.notice(data.mapSize);
    if (data.provinces.rows.isEmpty()) {
        paintMessage(painter, body, notice.isEmpty() ? tr("No province has values for this indicator.") : notice);
        return;
    }
    ChoroplethInput input = mapInput(data, data.rankingPeriod);
    input.labelMode = ChoroplethInput::LabelMode::NamesAndValues;
    input.labelPriority = data.request.map34 ? QStringList{QStringLiteral("VN25-01"), QStringLiteral("VN25-79")}
                                             : QStringList{QStringLiteral("VN-HN"), QStringLiteral("VN-SG")};
    m_map.setInput(input);
    m_map.setHovered(QString());
    const QRectF map(body.left(), body.top(), body.width() * 0.68, body.height());
    m_map.paint(painter, map);

    ProvinceRankingModel model;
    model.setLocale(m_locale);
    model.setRanking(data.indicator, data.ranking);
    PackTable(model).paint(painter, QRectF(map.right() + 16, body.top(), body.right() - map.right() - 16, body.height()));
}

void PackPagePainter::paintRanking(QCPPainter &painter, const QRectF &rect, const IndicatorViewData &data)
{
    QRectF body = paintSubtitle(painter, rect, QStringList{data.rankingPeriod.label(m_locale), unitOf(data.indicator)}.join(QStringLiteral(" · ")));
    if (data.ranking.isEmpty()) {
        paintMessage(painter, body, data.rankingError.isEmpty() ? tr("No province has values for this indicator.") : data.rankingError);
        return;
    }
    QList<RankingChart::Item> items;
    for (const RankedProvince &r : data.ranking)
        items.append({r.unit, english() ? r.nameEn : r.nameVi, r.value});
    ChartFormat chartFormat;
    chartFormat.value = [this, ind = data.indicator](double v) { return format(v, ind); };
    chartFormat.valueAxis = unitOf(data.indicator);
    m_ranking->resize(body.size().toSize());
    m_ranking->setItems(items, chartFormat);
    paintPlot(painter, m_ranking->plot(), body);
}

void PackPagePainter::paintBreakdown(QCPPainter &painter, const QRectF &rect, const IndicatorViewData &data)
{
    const QString dimension = DomainLabels::dimension(data.breakdownDimension);
    QRectF body = paintSubtitle(painter, rect, tr("By %1").arg(dimension) + QStringLiteral(" · ") + unitOf(data.indicator));
    if (data.breakdownKeys.isEmpty()) {
        paintMessage(painter, body, tr("This indicator has no breakdown."));
        return;
    }
    const Period origin = data.breakdownPeriods.isEmpty() ? Period() : data.breakdownPeriods.first();
    QList<ChartSeries> layers;
    QStandardItemModel table(int(data.breakdownKeys.size()), 2);
    table.setHorizontalHeaderLabels({dimension, data.breakdownPeriods.isEmpty() ? QString() : data.breakdownPeriods.last().label(m_locale)});
    for (qsizetype k = 0; k < data.breakdownKeys.size(); ++k) {
        ChartSeries layer{DomainLabels::key(data.breakdownKeys.at(k)), {}, {}, seriesColours().at(k % seriesColours().size()), ChartSeries::Style::Bars};
        for (qsizetype i = 0; i < data.breakdownPeriods.size(); ++i) {
            layer.x.append(double(data.breakdownPeriods.at(i).distanceFrom(origin)));
            layer.y.append(data.breakdown.at(k).at(i));
        }
        table.setItem(int(k), 0, new QStandardItem(layer.name));
        auto *value = new QStandardItem(format(data.breakdown.at(k).value(data.breakdownPeriods.size() - 1, std::nan("")), data.indicator));
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table.setItem(int(k), 1, value);
        layers.append(layer);
    }
    ChartFormat chartFormat;
    chartFormat.xLabel = [origin, locale = m_locale](double x) { return origin.isValid() ? origin.next(qint64(x)).shortLabel(locale) : QString(); };
    chartFormat.value = [this, ind = data.indicator](double v) { return m_locale.toString(v, 'f', std::min(ind.decimals, 2)); };
    chartFormat.valueAxis = unitOf(data.indicator);
    const QRectF chart(body.left(), body.top(), body.width() * 0.68, body.height());
    m_stacked->resize(chart.size().toSize());
    m_stacked->setLayers(layers, chartFormat);
    paintPlot(painter, m_stacked->plot(), chart);
    PackTable(table).paint(painter, QRectF(chart.right() + 16, body.top(), body.right() - chart.right() - 16, body.height()));
}

void PackPagePainter::paintText(QCPPainter &painter, const QRectF &rect, const QString &text)
{
    // The pack's simple markup is a subset of Markdown: paragraphs, "- " bullets, "# " headings.
    QTextDocument doc;
    doc.setDefaultFont(font(17));
    doc.setDocumentMargin(0);
    doc.setMarkdown(text, QTextDocument::MarkdownNoHTML);
    doc.setTextWidth(rect.width());
    painter.save();
    painter.translate(rect.topLeft());
    doc.drawContents(&painter, QRectF(QPointF(0, 0), rect.size()));
    painter.restore();
}

void PackPagePainter::paintAtlas(QCPPainter &painter, const QRectF &rect, const PackPageData &page, const QString &province)
{
    const int mapSize = int(page.provinces.size());
    QStandardItemModel table(int(page.atlas.size()), 5);
    table.setHorizontalHeaderLabels({tr("Indicator"), tr("Period"), provinceName(province), tr("National"), tr("Rank")});
    for (int i = 0; i < page.atlas.size(); ++i) {
        const AtlasColumn &c = page.atlas.at(i);
        const auto place = c.places.constFind(province);
        auto right = [](const QString &text) {
            auto *item = new QStandardItem(text);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            return item;
        };
        table.setItem(i, 0, new QStandardItem(nameOf(c.indicator) + QStringLiteral(" (") + unitOf(c.indicator) + u')'));
        table.setItem(i, 1, new QStandardItem(c.period.isValid() ? c.period.label(m_locale) : c.error));
        table.setItem(i, 2, right(place != c.places.cend() ? format(place->value, c.indicator) : QStringLiteral("–")));
        table.setItem(i, 3, right(c.national ? format(*c.national, c.indicator) : QStringLiteral("–")));
        table.setItem(i, 4, right(place != c.places.cend() ? tr("%1/%2").arg(place->rank).arg(c.ranked) : QStringLiteral("–")));
    }
    QRectF body = paintSubtitle(painter, rect, mapSize == 34 ? tr("One of the 34 provinces (from 1 July 2025)") : tr("One of the 63 provinces (before 1 July 2025)"));
    const QRectF left(body.left(), body.top(), body.width() * 0.62, body.height());
    PackTable(table).paint(painter, left);

    // The first headline indicator's map with the province outlined: where it stands, at a glance.
    for (const AtlasColumn &c : page.atlas) {
        if (c.places.isEmpty())
            continue;
        IndicatorViewData view;
        view.indicator = c.indicator;
        view.request.map34 = mapSize == 34;
        view.provinces.periods = {c.period};
        for (auto it = c.places.cbegin(); it != c.places.cend(); ++it)
            view.provinces.rows.append({it.key(), QString(), QString(), {it->value}});
        ChoroplethInput input = mapInput(view, c.period);
        input.labelMode = ChoroplethInput::LabelMode::None;
        // A locator, not a reading map: without the faint borders inside merged provinces, each
        // of the atlas's many maps costs the file less.
        input.innerBorders = false;
        input.title = nameOf(c.indicator);
        m_map.setInput(input);
        m_map.setHovered(province);
        m_map.paint(painter, QRectF(left.right() + 16, body.top(), body.right() - left.right() - 16, body.height()));
        break;
    }
}

} // namespace dh
