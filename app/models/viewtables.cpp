#include "viewtables.h"

#include "indicatorview.h"

#include <QCoreApplication>

#include <cmath>

namespace dh::ViewTables {

namespace {

// Every message of this file, under one context: lupdate files TableText::tr("…") under the context
// named here, which is the one the app looks the text up in.
struct TableText
{
    Q_DECLARE_TR_FUNCTIONS(dh::ViewTables)
};

QString unitOf(const IndicatorViewData &data, const QLocale &locale)
{
    return locale.language() == QLocale::Vietnamese ? data.indicator.unitVi : data.indicator.unitEn;
}

} // namespace

Table ranking(const IndicatorViewData &data, const QLocale &locale)
{
    Table t;
    t.name = TableText::tr("Ranking %1").arg(data.rankingPeriod.isValid() ? data.rankingPeriod.toString() : QString()).trimmed();
    t.columns = {{TableText::tr("Rank"), TableColumn::Kind::Number, 0},
                 {TableText::tr("Province"), TableColumn::Kind::Text},
                 {TableText::tr("Value (%1)").arg(unitOf(data, locale)), TableColumn::Kind::Number, data.indicator.decimals}};
    const bool vi = locale.language() == QLocale::Vietnamese;
    for (qsizetype i = 0; i < data.ranking.size(); ++i) {
        const RankedProvince &p = data.ranking.at(i);
        t.rows.append({double(i + 1), vi ? p.nameVi : p.nameEn, p.value});
    }
    return t;
}

Table breakdown(const IndicatorViewData &data, const QLocale &locale)
{
    Table t;
    t.name = TableText::tr("Breakdown");
    t.columns.append({TableText::tr("Period"), TableColumn::Kind::Period});
    for (const QString &key : data.breakdownKeys)
        t.columns.append({TableText::tr("%1 (%2)").arg(key, unitOf(data, locale)), TableColumn::Kind::Number, data.indicator.decimals});
    for (qsizetype p = 0; p < data.breakdownPeriods.size(); ++p) {
        QVariantList row{data.breakdownPeriods.at(p).label(locale)};
        for (qsizetype k = 0; k < data.breakdownKeys.size(); ++k) {
            const double v = data.breakdown.value(k).value(p, std::nan(""));
            row.append(std::isnan(v) ? QVariant() : QVariant(v));
        }
        t.rows.append(row);
    }
    return t;
}

} // namespace dh::ViewTables
