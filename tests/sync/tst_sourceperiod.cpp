#include "sync/readers/sourceperiod.h"

#include <QTest>

using namespace dh;

// Periods as the statistical sources write them.
class TestSourcePeriod : public QObject
{
    Q_OBJECT

private slots:
    void readsEverySourceForm_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical");
        const QList<std::pair<const char *, const char *>> rows = {
            {"2025", "2025"}, {"2025-S1", "2025-S1"}, {"2025-Q3", "2025-Q3"}, {"2025-M07", "2025-07"},
            {"2025-07", "2025-07"}, {"2025-W27", "2025-W27"}, {"2025-07-14", "2025-07-14"}, {"2025-A1", "2025"},
            {"2025-D001", "2025-01-01"}, {"2024-D366", "2024-12-31"}, {"2025M07", "2025-07"}, {"2025Q3", "2025-Q3"},
            {"2025K3", "2025-Q3"}, {"2025S2", "2025-S2"}, {"2025H1", "2025-S1"}, {"2025W01", "2025-W01"},
            {"2025-01-01/P1Y", "2025"}, {"2025-07-01/P6M", "2025-S2"}, {"2025-04-01/P3M", "2025-Q2"},
            {"2025-07-01/P1M", "2025-07"}, {"2025-07-14/P7D", "2025-W29"}, {"2025-07-14/P1W", "2025-W29"},
            {"2025-07-14/P1D", "2025-07-14"}, {"2025-01-01T00:00:00/P1Y", "2025"}, {" 2025-Q1 ", "2025-Q1"},
        };
        for (const auto &[text, canonical] : rows)
            QTest::newRow(text) << QString::fromLatin1(text) << QString::fromLatin1(canonical);
    }

    void readsEverySourceForm()
    {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        const auto p = SourcePeriod::parse(text);
        QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().message));
        QCOMPARE(p->toString(), canonical);
    }

    void refusesWhatIsNoPeriod_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("rule");
        QTest::newRow("words") << u"last year"_qs << u"PERIOD_UNREADABLE"_qs;
        QTest::newRow("month 13") << u"2025M13"_qs << u"PERIOD_UNREADABLE"_qs;
        QTest::newRow("quarter 5") << u"2025-Q5"_qs << u"PERIOD_UNREADABLE"_qs;
        QTest::newRow("day 366 of 2025") << u"2025-D366"_qs << u"PERIOD_UNREADABLE"_qs;
        QTest::newRow("two years") << u"2025-01-01/P2Y"_qs << u"PERIOD_NOT_WHOLE"_qs;
        QTest::newRow("a year from July") << u"2025-07-01/P1Y"_qs << u"PERIOD_NOT_WHOLE"_qs;
        QTest::newRow("a quarter from May") << u"2025-05-01/P3M"_qs << u"PERIOD_NOT_WHOLE"_qs;
        QTest::newRow("a week from Tuesday") << u"2025-07-15/P7D"_qs << u"PERIOD_NOT_WHOLE"_qs;
        QTest::newRow("hours") << u"2025-07-14/PT1H"_qs << u"PERIOD_NOT_WHOLE"_qs;
        QTest::newRow("no start") << u"/P1Y"_qs << u"PERIOD_UNREADABLE"_qs;
    }

    void refusesWhatIsNoPeriod()
    {
        QFETCH(QString, text);
        QFETCH(QString, rule);
        const auto p = SourcePeriod::parse(text);
        QVERIFY(!p.ok());
        QCOMPARE(p.error().rule, rule);
        QVERIFY(p.error().message.contains(text.trimmed()));
    }

    void readsPxTimeCodes()
    {
        QCOMPARE(SourcePeriod::parsePx(u"2025", u"A1")->toString(), u"2025"_qs);
        QCOMPARE(SourcePeriod::parsePx(u"20252", u"H1")->toString(), u"2025-S2"_qs);
        QCOMPARE(SourcePeriod::parsePx(u"20253", u"Q1")->toString(), u"2025-Q3"_qs);
        QCOMPARE(SourcePeriod::parsePx(u"202507", u"M1")->toString(), u"2025-07"_qs);
        QCOMPARE(SourcePeriod::parsePx(u"202527", u"W1")->toString(), u"2025-W27"_qs);
        QCOMPARE(SourcePeriod::parsePx(u"2025M07", u"M1")->toString(), u"2025-07"_qs);
        QVERIFY(!SourcePeriod::parsePx(u"20255", u"Q1").ok());
    }
};

QTEST_GUILESS_MAIN(TestSourcePeriod)
#include "tst_sourceperiod.moc"
