#include "models/briefingpack.h"

#include "core/unitregistry.h"

#include "testdata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace dh;

// The briefing-pack file: the shipped example reads and names only indicators of the bundled
// sample; a pack survives a save; and each kind of mistake is refused with the file, the line and
// the field it is in.
class TestBriefingPack : public QObject
{
    Q_OBJECT

private:
    static QList<CatalogEntry> sampleCatalogue()
    {
        const QJsonObject doc = QJsonDocument::fromJson(test::readText(test::resourcePath(QStringLiteral("sample/catalogue.json"))).toUtf8()).object();
        QList<CatalogEntry> catalog;
        for (const QJsonValue &v : doc.value(u"indicators").toArray()) {
            CatalogEntry entry;
            entry.indicator.code = v.toObject().value(u"code").toString();
            catalog.append(entry);
        }
        return catalog;
    }

    static const UnitRegistry &registry()
    {
        static const UnitRegistry units = *UnitRegistry::fromResources();
        return units;
    }

    static QByteArray pack(const QString &pages)
    {
        return QStringLiteral("{\n"
                              "  \"version\": 1,\n"
                              "  \"title\": \"Họp\",\n"
                              "  \"date\": \"2026-11-03\",\n"
                              "  \"asOf\": \"2026-10-31\",\n"
                              "  \"pages\": [\n%1\n  ]\n}\n")
            .arg(pages)
            .toUtf8();
    }

private slots:
    void exampleReadsAndNamesSampleIndicators()
    {
        const auto example = BriefingPack::load(test::resourcePath(QStringLiteral("packs/monthly-briefing.json")));
        QVERIFY2(example.ok(), qPrintable(example ? QString() : example.error().message));
        QCOMPARE(example->title, QStringLiteral("Phiên họp Chính phủ thường kỳ tháng 10/2026"));
        QCOMPARE(example->asOf, QDate(2026, 10, 31));
        QCOMPARE(example->paper, BriefingPack::Paper::A4Landscape);
        // The agenda, the overview, the tasks, six indicators each with its map, and the 34-province atlas.
        QCOMPARE(example->pages.size(), 16);
        QCOMPARE(example->pages.at(2).kind, BriefingPage::Kind::Tasks);
        QCOMPARE(example->printedPageCount(), 3 + 12 + 34);
        const auto valid = example->validate(sampleCatalogue(), registry());
        QVERIFY2(valid.ok(), qPrintable(valid ? QString() : valid.error().message));
    }

    void roundTrip()
    {
        const auto example = BriefingPack::load(test::resourcePath(QStringLiteral("packs/monthly-briefing.json")));
        QVERIFY(example.ok());
        BriefingPack changed = *example;
        changed.paper = BriefingPack::Paper::Slides16x9;
        changed.pages.move(0, 5);
        QCOMPARE(changed.pages.at(3).kind, BriefingPage::Kind::Map);
        changed.pages[3].period = QStringLiteral("2026-09");
        changed.pages[3].map34 = false;
        changed.pages[1].scope = QStringLiteral("BTC");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pack.json"));
        QVERIFY(changed.save(path).ok());
        const auto back = BriefingPack::load(path);
        QVERIFY2(back.ok(), qPrintable(back ? QString() : back.error().message));
        QVERIFY(*back == changed);
        QCOMPARE(back->pages.at(3).map34, false);
        QCOMPARE(back->pages.at(1).kind, BriefingPage::Kind::Tasks);
        QCOMPARE(back->pages.at(1).scope, QStringLiteral("BTC"));
        QCOMPARE(back->printedPageCount(), example->printedPageCount());
    }

