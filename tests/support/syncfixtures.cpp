#include "syncfixtures.h"

#include <QDir>

namespace dh::test {

QList<SyncFixture> syncFixtures()
{
    const QByteArray json = QByteArrayLiteral("application/json; charset=utf-8");
    // Page 2 revises one value of page 1 and withdraws another: 16 + 4 new - 1 withdrawn.
    return {
        {u"reporting"_qs, {}, {u"reporting/kpi-data-page1.json"_qs, u"reporting/kpi-data-page2.json"_qs}, json, 19, {}},
        {u"jsonstat"_qs, u"jsonstat/mapping.json"_qs, {u"jsonstat/dataset.json"_qs}, json, 23, {}},
        {u"sdmx-json"_qs, u"sdmx-json/mapping.json"_qs, {u"sdmx-json/data.json"_qs},
         QByteArrayLiteral("application/vnd.sdmx.data+json; version=2.0.0; charset=utf-8"), 17, {}},
        {u"pxweb"_qs, u"pxweb/mapping.json"_qs, {u"pxweb/table.json"_qs, u"pxweb/answer.json"_qs}, json, 15, u"pxweb/query.json"_qs},
        {u"worldbank"_qs, u"worldbank/mapping.json"_qs, {u"worldbank/page1.json"_qs, u"worldbank/page2.json"_qs}, json, 19, {}},
        {u"csv-mapped"_qs, u"csv-mapped/mapping.json"_qs, {u"csv-mapped/data.csv"_qs}, QByteArrayLiteral("text/csv; charset=utf-8"), 24, {}},
    };
}

QString syncFixturePath(const QString &relative)
{
    return QDir::cleanPath(QStringLiteral(DIEUHANH_SOURCE_DIR "/tests/data/sync/") + relative);
}

} // namespace dh::test
