#include "sync/readers/sdmxjsonreader.h"

#include "testdata.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace dh;

namespace {

// Every cell as one line — each dimension's code, the value, the status, whether deleted —
// sorted, so documents compare whatever their layout.
QStringList cells(const StatDocument &doc)
{
    QStringList out;
    for (qsizetype c = 0; c < doc.cellCount(); ++c) {
        QStringList key;
        for (int d = 0; d < doc.dimensions.size(); ++d)
            key.append(doc.dimensions[d].id + u'=' + doc.dimensions[d].categories[doc.category(c, d)].id);
        const auto v = doc.value(c);
        QString line = key.join(u',') + u' ' + (v ? QString::number(*v, 'g', 15) : u"null"_qs);
        if (!doc.status(c).isEmpty())
            line += u" status=" + doc.status(c);
        if (doc.isDeleted(c))
            line += u" deleted"_qs;
        out.append(line);
    }
    out.sort();
    return out;
}

QByteArray readShared(const QString &name)
{
    QFile file(test::sharedDataPath(u"formats/sdmx-json/"_qs + name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A 2.1 message of one structure: its dimensions, attributes and data sets as JSON text.
QByteArray message(const QByteArray &dimensions, const QByteArray &attributes, const QByteArray &dataSets, const QByteArray &extra = {})
{
    const QByteArray head = R"({"meta":{"id":"T","prepared":"2025-07-01T00:00:00Z","contentLanguages":["vi"],"sender":{"id":"GSO"}},)"
                            "\"data\":{\"structures\":[{\"name\":\"Thử\",\"dataSets\":[0],\"dimensions\":";
    return head + dimensions + R"(,"attributes":)" + attributes + extra + R"(}],"dataSets":)" + dataSets + "}}";
}

// Two indicators by two provinces by two months: series INDICATOR:REF_AREA, TIME_PERIOD at the
// observation level.
const char *const kSeriesDimensions = R"({"dataSet":[{"id":"FREQ","keyPosition":0,"values":[{"id":"M","name":"Tháng"}]}],
    "series":[{"id":"INDICATOR","keyPosition":1,"values":[{"id":"GDP","names":{"vi":"GDP","en":"GDP"}},{"id":"CPI"}]},
              {"id":"REF_AREA","keyPosition":2,"values":[{"id":"VN-HN","name":"Hà Nội"},{"id":"VN-SG"}]}],
    "observation":[{"id":"TIME_PERIOD","keyPosition":3,"values":[{"id":"2025-01"},{"id":"2025-02"}]}]})";

// The same, all at the observation level (AllDimensions).
const char *const kFlatDimensions = R"({"dataSet":[{"id":"FREQ","keyPosition":0,"values":[{"id":"M","name":"Tháng"}]}],
    "observation":[{"id":"INDICATOR","keyPosition":1,"values":[{"id":"GDP","names":{"vi":"GDP","en":"GDP"}},{"id":"CPI"}]},
              {"id":"REF_AREA","keyPosition":2,"values":[{"id":"VN-HN","name":"Hà Nội"},{"id":"VN-SG"}]},
              {"id":"TIME_PERIOD","keyPosition":3,"values":[{"id":"2025-01"},{"id":"2025-02"}]}]})";

// Cross-section: a series per indicator and month, REF_AREA at the observation level.
const char *const kCrossDimensions = R"({"dataSet":[{"id":"FREQ","keyPosition":0,"values":[{"id":"M","name":"Tháng"}]}],
    "series":[{"id":"INDICATOR","keyPosition":1,"values":[{"id":"GDP","names":{"vi":"GDP","en":"GDP"}},{"id":"CPI"}]},
              {"id":"TIME_PERIOD","keyPosition":3,"values":[{"id":"2025-01"},{"id":"2025-02"}]}],
    "observation":[{"id":"REF_AREA","keyPosition":2,"values":[{"id":"VN-HN","name":"Hà Nội"},{"id":"VN-SG"}]}]})";

const char *const kStatus = R"({"observation":[{"id":"OBS_STATUS","relationship":{"observation":{}},
    "values":[{"id":"A","name":"Bình thường"},{"id":"P","names":{"vi":"Sơ bộ","en":"Provisional"}}]}]})";

const QStringList kExpected = {
    u"FREQ=M,INDICATOR=CPI,REF_AREA=VN-HN,TIME_PERIOD=2025-01 103.2 status=A"_qs,
    u"FREQ=M,INDICATOR=CPI,REF_AREA=VN-HN,TIME_PERIOD=2025-02 null status=A"_qs,
    u"FREQ=M,INDICATOR=CPI,REF_AREA=VN-SG,TIME_PERIOD=2025-01 104 status=A"_qs,
    u"FREQ=M,INDICATOR=GDP,REF_AREA=VN-HN,TIME_PERIOD=2025-01 0 status=A"_qs,
    u"FREQ=M,INDICATOR=GDP,REF_AREA=VN-HN,TIME_PERIOD=2025-02 1250.5 status=P"_qs,
    u"FREQ=M,INDICATOR=GDP,REF_AREA=VN-SG,TIME_PERIOD=2025-01 -7.25"_qs,
};

// The data of kExpected in each layout.
QByteArray seriesMessage()
{
    return message(kSeriesDimensions, kStatus, R"([{"structure":0,"action":"Replace","series":{
        "0:0":{"observations":{"0":[0,0],"1":[1250.5,1]}},
        "0:1":{"observations":{"0":[-7.25,null]}},
        "1:0":{"observations":{"0":[103.2,0],"1":[null,0]}},
        "1:1":{"observations":{"0":[104,0,7]}}}}])");
}

