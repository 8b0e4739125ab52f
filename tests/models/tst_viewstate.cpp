#include "models/navigator.h"

#include <QSignalSpy>
#include <QTest>

using namespace dh;

// Where the user is, as text (--view), as JSON (saved state) and as history (back/forward): each
// form reads back what it wrote, and malformed text is refused rather than half understood.
class TestViewState : public QObject
{
    Q_OBJECT

private:
    static ViewState state(ViewState::Page page, const QString &indicator = QString(), const QString &scope = u"VN"_qs,
                           const QString &period = QString(), std::optional<bool> map34 = std::nullopt)
    {
        ViewState s;
        s.page = page;
        s.indicator = indicator;
        s.scope = scope;
        s.period = period;
        s.map34 = map34;
        return s;
    }

private slots:
    void parsesViews_data()
    {
        using P = ViewState::Page;
        QTest::addColumn<QString>("text");
        QTest::addColumn<ViewState>("expected");
        QTest::newRow("home") << u"home"_qs << state(P::Home);
        QTest::newRow("home of a province") << u"home:VN25-01"_qs << state(P::Home, QString(), u"VN25-01"_qs);
        QTest::newRow("indicator") << u"indicator:budget.revenue"_qs << state(P::Indicator, u"budget.revenue"_qs);
        QTest::newRow("indicator of a province") << u"indicator:X:VN-HN"_qs << state(P::Indicator, u"X"_qs, u"VN-HN"_qs);
        QTest::newRow("catalog") << u"catalog"_qs << state(P::Catalogue);
        QTest::newRow("sync") << u"sync"_qs << state(P::Sync);
        QTest::newRow("tasks") << u"tasks"_qs << state(P::Tasks);
        QTest::newRow("tasks of a ministry") << u"tasks:BTC"_qs << state(P::Tasks, QString(), u"BTC"_qs);
        QTest::newRow("map") << u"map:pubinv.rate"_qs << state(P::Map, u"pubinv.rate"_qs);
        QTest::newRow("map at a period") << u"map:pubinv.rate:2025-06"_qs << state(P::Map, u"pubinv.rate"_qs, u"VN"_qs, u"2025-06"_qs);
        QTest::newRow("map at a period, 63") << u"map:pubinv.rate:2025-06:63"_qs
                                             << state(P::Map, u"pubinv.rate"_qs, u"VN"_qs, u"2025-06"_qs, false);
        QTest::newRow("map, 34") << u"map:pubinv.rate:34"_qs << state(P::Map, u"pubinv.rate"_qs, u"VN"_qs, QString(), true);
        // Any spelling the importer reads, kept in the canonical form.
        QTest::newRow("map, M-month") << u"map:pubinv.rate:2025-M06"_qs << state(P::Map, u"pubinv.rate"_qs, u"VN"_qs, u"2025-06"_qs);
        QTest::newRow("map, quarter") << u"map:grdp.growth:2025-Q2:34"_qs
                                      << state(P::Map, u"grdp.growth"_qs, u"VN"_qs, u"2025-Q2"_qs, true);
    }

    void parsesViews()
    {
        QFETCH(QString, text);
        QFETCH(ViewState, expected);
        const auto parsed = ViewState::parse(text);
        QVERIFY(parsed.has_value());
        QCOMPARE(int(parsed->page), int(expected.page));
        QCOMPARE(parsed->indicator, expected.indicator);
        QCOMPARE(parsed->scope, expected.scope);
        QCOMPARE(parsed->period, expected.period);
        QVERIFY(parsed->map34 == expected.map34);
        QVERIFY(*parsed == expected);
    }

