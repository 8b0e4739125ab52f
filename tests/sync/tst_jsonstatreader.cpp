#include "sync/readers/jsonstatreader.h"

#include "core/csvparser.h"

#include "testdata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace dh;
using namespace Qt::StringLiterals;

namespace {

QByteArray sample(const QString &name)
{
    QFile file(test::sharedDataPath(u"formats/jsonstat/"_s + name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The cell at the given categories, or -1.
qsizetype cellAt(const StatDocument &doc, const QStringList &categories)
{
    for (qsizetype cell = 0; cell < doc.cellCount(); ++cell) {
        bool match = true;
        for (int d = 0; d < doc.dimensions.size() && match; ++d)
            match = doc.dimensions.at(d).categories.at(doc.category(cell, d)).id == categories.at(d);
        if (match)
            return cell;
    }
    return -1;
}

double valueAt(const StatDocument &doc, const QStringList &categories)
{
    const qsizetype cell = cellAt(doc, categories);
    return cell >= 0 && doc.value(cell) ? *doc.value(cell) : std::nan("");
}

QStringList allRules(const JsonStatResponse &response)
{
    QStringList rules = response.warningRules;
    for (const JsonStatDataset &d : response.datasets)
        rules += d.warningRules;
    return rules;
}

// A dataset of one dimension "x" with the given categories and value/status members.
QByteArray oneDimension(const QByteArray &categories, const QByteArray &rest, int size)
{
    return QByteArray(R"({"version":"2.0","class":"dataset","id":["x"],"size":[)") + QByteArray::number(size)
        + R"(],"dimension":{"x":{"category":{"index":)" + categories + "}}}," + rest + "}";
}

} // namespace

// The JSON-stat reader: the validator's corpus, the json-stat.org samples, and a small document
// for every shape the format allows, so that it is tested without the shared data too.
class TestJsonStatReader : public QObject
{
    Q_OBJECT

private slots:
    void validatorCorpus_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QVariant>("valid");
        if (!test::hasSharedData())
            QSKIP("../shared/data is not beside the checkout");
        const QJsonArray cases = QJsonDocument::fromJson(sample(u"validator-corpus-cases.json"_s)).array();
        QCOMPARE(cases.size(), 20);
        for (const QJsonValue &c : cases) {
            const QJsonObject o = c.toObject();
            const QJsonObject expected = o.value(u"expected").toObject();
            QTest::newRow(qPrintable(o.value(u"id").toString()))
                << QJsonDocument(o.value(u"input").toObject()).toJson(QJsonDocument::Compact) << o.value(u"group").toString()
                << expected.value(u"codes").toArray().at(0).toString() << expected.value(u"valid").toVariant();
        }
    }

    void validatorCorpus()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, group);
        QFETCH(QString, rule);
        QFETCH(QVariant, valid);
        const auto result = JsonStatReader::read(input);
        if (group == u"valid") {
            QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
            QVERIFY(allRules(*result).isEmpty());
        } else if (valid.isValid() && !valid.toBool()) {
            QVERIFY2(!result.ok(), qPrintable(rule));
            QCOMPARE(result.error().rule, rule);
            QVERIFY(!result.error().message.isEmpty());
        } else {
            // Warnings: the document is read, and says what is doubtful.
            QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
            QVERIFY2(allRules(*result).contains(rule), qPrintable(allRules(*result).join(u' ')));
        }
    }

