#include "sync/codemapping.h"
#include "testdata.h"

#include <QTemporaryDir>
#include <QTest>

using namespace dh;

// Loading a code mapping, and refusing a bad one by the JSON pointer of the field at fault.
class TestCodeMapping : public QObject
{
    Q_OBJECT

private slots:
    void readsEverySection()
    {
        const auto m = CodeMapping::fromJson(R"({
            "version": 1, "name": "GSO provinces", "source": "gso",
            "dimensions": {"indicator": "Chỉ tiêu", "unit": "Tỉnh", "period": "Năm",
                           "disaggregations": {"Giới tính": "sex"}, "fixed": {"Khu vực": "Tổng số"}},
            "constants": {"valueKind": "cumulative", "status": "provisional", "revision": 3},
            "indicators": {"DS": {"code": "pop", "scale": 0.001, "measure": "nghìn người", "valueKind": "in-period"},
                           "GDP": "grdp.current", "TOTAL": null},
            "units": {"Hà Nội": "VN-HN", "Hà Tây": "VN-HN", "Nước ngoài": null},
            "values": {"Giới tính": {"Nam": "male", "Tổng số": ""}},
            "status": {"sb": "provisional"},
            "csv": {"delimiter": ";", "decimalComma": true, "columns": {"indicator": "ind", "unit": "u", "period": "p", "value": "v",
                    "disaggregations": {"gt": "sex"}}}
        })");
        QVERIFY2(m.ok(), m.ok() ? "" : qPrintable(m.error().message));
        QCOMPARE(m->name, u"GSO provinces"_qs);
        QCOMPARE(m->unitDimension, u"Tỉnh"_qs);
        QCOMPARE(m->disaggregations.size(), 1);
        QCOMPARE(m->disaggregations.first().name, u"sex"_qs);
        QCOMPARE(m->fixed.value(u"Khu vực"_qs), u"Tổng số"_qs);
        QCOMPARE(m->constantValueKind, std::optional(ValueKind::Cumulative));
        QCOMPARE(m->constantStatus, std::optional(ObservationStatus::Provisional));
        QCOMPARE(m->revision, 3);
        CodeMapping::IndicatorTarget target;
        QCOMPARE(m->indicator(u"DS"_qs, target), CodeMapping::Lookup::Mapped);
        QCOMPARE(target.code, u"pop"_qs);
        QCOMPARE(target.scale, 0.001);
        QCOMPARE(target.measure, u"nghìn người"_qs);
        QCOMPARE(target.valueKind, std::optional(ValueKind::InPeriod));
        QCOMPARE(m->indicator(u"GDP"_qs, target), CodeMapping::Lookup::Mapped);
        QCOMPARE(target.scale, 1.0);
        QCOMPARE(m->indicator(u"TOTAL"_qs, target), CodeMapping::Lookup::Dropped);
        QCOMPARE(m->indicator(u"CPI"_qs, target), CodeMapping::Lookup::Unmapped);
        QString code;
        QCOMPARE(m->unit(u"Hà Tây"_qs, code), CodeMapping::Lookup::Mapped);
        QCOMPARE(code, u"VN-HN"_qs);
        QCOMPARE(m->unit(u"Nước ngoài"_qs, code), CodeMapping::Lookup::Dropped);
        QCOMPARE(m->value(u"Giới tính"_qs, u"Tổng số"_qs, code), CodeMapping::Lookup::Mapped);
        QCOMPARE(code, QString());
        QCOMPARE(m->value(u"Giới tính"_qs, u"Nữ"_qs, code), CodeMapping::Lookup::Unmapped);
        // A dimension without a table passes its codes as they are.
        QCOMPARE(m->value(u"other"_qs, u"x"_qs, code), CodeMapping::Lookup::Mapped);
        QCOMPARE(code, u"x"_qs);
        QCOMPARE(m->status(u"sb"_qs), std::optional(ObservationStatus::Provisional));
        QCOMPARE(m->status(u"P"_qs), std::optional(ObservationStatus::Provisional));
        QCOMPARE(m->status(u"e"_qs), std::optional(ObservationStatus::Estimate));
        QCOMPARE(m->status(u"b"_qs), std::nullopt);
        QVERIFY(m->csv.present);
        QCOMPARE(m->csv.delimiter, u';');
        QVERIFY(m->csv.decimalComma);
        QCOMPARE(m->csv.disaggregations.first().source, u"gt"_qs);
    }

    void withoutTablesEveryCodePasses()
    {
        const auto m = CodeMapping::fromJson(R"({"version": 1})");
        QVERIFY(m.ok());
        CodeMapping::IndicatorTarget target;
        QCOMPARE(m->indicator(u"X"_qs, target), CodeMapping::Lookup::Mapped);
        QCOMPARE(target.code, u"X"_qs);
        QString code;
        QCOMPARE(m->unit(u"VN-HN"_qs, code), CodeMapping::Lookup::Mapped);
        QVERIFY(!m->csv.present);
    }

    void refusesNamingThePointer_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("pointer");
        QTest::newRow("not json") << QByteArray("{") << u"not JSON"_qs;
        QTest::newRow("not an object") << QByteArray("[]") << u"Code mapping, /:"_qs;
        QTest::newRow("version") << QByteArray(R"({"version": 2})") << u"/version:"_qs;
        QTest::newRow("no version") << QByteArray(R"({})") << u"/version:"_qs;
        QTest::newRow("unknown field") << QByteArray(R"({"version": 1, "indicator": {}})") << u"/indicator:"_qs;
        QTest::newRow("scale zero") << QByteArray(R"({"version": 1, "indicators": {"A": {"code": "a", "scale": 0}}})")
                                    << u"/indicators/A/scale:"_qs;
        QTest::newRow("scale text") << QByteArray(R"({"version": 1, "indicators": {"A/B": {"code": "a", "scale": "k"}}})")
                                    << u"/indicators/A~1B/scale:"_qs;
        QTest::newRow("indicator code") << QByteArray(R"({"version": 1, "indicators": {"A": {"scale": 2}}})")
                                        << u"/indicators/A/code:"_qs;
        QTest::newRow("indicator field") << QByteArray(R"({"version": 1, "indicators": {"A": {"code": "a", "factor": 2}}})")
                                         << u"/indicators/A/factor:"_qs;
        QTest::newRow("value kind") << QByteArray(R"({"version": 1, "constants": {"valueKind": "ytd"}})") << u"/constants/valueKind:"_qs;
        QTest::newRow("status") << QByteArray(R"({"version": 1, "status": {"p": "preliminary"}})") << u"/status/p:"_qs;
        QTest::newRow("unit empty") << QByteArray(R"({"version": 1, "units": {"Hà Nội": ""}})") << u"/units/Hà Nội:"_qs;
        QTest::newRow("unit number") << QByteArray(R"({"version": 1, "units": {"01": 1}})") << u"/units/01:"_qs;
        QTest::newRow("values") << QByteArray(R"({"version": 1, "values": {"sex": ["m"]}})") << u"/values/sex:"_qs;
        QTest::newRow("rename") << QByteArray(R"({"version": 1, "dimensions": {"disaggregations": {"a": "x=y"}}})")
                                << u"/dimensions/disaggregations/a:"_qs;
        QTest::newRow("fixed and renamed") << QByteArray(R"({"version": 1, "dimensions": {"disaggregations": {"a": "x"}, "fixed": {"a": "T"}}})")
                                           << u"/dimensions/fixed/a:"_qs;
        QTest::newRow("revision") << QByteArray(R"({"version": 1, "constants": {"revision": 1.5}})") << u"/constants/revision:"_qs;
        QTest::newRow("csv value") << QByteArray(R"({"version": 1, "csv": {"columns": {"unit": "u"}}})") << u"/csv/columns/value:"_qs;
        QTest::newRow("csv no period") << QByteArray(R"({"version": 1, "csv": {"columns": {"indicator": "i", "unit": "u", "value": "v"}}})")
                                       << u"/csv/columns/period:"_qs;
        QTest::newRow("decimal comma") << QByteArray(R"({"version": 1, "constants": {"period": "2024"}, "csv": {"decimalComma": true,
                                           "columns": {"indicator": "i", "unit": "u", "value": "v"}}})") << u"/csv/delimiter:"_qs;
    }

    void refusesNamingThePointer()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, pointer);
        const auto m = CodeMapping::fromJson(json);
        QVERIFY(!m.ok());
        QCOMPARE(m.error().rule, u"MAPPING_INVALID"_qs);
        QVERIFY2(m.error().message.contains(pointer), qPrintable(m.error().message));
    }

    void loadNamesTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bad.json"_qs);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"version": 1, "units": {"x": 5}})");
        f.close();
        const auto m = CodeMapping::load(path);
        QVERIFY(!m.ok());
        QVERIFY(m.error().message.startsWith(path));
        QVERIFY(m.error().message.contains(u"/units/x"));
        QCOMPARE(CodeMapping::load(dir.filePath(u"none.json"_qs)).error().code, Error::Code::NotFound);
    }

    void bundledExampleLoads()
    {
        const auto m = CodeMapping::load(test::resourcePath(u"mappings/gso-pxweb-provinces.json"_qs));
        QVERIFY2(m.ok(), m.ok() ? "" : qPrintable(m.error().message));
        QString code;
        QCOMPARE(m->unit(u"Hà Nội"_qs, code), CodeMapping::Lookup::Mapped);
        QCOMPARE(code, u"VN-HN"_qs);
        QCOMPARE(m->unit(u"01"_qs, code), CodeMapping::Lookup::Mapped);
        QCOMPARE(code, u"VN-HN"_qs);
        QCOMPARE(m->unit(u"Hà Tây"_qs, code), CodeMapping::Lookup::Dropped);
        const auto latest = CodeMapping::load(test::resourcePath(u"mappings/gso-pxweb-provinces-2025.json"_qs));
        QVERIFY2(latest.ok(), latest.ok() ? "" : qPrintable(latest.error().message));
        QCOMPARE(latest->unit(u"Hà Nội"_qs, code), CodeMapping::Lookup::Mapped);
        QCOMPARE(code, u"VN25-01"_qs);
    }
};

QTEST_GUILESS_MAIN(TestCodeMapping)
#include "tst_codemapping.moc"
