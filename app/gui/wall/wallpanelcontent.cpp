#include "wallpanelcontent.h"

#include "gui/tiledata.h"

#include "models/domainlabels.h"
#include "models/kpitext.h"
#include "models/tasklabels.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>

#include <cmath>

namespace dh {

namespace {

// Every message of this file, under one context: lupdate files PanelText::tr("…") under the context
// named here, which is the one the app looks the text up in.
struct PanelText
{
    Q_DECLARE_TR_FUNCTIONS(dh)
};

bool isVietnamese(const QLocale &locale)
{
    return locale.language() == QLocale::Vietnamese;
}

// A layout's own title for a tile: a text, or {"vi", "en"} read in the wall's language.
QString tileTitle(const QJsonValue &title, const QLocale &locale)
{
    if (!title.isObject())
        return title.toString();
    const QJsonObject texts = title.toObject();
    const QString en = texts.value(QLatin1String("en")).toString();
    return isVietnamese(locale) || en.isEmpty() ? texts.value(QLatin1String("vi")).toString() : en;
}

// The panel's own frame says where the figures come from and when they were read, so the tile keeps
// only what is read from across the room: the footer and the year to date would shrink its type.
KpiTileData wallTile(const KpiText &t)
{
    KpiTileData d = tileData(t);
    d.cumulative.clear();
    d.footer.clear();
    return d;
}

QString asOfText(const QDateTime &asOf, const QLocale &locale)
{
    return asOf.isValid() ? PanelText::tr("As of %1").arg(locale.toString(asOf.toLocalTime(), QStringLiteral("dd/MM HH:mm"))) : QString();
}

WallPanelContent base(const WallPanel &panel, const QLocale &locale)
{
    WallPanelContent c;
    c.kind = panel.kind;
    c.title = panel.titleIn(isVietnamese(locale));
    return c;
}

} // namespace

QByteArray WallPanelContent::signature() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << int(kind) << title << subtitle << asOf << synthetic << stale << error;
    for (const KpiTileData &t : tiles) {
        out << t.title << t.value << t.unit << t.period << t.badge << t.message << t.progressText << t.sparkline;
        for (const KpiTileData::Delta &d : t.deltas)
            out << d.text << d.label << d.direction << int(d.tone);
    }
    for (const Bar &b : bars)
        out << b.label << b.value << b.text;
    out << tileColumns << periods << values << lastYear << latestText << columns << map34 << lowerIsBetter << decimals << bigText << smallText;
    // By key order, not the hash's: the same values must give the same bytes.
    QStringList keys = mapValues.keys();
    keys.sort();
    for (const QString &key : std::as_const(keys))
        out << key << mapValues.value(key);
    return bytes;
}

WallPanelContent dashboardContent(const WallPanel &panel, const QList<DashboardTile> &tiles, const QLocale &locale,
                                  bool synthetic)
{
    WallPanelContent c = base(panel, locale);
    c.synthetic = synthetic;
    const QJsonObject titles = panel.options.value(QLatin1String("titles")).toObject();
    c.tileColumns = panel.options.value(QLatin1String("columns")).toInt(0);
    for (const DashboardTile &tile : tiles) {
        KpiText text = formatKpi(tile.indicator, tile.figures, locale, synthetic);
        if (!tile.error.isEmpty())
            text.message = tile.error;
        c.tiles.append(wallTile(text));
        if (const QString title = tileTitle(titles.value(tile.indicator.code), locale); !title.isEmpty())
            c.tiles.last().title = title;
        if (tile.figures.latest && tile.figures.latest->provenance.retrievedAt > c.asOfTime)
            c.asOfTime = tile.figures.latest->provenance.retrievedAt;
    }
    if (panel.kind == WallPanel::Kind::BigKpi && !c.tiles.isEmpty()) {
        c.tiles.resize(1);
        if (c.title.isEmpty())
            c.title = c.tiles.first().title;
        c.subtitle = c.tiles.first().unit + QStringLiteral(" · ") + c.tiles.first().period;
    }
    c.asOf = asOfText(c.asOfTime, locale);
    return c;
}