    void oecd()
    {
        if (!test::hasSharedData())
            QSKIP("../shared/data is not beside the checkout");
        const auto result = JsonStatReader::read(sample(u"oecd.json"_s));
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
        QCOMPARE(result->responseClass, u"dataset"_s);
        QCOMPARE(result->datasets.size(), 1);
        const JsonStatDataset &dataset = result->datasets.first();
        const StatDocument &doc = dataset.document;
        QCOMPARE(doc.format, u"json-stat 2.0"_s);
        QCOMPARE(doc.cellCount(), 432);
        QCOMPARE(doc.dimensions.size(), 3);
        QCOMPARE(doc.dimensionOfRole(DimensionRole::Metric), 0);
        QCOMPARE(doc.dimensionOfRole(DimensionRole::Geo), 1);
        QCOMPARE(doc.dimensionOfRole(DimensionRole::Time), 2);
        QCOMPARE(valueAt(doc, {u"UNR"_s, u"AU"_s, u"2003"_s}), 5.943826289);
        QCOMPARE(valueAt(doc, {u"UNR"_s, u"AU"_s, u"2004"_s}), 5.39663128);
        QCOMPARE(valueAt(doc, {u"UNR"_s, u"IT"_s, u"2012"_s}), 10.55546863);
        QCOMPARE(valueAt(doc, {u"UNR"_s, u"US"_s, u"2014"_s}), 7.514930043);
        // The 2013 and 2014 figures are estimates: status "e" at those positions.
        QCOMPARE(doc.status(cellAt(doc, {u"UNR"_s, u"AU"_s, u"2013"_s})), u"e"_s);
        QCOMPARE(doc.status(cellAt(doc, {u"UNR"_s, u"AU"_s, u"2012"_s})), QString());
        // The concept dimension has no index: its one category comes from its label.
        const StatCategory &unr = doc.dimensions.at(0).categories.at(0);
        QCOMPARE(unr.id, u"UNR"_s);
        QCOMPARE(unr.label.value(QString()), u"unemployment rate"_s);
        QCOMPARE(unr.unit.value(QString()), u"%"_s);
        QCOMPARE(unr.decimals, std::optional(9));
        QCOMPARE(doc.dimensions.at(1).categories.at(0).label.value(QString()), u"Australia"_s);
        QCOMPARE(doc.updated, QDateTime(QDate(2012, 11, 27), QTime(0, 0), Qt::UTC));
        QVERIFY(doc.source.startsWith(u"Economic Outlook No 92"));
        QCOMPARE(dataset.notes.size(), 1);
        QCOMPARE(dataset.extension.value(u"contact").toString(), u"EcoOutlook@oecd.org"_s);
        // area: EU15 and OECD are country groups; a country may be in both.
        const StatDimension &area = doc.dimensions.at(1);
        const QList<int> oecdMembers = dataset.children.at(1).value(area.indexOf(u"OECD"));
        QVERIFY(oecdMembers.contains(area.indexOf(u"AU")));
        QVERIFY(oecdMembers.contains(area.indexOf(u"EU15")));
        QVERIFY(oecdMembers.contains(area.indexOf(u"DK")));
        QVERIFY(dataset.children.at(1).value(area.indexOf(u"EU15")).contains(area.indexOf(u"DK")));
    }

    void order()
    {
        if (!test::hasSharedData())
            QSKIP("../shared/data is not beside the checkout");
        const auto result = JsonStatReader::read(sample(u"order.json"_s));
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
        const JsonStatDataset &dataset = result->datasets.first();
        const StatDocument &doc = dataset.document;
        QCOMPARE(doc.cellCount(), 24);
        // The values are texts naming their own cell; the last dimension moves fastest. (The
        // sample itself writes A1B1C4 where A2B1C4 belongs, at position 11.)
        for (qsizetype cell = 0; cell < doc.cellCount(); ++cell) {
            QVERIFY(!doc.value(cell));
            const QString expected = u"A%1B%2C%3"_s.arg(doc.category(cell, 0) + 1).arg(doc.category(cell, 1) + 1).arg(doc.category(cell, 2) + 1);
            if (cell != 11)
                QCOMPARE(dataset.textValues.value(cell), expected);
        }
        QCOMPARE(dataset.textValues.value(11), u"A1B1C4"_s);
        QCOMPARE(doc.category(4, 1), 1);
        QCOMPARE(doc.category(8, 0), 1);
        QVERIFY(dataset.warningRules.contains(u"VALUE_NOT_NUMBER"_s));
    }

    void canada()
    {
        if (!test::hasSharedData())
            QSKIP("../shared/data is not beside the checkout");
        const auto result = JsonStatReader::read(sample(u"canada.json"_s));
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
        const StatDocument &doc = result->datasets.first().document;
        QCOMPARE(doc.cellCount(), 120);
        // country has no index, only a label naming its one category.
        QCOMPARE(doc.dimensions.at(0).categories.size(), 1);
        QCOMPARE(doc.dimensions.at(0).categories.at(0).id, u"CA"_s);
        QCOMPARE(valueAt(doc, {u"CA"_s, u"2012"_s, u"T"_s, u"POP"_s, u"T"_s}), 34880.5);
        // One status in an array: every cell's.
        for (qsizetype cell = 0; cell < doc.cellCount(); ++cell)
            QCOMPARE(doc.status(cell), u"a"_s);
        const StatCategory &pop = doc.dimensions.at(3).categories.at(0);
        QCOMPARE(pop.unit.value(QString()), u"thousands of persons"_s);
        QCOMPARE(pop.unitMultiplier, 3);
        QCOMPARE(pop.decimals, std::optional(1));
    }