    void rejectsMalformedViews_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("map without indicator") << u"map:"_qs;
        QTest::newRow("map alone") << u"map"_qs;
        QTest::newRow("map, not a period") << u"map:X:notaperiod"_qs;
        QTest::newRow("map, two maps") << u"map:X:34:63"_qs;
        QTest::newRow("map, period after the map") << u"map:X:34:2025-06"_qs;
        QTest::newRow("map, two periods") << u"map:X:2025-06:2025-07"_qs;
        QTest::newRow("map, too many parts") << u"map:X:2025-06:34:63"_qs;
        QTest::newRow("indicator alone") << u"indicator"_qs;
        QTest::newRow("indicator without code") << u"indicator:"_qs;
        QTest::newRow("indicator, too many parts") << u"indicator:X:VN:more"_qs;
        QTest::newRow("home, too many parts") << u"home:VN:more"_qs;
        QTest::newRow("catalog with a unit") << u"catalog:VN"_qs;
        QTest::newRow("sync with an endpoint") << u"sync:nso"_qs;
        QTest::newRow("tasks, empty unit") << u"tasks:"_qs;
        QTest::newRow("tasks, too many parts") << u"tasks:BTC:more"_qs;
        QTest::newRow("unknown page") << u"foo"_qs;
        QTest::newRow("empty") << QString();
    }

    void rejectsMalformedViews()
    {
        QFETCH(QString, text);
        QVERIFY(!ViewState::parse(text).has_value());
    }

    void jsonRoundTrip_data()
    {
        using P = ViewState::Page;
        QTest::addColumn<ViewState>("original");
        QTest::newRow("home") << state(P::Home);
        QTest::newRow("home of a ministry") << state(P::Home, QString(), u"BTC"_qs);
        QTest::newRow("indicator of a province") << state(P::Indicator, u"budget.revenue"_qs, u"VN25-48"_qs);
        QTest::newRow("indicator at a period") << state(P::Indicator, u"cpi.yoy"_qs, u"VN"_qs, u"2025-03"_qs);
        QTest::newRow("map") << state(P::Map, u"pubinv.rate"_qs);
        QTest::newRow("map at a period") << state(P::Map, u"pubinv.rate"_qs, u"VN"_qs, u"2025-06"_qs);
        QTest::newRow("catalog") << state(P::Catalogue);
        QTest::newRow("sync") << state(P::Sync);
        QTest::newRow("tasks of a province") << state(P::Tasks, QString(), u"VN25-01"_qs);
    }

    void jsonRoundTrip()
    {
        QFETCH(ViewState, original);
        const QJsonObject json = original.toJson();
        const ViewState back = ViewState::fromJson(json);
        QCOMPARE(int(back.page), int(original.page));
        QCOMPARE(back.indicator, original.indicator);
        QCOMPARE(back.scope, original.scope);
        QCOMPARE(back.period, original.period);
        QVERIFY(back == original);
    }

    void jsonNamesThePage()
    {
        // The saved file is read by people and by older versions: the page by name, not by number.
        QCOMPARE(state(ViewState::Page::Map, u"X"_qs).toJson().value(u"page").toString(), u"map"_qs);
        QCOMPARE(state(ViewState::Page::Catalogue).toJson().value(u"page").toString(), u"catalog"_qs);
        QCOMPARE(state(ViewState::Page::Tasks).toJson().value(u"page").toString(), u"tasks"_qs);
        QVERIFY(!state(ViewState::Page::Map, u"X"_qs).toJson().contains(u"period"));
        // What a file lacks or gets wrong falls back to the national home page.
        const ViewState empty = ViewState::fromJson({});
        QVERIFY(empty == ViewState());
        QCOMPARE(int(ViewState::fromJson({{u"page"_qs, u"nowhere"_qs}}).page), int(ViewState::Page::Home));
    }

    void navigatorGoBackForward()
    {
        Navigator nav;
        QSignalSpy changed(&nav, &Navigator::currentChanged);
        QVERIFY(nav.current() == ViewState());
        QVERIFY(!nav.canGoBack());
        QVERIFY(!nav.canGoForward());
        nav.back(); // nothing behind the start
        nav.forward();
        QCOMPARE(changed.size(), 0);

        const ViewState a = state(ViewState::Page::Indicator, u"budget.revenue"_qs);
        const ViewState b = state(ViewState::Page::Indicator, u"budget.revenue"_qs, u"VN25-48"_qs);
        const ViewState c = state(ViewState::Page::Map, u"budget.revenue"_qs, u"VN"_qs, u"2025-06"_qs);
        nav.go(a);
        nav.go(b);
        QCOMPARE(changed.size(), 2);
        QVERIFY(changed.last().at(0).value<ViewState>() == b);
        nav.go(b); // the same state again is no step
        QCOMPARE(changed.size(), 2);
        QVERIFY(nav.canGoBack());
        QVERIFY(!nav.canGoForward());

        nav.back();
        QVERIFY(nav.current() == a);
        QVERIFY(changed.last().at(0).value<ViewState>() == a);
        QVERIFY(nav.canGoForward());
        nav.forward();
        QVERIFY(nav.current() == b);
        QVERIFY(!nav.canGoForward());
        nav.forward(); // nothing ahead
        QCOMPARE(changed.size(), 4);

        // Going somewhere new from the middle of the history drops what was ahead, like a browser.
        nav.back();
        nav.go(c);
        QVERIFY(nav.current() == c);
        QVERIFY(!nav.canGoForward());
        nav.back();
        QVERIFY(nav.current() == a);
        nav.back();
        QVERIFY(nav.current() == ViewState());
        QVERIFY(!nav.canGoBack());
    }

    void navigatorHistoryIsBounded()
    {
        Navigator nav;
        for (int i = 0; i < 500; ++i)
            nav.go(state(ViewState::Page::Home, QString(), QStringLiteral("U%1").arg(i)));
        int steps = 0;
        while (nav.canGoBack()) {
            nav.back();
            ++steps;
        }
        // A wall left running for days keeps a bounded history, and the oldest states go first.
        QVERIFY(steps < 500);
        QVERIFY(steps >= 100);
        QCOMPARE(nav.current().scope, QStringLiteral("U%1").arg(500 - 1 - steps));
    }
};

QTEST_GUILESS_MAIN(TestViewState)
#include "tst_viewstate.moc"