QByteArray flatMessage()
{
    return message(kFlatDimensions, kStatus, R"([{"structure":0,"action":"Information","observations":{
        "0:0:0":[0,0],"0:0:1":[1250.5,1],"0:1:0":[-7.25,null],"1:0:0":[103.2,0],"1:0:1":[null,0],"1:1:0":[104,0]}}])");
}

QByteArray crossSectionMessage()
{
    return message(kCrossDimensions, kStatus, R"([{"structure":0,"series":{
        "0:0":{"observations":{"0":[0,0],"1":[-7.25]}},
        "0:1":{"observations":{"0":[1250.5,1]}},
        "1:0":{"observations":{"0":[103.2,0],"1":[104,0]}},
        "1:1":{"observations":{"0":[null,0]}}}}])");
}

// A flat message of one observation in a period written as given.
QByteArray periodMessage(const QString &period)
{
    const QByteArray dims = "{\"observation\":[{\"id\":\"TIME_PERIOD\",\"keyPosition\":0,\"values\":[{\"id\":\"" + period.toUtf8() + "\"}]}]}";
    return message(dims, "{}", R"([{"observations":{"0":[1.5]}}])");
}

} // namespace

// The SDMX-JSON reader: the SDMX working group's samples in both versions and every layout, and
// small messages for each thing a message can say or get wrong.
class TestSdmxJsonReader : public QObject
{
    Q_OBJECT

private slots:
    void readsTheSamples_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *f : {"v1.0-exr-time-series.json", "v1.0-exr-flat.json", "v1.0-exr-cross-section.json", "v2.1-exr-time-series.json",
                              "v2.1-exr-flat.json", "v2.1-exr-cross-section.json"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }

    // ECB EXR: NZD 1.5931, 1.5925; RUB 40.3426, 40.3 on 2013-01-18 and 2013-01-21, the same cells
    // whatever the layout and version.
    void readsTheSamples()
    {
        if (!test::hasSharedData())
            QSKIP("../shared/data is not beside this checkout");
        QFETCH(QString, file);
        const auto doc = SdmxJsonReader::read(readShared(file));
        QVERIFY2(doc.ok(), doc.ok() ? "" : qPrintable(doc.error().message));
        const QString fixed = u"FREQ=D,CURRENCY=%1,CURRENCY_DENOM=EUR,EXR_TYPE=SP00,EXR_SUFFIX=A,TIME_PERIOD=%2 %3 status=A"_qs;
        const QStringList expected = {
            fixed.arg(u"NZD", u"2013-01-18", u"1.5931"),
            fixed.arg(u"NZD", u"2013-01-21", u"1.5925"),
            fixed.arg(u"RUB", u"2013-01-18", u"40.3426"),
            fixed.arg(u"RUB", u"2013-01-21", u"40.3"),
        };
        QCOMPARE(cells(*doc), expected);
        QCOMPARE(doc->dimensions.last().role, DimensionRole::Time);
        QCOMPARE(doc->dimensionOfRole(DimensionRole::Geo), -1);
        QCOMPARE(doc->dimensions[1].categories[0].label.value(u"en"_qs), u"New Zealand dollar"_qs);
        QCOMPARE(doc->statusLabels.value(u"A"_qs).value(u"en"_qs), u"Normal value"_qs);
        QCOMPARE(doc->format, file.startsWith(u"v1.0") ? u"sdmx-json 1.0"_qs : u"sdmx-json 2.1"_qs);
        QVERIFY(doc->warnings.isEmpty());
    }

    // The Replace data set writes RUB on both days; the Delete one marks NZD of the 18th deleted.
    // The sample's OBS_STATUS index 1 has no value: read as no status, with a warning.
    void readsTheDeleteSamples()
    {
        if (!test::hasSharedData())
            QSKIP("../shared/data is not beside this checkout");
        for (const char *file : {"v1.0-exr-action-delete.json", "v2.1-exr-action-delete.json"}) {
            const auto doc = SdmxJsonReader::read(readShared(QString::fromLatin1(file)));
            QVERIFY2(doc.ok(), doc.ok() ? file : qPrintable(doc.error().message));
            const QString fixed = u"FREQ=D,CURRENCY=%1,CURRENCY_DENOM=EUR,EXR_TYPE=SP00,EXR_SUFFIX=A,TIME_PERIOD=%2 %3"_qs;
            QCOMPARE(cells(*doc),
                     (QStringList{fixed.arg(u"NZD", u"2013-01-18", u"null deleted"), fixed.arg(u"RUB", u"2013-01-18", u"40.3426"),
                                  fixed.arg(u"RUB", u"2013-01-21", u"40.3")}));
            QCOMPARE(doc->warnings.size(), 1);
            QVERIFY(doc->warnings.first().contains(u"OBS_STATUS"));
        }
    }