    void usGsp()
    {
        if (!test::hasSharedData())
            QSKIP("../shared/data is not beside the checkout");
        const auto result = JsonStatReader::read(sample(u"us-gsp.json"_s));
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
        const StatDocument &doc = result->datasets.first().document;
        QCOMPARE(doc.cellCount(), 204);
        QCOMPARE(*doc.value(0), 174400.0);
        QCOMPARE(*doc.value(1), 1.2);
        QCOMPARE(*doc.value(2), 4.8);
        QCOMPARE(*doc.value(3), 36333.0);
        const StatDimension &metric = doc.dimensions.at(doc.dimensionOfRole(DimensionRole::Metric));
        const StatCategory &gsp = metric.categories.at(metric.indexOf(u"gsp"));
        QCOMPARE(gsp.unit.value(QString()), u"million"_s);
        QCOMPARE(gsp.unitSymbol, u"$"_s);
        QCOMPARE(gsp.unitMultiplier, 6);
        QCOMPARE(gsp.decimals, std::optional(0));
        const StatCategory &perc = metric.categories.at(metric.indexOf(u"perc"));
        QCOMPARE(perc.unitSymbol, u"%"_s);
        QCOMPARE(perc.decimals, std::optional(2));
        QVERIFY(result->datasets.first().warningRules.isEmpty());
    }

    void hierarchy()
    {
        if (!test::hasSharedData())
            QSKIP("../shared/data is not beside the checkout");
        const auto result = JsonStatReader::read(sample(u"hierarchy.json"_s));
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
        const JsonStatDataset &dataset = result->datasets.first();
        const StatDimension &commodity = dataset.document.dimensions.first();
        QCOMPARE(commodity.categories.size(), 132);
        QCOMPARE(dataset.children.first().size(), 45);
        const QList<int> top = dataset.children.first().value(commodity.indexOf(u"T"));
        QCOMPARE(top.size(), 11);
        QCOMPARE(top.first(), commodity.indexOf(u"1"));
        QCOMPARE(dataset.children.first().value(commodity.indexOf(u"1.1")).size(), 4);
        // A sparse value: one cell, not 132.
        QCOMPARE(dataset.document.cellCount(), 1);
    }

    void galicia()
    {
        if (!test::hasSharedData())
            QSKIP("../shared/data is not beside the checkout");
        const auto result = JsonStatReader::read(sample(u"galicia.json"_s));
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
        const StatDocument &doc = result->datasets.first().document;
        QCOMPARE(doc.cellCount(), 3960);
        QCOMPARE(doc.dimensions.size(), 6);
        QCOMPARE(doc.dimensions.at(doc.dimensionIndex(u"birth")).role, DimensionRole::Geo);
        QCOMPARE(doc.dimensions.at(doc.dimensionIndex(u"residence")).role, DimensionRole::Geo);
        QCOMPARE(doc.dimensionOfRole(DimensionRole::Time), 3);
        QCOMPARE(doc.updated, QDateTime(QDate(2012, 12, 27), QTime(12, 25, 9), Qt::UTC));
        // The last cell is the last category of every dimension.
        for (int d = 0; d < 6; ++d)
            QCOMPARE(doc.category(3959, d), doc.dimensions.at(d).categories.size() - 1);
    }

    void oecdCanadaBundle()
    {
        if (!test::hasSharedData())
            QSKIP("../shared/data is not beside the checkout");
        const auto result = JsonStatReader::read(sample(u"oecd-canada.json"_s));
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
        QCOMPARE(result->responseClass, u"bundle"_s);
        QCOMPARE(result->warningRules, QStringList{u"BUNDLE_DEPRECATED"_s});
        QCOMPARE(result->datasets.size(), 2);
        const StatDocument &oecd = result->datasets.at(0).document;
        QCOMPARE(oecd.id, u"oecd"_s);
        QCOMPARE(oecd.format, u"json-stat 1.0"_s);
        QCOMPARE(result->datasets.at(1).document.id, u"canada"_s);
        QVERIFY(result->datasets.at(0).warningRules.contains(u"BUNDLE_DEPRECATED"_s));

        // Cell by cell, as json-stat.org's own conversion to a table gives it: labels of the
        // dimensions as the header, labels of the categories (or their ids) in the rows.
        const QList<QStringList> table = readCsvTable(QString::fromUtf8(sample(u"oecd-canada-to_table.expected.csv"_s)));
        QCOMPARE(table.size(), 1 + oecd.cellCount());
        for (int d = 0; d < 3; ++d)
            QCOMPARE(table.at(0).at(d), oecd.dimensions.at(d).label.value(QString()));
        for (qsizetype cell = 0; cell < oecd.cellCount(); ++cell) {
            const QStringList &row = table.at(cell + 1);
            for (int d = 0; d < 3; ++d) {
                const StatCategory &c = oecd.dimensions.at(d).categories.at(oecd.category(cell, d));
                QCOMPARE(row.at(d), c.label.value(QString(), c.id));
            }
            QCOMPARE(*oecd.value(cell), row.at(3).toDouble());
        }
    }

