#include "models/walllayout.h"

#include "core/unitregistry.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace dh;
using namespace Qt::StringLiterals;
using std::chrono::milliseconds;

namespace {

// A playlist whose pages sit one a line from line 6 (pages[0]…); line 4 is free for a root member.
QByteArray playlist(const QList<QByteArray> &pages, const QByteArray &line4 = "\"loop\": true,")
{
    QByteArray json = "{\n\"id\": \"p\",\n\"title\": {\"vi\": \"P\"},\n" + line4 + "\n\"pages\": [\n";
    for (qsizetype i = 0; i < pages.size(); ++i)
        json += pages.at(i) + (i + 1 < pages.size() ? ",\n" : "\n");
    return json + "]}\n";
}

bool write(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

} // namespace

// Playlists: pages in order with their durations, scope lists expanded into one page per unit,
// layouts found next to the playlist, and every bad entry refused with its line and field.
class TestWallPlaylist : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        auto registry = UnitRegistry::fromResources();
        QVERIFY(registry.ok());
        m_registry = *registry;
    }

    void provinces34GivesAPagePerProvince()
    {
        const auto list = WallPlaylist::load(u":/walls/provinces-34.json"_s, m_registry);
        QVERIFY2(list.ok(), list ? "" : qPrintable(list.error().message));
        QCOMPARE(list->pages.size(), 34);
        QVERIFY(list->loop);
        const QList<const AdminUnit *> provinces = m_registry.unitsAt(AdminUnit::Level::Province, QDate(2025, 7, 1));
        QCOMPARE(provinces.size(), 34);
        for (qsizetype i = 0; i < provinces.size(); ++i) {
            const WallPage &page = list->pages.at(i);
            QCOMPARE(page.scope, provinces.at(i)->code);
            QVERIFY(page.scope.startsWith(u"VN25-"));
            QCOMPARE(page.label, provinces.at(i)->nameVi);
            QCOMPARE(page.duration, milliseconds(20000));
            QCOMPARE(page.layout.id, u"briefing-4k"_s);
            for (const WallPanel &panel : page.layout.panels) {
                if (panel.kind != WallPanel::Kind::Clock)
                    QCOMPARE(panel.viewState(page.scope).scope, provinces.at(i)->code);
            }
        }
        QCOMPARE(list->pages.at(0).label, u"Hà Nội"_s);
    }

    void cabinetBriefing()
    {
        const auto list = WallPlaylist::load(u":/walls/cabinet-briefing.json"_s, m_registry);
        QVERIFY2(list.ok(), list ? "" : qPrintable(list.error().message));
        QCOMPARE(list->pages.size(), 4);
        QCOMPARE(list->titleEn, u"Cabinet briefing"_s);
        const QStringList labels = {u"Toàn quốc"_s, u"Bộ Tài chính"_s, u"Hà Nội"_s, u"TP. Hồ Chí Minh"_s};
        const QStringList scopes = {u"VN"_s, u"BTC"_s, u"VN25-01"_s, u"VN25-79"_s};
        const QList<milliseconds> durations = {milliseconds(60000), milliseconds(45000), milliseconds(30000), milliseconds(30000)};
        for (qsizetype i = 0; i < 4; ++i) {
            QCOMPARE(list->pages.at(i).label, labels.at(i));
            QCOMPARE(list->pages.at(i).scope, scopes.at(i));
            QCOMPARE(list->pages.at(i).duration, durations.at(i));
        }
    }

    // The 63 provinces of before 1 July 2025 and the ministries formed on 1 March 2025.
    void expandsTheOtherSets()
    {
        const auto provinces = WallPlaylist::fromJson(playlist({R"({"layout": ":/walls/briefing-4k.json", "scopes": "provinces-63", "duration": 10})"}),
                                                      u"p.json"_s, m_registry);
        QVERIFY2(provinces.ok(), provinces ? "" : qPrintable(provinces.error().message));
        QCOMPARE(provinces->pages.size(), 63);
        QCOMPARE(provinces->pages.at(0).scope, u"VN-HN"_s);
        const auto ministries = WallPlaylist::fromJson(playlist({R"({"layout": ":/walls/ministry-3-screens.json", "scopes": "ministries", "duration": "1m30s"})"}),
                                                       u"p.json"_s, m_registry);
        QVERIFY2(ministries.ok(), ministries ? "" : qPrintable(ministries.error().message));
        QStringList codes;
        for (const WallPage &page : ministries->pages) {
            codes.append(page.scope);
            QCOMPARE(page.duration, milliseconds(90000));
            // The file pins no panel, so each page's ministry replaces the layout's own.
            QCOMPARE(page.layout.panels.at(0).viewState({}).scope, page.scope);
        }
        QCOMPARE(codes.size(), m_registry.unitsAt(AdminUnit::Level::Ministry, QDate(2025, 3, 1)).size());
        QVERIFY(codes.contains(u"BTC"_s));
        QVERIFY(codes.contains(u"BNNMT"_s));
        QVERIFY(!codes.contains(u"BKHDT"_s));
    }

    void layoutsAreFoundNextToThePlaylist()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkpath(u"walls/layouts"_s));
        QFile layout(u":/walls/briefing-4k.json"_s);
        QVERIFY(layout.open(QIODevice::ReadOnly));
        QVERIFY(write(dir.filePath(u"walls/layouts/one.json"_s), layout.readAll()));
        const QString path = dir.filePath(u"walls/list.json"_s);
        QVERIFY(write(path, playlist({R"({"layout": "layouts/one.json", "duration": "2m", "label": "Một"})"}, "\"loop\": false,")));
        const auto list = WallPlaylist::load(path, m_registry);
        QVERIFY2(list.ok(), list ? "" : qPrintable(list.error().message));
        QCOMPARE(list->pages.size(), 1);
        QVERIFY(!list->loop);
        QCOMPARE(list->pages.at(0).label, u"Một"_s);
        QCOMPARE(list->pages.at(0).scope, QString());
        QCOMPARE(list->pages.at(0).duration, milliseconds(120000));
        QCOMPARE(list->pages.at(0).layout.fileName, dir.filePath(u"walls/layouts/one.json"_s));

        // --wall takes either.
        const auto same = WallPlaylist::loadLayoutOrPlaylist(path, m_registry);
        QVERIFY(same.ok());
        QCOMPARE(same->pages, list->pages);
        const auto single = WallPlaylist::loadLayoutOrPlaylist(dir.filePath(u"walls/layouts/one.json"_s), m_registry);
        QVERIFY2(single.ok(), single ? "" : qPrintable(single.error().message));
        QCOMPARE(single->pages.size(), 1);
        QCOMPARE(single->id, u"briefing-4k"_s);
        QCOMPARE(single->pages.at(0).label, u"Giao ban điều hành"_s);
        QVERIFY(single->loop);
        QVERIFY(!WallPlaylist::loadLayoutOrPlaylist(dir.filePath(u"missing.json"_s), m_registry).ok());
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("place");
        QTest::addColumn<QString>("rule");
        const auto row = [](const char *name, const QByteArray &json, const char *place, const char *rule) {
            QTest::newRow(name) << json << QString::fromUtf8(place) << QString::fromLatin1(rule);
        };
        const QByteArray good = R"({"layout": ":/walls/briefing-4k.json", "duration": 30})";
        row("zero duration", playlist({good, R"({"layout": ":/walls/briefing-4k.json", "duration": 0})"}), "p.json:7: pages[1].duration: ", "VALUE_OUT_OF_RANGE");
        row("negative duration", playlist({R"({"layout": ":/walls/briefing-4k.json", "duration": -5})"}), "p.json:6: pages[0].duration: ", "VALUE_OUT_OF_RANGE");
        row("0s", playlist({R"({"layout": ":/walls/briefing-4k.json", "duration": "0s"})"}), "p.json:6: pages[0].duration: ", "VALUE_OUT_OF_RANGE");
        row("a day and more", playlist({R"({"layout": ":/walls/briefing-4k.json", "duration": "25h"})"}), "p.json:6: pages[0].duration: ", "VALUE_OUT_OF_RANGE");
        row("duration in words", playlist({R"({"layout": ":/walls/briefing-4k.json", "duration": "soon"})"}), "p.json:6: pages[0].duration: ", "VALUE_INVALID");
        row("no duration", playlist({R"({"layout": ":/walls/briefing-4k.json"})"}), "p.json:6: pages[0].duration: ", "MEMBER_MISSING");
        row("unknown member", playlist({good, R"({"layout": ":/walls/briefing-4k.json", "duraton": 30})"}), "p.json:7: pages[1].duraton: ", "MEMBER_UNKNOWN");
        row("unknown root member", playlist({good}, "\"looping\": true,"), "p.json:4: looping: ", "MEMBER_UNKNOWN");
        row("scope and scopes", playlist({R"({"layout": ":/walls/briefing-4k.json", "duration": 30, "scope": "VN", "scopes": "ministries"})"}), "p.json:6: pages[0].scopes: ", "MEMBER_CONFLICT");
        row("label with scopes", playlist({R"({"layout": ":/walls/briefing-4k.json", "duration": 30, "label": "X", "scopes": "ministries"})"}), "p.json:6: pages[0].label: ", "MEMBER_CONFLICT");
        row("unknown scope", playlist({R"({"layout": ":/walls/briefing-4k.json", "duration": 30, "scope": "VN-XX"})"}), "p.json:6: pages[0].scope: ", "SCOPE_UNKNOWN");
        row("unknown set", playlist({R"({"layout": ":/walls/briefing-4k.json", "duration": 30, "scopes": "provinces-35"})"}), "p.json:6: pages[0].scopes: ", "VALUE_INVALID");
        row("unknown unit in a list", playlist({R"({"layout": ":/walls/briefing-4k.json", "duration": 30, "scopes": ["VN25-01", "VN25-99"]})"}), "p.json:6: pages[0].scopes[1]: ", "SCOPE_UNKNOWN");
        row("missing layout", playlist({R"({"layout": "nowhere.json", "duration": 30})"}), "p.json:6: pages[0].layout: ", "FILE_UNREADABLE");
        row("no pages", playlist({}), "p.json:5: pages: ", "VALUE_OUT_OF_RANGE");
        row("loop not a boolean", playlist({good}, "\"loop\": 1,"), "p.json:4: loop: ", "TYPE_MISMATCH");
    }

    void refused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, place);
        QFETCH(QString, rule);
        const auto list = WallPlaylist::fromJson(json, u"p.json"_s, m_registry);
        QVERIFY(!list.ok());
        QVERIFY2(list.error().message.startsWith(place), qPrintable(list.error().message));
        QCOMPARE(list.error().rule, rule);
    }

    // A bad layout is named with both places: the playlist's entry and the layout's own line.
    void aBadLayoutNamesBothFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(write(dir.filePath(u"bad.json"_s), "{\n\"id\": \"bad\",\n\"title\": {\"vi\": \"B\"},\n\"panels\": [\n{\"id\": \"a\", \"kind\": \"gauge\", \"cell\": [0, 0]}\n]}\n"));
        const QString path = dir.filePath(u"list.json"_s);
        QVERIFY(write(path, playlist({R"({"layout": "bad.json", "duration": 30})"})));
        const auto list = WallPlaylist::load(path, m_registry);
        QVERIFY(!list.ok());
        QCOMPARE(list.error().rule, u"KIND_UNKNOWN"_s);
        const QString message = list.error().message;
        QVERIFY2(message.startsWith(path + u":6: pages[0].layout: "_s + dir.filePath(u"bad.json"_s) + u":5: panels[0].kind: "_s), qPrintable(message));
    }

private:
    UnitRegistry m_registry;
};

QTEST_GUILESS_MAIN(TestWallPlaylist)
#include "tst_wallplaylist.moc"