    // UNIT_MULT 3 applied (thousands of tonnes to tonnes), UNIT_MEASURE and DECIMALS on every
    // category, REF_AREA the Geo dimension; 1.0 names the data-set level "dataset" and leaves
    // the data set's attributes and OBS_STATUS (default A) out.
    void readsTheAgricultureSamples()
    {
        if (!test::hasSharedData())
            QSKIP("../shared/data is not beside this checkout");
        const auto v2 = SdmxJsonReader::read(readShared(u"v2.1-agri.json"_qs));
        QVERIFY2(v2.ok(), v2.ok() ? "" : qPrintable(v2.error().message));
        const auto v1 = SdmxJsonReader::read(readShared(u"v1.0-agri.json"_qs));
        QVERIFY2(v1.ok(), v1.ok() ? "" : qPrintable(v1.error().message));
        QCOMPARE(v2->cellCount(), 12);
        QCOMPARE(v1->cellCount(), 8);
        for (const auto *doc : {&*v1, &*v2}) {
            QCOMPARE(doc->dimensions[0].id, u"REF_AREA"_qs);
            QCOMPARE(doc->dimensions[0].role, DimensionRole::Geo);
            QCOMPARE(doc->dimensions[2].role, DimensionRole::Time);
            QCOMPARE(*doc->value(0), 350154.0);
            // Every category with cells; v1.0 lists Cambodia but has no observation of it.
            for (qsizetype cell = 0; cell < doc->cellCount(); ++cell) {
                for (int d = 0; d < doc->dimensions.size(); ++d) {
                    const StatCategory &c = doc->dimensions[d].categories[doc->category(cell, d)];
                    QCOMPARE(c.unitSymbol, u"TONES"_qs);
                    QCOMPARE(c.unit.value(u"en"_qs), u"Tones"_qs);
                    QCOMPARE(c.unitMultiplier, 0);
                    QCOMPARE(c.decimals, std::optional<int>(0));
                }
            }
        }
        QVERIFY(cells(*v1).first().startsWith(u"REF_AREA=ASIKHM001,FREQ=A,TIME_PERIOD=2014 350154 status=A"));
        QVERIFY(cells(*v2).contains(u"REF_AREA=ASIKHM,FREQ=A,TIME_PERIOD=2017 5541424"_qs));
        // The v1.0 cells are those of v2.1 (which has Cambodia as well), but for the default status.
        QStringList v1Values = cells(*v1).replaceInStrings(u" status=A"_qs, QString());
        for (const QString &line : std::as_const(v1Values))
            QVERIFY2(cells(*v2).contains(line), qPrintable(line));
    }

    void readsEveryLayoutAlike()
    {
        for (const QByteArray &m : {seriesMessage(), flatMessage(), crossSectionMessage()}) {
            const auto doc = SdmxJsonReader::read(m);
            QVERIFY2(doc.ok(), doc.ok() ? "" : qPrintable(doc.error().message));
            QCOMPARE(cells(*doc), kExpected);
            QCOMPARE(doc->dimensions[1].categories[0].label, (LocalizedText{{u"vi"_qs, u"GDP"_qs}, {u"en"_qs, u"GDP"_qs}}));
            QCOMPARE(doc->dimensions[2].categories[0].label, (LocalizedText{{u"vi"_qs, u"Hà Nội"_qs}}));
            QCOMPARE(doc->dimensions[1].role, DimensionRole::Other);
            QCOMPARE(doc->dimensions[2].role, DimensionRole::Geo);
            QCOMPARE(doc->dimensions[3].role, DimensionRole::Time);
            QCOMPARE(doc->label, (LocalizedText{{u"vi"_qs, u"Thử"_qs}}));
            QCOMPARE(doc->statusLabels.value(u"P"_qs).value(u"en"_qs), u"Provisional"_qs);
            QCOMPARE(doc->id, u"T"_qs);
            QCOMPARE(doc->source, u"GSO"_qs);
            QCOMPARE(doc->updated, QDateTime(QDate(2025, 7, 1), QTime(0, 0), Qt::UTC));
        }
    }