    void collections()
    {
        if (!test::hasSharedData())
            QSKIP("../shared/data is not beside the checkout");
        const auto linked = JsonStatReader::read(sample(u"collection.json"_s));
        QVERIFY2(linked.ok(), linked.ok() ? "" : qPrintable(linked.error().message));
        QCOMPARE(linked->responseClass, u"collection"_s);
        QVERIFY(linked->datasets.isEmpty());
        QCOMPARE(linked->links.size(), 8);
        QCOMPARE(linked->links.first().href, u"http://json-stat.org/samples/oecd.json"_s);
        QCOMPARE(linked->links.first().itemClass, u"dataset"_s);
        QCOMPARE(linked->warningRules, QStringList{u"COLLECTION_ITEM_LINKED"_s});

        const auto embedded = JsonStatReader::read(sample(u"oecd-canada-col.json"_s));
        QVERIFY2(embedded.ok(), embedded.ok() ? "" : qPrintable(embedded.error().message));
        QCOMPARE(embedded->datasets.size(), 2);
        QVERIFY(embedded->links.isEmpty());
        QCOMPARE(embedded->datasets.at(0).document.cellCount(), 432);
        QCOMPARE(embedded->datasets.at(0).href, u"https://json-stat.org/samples/oecd.json"_s);
        QCOMPARE(valueAt(embedded->datasets.at(0).document, {u"UNR"_s, u"AU"_s, u"2003"_s}), 5.943826289);
        QCOMPARE(valueAt(embedded->datasets.at(1).document, {u"CA"_s, u"2012"_s, u"T"_s, u"POP"_s, u"T"_s}), 34880.5);
    }

    // Every rule, on a small document of its own.
    void refusals_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("place"); // what the message must name

