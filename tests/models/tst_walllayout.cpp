#include "models/walllayout.h"

#include "core/unitregistry.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace dh;
using namespace Qt::StringLiterals;

namespace {

// A wall of 1×2 screens with 2×2 cells each (2 rows × 4 columns of cells): line 6 is free for a
// root member, panels[0] "a" sits on line 8 at [0, 0], the panels given follow one a line from
// line 9 (panels[1]…), and "z" closes at [1, 3].
QByteArray wall(const QList<QByteArray> &panels, const QByteArray &line6 = "\"mode\": \"screens\",",
                const QByteArray &line4 = R"("screens": {"rows": 1, "columns": 2, "width": 1920, "height": 1080},)")
{
    QByteArray json = "{\n\"id\": \"t\",\n\"title\": {\"vi\": \"T\"},\n" + line4 + "\n\"cells\": {\"rows\": 2, \"columns\": 2},\n"
                      + line6 + "\n\"panels\": [\n{\"id\": \"a\", \"kind\": \"clock\", \"cell\": [0, 0]},\n";
    for (const QByteArray &p : panels)
        json += p + ",\n";
    return json + "{\"id\": \"z\", \"kind\": \"clock\", \"cell\": [1, 3]}\n]}\n";
}

QString sourcePath(const QString &relative)
{
    return QStringLiteral(DIEUHANH_SOURCE_DIR) + u'/' + relative;
}

const QStringList examples = {u"briefing-4k"_s, u"wall-2x2-1080p"_s, u"ministry-3-screens"_s, u"canvas-7680x2160"_s};

} // namespace