    void textPageMarkup()
    {
        const auto p = BriefingPack::fromJson(pack(QStringLiteral("    {\"kind\": \"text\", \"title\": \"Chương trình\", \"text\": \"Mở đầu\\n\\n- Một\\n- Hai\"}")));
        QVERIFY(p.ok());
        QCOMPARE(p->pages.first().text, QStringLiteral("Mở đầu\n\n- Một\n- Hai"));
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("where");  // file:line: field
        QTest::addColumn<QString>("rule");

        QTest::newRow("syntax") << QByteArray("{\n  \"version\": 1,\n  \"title\": \"x\"\n  \"date\": 1\n}") << u"bad.json:4:"_qs << u"PACK_SYNTAX"_qs;
        QTest::newRow("version") << QByteArray("{\n  \"version\": 2\n}") << u"bad.json:2: version:"_qs << u"PACK_FIELD"_qs;
        QTest::newRow("date") << pack(u"    {\"kind\": \"home\"}"_qs).replace("2026-11-03", "3/11/2026") << u"bad.json:4: date:"_qs
                              << u"PACK_FIELD"_qs;
        QTest::newRow("kind") << pack(u"    {\"kind\": \"home\"},\n    {\"kind\": \"chart\"}"_qs) << u"bad.json:8: pages[1].kind:"_qs
                              << u"PACK_FIELD"_qs;
        QTest::newRow("no indicator") << pack(u"    {\"kind\": \"home\"},\n    {\n      \"kind\": \"map\"\n    }"_qs)
                                      << u"bad.json:8: pages[1].indicator:"_qs << u"PACK_FIELD"_qs;
        QTest::newRow("period") << pack(u"    {\"kind\": \"map\",\n     \"indicator\": \"exports\",\n     \"period\": \"2026-13\"}"_qs)
                                << u"bad.json:9: pages[0].period:"_qs << u"PACK_FIELD"_qs;
        QTest::newRow("misspelt member") << pack(u"    {\"kind\": \"map\", \"indicator\": \"exports\",\n     \"peroid\": \"2026-10\"}"_qs)
                                         << u"bad.json:8: pages[0].peroid:"_qs << u"PACK_FIELD"_qs;
        QTest::newRow("provinces") << pack(u"    {\"kind\": \"atlas\", \"provinces\": 50}"_qs) << u"bad.json:7: pages[0].provinces:"_qs
                                   << u"PACK_FIELD"_qs;
        QTest::newRow("text without text") << pack(u"    {\"kind\": \"text\", \"title\": \"Ghi chú\"}"_qs)
                                           << u"bad.json:7: pages[0].text:"_qs << u"PACK_FIELD"_qs;
        QTest::newRow("paper") << pack(u"    {\"kind\": \"home\"}"_qs).replace("\"version\": 1,", "\"version\": 1, \"paper\": \"a3\",")
                               << u"bad.json:2: paper:"_qs << u"PACK_FIELD"_qs;
        QTest::newRow("no pages") << pack(QString()) << u"bad.json:6: pages:"_qs << u"PACK_FIELD"_qs;
        QTest::newRow("tasks with an indicator") << pack(u"    {\"kind\": \"tasks\",\n     \"indicator\": \"exports\"}"_qs)
                                                 << u"bad.json:8: pages[0].indicator:"_qs << u"PACK_FIELD"_qs;
        // The summary is taken at the pack's as-of date, not a page's own.
        QTest::newRow("tasks with a period") << pack(u"    {\"kind\": \"tasks\", \"period\": \"2026-09\"}"_qs)
                                             << u"bad.json:7: pages[0].period:"_qs << u"PACK_FIELD"_qs;
        QTest::newRow("tasks with an empty scope") << pack(u"    {\"kind\": \"tasks\",\n     \"scope\": \"\"}"_qs)
                                                   << u"bad.json:8: pages[0].scope:"_qs << u"PACK_FIELD"_qs;
        QTest::newRow("tasks scope not a text") << pack(u"    {\"kind\": \"tasks\", \"scope\": 7}"_qs)
                                                << u"bad.json:7: pages[0].scope:"_qs << u"PACK_FIELD"_qs;
        QTest::newRow("atlas indicator") << pack(u"    {\"kind\": \"atlas\",\n     \"indicators\": [\"exports\",\n        42]}"_qs)
                                         << u"bad.json:9: pages[0].indicators[1]:"_qs << u"PACK_FIELD"_qs;
    }

    void refusals()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, where);
        QFETCH(QString, rule);
        const auto p = BriefingPack::fromJson(json, QStringLiteral("/srv/packs/bad.json"));
        QVERIFY(!p.ok());
        QVERIFY2(p.error().message.startsWith(where), qPrintable(p.error().message));
        QCOMPARE(p.error().rule, rule);
    }

    void unknownIndicatorNamesItsLine()
    {
        const auto p = BriefingPack::fromJson(pack(u"    {\"kind\": \"home\"},\n    {\"kind\": \"indicator\",\n     \"indicator\": \"export\"}"_qs),
                                              QStringLiteral("bad.json"));
        QVERIFY(p.ok());
        const auto valid = p->validate(sampleCatalogue(), registry());
        QVERIFY(!valid.ok());
        QVERIFY2(valid.error().message.startsWith(u"bad.json:9: pages[1].indicator:"), qPrintable(valid.error().message));
        QVERIFY(valid.error().message.contains(u"\"export\""));
        QCOMPARE(valid.error().rule, u"PACK_UNKNOWN_INDICATOR"_qs);
    }

    // A scope is the nation, a ministry or a province of the registry: not an unknown code, a
    // commune or a foreign country.
    void scopesCheckedAgainstTheRegistry_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("scope");
        QTest::addColumn<bool>("known");
        QTest::newRow("tasks, nation") << u"tasks"_qs << u"VN"_qs << true;
        QTest::newRow("tasks, ministry") << u"tasks"_qs << u"BTC"_qs << true;
        QTest::newRow("tasks, 2025 province") << u"tasks"_qs << u"VN25-01"_qs << true;
        QTest::newRow("tasks, 2008 province") << u"tasks"_qs << u"VN-HN"_qs << true;
        QTest::newRow("tasks, unknown") << u"tasks"_qs << u"BXX"_qs << false;
        QTest::newRow("tasks, country") << u"tasks"_qs << u"THA"_qs << false;
        QTest::newRow("home, unknown") << u"home"_qs << u"VN25-99"_qs << false;
    }

    void scopesCheckedAgainstTheRegistry()
    {
        QFETCH(QString, kind);
        QFETCH(QString, scope);
        QFETCH(bool, known);
        const auto p = BriefingPack::fromJson(pack(u"    {\"kind\": \"home\"},\n    {\"kind\": \"%1\",\n     \"scope\": \"%2\"}"_qs.arg(kind, scope)),
                                              QStringLiteral("bad.json"));
        QVERIFY(p.ok());
        const auto valid = p->validate(sampleCatalogue(), registry());
        QCOMPARE(valid.ok(), known);
        if (!known) {
            QVERIFY2(valid.error().message.startsWith(u"bad.json:9: pages[1].scope:"), qPrintable(valid.error().message));
            QVERIFY(valid.error().message.contains(scope));
            QCOMPARE(valid.error().rule, u"PACK_UNKNOWN_SCOPE"_qs);
        }
    }
};

QTEST_GUILESS_MAIN(TestBriefingPack)
#include "tst_briefingpack.moc"