        const QByteArray ab = R"(["a","b"])";
        QTest::newRow("not json") << QByteArray("{\"class\":") << u"JSON_INVALID"_s << u"byte"_s;
        QTest::newRow("not an object") << QByteArray("[1,2]") << u"NOT_JSONSTAT"_s << QString();
        QTest::newRow("empty object") << QByteArray("{}") << u"NOT_JSONSTAT"_s << QString();
        QTest::newRow("error response") << QByteArray(R"({"error":[{"status":"404","id":"nf","label":"table not found"}]})")
                                        << u"RESPONSE_ERROR"_s << u"table not found"_s;
        QTest::newRow("dimension class") << QByteArray(R"({"version":"2.0","class":"dimension","category":{"index":["a"]}})")
                                         << u"CLASS_UNSUPPORTED"_s << u"dimension"_s;
        QTest::newRow("no size") << QByteArray(R"({"class":"dataset","id":["x"],"dimension":{"x":{}},"value":[]})")
                                 << u"REQUIRED_MISSING"_s << u"size"_s;
        QTest::newRow("no value") << oneDimension(ab, R"("status":"a")", 2) << u"REQUIRED_MISSING"_s << u"value"_s;
        QTest::newRow("id size") << QByteArray(R"({"class":"dataset","id":["x","y"],"size":[1],"dimension":{},"value":[1]})")
                                 << u"ID_SIZE_LEN_MISMATCH"_s << QString();
        QTest::newRow("size negative") << QByteArray(R"({"class":"dataset","id":["x"],"size":[-1],"dimension":{"x":{}},"value":[]})")
                                       << u"TYPE_INVALID"_s << u"size"_s;
        QTest::newRow("id twice") << QByteArray(R"({"class":"dataset","id":["x","x"],"size":[1,1],"dimension":{"x":{}},"value":[1]})")
                                  << u"ID_DUPLICATE"_s << u"x"_s;
        QTest::newRow("dimension missing") << QByteArray(R"({"class":"dataset","id":["x"],"size":[1],"dimension":{"y":{}},"value":[1]})")
                                           << u"DIM_KEY_ID_MISMATCH"_s << u"x"_s;
        QTest::newRow("dimension extra") << oneDimension(ab, R"("value":[1,2])", 2).replace(R"("x":{)", R"("z":{},"x":{)")
                                         << u"DIM_KEY_ID_MISMATCH"_s << u"z"_s;
        QTest::newRow("overflow") << QByteArray(R"({"class":"dataset","id":["a","b","c"],"size":[4294967296,2147483647,4],)"
                                                R"("dimension":{"a":{},"b":{},"c":{}},"value":[]})")
                                  << u"SIZE_OVERFLOW"_s << u"c"_s;
        QTest::newRow("role unknown") << oneDimension(ab, R"("value":[1,2],"role":{"geo":["y"]})", 2) << u"ROLE_ID_UNKNOWN"_s << u"y"_s;
        QTest::newRow("no category") << QByteArray(R"({"class":"dataset","id":["x"],"size":[1],"dimension":{"x":{"label":"x"}},"value":[1]})")
                                     << u"REQUIRED_MISSING"_s << u"x"_s;
        QTest::newRow("no index, two labels")
            << QByteArray(R"({"class":"dataset","id":["x"],"size":[2],"dimension":{"x":{"category":{"label":{"a":"A","b":"B"}}}},"value":[1,2]})")
            << u"INDEX_MISSING"_s << u"x"_s;
        QTest::newRow("index count") << oneDimension(ab, R"("value":[1,2,3])", 3) << u"INDEX_COUNT_MISMATCH"_s << u"x"_s;
        QTest::newRow("index twice") << oneDimension(R"(["a","a"])", R"("value":[1,2])", 2) << u"INDEX_POSITIONS_INVALID"_s << u"a"_s;
        QTest::newRow("index position") << oneDimension(R"({"a":0,"b":0})", R"("value":[1,2])", 2) << u"INDEX_POSITIONS_INVALID"_s << u"x"_s;
        QTest::newRow("index not whole") << oneDimension(R"({"a":0,"b":0.5})", R"("value":[1,2])", 2) << u"INDEX_POSITIONS_INVALID"_s << u"b"_s;
        QTest::newRow("label key") << oneDimension(R"(["a","b"],"label":{"c":"C"})", R"("value":[1,2])", 2) << u"LABEL_KEY_UNKNOWN"_s << u"c"_s;
        QTest::newRow("unit key") << oneDimension(R"(["a","b"],"unit":{"c":{}})", R"("value":[1,2])", 2) << u"UNIT_KEY_UNKNOWN"_s << u"c"_s;
        QTest::newRow("coordinates key") << oneDimension(R"(["a","b"],"coordinates":{"c":[1,2]})", R"("value":[1,2])", 2)
                                         << u"COORD_KEY_UNKNOWN"_s << u"c"_s;
        QTest::newRow("note key") << oneDimension(R"(["a","b"],"note":{"c":["n"]})", R"("value":[1,2])", 2) << u"NOTE_KEY_UNKNOWN"_s << u"c"_s;
        QTest::newRow("child parent") << oneDimension(R"(["a","b"],"child":{"c":["a"]})", R"("value":[1,2])", 2) << u"CHILD_ID_UNKNOWN"_s << u"c"_s;
        QTest::newRow("child id") << oneDimension(R"(["a","b"],"child":{"a":["c"]})", R"("value":[1,2])", 2) << u"CHILD_ID_UNKNOWN"_s << u"c"_s;
        QTest::newRow("child of itself") << oneDimension(R"(["a","b"],"child":{"a":["a"]})", R"("value":[1,2])", 2) << u"CHILD_CYCLE"_s << u"a"_s;
        QTest::newRow("child cycle") << oneDimension(R"(["a","b","c"],"child":{"a":["b"],"b":["c"],"c":["a"]})", R"("value":[1,2,3])", 3)
                                     << u"CHILD_CYCLE"_s << u"x"_s;
        QTest::newRow("decimals") << oneDimension(R"(["a","b"],"unit":{"a":{"decimals":"two"}})", R"("value":[1,2])", 2)
                                  << u"TYPE_INVALID"_s << u"a"_s;
        QTest::newRow("values short") << oneDimension(ab, R"("value":[1])", 2) << u"VALUE_LEN_MISMATCH"_s << u"2"_s;
        QTest::newRow("value true") << oneDimension(ab, R"("value":[1,true])", 2) << u"VALUE_TYPE_INVALID"_s << u"1"_s;
        QTest::newRow("value object") << oneDimension(ab, R"("value":[1,{"v":2}])", 2) << u"VALUE_TYPE_INVALID"_s << QString();
        QTest::newRow("value text") << oneDimension(ab, R"("value":"1,2")", 2) << u"VALUE_TYPE_INVALID"_s << QString();
        QTest::newRow("value infinite") << oneDimension(ab, R"("value":[1,1e999])", 2) << u"JSON_INVALID"_s << u"byte"_s;
        QTest::newRow("sparse key") << oneDimension(ab, R"("value":{"2":1})", 2) << u"SPARSE_KEY_OUT_OF_RANGE"_s << u"2"_s;
        QTest::newRow("sparse key not a number") << oneDimension(ab, R"("value":{"one":1})", 2) << u"SPARSE_KEY_OUT_OF_RANGE"_s << u"one"_s;
        QTest::newRow("sparse key zero-led") << oneDimension(ab, R"("value":{"01":1})", 2) << u"SPARSE_KEY_OUT_OF_RANGE"_s << u"01"_s;
        QTest::newRow("sparse key twice") << oneDimension(ab, R"("value":{"1":1,"1":2})", 2) << u"SPARSE_KEY_DUPLICATE"_s << u"1"_s;
        QTest::newRow("status length") << oneDimension(ab, R"("value":[1,2],"status":["a","b","c"])", 2) << u"STATUS_LEN_MISMATCH"_s << u"3"_s;
        QTest::newRow("status number") << oneDimension(ab, R"("value":[1,2],"status":[1,2])", 2) << u"TYPE_INVALID"_s << u"status"_s;
        QTest::newRow("status key") << oneDimension(ab, R"("value":[1,2],"status":{"5":"e"})", 2) << u"STATUS_KEY_OUT_OF_RANGE"_s << u"5"_s;
        QTest::newRow("embedded item") << QByteArray(R"({"class":"collection","link":{"item":[{"class":"dataset","id":["x"],"size":[1],)"
                                                     R"("dimension":{"x":{"category":{"index":["a"]}}},"value":[1,2]}]}})")
                                       << u"VALUE_LEN_MISMATCH"_s << u"item 1"_s;
        QTest::newRow("bundle member") << QByteArray(R"({"ok":{"dimension":{"id":["x"],"size":[1],"x":{"category":{"index":["a"]}}},"value":[1]},)"
                                                     R"("bad":{"dimension":{"id":["x"],"size":[1],"x":{"category":{"index":["a"]}}},"value":[]}})")
                                       << u"VALUE_LEN_MISMATCH"_s << u"bad"_s;
        QTest::newRow("too deep") << QByteArray(200, '[') << u"JSON_INVALID"_s << u"128"_s;
        QTest::newRow("control characters echoed escaped")
            << QByteArray("{\"class\":\"dataset\",\"id\":[\"\\u001b[31mx\"],\"size\":[1],\"dimension\":{},\"value\":[1]}")
            << u"DIM_KEY_ID_MISMATCH"_s << u"\\x1b[31mx"_s;
    }

    void refusals()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, rule);
        QFETCH(QString, place);
        const auto result = JsonStatReader::read(input);
        QVERIFY2(!result.ok(), qPrintable(rule));
        QCOMPARE(result.error().rule, rule);
        QCOMPARE(result.error().code, Error::Code::Invalid);
        QVERIFY2(result.error().message.contains(place), qPrintable(result.error().message));
    }

    void sparseValuesAndStatuses()
    {
        // 2 × 3, values at three positions given out of order, a status by position, and a
        // status at a position without a value (a confidential cell).
        const QByteArray doc = R"({"version":"2.0","class":"dataset","id":["geo","time"],"size":[2,3],
            "dimension":{"geo":{"category":{"index":{"VN-HN":0,"VN-SG":1}}},"time":{"category":{"index":["2023","2024","2025"]}}},
            "value":{"5":6.5,"0":1,"3":null},"status":{"5":"p","4":"c"}})";
        const auto result = JsonStatReader::read(doc);
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
        const StatDocument &d = result->datasets.first().document;
        QCOMPARE(d.cellCount(), 4);
        QCOMPARE(d.value(cellAt(d, {u"VN-HN"_s, u"2023"_s})), std::optional(1.0));
        QVERIFY(!d.value(cellAt(d, {u"VN-SG"_s, u"2023"_s})));          // null: missing, never zero
        QCOMPARE(d.status(cellAt(d, {u"VN-SG"_s, u"2023"_s})), QString());
        QVERIFY(!d.value(cellAt(d, {u"VN-SG"_s, u"2024"_s})));
        QCOMPARE(d.status(cellAt(d, {u"VN-SG"_s, u"2024"_s})), u"c"_s);
        QCOMPARE(d.value(cellAt(d, {u"VN-SG"_s, u"2025"_s})), std::optional(6.5));
        QCOMPARE(d.status(cellAt(d, {u"VN-SG"_s, u"2025"_s})), u"p"_s);
        QCOMPARE(cellAt(d, {u"VN-HN"_s, u"2024"_s}), -1);
    }

    void statusForms_data()
    {
        QTest::addColumn<QByteArray>("status");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("none") << QByteArray("null") << QStringList{{}, {}, {}};
        QTest::newRow("text") << QByteArray(R"("e")") << QStringList{u"e"_s, u"e"_s, u"e"_s};
        QTest::newRow("array of one") << QByteArray(R"(["p"])") << QStringList{u"p"_s, u"p"_s, u"p"_s};
        QTest::newRow("array") << QByteArray(R"(["p",null,"e"])") << QStringList{u"p"_s, {}, u"e"_s};
        QTest::newRow("object") << QByteArray(R"({"2":"e"})") << QStringList{{}, {}, u"e"_s};
    }

    void statusForms()
    {
        QFETCH(QByteArray, status);
        QFETCH(QStringList, expected);
        const auto result = JsonStatReader::read(oneDimension(R"(["a","b","c"])", QByteArray("\"value\":[1,null,3],\"status\":") + status, 3));
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
        const StatDocument &d = result->datasets.first().document;
        QCOMPARE(d.cellCount(), 3);
        for (qsizetype cell = 0; cell < 3; ++cell)
            QCOMPARE(d.status(cell), expected.at(cell));
        QVERIFY(!d.value(1));
    }

    void rolesByOption()
    {
        // No roles in the document: the source's configuration says which dimension is which,
        // and wins over a role the document gets wrong.
        const QByteArray doc = R"({"version":"2.0","class":"dataset","id":["Nam","Tinh","Chi tieu"],"size":[1,1,1],
            "role":{"geo":["Nam"]},
            "dimension":{"Nam":{"category":{"index":["2024"]}},"Tinh":{"category":{"index":["01"]}},"Chi tieu":{"category":{"index":["GRDP"]}}},
            "value":[42]})";
        JsonStatOptions options;
        options.roles = {{u"Nam"_s, DimensionRole::Time}, {u"Tinh"_s, DimensionRole::Geo}, {u"absent"_s, DimensionRole::Metric}};
        const auto result = JsonStatReader::read(doc, options);
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
        const StatDocument &d = result->datasets.first().document;
        QCOMPARE(d.dimensions.at(0).role, DimensionRole::Time);
        QCOMPARE(d.dimensions.at(1).role, DimensionRole::Geo);
        QCOMPARE(d.dimensions.at(2).role, DimensionRole::Other);
        QCOMPARE(d.dimensionOfRole(DimensionRole::Time), 0);
    }

    void metricWithoutUnitWarns()
    {
        const auto result = JsonStatReader::read(oneDimension(R"(["a","b"],"unit":{"a":{"label":"%"}})", R"("value":[1,2],"role":{"metric":["x"]})", 2));
        QVERIFY(result.ok());
        const JsonStatDataset &d = result->datasets.first();
        QCOMPARE(d.warningRules, QStringList{u"METRIC_UNIT_MISSING"_s});
        QCOMPARE(d.document.warnings.size(), 1);
        QVERIFY(d.document.warnings.first().contains(u"\"x\""));
    }

    void textValues()
    {
        const auto result = JsonStatReader::read(oneDimension(R"(["a","b","c"])", R"("value":["12.5","..",7])", 3));
        QVERIFY(result.ok());
        const JsonStatDataset &d = result->datasets.first();
        QCOMPARE(d.document.value(0), std::optional(12.5));
        QVERIFY(!d.document.value(1));
        QCOMPARE(d.textValues.value(1), u".."_s);
        QCOMPARE(d.document.value(2), std::optional(7.0));
        QCOMPARE(d.warningRules, QStringList{u"VALUE_NOT_NUMBER"_s});
    }

    void version1Dataset()
    {
        // 1.0 keeps id, size and role inside "dimension"; a bundle names its datasets.
        const QByteArray doc = R"({"gdp":{"label":"GDP","updated":"2025-01-15T10:00:00+07:00",
            "dimension":{"id":["year","geo"],"size":[2,1],"role":{"time":["year"],"geo":["geo"]},
                "year":{"category":{"index":{"2023":0,"2024":1}}},"geo":{"category":{"label":{"VN":"Việt Nam"}}}},
            "value":[430.0,476.3]}})";
        const auto result = JsonStatReader::read(doc, {{}, u"vi"_s});
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
        const StatDocument &d = result->datasets.first().document;
        QCOMPARE(d.id, u"gdp"_s);
        QCOMPARE(d.format, u"json-stat 1.0"_s);
        QCOMPARE(d.label.value(u"vi"_s), u"GDP"_s);
        QCOMPARE(d.dimensions.at(1).categories.first().label.value(u"vi"_s), u"Việt Nam"_s);
        QCOMPARE(d.dimensionOfRole(DimensionRole::Time), 0);
        QCOMPARE(d.updated, QDateTime(QDate(2025, 1, 15), QTime(3, 0), Qt::UTC));
        QCOMPARE(valueAt(d, {u"2024"_s, u"VN"_s}), 476.3);
        QCOMPARE(result->warningRules, QStringList{u"BUNDLE_DEPRECATED"_s});
    }

    void collectionOfBoth()
    {
        const QByteArray doc = R"({"version":"2.0","class":"collection","label":"Bộ chỉ tiêu","link":{"item":[
            {"class":"dataset","href":"datasets/a.json","label":"a"},
            {"class":"collection","link":{"item":[
                {"class":"dataset","label":"b","id":["x"],"size":[1],"dimension":{"x":{"category":{"index":["k"]}}},"value":[2]}]}},
            {"class":"dimension","href":"dimensions/d.json"}]}})";
        const auto result = JsonStatReader::read(doc);
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
        QCOMPARE(result->datasets.size(), 1);
        QCOMPARE(result->datasets.first().document.label.value(QString()), u"b"_s);
        QCOMPARE(result->links.size(), 2);
        QCOMPARE(result->links.at(0).href, u"datasets/a.json"_s);
        QCOMPARE(result->links.at(1).itemClass, u"dimension"_s);
        QCOMPARE(result->label.value(QString()), u"Bộ chỉ tiêu"_s);
    }

    void extensionKeptAsWritten()
    {
        // An extension may hold a "value" or "status" of its own, arrays of objects included.
        const QByteArray doc = oneDimension(R"(["a"])", R"("value":[1],"extension":{"value":[{"k":1},2],"status":{"label":{"p":"provisional"}},"n":[1,"x"]})", 1);
        const auto result = JsonStatReader::read(doc);
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
        const JsonStatDataset &d = result->datasets.first();
        QCOMPARE(QJsonDocument(d.extension).toJson(QJsonDocument::Compact),
                 QByteArray(R"({"n":[1,"x"],"status":{"label":{"p":"provisional"}},"value":[{"k":1},2]})"));
        // Eurostat's way of naming status codes.
        QCOMPARE(d.document.statusLabels.value(u"p"_s).value(QString()), u"provisional"_s);
    }

    void namesLikeTheDataMembers()
    {
        // A dimension and categories may be called "value" or "status" too.
        const QByteArray doc = R"({"class":"dataset","id":["value"],"size":[2],"role":{"metric":["value"]},
            "dimension":{"value":{"category":{"index":["value","status"],
                "unit":{"value":{"label":"VND","decimals":0},"status":{"label":"%"}},"child":{"value":["status"]}}}},
            "value":[1,2],"status":["a","b"]})";
        const auto result = JsonStatReader::read(doc);
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
        const JsonStatDataset &d = result->datasets.first();
        const StatDimension &dimension = d.document.dimensions.first();
        QCOMPARE(dimension.id, u"value"_s);
        QCOMPARE(dimension.categories.at(0).unit.value(QString()), u"VND"_s);
        QCOMPARE(dimension.categories.at(0).decimals, std::optional(0));
        QCOMPARE(dimension.categories.at(1).unit.value(QString()), u"%"_s);
        QCOMPARE(d.children.first().value(0), QList<int>{1});
        QCOMPARE(d.document.status(1), u"b"_s);
        QVERIFY(d.warningRules.isEmpty());
    }

    void degenerateCubes()
    {
        // No dimensions: one cell. A dimension of size 0: none.
        const auto scalar = JsonStatReader::read(R"({"class":"dataset","id":[],"size":[],"dimension":{},"value":[3]})");
        QVERIFY2(scalar.ok(), scalar.ok() ? "" : qPrintable(scalar.error().message));
        QCOMPARE(scalar->datasets.first().document.cellCount(), 1);
        QCOMPARE(scalar->datasets.first().document.value(0), std::optional(3.0));
        const auto empty = JsonStatReader::read(R"({"class":"dataset","id":["x"],"size":[0],"dimension":{"x":{"category":{"index":[]}}},"value":[]})");
        QVERIFY2(empty.ok(), empty.ok() ? "" : qPrintable(empty.error().message));
        QCOMPARE(empty->datasets.first().document.cellCount(), 0);
        // A huge sparse cube holds only the cells it names.
        const auto sparse = JsonStatReader::read(R"({"class":"dataset","id":["a","b"],"size":[1,1],"dimension":{"a":{"category":{"index":["x"]}},"b":{"category":{"index":["y"]}}},"value":{}})");
        QVERIFY(sparse.ok());
        QCOMPARE(sparse->datasets.first().document.cellCount(), 0);
    }

    void byteOrderMarkAndWhitespace()
    {
        const QByteArray doc = "\xEF\xBB\xBF \n" + oneDimension(R"(["a"])", R"("value":[1])", 1) + "\n";
        QVERIFY(JsonStatReader::read(doc).ok());
    }
};

QTEST_GUILESS_MAIN(TestJsonStatReader)
#include "tst_jsonstatreader.moc"
