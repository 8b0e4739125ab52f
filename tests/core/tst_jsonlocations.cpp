#include "core/jsonlocations.h"

#include <QTest>

using namespace dh;
using namespace Qt::StringLiterals;

// Lines of a JSON text's values by path, and members given twice.
class TestJsonLocations : public QObject
{
    Q_OBJECT

private slots:
    void linesByPath()
    {
        const QByteArray json = "{\n"
                                "  \"a\": 1,\n"
                                "  \"list\": [\n"
                                "    {\"x\": \"[,]{}\\\"\", \"y\": true},\n"
                                "    {\n"
                                "      \"x\":\n"
                                "        \"on the next line\"\n"
                                "    }\n"
                                "  ],\n"
                                "  \"a\\u00e9\": {\"k.l\": null},\n"
                                "  \"ơ\": [[1, 2], [\n3]]\n"
                                "}\n";
        const JsonLocations at = JsonLocations::index(json);
        QCOMPARE(at.line(QString()), 1);
        QCOMPARE(at.line(u"a"_s), 2);
        QCOMPARE(at.line(u"list"_s), 3);
        QCOMPARE(at.line(u"list[0]"_s), 4);
        QCOMPARE(at.line(u"list[0].y"_s), 4);
        QCOMPARE(at.line(u"list[1]"_s), 5);
        QCOMPARE(at.line(u"list[1].x"_s), 6);           // the line of the member's name
        QCOMPARE(at.line(u"aé"_s), 10);                  // an escaped name, decoded
        QCOMPARE(at.line(u"ơ[1][0]"_s), 12);
        QCOMPARE(at.line(u"list[1].missing"_s), 5);      // the nearest enclosing value
        QCOMPARE(at.line(u"list[7]"_s), 3);
        QVERIFY(at.duplicate().isEmpty());
    }

    void duplicateMember()
    {
        const JsonLocations at = JsonLocations::index(R"({"a": {"b": 1, "c": [{"d": 1, "d": 2}]}, "e": {"f": 1, "f": 1}})");
        QCOMPARE(at.duplicate(), u"a.c[0].d"_s);
        QVERIFY(JsonLocations::index(R"([{"a": 1}, {"a": 2}])").duplicate().isEmpty());
    }

    void lineOfAnOffset()
    {
        QCOMPARE(JsonLocations::lineOf("a\nb\nc", 0), 1);
        QCOMPARE(JsonLocations::lineOf("a\nb\nc", 2), 2);
        QCOMPARE(JsonLocations::lineOf("a\nb\nc", 99), 3);
    }
};

QTEST_GUILESS_MAIN(TestJsonLocations)
#include "tst_jsonlocations.moc"