// Wall layouts as files people edit by hand: what a good file gives, and every way a bad one is
// refused with the line and the field to look at.
class TestWallLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        auto registry = UnitRegistry::fromResources();
        QVERIFY2(registry.ok(), registry ? "" : qPrintable(registry.error().message));
        m_registry = *registry;
    }

    void readsAGoodFile()
    {
        const auto layout = WallLayout::fromJson(wall({R"({"id": "m", "kind": "map", "cell": [0, 1], "span": [2, 2], "indicator": "grdp.growth", "map": 63, "period": "2025-06", "title": "GRDP"})",
                                                        R"({"id": "k", "kind": "kpi-tiles", "cell": [0, 3], "indicators": ["cpi.yoy", "exports"], "scope": "VN25-01", "options": {"columns": 2}})"},
                                                       R"("scope": "BTC",)"),
                                                  u"wall.json"_s, &m_registry);
        QVERIFY2(layout.ok(), layout ? "" : qPrintable(layout.error().message));
        QCOMPARE(layout->mode, WallLayout::Mode::Screens);
        QCOMPARE(layout->totalRows(), 2);
        QCOMPARE(layout->totalColumns(), 4);
        QCOMPARE(layout->canvasSize(), QSize(3840, 1080));
        QCOMPARE(layout->screenRect(0, 1), QRect(1920, 0, 1920, 1080));
        QCOMPARE(layout->screens.size(), 2);
        QCOMPARE(layout->screens.at(1).index, 1);
        QCOMPARE(layout->panels.size(), 4);
        const WallPanel &map = layout->panels.at(1);
        QCOMPARE(map.kind, WallPanel::Kind::Map);
        QCOMPARE(map.cells, QRect(1, 0, 2, 2));
        QCOMPARE(map.map34, std::optional<bool>(false));
        QVERIFY(map.followsPage);
        QCOMPARE(map.scope, u"BTC"_s);
        const WallPanel &tiles = layout->panels.at(2);
        QCOMPARE(tiles.indicators, QStringList({u"cpi.yoy"_s, u"exports"_s}));
        QVERIFY(!tiles.followsPage);
        QCOMPARE(tiles.options.value(u"columns").toInt(), 2);

        // A page's scope reaches the panels that follow it, never a pinned one.
        const ViewState mapView = map.viewState(u"VN25-79"_s);
        QCOMPARE(mapView.page, ViewState::Page::Map);
        QCOMPARE(mapView.scope, u"VN25-79"_s);
        QCOMPARE(mapView.indicator, u"grdp.growth"_s);
        QCOMPARE(mapView.period, u"2025-06"_s);
        QCOMPARE(map.viewState({}).scope, u"BTC"_s);
        QCOMPARE(tiles.viewState(u"VN25-79"_s).scope, u"VN25-01"_s);
        const WallLayout scoped = layout->withScope(u"VN25-48"_s);
        QCOMPARE(scoped.panels.at(1).scope, u"VN25-48"_s);
        QCOMPARE(scoped.panels.at(2).scope, u"VN25-01"_s);
        QCOMPARE(layout->withScope({}), *layout);
    }

    void defaultsAndViews()
    {
        const auto layout = WallLayout::fromJson(R"({"id": "d", "title": {"vi": "D", "en": "D"}, "panels": [
            {"id": "c", "kind": "chart", "cell": [0, 0], "indicator": "exports"}]})");
        QVERIFY2(layout.ok(), layout ? "" : qPrintable(layout.error().message));
        QCOMPARE(layout->screenSize, QSize(3840, 2160));
        QCOMPARE(layout->totalRows(), 2);
        QCOMPARE(layout->totalColumns(), 3);
        const ViewState v = layout->panels.at(0).viewState({});
        QCOMPARE(v.page, ViewState::Page::Indicator);
        QCOMPARE(v.scope, u"VN"_s);
        QCOMPARE(v.map34, std::nullopt);
    }

    void kindNamesReadBack()
    {
        for (int k = 0; k <= int(WallPanel::Kind::TaskSummary); ++k) {
            const auto kind = WallPanel::Kind(k);
            QCOMPARE(wallPanelKindFromName(wallPanelKindName(kind)), std::optional(kind));
        }
        QCOMPARE(wallPanelKindFromName(u"gauge"), std::nullopt);
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("place");
        QTest::addColumn<QString>("rule");
        const auto row = [](const char *name, const QByteArray &json, const char *place, const char *rule) {
            QTest::newRow(name) << json << QString::fromUtf8(place) << QString::fromLatin1(rule);
        };
        row("unknown kind", wall({R"({"id": "b", "kind": "gauge", "cell": [0, 1]})"}), "wall.json:9: panels[1].kind: ", "KIND_UNKNOWN");
        row("cell outside", wall({R"({"id": "b", "kind": "clock", "cell": [2, 0]})"}), "wall.json:9: panels[1].cell: ", "PANEL_OUTSIDE");
        row("span outside", wall({R"({"id": "b", "kind": "clock", "cell": [0, 3], "span": [1, 2]})"}), "wall.json:9: panels[1].span: ", "PANEL_OUTSIDE");
        row("overlap", wall({R"({"id": "b", "kind": "clock", "cell": [0, 0]})"}), "wall.json:9: panels[1].cell: ", "PANEL_OVERLAP");
        row("overlap by a span", wall({R"({"id": "b", "kind": "clock", "cell": [0, 1], "span": [2, 3]})"}), "wall.json:10: panels[2].cell: ", "PANEL_OVERLAP");
        row("duplicate id", wall({R"({"id": "a", "kind": "clock", "cell": [0, 1]})"}), "wall.json:9: panels[1].id: ", "ID_DUPLICATE");
        row("missing indicator", wall({R"({"id": "b", "kind": "map", "cell": [0, 1]})"}), "wall.json:9: panels[1].indicator: ", "INDICATOR_MISSING");
        row("unknown scope", wall({R"({"id": "b", "kind": "big-kpi", "cell": [0, 1], "indicator": "cpi.yoy", "scope": "VN-XX"})"}), "wall.json:9: panels[1].scope: ", "SCOPE_UNKNOWN");
        row("scope of a bad form", wall({R"({"id": "b", "kind": "big-kpi", "cell": [0, 1], "indicator": "cpi.yoy", "scope": "hanoi"})"}), "wall.json:9: panels[1].scope: ", "VALUE_INVALID");
        row("unknown layout scope", wall({}, R"("scope": "BKHDT2",)"), "wall.json:6: scope: ", "SCOPE_UNKNOWN");
        row("span of zero", wall({R"({"id": "b", "kind": "clock", "cell": [0, 1], "span": [0, 1]})"}), "wall.json:9: panels[1].span: ", "VALUE_OUT_OF_RANGE");
        row("span not a pair", wall({R"({"id": "b", "kind": "clock", "cell": [0, 1], "span": 2})"}), "wall.json:9: panels[1].span: ", "TYPE_MISMATCH");
        row("bad mode", wall({}, R"("mode": "wall",)"), "wall.json:6: mode: ", "VALUE_INVALID");
        row("unknown panel member", wall({R"({"id": "b", "kind": "chart", "cell": [0, 1], "indicatr": "cpi.yoy"})"}), "wall.json:9: panels[1].indicatr: ", "MEMBER_UNKNOWN");
        row("unknown root member", wall({}, R"("panel": [],)"), "wall.json:6: panel: ", "MEMBER_UNKNOWN");
        row("unknown option", wall({R"({"id": "b", "kind": "ranking", "cell": [0, 1], "indicator": "x", "options": {"limt": 5}})"}), "wall.json:9: panels[1].options.limt: ", "MEMBER_UNKNOWN");
        row("option out of range", wall({R"({"id": "b", "kind": "ranking", "cell": [0, 1], "indicator": "x", "options": {"limit": 0}})"}), "wall.json:9: panels[1].options.limit: ", "VALUE_OUT_OF_RANGE");
        row("option not a choice", wall({R"({"id": "b", "kind": "ranking", "cell": [0, 1], "indicator": "x", "options": {"order": "up"}})"}), "wall.json:9: panels[1].options.order: ", "VALUE_INVALID");
        row("options on a task summary", wall({R"({"id": "b", "kind": "task-summary", "cell": [0, 1], "options": {"limit": 3}})"}), "wall.json:9: panels[1].options.limit: ", "MEMBER_UNKNOWN");
        row("indicator on a clock", wall({R"({"id": "b", "kind": "clock", "cell": [0, 1], "indicator": "x"})"}), "wall.json:9: panels[1].indicator: ", "MEMBER_UNUSED");
        row("indicators on a chart", wall({R"({"id": "b", "kind": "chart", "cell": [0, 1], "indicator": "x", "indicators": ["y"]})"}), "wall.json:9: panels[1].indicators: ", "MEMBER_UNUSED");
        row("indicator listed twice", wall({R"({"id": "b", "kind": "kpi-tiles", "cell": [0, 1], "indicators": ["y", "y"]})"}), "wall.json:9: panels[1].indicators[1]: ", "VALUE_INVALID");
        row("text missing", wall({R"({"id": "b", "kind": "text", "cell": [0, 1]})"}), "wall.json:9: panels[1].text: ", "MEMBER_MISSING");
        row("tile title of another indicator", wall({R"({"id": "b", "kind": "kpi-tiles", "cell": [0, 1], "indicators": ["y"], "options": {"titles": {"z": "Z"}}})"}),
            "wall.json:9: panels[1].options.titles.z: ", "VALUE_INVALID");
        row("tile title too long", wall({R"({"id": "b", "kind": "kpi-tiles", "cell": [0, 1], "options": {"titles": {"y": "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"}}})"}),
            "wall.json:9: panels[1].options.titles.y: ", "VALUE_INVALID");
        row("tile titles not an object", wall({R"({"id": "b", "kind": "kpi-tiles", "cell": [0, 1], "options": {"titles": ["Y"]}})"}),
            "wall.json:9: panels[1].options.titles: ", "TYPE_MISMATCH");
        row("panel title without Vietnamese", wall({R"({"id": "b", "kind": "clock", "cell": [0, 1], "title": {"en": "Time"}})"}),
            "wall.json:9: panels[1].title.vi: ", "MEMBER_MISSING");
        row("map of 50", wall({R"({"id": "b", "kind": "map", "cell": [0, 1], "indicator": "x", "map": 50})"}), "wall.json:9: panels[1].map: ", "VALUE_INVALID");
        row("bad period", wall({R"({"id": "b", "kind": "chart", "cell": [0, 1], "indicator": "x", "period": "2026-13"})"}), "wall.json:9: panels[1].period: ", "VALUE_INVALID");
        row("member twice", wall({R"({"id": "b", "id": "c", "kind": "clock", "cell": [0, 1]})"}), "wall.json:9: panels[1].id: ", "MEMBER_DUPLICATE");
        row("not JSON", wall({R"({"id": "b" "kind": "clock"})"}), "wall.json:9: not JSON", "JSON_INVALID");
        row("no screen rows", wall({}, R"("mode": "screens",)", R"("screens": {"rows": 0},)"), "wall.json:4: screens.rows: ", "VALUE_OUT_OF_RANGE");
        row("absurd wall", wall({}, R"("mode": "screens",)", R"("screens": {"columns": 3, "width": 16384},)"), "wall.json:4: screens: ", "VALUE_OUT_OF_RANGE");
        row("screen placed twice", wall({}, R"("mode": "screens",)", R"("screens": {"columns": 2, "placement": [{"row": 0, "column": 0, "index": 0}, {"row": 0, "column": 0, "index": 1}]},)"),
            "wall.json:4: screens.placement[1]: ", "PLACEMENT_DUPLICATE");
        row("placement short", wall({}, R"("mode": "screens",)", R"("screens": {"columns": 2, "placement": [{"row": 0, "column": 0, "index": 0}]},)"),
            "wall.json:4: screens.placement: ", "VALUE_INVALID");
        row("placement names no screen", wall({}, R"("mode": "screens",)", R"("screens": {"columns": 2, "placement": [{"row": 0, "column": 0}, {"row": 0, "column": 1, "index": 1}]},)"),
            "wall.json:4: screens.placement[0]: ", "MEMBER_MISSING");
        row("canvas placed twice", wall({}, R"("mode": "canvas",)", R"("screens": {"columns": 2, "placement": [{"row": 0, "column": 0, "index": 0}, {"row": 0, "column": 1, "index": 1}]},)"),
            "wall.json:4: screens.placement: ", "VALUE_INVALID");
        row("id of a bad form", "{\n\"id\": \"Big Wall\"}", "wall.json:2: id: ", "VALUE_INVALID");
        row("title without Vietnamese", "{\n\"id\": \"w\",\n\"title\": {\"en\": \"W\"}}", "wall.json:3: title.vi: ", "MEMBER_MISSING");
        row("no panels", "{\n\"id\": \"w\",\n\"title\": {\"vi\": \"W\"},\n\"panels\": []}", "wall.json:4: panels: ", "VALUE_OUT_OF_RANGE");
        row("version 2", "{\n\"version\": 2}", "wall.json:2: version: ", "VALUE_OUT_OF_RANGE");
    }

    void refused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, place);
        QFETCH(QString, rule);
        const auto layout = WallLayout::fromJson(json, u"wall.json"_s, &m_registry);
        QVERIFY(!layout.ok());
        QVERIFY2(layout.error().message.startsWith(place), qPrintable(layout.error().message));
        QCOMPARE(layout.error().rule, rule);
    }

    // Without a registry a scope is only checked for its form.
    void scopesWithoutARegistry()
    {
        QVERIFY(WallLayout::fromJson(wall({}, R"("scope": "VN-XX",)")).ok());
        QVERIFY(!WallLayout::fromJson(wall({}, R"("scope": "VN-XX",)"), {}, &m_registry).ok());
    }

    void examplesLoad_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : examples)
            QTest::newRow(qPrintable(name)) << name;
    }

    void examplesLoad()
    {
        QFETCH(QString, name);
        const auto layout = WallLayout::load(u":/walls/"_s + name + u".json"_s, &m_registry);
        QVERIFY2(layout.ok(), layout ? "" : qPrintable(layout.error().message));
        QCOMPARE(layout->id, name);
        QVERIFY(!layout->titleEn.isEmpty());
        // Every cell of an example is used: a wall has no holes.
        int area = 0;
        for (const WallPanel &p : layout->panels)
            area += p.cells.width() * p.cells.height();
        QCOMPARE(area, layout->totalRows() * layout->totalColumns());
        // What toJson writes reads back the same.
        const auto again = WallLayout::fromJson(layout->toJson(), layout->fileName, &m_registry);
        QVERIFY2(again.ok(), again ? "" : qPrintable(again.error().message));
        QCOMPARE(*again, *layout);
    }

    void examplesSayWhatTheyAre()
    {
        const auto briefing = WallLayout::load(u":/walls/briefing-4k.json"_s, &m_registry);
        QVERIFY(briefing.ok());
        QCOMPARE(briefing->canvasSize(), QSize(3840, 2160));
        const auto twoByTwo = WallLayout::load(u":/walls/wall-2x2-1080p.json"_s, &m_registry);
        QVERIFY(twoByTwo.ok());
        QCOMPARE(twoByTwo->mode, WallLayout::Mode::Screens);
        QCOMPARE(twoByTwo->screens.size(), 4);
        const auto map = std::find_if(twoByTwo->panels.cbegin(), twoByTwo->panels.cend(), [](const WallPanel &p) { return p.kind == WallPanel::Kind::Map; });
        QVERIFY(map != twoByTwo->panels.cend());
        QVERIFY(map->cells.height() > twoByTwo->cellRows); // across two screens
        const auto ministry = WallLayout::load(u":/walls/ministry-3-screens.json"_s, &m_registry);
        QVERIFY(ministry.ok());
        QCOMPARE(ministry->screenColumns, 3);
        QCOMPARE(ministry->panels.at(0).viewState({}).scope, u"BTC"_s);
        const auto canvas = WallLayout::load(u":/walls/canvas-7680x2160.json"_s, &m_registry);
        QVERIFY(canvas.ok());
        QCOMPARE(canvas->mode, WallLayout::Mode::Canvas);
        QCOMPARE(canvas->canvasSize(), QSize(7680, 2160));
    }

    void examplesMatchTheSchema()
    {
        const QString python = QStandardPaths::findExecutable(u"python3"_s);
        if (python.isEmpty())
            QSKIP("python3 is not installed");
        QStringList files;
        for (const QString &name : examples)
            files.append(sourcePath(u"resources/walls/"_s + name + u".json"_s));
        const QStringList playlists = {sourcePath(u"resources/walls/provinces-34.json"_s), sourcePath(u"resources/walls/cabinet-briefing.json"_s)};
        for (const auto &[schema, list] : {std::pair(u"wall-layout"_s, files), std::pair(u"wall-playlist"_s, playlists)}) {
            QProcess process;
            process.start(python, QStringList{sourcePath(u"tests/models/validate_wall_examples.py"_s), sourcePath(u"resources/schemas/"_s + schema + u".schema.json"_s)} + list);
            QVERIFY(process.waitForFinished(60000));
            if (process.exitCode() == 3)
                QSKIP("python3-jsonschema is not installed");
            QVERIFY2(process.exitCode() == 0, process.readAllStandardOutput().constData());
        }
    }

private:
    UnitRegistry m_registry;
};

QTEST_GUILESS_MAIN(TestWallLayout)
#include "tst_walllayout.moc"