    // Members in an order other than structure first, data-set members before the observations,
    // series attributes before the observations: read the same.
    void readsMembersInAnyOrder()
    {
        const QByteArray late = R"({"data":{"dataSets":[{"series":{
            "0:0":{"observations":{"0":[0,0],"1":[1250.5,1]}},
            "0:1":{"observations":{"0":[-7.25,null]}},
            "1:0":{"observations":{"0":[103.2,0],"1":[null,0]}},
            "1:1":{"observations":{"0":[104,0,7]}}},"action":"Replace","structure":0}],
            "structures":[{"name":"Thử","dimensions":)"
            + QByteArray(kSeriesDimensions) + R"(,"attributes":)" + kStatus + R"(}]},"meta":{"id":"T"}})";
        const auto doc = SdmxJsonReader::read(late);
        QVERIFY2(doc.ok(), doc.ok() ? "" : qPrintable(doc.error().message));
        QCOMPARE(cells(*doc), kExpected);

        // The action after the observations still deletes them.
        const QByteArray deleteLate = message(kSeriesDimensions, "{}", R"([{"series":{"0:0":{"observations":{"0":[]}}},"action":"Delete"}])");
        const auto deleted = SdmxJsonReader::read(deleteLate);
        QVERIFY(deleted.ok());
        QCOMPARE(cells(*deleted), QStringList{u"FREQ=M,INDICATOR=GDP,REF_AREA=VN-HN,TIME_PERIOD=2025-01 null deleted"_qs});

        // A series' attributes after its observations.
        const char *seriesStatus = R"({"series":[{"id":"OBS_STATUS","values":[{"id":"A"},{"id":"E"}]}]})";
        const auto series = SdmxJsonReader::read(
            message(kSeriesDimensions, seriesStatus, R"([{"series":{"1:1":{"observations":{"0":[5],"1":[6]},"attributes":[1]}}}])"));
        QVERIFY(series.ok());
        QCOMPARE(cells(*series),
                 (QStringList{u"FREQ=M,INDICATOR=CPI,REF_AREA=VN-SG,TIME_PERIOD=2025-01 5 status=E"_qs,
                              u"FREQ=M,INDICATOR=CPI,REF_AREA=VN-SG,TIME_PERIOD=2025-02 6 status=E"_qs}));
    }

    // SDMX-JSON 1.0 as the ECB serves it: header, structure and dataSets at the top; `name` as
    // an object by language, as 1.0 drafts write it.
    void readsVersionOneAtTheTop()
    {
        const QByteArray m = R"({"header":{"id":"X","prepared":"2012-11-29T08:40:26Z","sender":{"id":"ECB","name":"European Central Bank"}},
            "structure":{"name":"EXR","dimensions":{"series":[{"id":"CURRENCY","keyPosition":0,"name":{"en":"Currency","fr":"Devise"},
              "values":[{"id":"USD","name":{"en":"US dollar","fr":"Dollar des États-Unis"}}]}],
              "observation":[{"id":"TIME_PERIOD","role":"time","values":[{"id":"2013-01-18"}]}]},
              "attributes":{"dataSet":[],"series":[],"observation":[]}},
            "dataSets":[{"action":"Information","series":{"0":{"observations":{"0":[1.3]}}}}]})";
        const auto doc = SdmxJsonReader::read(m);
        QVERIFY2(doc.ok(), doc.ok() ? "" : qPrintable(doc.error().message));
        QCOMPARE(cells(*doc), QStringList{u"CURRENCY=USD,TIME_PERIOD=2013-01-18 1.3"_qs});
        QCOMPARE(doc->source, u"European Central Bank"_qs);
        QCOMPARE(doc->format, u"sdmx-json 1.0"_qs);
        QCOMPARE(doc->dimensions[1].role, DimensionRole::Time);
        QCOMPARE(doc->dimensions[0].label, (LocalizedText{{u"en"_qs, u"Currency"_qs}, {u"fr"_qs, u"Devise"_qs}}));
        QCOMPARE(doc->dimensions[0].categories[0].label,
                 (LocalizedText{{u"en"_qs, u"US dollar"_qs}, {u"fr"_qs, u"Dollar des États-Unis"_qs}}));
        QCOMPARE(doc->label, (LocalizedText{{QString(), u"EXR"_qs}})); // no content language given
    }

    void readsEveryPeriodForm_data()
    {
        QTest::addColumn<QString>("period");
        for (const char *p :
             {"2025", "2025-S1", "2025-Q3", "2025-M07", "2025-07", "2025-W27", "2025-07-14", "2025-01-01/P1Y", "2025-A1", "2025-D195"})
            QTest::newRow(p) << QString::fromLatin1(p);
    }

    // Each kept as the source wrote it; the code mapping reads it into a period.
    void readsEveryPeriodForm()
    {
        QFETCH(QString, period);
        const auto doc = SdmxJsonReader::read(periodMessage(period));
        QVERIFY2(doc.ok(), doc.ok() ? "" : qPrintable(doc.error().message));
        QCOMPARE(doc->dimensions[0].role, DimensionRole::Time);
        QCOMPARE(doc->dimensions[0].categories[0].id, period);
        QCOMPARE(doc->cellCount(), 1);
    }

    void refusesWhatIsNoPeriod_data()
    {
        QTest::addColumn<QString>("period");
        QTest::addColumn<QString>("rule");
        QTest::newRow("a year from July") << u"2025-07-01/P1Y"_qs << u"PERIOD_NOT_WHOLE"_qs;
        QTest::newRow("two years") << u"2025-01-01/P2Y"_qs << u"PERIOD_NOT_WHOLE"_qs;
        QTest::newRow("words") << u"sometime"_qs << u"PERIOD_UNREADABLE"_qs;
        QTest::newRow("month 13") << u"2025-13"_qs << u"PERIOD_UNREADABLE"_qs;
    }

    // The periods are the structure's: one that is none refuses the message, naming it.
    void refusesWhatIsNoPeriod()
    {
        QFETCH(QString, period);
        QFETCH(QString, rule);
        const auto doc = SdmxJsonReader::read(periodMessage(period));
        QVERIFY(!doc.ok());
        QCOMPARE(doc.error().rule, rule);
        QVERIFY(doc.error().message.contains(u"TIME_PERIOD"));
        QVERIFY(doc.error().message.contains(period));
    }

    // OBS_STATUS at each level the message may give it: observation, series, dimension group,
    // data set; left out, its default; null, none.
    void readsAttributesAtEveryLevel()
    {
        const char *seriesLevel = R"({"series":[{"id":"STATUS","roles":["OBS_STATUS"],"values":[{"id":"A"},{"id":"P"}]}]})";
        auto doc = SdmxJsonReader::read(message(
            kSeriesDimensions, seriesLevel, R"([{"series":{"0:0":{"attributes":[1],"observations":{"0":[1]}},"0:1":{"observations":{"0":[2]}}}}])"));
        QVERIFY(doc.ok());
        QCOMPARE(doc->status(0), u"P"_qs);
        QCOMPARE(doc->status(1), QString());

        const char *dataSetLevel = R"({"dataSet":[{"id":"OBS_STATUS","values":[{"id":"E"},{"id":"F"}]}]})";
        doc = SdmxJsonReader::read(message(kSeriesDimensions, dataSetLevel, R"([{"attributes":[1],"series":{"0:0":{"observations":{"0":[1]}}}}])"));
        QVERIFY(doc.ok());
        QCOMPARE(doc->status(0), u"F"_qs);

        const char *defaulted = R"({"observation":[{"id":"OBS_STATUS","default":"P","values":[{"id":"A"},{"id":"P"}]}]})";
        doc =
            SdmxJsonReader::read(message(kSeriesDimensions, defaulted, R"([{"series":{"0:0":{"observations":{"0":[1],"1":[2,null],"2":[3,0]}}}}])"));
        QVERIFY(!doc.ok()); // observation 2 is beyond TIME_PERIOD's two values
        QCOMPARE(doc.error().rule, u"SDMX_KEY_OUT_OF_RANGE"_qs);
        QVERIFY(doc.error().message.contains(u"series \"0:0\", observation \"2\""));
        doc = SdmxJsonReader::read(message(kSeriesDimensions, defaulted,
                                           R"([{"series":{"0:0":{"observations":{"0":[1],"1":[2,null]}},"0:1":{"observations":{"0":[3,0]}}}}])"));
        QVERIFY(doc.ok());
        QCOMPARE(doc->status(0), u"P"_qs);
        QCOMPARE(doc->status(1), QString());
        QCOMPARE(doc->status(2), u"A"_qs);

        // A group of INDICATOR=CPI over every area and month.
        const char *grouped = R"({"dimensionGroup":[{"id":"OBS_STATUS","relationship":{"dimensions":["INDICATOR"]},"values":[{"id":"E"}]}]})";
        doc = SdmxJsonReader::read(
            message(kSeriesDimensions, grouped,
                    R"([{"dimensionGroupAttributes":{":1::":[0]},"series":{"0:0":{"observations":{"0":[1]}},"1:1":{"observations":{"1":[2]}}}}])"));
        QVERIFY2(doc.ok(), doc.ok() ? "" : qPrintable(doc.error().message));
        QCOMPARE(cells(*doc),
                 (QStringList{u"FREQ=M,INDICATOR=CPI,REF_AREA=VN-SG,TIME_PERIOD=2025-02 2 status=E"_qs,
                              u"FREQ=M,INDICATOR=GDP,REF_AREA=VN-HN,TIME_PERIOD=2025-01 1"_qs}));

        // An attribute without a code list takes its value as given.
        const char *direct = R"({"observation":[{"id":"OBS_STATUS"}]})";
        doc = SdmxJsonReader::read(message(kSeriesDimensions, direct, R"([{"series":{"0:0":{"observations":{"0":[1,"B"]}}}}])"));
        QVERIFY(doc.ok());
        QCOMPARE(doc->status(0), u"B"_qs);
    }

    // The unit goes on the categories it belongs to: here it varies by indicator (a series
    // attribute), so the indicators carry it and the areas and months do not.
    void putsUnitsOnTheirCategories()
    {
        const char *attributes = R"({"dataSet":[{"id":"DECIMALS","values":[{"id":"1"}]}],
            "dimensionGroup":[{"id":"UNIT_MEASURE","relationship":{"dimensions":["INDICATOR"]},
              "values":[{"id":"VND_BN","names":{"vi":"tỷ đồng","en":"VND billion"}},{"id":"PC","name":"%"}]}]})";
        const auto doc = SdmxJsonReader::read(message(kSeriesDimensions, attributes, R"([{"attributes":[0],
            "dimensionGroupAttributes":{":0::":[0],":1::":[1]},
            "series":{"0:0":{"observations":{"0":[1]}},"0:1":{"observations":{"0":[2]}},"1:0":{"observations":{"0":[3],"1":[4]}}}}])"));
        QVERIFY2(doc.ok(), doc.ok() ? "" : qPrintable(doc.error().message));
        const StatDimension &indicator = doc->dimensions[1];
        QCOMPARE(indicator.categories[0].unitSymbol, u"VND_BN"_qs);
        QCOMPARE(indicator.categories[0].unit.value(u"vi"_qs), u"tỷ đồng"_qs);
        QCOMPARE(indicator.categories[1].unitSymbol, u"PC"_qs);
        QCOMPARE(indicator.categories[1].unit.value(u"vi"_qs), u"%"_qs);
        QCOMPARE(indicator.categories[1].decimals, std::optional<int>(1));
        QCOMPARE(doc->dimensions[2].categories[0].unitSymbol, QString()); // Hà Nội has both units
        QCOMPARE(doc->dimensions[0].categories[0].unitSymbol, QString());
        QCOMPARE(doc->dimensions[0].categories[0].decimals, std::optional<int>(1));
        QVERIFY(doc->warnings.isEmpty());

        // A unit that changes within every dimension's categories is on none, and said.
        const char *perObservation = R"({"observation":[{"id":"UNIT_MEASURE","values":[{"id":"A"},{"id":"B"}]}]})";
        const auto mixed = SdmxJsonReader::read(
            message(kSeriesDimensions, perObservation,
                    R"([{"series":{"0:0":{"observations":{"0":[1,0],"1":[2,1]}},"1:0":{"observations":{"0":[3,1],"1":[4,0]}}}}])"));
        QVERIFY(mixed.ok());
        QCOMPARE(mixed->warnings.size(), 1);
        QVERIFY(mixed->warnings.first().contains(u"UNIT_MEASURE"));
    }

    // UNIT_MULT at each level, exactly: the value in base units, unitMultiplier 0.
    void appliesTheUnitMultiplier()
    {
        const char *dataSetLevel = R"({"dataSet":[{"id":"UNIT_MULT","values":[{"id":"3"},{"id":"-2"},{"id":"6"}]}],
            "series":[{"id":"DECIMALS","values":[{"id":"1"},{"id":"2"}]}]})";
        auto doc = SdmxJsonReader::read(message(kSeriesDimensions, dataSetLevel,
                                                R"([{"attributes":[0],"series":{"0:0":{"attributes":[0],"observations":{"0":[350.154],"1":[0.1]}}}},
                                                    {"attributes":[1],"series":{"0:1":{"attributes":[1],"observations":{"0":[12345]}}}},
                                                    {"attributes":[2],"series":{"1:0":{"observations":{"0":[null],"1":[1.1]}}}}])"));
        QVERIFY2(doc.ok(), doc.ok() ? "" : qPrintable(doc.error().message));
        QCOMPARE(*doc->value(0), 350154.0);
        QCOMPARE(*doc->value(1), 100.0);
        QCOMPARE(*doc->value(2), 123.45);
        QVERIFY(!doc->value(3));
        QCOMPARE(*doc->value(4), 1100000.0);
        QCOMPARE(doc->dimensions[2].categories[1].decimals, std::optional<int>(4)); // 2 decimals of hundredths
        QCOMPARE(doc->dimensions[1].categories[1].decimals, std::nullopt);          // CPI has none
        for (const StatDimension &d : doc->dimensions) {
            for (const StatCategory &c : d.categories)
                QCOMPARE(c.unitMultiplier, 0);
        }

        const char *observationLevel = R"({"observation":[{"id":"UNIT_MULT"}]})";
        doc = SdmxJsonReader::read(
            message(kSeriesDimensions, observationLevel, R"([{"series":{"0:0":{"observations":{"0":[2.5,9],"1":[2.5,"-1"]}}}}])"));
        QVERIFY(doc.ok());
        QCOMPARE(*doc->value(0), 2.5e9);
        QCOMPARE(*doc->value(1), 0.25);
    }

    void refusesBadAttributes_data()
    {
        QTest::addColumn<QByteArray>("attributes");
        QTest::addColumn<QByteArray>("observations");
        QTest::addColumn<QString>("rule");
        const QByteArray mult = R"({"observation":[{"id":"UNIT_MULT","values":[{"id":"3"},{"id":"lots"},{"id":"40"}]}]})";
        QTest::newRow("multiplier index") << mult << QByteArray(R"({"0":[1,3]})") << u"SDMX_ATTRIBUTE_OUT_OF_RANGE"_qs;
        QTest::newRow("multiplier text") << mult << QByteArray(R"({"0":[1,1]})") << u"SDMX_UNIT_MULT_INVALID"_qs;
        QTest::newRow("multiplier too big") << mult << QByteArray(R"({"0":[1,2]})") << u"SDMX_UNIT_MULT_INVALID"_qs;
        QTest::newRow("beyond a double") << mult << QByteArray(R"({"0":[1e306,0]})") << u"SDMX_VALUE_OUT_OF_RANGE"_qs;
        QTest::newRow("multiplier nested") << mult << QByteArray(R"({"0":[1,[3]]})") << u"SDMX_ATTRIBUTE_INVALID"_qs;
        const QByteArray unit = R"({"observation":[{"id":"UNIT_MEASURE","values":[{"id":"VND"}]}]})";
        QTest::newRow("unit index") << unit << QByteArray(R"({"0":[1,1]})") << u"SDMX_ATTRIBUTE_OUT_OF_RANGE"_qs;
        QTest::newRow("value text") << unit << QByteArray(R"({"0":["1,5"]})") << u"SDMX_VALUE_NOT_NUMBER"_qs;
        QTest::newRow("value true") << unit << QByteArray(R"({"0":[true]})") << u"SDMX_VALUE_NOT_NUMBER"_qs;
        QTest::newRow("value object") << unit << QByteArray(R"({"0":[{"v":1}]})") << u"SDMX_VALUE_NOT_NUMBER"_qs;
        QTest::newRow("value infinity") << unit << QByteArray(R"({"0":["inf"]})") << u"SDMX_VALUE_NOT_NUMBER"_qs;
    }

    void refusesBadAttributes()
    {
        QFETCH(QByteArray, attributes);
        QFETCH(QByteArray, observations);
        QFETCH(QString, rule);
        const auto doc =
            SdmxJsonReader::read(message(kSeriesDimensions, attributes, R"([{"series":{"0:0":{"observations":)" + observations + "}}}]"));
        QVERIFY(!doc.ok());
        QCOMPARE(doc.error().rule, rule);
        QVERIFY2(doc.error().message.contains(u"Data set 0, series \"0:0\", observation \"0\""), qPrintable(doc.error().message));
    }

    // A null value is missing, never zero; SDMX's NaN too; a number written as text is a number.
    void readsMissingValues()
    {
        const auto doc = SdmxJsonReader::read(
            message(kSeriesDimensions, "{}",
                    R"([{"series":{"0:0":{"observations":{"0":[null],"1":["NaN"]}},"0:1":{"observations":{"0":["-1.5e2"],"1":[]}}}}])"));
        QVERIFY(doc.ok());
        QVERIFY(!doc->value(0));
        QVERIFY(!doc->value(1));
        QCOMPARE(*doc->value(2), -150.0);
        QVERIFY(!doc->value(3));
    }

    void readsActions()
    {
        for (const char *action : {"Information", "Append", "Replace", "Merge", "replace"}) {
            const QByteArray sets = QByteArray("[{\"action\":\"") + action + "\",\"series\":{\"0:0\":{\"observations\":{\"0\":[1]}}}}]";
            const auto doc = SdmxJsonReader::read(message(kSeriesDimensions, "{}", sets));
            QVERIFY2(doc.ok(), action);
            QVERIFY(!doc->isDeleted(0));
        }
        const auto deleted = SdmxJsonReader::read(message(kFlatDimensions, "{}", R"([{"action":"Delete","observations":{"0:0:0":[],"1:1:1":[5]}}])"));
        QVERIFY(deleted.ok());
        QVERIFY(deleted->isDeleted(0) && deleted->isDeleted(1));
        QVERIFY(!deleted->value(0));

        const auto unknown = SdmxJsonReader::read(message(kSeriesDimensions, "{}", R"([{"action":"Upsert","series":{}}])"));
        QCOMPARE(unknown.error().rule, u"SDMX_ACTION_UNKNOWN"_qs);
        const auto wholeSeries = SdmxJsonReader::read(message(kSeriesDimensions, "{}", R"([{"action":"Delete","series":{"0:1":{}}}])"));
        QCOMPARE(wholeSeries.error().rule, u"SDMX_DELETE_WITHOUT_OBSERVATIONS"_qs);
        QVERIFY(wholeSeries.error().message.contains(u"\"0:1\""));
        const auto wholeSet = SdmxJsonReader::read(message(kSeriesDimensions, "{}", R"([{"action":"Delete"}])"));
        QCOMPARE(wholeSet.error().rule, u"SDMX_DELETE_WITHOUT_OBSERVATIONS"_qs);
    }

    // A message without data sets' observations still has its dimensions.
    void readsAMessageWithoutObservations()
    {
        const auto doc = SdmxJsonReader::read(message(kSeriesDimensions, kStatus, "[]"));
        QVERIFY(doc.ok());
        QCOMPARE(doc->cellCount(), 0);
        QCOMPARE(doc->dimensions.size(), 4);
    }

    void refusesMalformedMessages_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("place");
        QTest::newRow("empty") << QByteArray() << u"SDMX_NOT_JSON"_qs << QString();
        QTest::newRow("truncated") << seriesMessage().left(300) << u"SDMX_NOT_JSON"_qs << QString();
        QTest::newRow("CSV") << QByteArray("indicator,unit\n") << u"SDMX_NOT_JSON"_qs << QString();
        QTest::newRow("bad UTF-8") << QByteArray("{\"meta\":\"\xff\"}") << u"SDMX_NOT_JSON"_qs << QString();
        QTest::newRow("a list") << QByteArray("[1,2]") << u"SDMX_NOT_A_MESSAGE"_qs << QString();
        QTest::newRow("nothing") << QByteArray("{}") << u"SDMX_NO_DATASETS"_qs << QString();
        QTest::newRow("errors") << QByteArray(R"({"meta":{},"errors":[{"code":404,"title":"No results found"}]})") << u"SDMX_ERROR_MESSAGE"_qs
                                << u"No results found"_qs;
        QTest::newRow("deep") << QByteArray(100000, '[') << u"SDMX_TOO_DEEP"_qs << QString();
        QTest::newRow("deep in data") << message(kSeriesDimensions, "{}", QByteArray("[{\"series\":{\"0:0\":{\"x\":") + QByteArray(500, '['))
                                      << u"SDMX_TOO_DEEP"_qs << QString();
        QTest::newRow("no structure") << QByteArray(R"({"data":{"dataSets":[{"series":{"0":{"observations":{"0":[1]}}}}]}})")
                                      << u"SDMX_NO_STRUCTURE"_qs << QString();
        QTest::newRow("structure index") << message(kSeriesDimensions, "{}", R"([{"structure":3,"series":{}}])") << u"SDMX_STRUCTURE_OUT_OF_RANGE"_qs
                                         << u"Data set 0"_qs;
        QTest::newRow("no dimensions") << message("[]", "{}", "[]") << u"SDMX_NO_STRUCTURE"_qs << QString();
        QTest::newRow("dimension without id") << message(R"({"series":[{"values":[]}]})", "{}", "[]") << u"SDMX_DIMENSION_INVALID"_qs
                                              << u"Dimension 0"_qs;
        QTest::newRow("value without id") << message(R"({"series":[{"id":"A","values":[{"name":"x"}]}]})", "{}", "[]") << u"SDMX_DIMENSION_INVALID"_qs
                                          << u"Value 0"_qs;
        QTest::newRow("value twice") << message(R"({"series":[{"id":"A","values":[{"id":"x"},{"id":"x"}]}]})", "{}", "[]")
                                     << u"SDMX_DIMENSION_INVALID"_qs << u"\"x\""_qs;
        QTest::newRow("dimension twice") << message(R"({"series":[{"id":"A","values":[]}],"observation":[{"id":"A","values":[]}]})", "{}", "[]")
                                         << u"SDMX_DIMENSION_INVALID"_qs << u"\"A\""_qs;
        QTest::newRow("data-set dimension of two values")
            << message(R"({"dataSet":[{"id":"A","values":[{"id":"x"},{"id":"y"}]}]})", "{}", "[]") << u"SDMX_DIMENSION_INVALID"_qs << u"\"A\""_qs;
        QByteArray many = R"({"observation":[)";
        for (int i = 0; i < 40; ++i)
            many += (i ? "," : "") + QByteArray("{\"id\":\"D") + QByteArray::number(i) + "\",\"values\":[{\"id\":\"x\"}]}";
        QTest::newRow("too many dimensions") << message(many + "]}", "{}", "[]") << u"SDMX_TOO_MANY_DIMENSIONS"_qs << QString();
        QTest::newRow("two measures") << message(kSeriesDimensions, "{}", "[]",
                                                 R"(,"measures":{"observation":[{"id":"OBS_VALUE"},{"id":"OBS_NOTE"}]})")
                                      << u"SDMX_MANY_MEASURES"_qs << QString();
        QTest::newRow("attribute without id") << message(kSeriesDimensions, R"({"series":[{"values":[]}]})", "[]") << u"SDMX_ATTRIBUTE_INVALID"_qs
                                              << QString();
        QTest::newRow("flat in a series structure")
            << message(kSeriesDimensions, "{}", R"([{"observations":{"0":[1]}}])") << u"SDMX_LAYOUT_MISMATCH"_qs << u"\"INDICATOR\""_qs;
        QTest::newRow("series key out of range") << message(kSeriesDimensions, "{}", R"([{"series":{"0:2":{"observations":{"0":[1]}}}}])")
                                                 << u"SDMX_KEY_OUT_OF_RANGE"_qs << u"series \"0:2\""_qs;
        QTest::newRow("series key too short") << message(kSeriesDimensions, "{}", R"([{"series":{"0":{}}}])") << u"SDMX_KEY_INVALID"_qs
                                              << u"\"0\""_qs;
        QTest::newRow("series key too long") << message(kSeriesDimensions, "{}", R"([{"series":{"0:0:0":{}}}])") << u"SDMX_KEY_INVALID"_qs
                                             << QString();
        QTest::newRow("series key not a number") << message(kSeriesDimensions, "{}", R"([{"series":{"0:x":{}}}])") << u"SDMX_KEY_INVALID"_qs
                                                 << QString();
        QTest::newRow("series key huge") << message(kSeriesDimensions, "{}", R"([{"series":{"0:99999999999999999999":{}}}])")
                                         << u"SDMX_KEY_OUT_OF_RANGE"_qs << QString();
        QTest::newRow("observation key out of range")
            << message(kFlatDimensions, "{}", R"([{"observations":{"0:0:9":[1]}}])") << u"SDMX_KEY_OUT_OF_RANGE"_qs << u"observation \"0:0:9\""_qs;
        QTest::newRow("observation key negative") << message(kFlatDimensions, "{}", R"([{"observations":{"0:-1:0":[1]}}])") << u"SDMX_KEY_INVALID"_qs
                                                  << QString();
        QTest::newRow("observation an object") << message(kFlatDimensions, "{}", R"([{"observations":{"0:0:0":{"v":1}}}])")
                                               << u"SDMX_OBSERVATION_INVALID"_qs << QString();
        QTest::newRow("observation a number") << message(kFlatDimensions, "{}", R"([{"observations":{"0:0:0":1}}])") << u"SDMX_OBSERVATION_INVALID"_qs
                                              << QString();
        QTest::newRow("series a list") << message(kSeriesDimensions, "{}", R"([{"series":[1]}])") << u"SDMX_OBSERVATION_INVALID"_qs << QString();
        QTest::newRow("group key") << message(kSeriesDimensions, R"({"dimensionGroup":[{"id":"OBS_STATUS","values":[{"id":"A"}]}]})",
                                              R"([{"dimensionGroupAttributes":{"0:0":[0]},"series":{}}])")
                                   << u"SDMX_KEY_INVALID"_qs << u"group \"0:0\""_qs;
        QTest::newRow("data-set attributes") << message(kSeriesDimensions, "{}", R"([{"attributes":{"a":1},"series":{}}])")
                                             << u"SDMX_ATTRIBUTE_INVALID"_qs << QString();
        const QByteArray two = R"({"data":{"structures":[{"dimensions":{"observation":[{"id":"A","values":[{"id":"x"}]}]},"dataSets":[0]},
            {"dimensions":{"observation":[{"id":"B","values":[{"id":"y"}]}]},"dataSets":[1]}],
            "dataSets":[{"observations":{"0":[1]}},{"observations":{"0":[2]}}]}})";
        QTest::newRow("two structures") << two << u"SDMX_MANY_STRUCTURES"_qs << u"Data set 1"_qs;
    }

    void refusesMalformedMessages()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, rule);
        QFETCH(QString, place);
        const auto doc = SdmxJsonReader::read(input);
        QVERIFY(!doc.ok());
        QCOMPARE(doc.error().code, Error::Code::Invalid);
        QCOMPARE(doc.error().rule, rule);
        QVERIFY2(doc.error().message.contains(place), qPrintable(doc.error().message));
    }

    // What a message echoes is short and has no control characters.
    void quotesInputSafely()
    {
        const QByteArray longKey = "0:" + QByteArray(5000, '7') + "\\u001b[31m";
        const auto doc = SdmxJsonReader::read(message(kSeriesDimensions, "{}", "[{\"series\":{\"" + longKey + "\":{}}}]"));
        QVERIFY(!doc.ok());
        QVERIFY(doc.error().message.size() < 300);
        const auto escaped = SdmxJsonReader::read(message(kSeriesDimensions, "{}", "[{\"action\":\"\\u001b[2J\",\"series\":{}}]"));
        QCOMPARE(escaped.error().rule, u"SDMX_ACTION_UNKNOWN"_qs);
        QVERIFY(!escaped.error().message.contains(QChar(0x1b)));
        QVERIFY(escaped.error().message.contains(u"\\u001b"));
    }

    // Every cut and a few thousand corruptions of a message: an answer each time, never a crash.
    void survivesDamagedMessages()
    {
        const QByteArray whole = seriesMessage();
        for (qsizetype n = 0; n < whole.size(); ++n)
            QVERIFY(!SdmxJsonReader::read(whole.left(n)).ok());
        QRandomGenerator random(11);
        for (int i = 0; i < 3000; ++i) {
            QByteArray damaged = whole;
            for (int k = 0; k < 3; ++k)
                damaged[random.bounded(int(damaged.size()))] = char(random.bounded(256));
            const auto doc = SdmxJsonReader::read(damaged);
            QVERIFY(doc.ok() || !doc.error().rule.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestSdmxJsonReader)
#include "tst_sdmxjsonreader.moc"
