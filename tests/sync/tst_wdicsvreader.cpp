#include "sync/wdicsvreader.h"

#include "core/unitregistry.h"

#include "testdata.h"

#include <QHash>
#include <QSet>
#include <QTest>

#include <cmath>

using namespace dh;
using namespace Qt::StringLiterals;

class TestWdiCsvReader : public QObject
{
    Q_OBJECT

private:
    QDateTime m_retrieved = QDateTime(QDate(2025, 7, 1), QTime(8, 0), Qt::UTC);

    static double valueOf(const WdiData &data, QStringView code, int year, QStringView unit = u"VN")
    {
        for (const Observation &o : data.observations) {
            if (o.indicator == code && o.period == Period::year(year) && o.unit == unit)
                return o.value;
        }
        return std::nan("");
    }

private slots:
    void readsTheShippedFile()
    {
        const auto registry = UnitRegistry::fromResources();
        QVERIFY(registry.ok());
        WdiCsvReader reader(&*registry);
        // The copy the app embeds, and the reference copy in shared/data: the same figures.
        QStringList paths{test::resourcePath(u"stats/worldbank_wdi_vietnam_2010_2024_long.csv"_s)};
        if (test::hasSharedData())
            paths.append(test::sharedDataPath(u"stats/worldbank_wdi_vietnam_2010_2024_long.csv"_s));
        for (const QString &path : std::as_const(paths)) {
            const auto result = reader.readFile(path, m_retrieved);
            QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
            const WdiData &data = *result;
            QVERIFY2(data.rejected.isEmpty(), data.rejected.isEmpty() ? "" : qPrintable(data.rejected.first().reason));
            QCOMPARE(data.indicators.size(), 19);
            QCOMPARE(data.observations.size(), 283);
            QCOMPARE(data.emptyValues, 0);

            QSet<int> years;
            QSet<QString> codes;
            for (const Observation &o : data.observations) {
                years.insert(o.period.year());
                codes.insert(o.indicator);
                QCOMPARE(o.unit, u"VN"_s);
                QCOMPARE(o.period.kind(), Period::Kind::Year);
                QCOMPARE(o.status, ObservationStatus::Final);
                QCOMPARE(o.valueKind, ValueKind::InPeriod);
                QCOMPARE(o.provenance.source, u"World Bank WDI"_s);
                QCOMPARE(o.provenance.revision, 1);
                QCOMPARE(o.provenance.retrievedAt, m_retrieved);
            }
            QCOMPARE(years.size(), 15);
            QCOMPARE(*std::min_element(years.begin(), years.end()), 2010);
            QCOMPARE(*std::max_element(years.begin(), years.end()), 2024);
            QCOMPARE(codes.size(), 19);

            QCOMPARE(valueOf(data, u"WB.NY.GDP.MKTP.KD.ZG", 2020), 2.86541320912272);
            QCOMPARE(std::round(valueOf(data, u"WB.NY.GDP.MKTP.KD.ZG", 2022) * 1000) / 1000, 8.538);
            QCOMPARE(std::round(valueOf(data, u"WB.NY.GDP.MKTP.KD.ZG", 2024) * 1000) / 1000, 7.04);
            QCOMPARE(std::round(valueOf(data, u"WB.NY.GDP.MKTP.CD", 2024) / 1e8) / 10, 476.3);

            for (const Indicator &ind : data.indicators) {
                QVERIFY(ind.code.startsWith(u"WB."));
                QVERIFY2(!ind.nameVi.isEmpty() && ind.nameVi != ind.nameEn, qPrintable(ind.code));
                QVERIFY2(!ind.unitVi.isEmpty() && !ind.unitEn.isEmpty(), qPrintable(ind.code));
                QCOMPARE(ind.periodicity, Period::Kind::Year);
                QCOMPARE(ind.origin, DataOrigin::Real);
                QCOMPARE(ind.sourceAgency, u"World Bank, World Development Indicators (CC BY 4.0)"_s);
                const AdminUnit *owner = registry->find(ind.owner);
                QVERIFY2(owner && owner->level == AdminUnit::Level::Ministry, qPrintable(ind.code));
            }
            // Names with quoted commas are read whole.
            const auto byCode = [&](QStringView code) {
                for (const Indicator &ind : data.indicators) {
                    if (ind.code == code)
                        return ind;
                }
                return Indicator{};
            };
            QCOMPARE(byCode(u"WB.FP.CPI.TOTL.ZG").nameEn, u"Inflation, consumer prices (annual %)"_s);
            QCOMPARE(byCode(u"WB.FI.RES.TOTL.CD").nameEn, u"Total reserves (includes gold, current US$)"_s);
            QCOMPARE(byCode(u"WB.FP.CPI.TOTL.ZG").polarity, Polarity::LowerIsBetter);
            QCOMPARE(byCode(u"WB.SL.UEM.TOTL.ZS").polarity, Polarity::LowerIsBetter);
            QCOMPARE(byCode(u"WB.SP.POP.TOTL").unitVi, u"người"_s);
            QCOMPARE(byCode(u"WB.PA.NUS.FCRF").unitEn, u"VND per USD"_s);
            QCOMPARE(byCode(u"WB.NY.GDP.MKTP.KD.ZG").nameVi, WdiCsvReader::nameVi(u"NY.GDP.MKTP.KD.ZG"));
        }
    }