WallPanelContent indicatorContent(const WallPanel &panel, const IndicatorViewData &data, const QLocale &locale,
                                  bool synthetic)
{
    WallPanelContent c = base(panel, locale);
    const Indicator &ind = data.indicator;
    const bool vi = isVietnamese(locale);
    const QString unit = vi ? ind.unitVi : ind.unitEn;
    if (c.title.isEmpty())
        c.title = vi ? ind.nameVi : ind.nameEn;
    c.synthetic = synthetic && ind.origin != DataOrigin::Real;
    c.asOfTime = data.asOf;
    c.asOf = asOfText(data.asOf, locale);
    c.decimals = ind.decimals;
    c.lowerIsBetter = ind.polarity == Polarity::LowerIsBetter;
    auto format = [&](double v) { return locale.toString(v, 'f', ind.decimals); };
    switch (panel.kind) {
    case WallPanel::Kind::Chart: {
        const int shown = panel.options.value(u"periods").toInt(24);
        const qsizetype from = std::max<qsizetype>(0, data.periods.size() - shown);
        for (qsizetype i = from; i < data.periods.size(); ++i) {
            c.periods.append(data.periods.at(i).label(locale));
            c.values.append(data.values.value(i, std::nan("")));
            c.lastYear.append(data.lastYear.value(i, std::nan("")));
        }
        if (!c.values.isEmpty() && !std::isnan(c.values.last()))
            c.latestText = format(c.values.last());
        c.columns = panel.options.value(u"style").toString() == u"bars";
        // The span of periods is on the chart's axis.
        c.subtitle = unit;
        if (c.periods.isEmpty())
            c.error = data.seriesError.isEmpty() ? PanelText::tr("No data for this indicator.") : data.seriesError;
        break;
    }
    case WallPanel::Kind::Map: {
        c.map34 = data.request.map34;
        const qsizetype at = data.provinces.periodIndex(data.rankingPeriod);
        for (const ProvinceTable::Row &row : data.provinces.rows) {
            const double v = at >= 0 ? row.values.value(at, std::nan("")) : std::nan("");
            if (!std::isnan(v))
                c.mapValues.insert(row.unit, v);
        }
        c.subtitle = unit + QStringLiteral(" · ") + data.rankingPeriod.label(locale) + QStringLiteral(" · ")
            + (c.map34 ? PanelText::tr("34 provinces") : PanelText::tr("63 provinces"));
        if (c.mapValues.isEmpty())
            c.error = data.rankingError.isEmpty() ? PanelText::tr("No province has values for this indicator.") : data.rankingError;
        break;
    }
    case WallPanel::Kind::Ranking: {
        const int limit = panel.options.value(u"limit").toInt(5);
        const bool worst = panel.options.value(u"order").toString() == u"worst";
        QList<RankedProvince> ranked = data.ranking;
        if (worst)
            std::reverse(ranked.begin(), ranked.end());
        for (const RankedProvince &p : ranked.mid(0, limit))
            c.bars.append({vi ? p.nameVi : p.nameEn, p.value, format(p.value)});
        c.subtitle = unit + QStringLiteral(" · ") + data.rankingPeriod.label(locale);
        if (c.bars.isEmpty())
            c.error = data.rankingError.isEmpty() ? PanelText::tr("No province has values for this indicator.") : data.rankingError;
        break;
    }
    case WallPanel::Kind::Breakdown: {
        for (qsizetype k = 0; k < data.breakdownKeys.size(); ++k) {
            const QList<double> &row = data.breakdown.value(k);
            if (!row.isEmpty() && !std::isnan(row.last()))
                c.bars.append({DomainLabels::key(data.breakdownKeys.at(k)), row.last(), format(row.last())});
        }
        c.subtitle = unit + (data.breakdownPeriods.isEmpty() ? QString() : QStringLiteral(" · ") + data.breakdownPeriods.last().label(locale));
        if (c.bars.isEmpty())
            c.error = PanelText::tr("This indicator has no breakdown.");
        break;
    }
    default: break;
    }
    return c;
}

WallPanelContent taskContent(const WallPanel &panel, const TaskSummary &summary, const QString &scopeName, const QLocale &locale,
                             bool synthetic)
{
    WallPanelContent c = base(panel, locale);
    c.synthetic = synthetic;
    if (c.title.isEmpty())
        c.title = scopeName.isEmpty() ? PanelText::tr("Tasks") : PanelText::tr("Tasks of %1").arg(scopeName);
    const QString date = locale.toString(summary.asOf, QStringLiteral("dd/MM/yyyy"));
    c.subtitle = PanelText::tr("tasks") + QStringLiteral(" · ") + PanelText::tr("at %1").arg(date);
    // The rates are shares of the four states; standing tasks have no deadline and no rate.
    for (const TaskState state : TaskSummary::fourStates()) {
        const qint64 n = summary.count(state);
        const double rate = summary.rate(state);
        const QString text = std::isnan(rate) ? locale.toString(n)
                                              : locale.toString(n) + QStringLiteral(" · ") + locale.toString(rate, 'f', 1) + QStringLiteral(" %");
        c.bars.append({TaskLabels::state(state), double(n), text});
    }
    if (const qint64 standing = summary.count(TaskState::Standing); standing > 0)
        c.bars.append({TaskLabels::state(TaskState::Standing), double(standing), locale.toString(standing)});
    if (summary.counts.total() == 0)
        c.error = PanelText::tr("No tasks assigned to this scope by %1.").arg(date);
    return c;
}

WallPanelContent errorContent(const WallPanel &panel, const QString &message, const QLocale &locale)
{
    WallPanelContent c = base(panel, locale);
    c.error = message;
    return c;
}

} // namespace dh