    void rejectsBadRows()
    {
        const QString text = u"indicator_code,indicator_name,country_code,year,value\n"
                             "NY.GDP.MKTP.KD.ZG,GDP growth (annual %),VNM,2020,2.86541320912272\n"
                             "NY.GDP.MKTP.KD.ZG,GDP growth (annual %),VNM,2021,2,56\n"          // line 3: a decimal comma
                             "NY.GDP.MKTP.KD.ZG,GDP growth (annual %),VNM,20x2,8.5\n"           // line 4: bad year
                             "NY.GDP.MKTP.KD.ZG,GDP growth (annual %),VNM,2023,abc\n"           // line 5: not a number
                             "FP.CPI.TOTL.ZG,\"Inflation, consumer prices (annual %)\",VNM,2023,\n" // line 6: no data
                             "FP.CPI.TOTL.ZG,\"Inflation, consumer prices (annual %)\",THA,2023,1.2\n"
                             "FP.CPI.TOTL.ZG,\"Inflation, consumer prices (annual %)\",XYZ,2023,1.2\n" // line 8: unknown country
                             ",nameless,VNM,2023,1\n"                                            // line 9: no code
                             "XX.NEW.CODE,\"Something new, in US$\",VNM,2023,5\n"_s;
        const auto registry = UnitRegistry::fromResources();
        QVERIFY(registry.ok());
        const auto result = WdiCsvReader(&*registry).read(text, m_retrieved);
        QVERIFY(result.ok());
        const WdiData &data = *result;
        QCOMPARE(data.emptyValues, 1);
        QCOMPARE(data.observations.size(), 3);
        QCOMPARE(valueOf(data, u"WB.FP.CPI.TOTL.ZG", 2023, u"THA"), 1.2);
        QList<qsizetype> lines;
        for (const auto &row : data.rejected) {
            lines.append(row.line);
            QVERIFY(!row.reason.isEmpty());
            QVERIFY(!row.raw.isEmpty());
        }
        QCOMPARE(lines, (QList<qsizetype>{3, 4, 5, 8, 9}));
        QVERIFY(data.rejected.at(0).reason.contains(u"6 fields"));
        QCOMPARE(data.rejected.at(1).raw, u"NY.GDP.MKTP.KD.ZG,GDP growth (annual %),VNM,20x2,8.5"_s);
        QVERIFY(data.rejected.at(1).reason.contains(u"20x2"));
        QVERIFY(data.rejected.at(2).reason.contains(u"abc"));
        QVERIFY(data.rejected.at(3).reason.contains(u"XYZ"));
        // An unknown code still loads, named in English, its unit read off the name.
        const Indicator &unknown = data.indicators.last();
        QCOMPARE(unknown.code, u"WB.XX.NEW.CODE"_s);
        QCOMPARE(unknown.nameVi, u"Something new, in US$"_s);
        QCOMPARE(unknown.unitEn, u"USD"_s);
    }

    void refusesAFileWithoutItsColumns()
    {
        const auto result = WdiCsvReader().read(u"code,name,year\nA,B,2020\n", m_retrieved);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, Error::Code::Invalid);
        QVERIFY(result.error().message.contains(u"country_code"));
        QVERIFY(!WdiCsvReader().read(u"", m_retrieved).ok());
        QCOMPARE(WdiCsvReader().readFile(u"/nonexistent/wdi.csv"_s, m_retrieved).error().code, Error::Code::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestWdiCsvReader)
#include "tst_wdicsvreader.moc"
