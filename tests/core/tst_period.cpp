#include "core/period.h"

#include <QTest>

using dh::Period;

class TestPeriod : public QObject
{
    Q_OBJECT

private slots:
    void parseAndFormat_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("month") << u"2025-07"_qs << int(Period::Kind::Month) << u"2025-07"_qs;
        QTest::newRow("month M") << u"2025-M07"_qs << int(Period::Kind::Month) << u"2025-07"_qs;
        QTest::newRow("quarter") << u"2025-Q3"_qs << int(Period::Kind::Quarter) << u"2025-Q3"_qs;
        QTest::newRow("half S") << u"2025-S1"_qs << int(Period::Kind::HalfYear) << u"2025-S1"_qs;
        QTest::newRow("half H") << u"2025-H2"_qs << int(Period::Kind::HalfYear) << u"2025-S2"_qs;
        QTest::newRow("nine months") << u"2025-9M"_qs << int(Period::Kind::NineMonths) << u"2025-9M"_qs;
        QTest::newRow("week") << u"2025-W27"_qs << int(Period::Kind::Week) << u"2025-W27"_qs;
        QTest::newRow("week 1 digit") << u"2025-W5"_qs << int(Period::Kind::Week) << u"2025-W05"_qs;
        QTest::newRow("year") << u"2025"_qs << int(Period::Kind::Year) << u"2025"_qs;
        QTest::newRow("day") << u"2025-07-14"_qs << int(Period::Kind::Day) << u"2025-07-14"_qs;
        QTest::newRow("hour") << u"2025-07-14T08"_qs << int(Period::Kind::Hour) << u"2025-07-14T08"_qs;
        QTest::newRow("hour minutes") << u"2025-07-14T08:00"_qs << int(Period::Kind::Hour) << u"2025-07-14T08"_qs;
        QTest::newRow("five years") << u"2021-2025"_qs << int(Period::Kind::FiveYears) << u"2021-2025"_qs;
        QTest::newRow("ten years") << u"2021-2030"_qs << int(Period::Kind::TenYears) << u"2021-2030"_qs;
        QTest::newRow("leap day") << u"2024-02-29"_qs << int(Period::Kind::Day) << u"2024-02-29"_qs;
    }

    void parseAndFormat()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QFETCH(QString, canonical);
        const auto p = Period::parse(text);
        QVERIFY(p.has_value());
        QCOMPARE(int(p->kind()), kind);
        QCOMPARE(p->toString(), canonical);
        QCOMPARE(Period::parse(p->toString()), p);
    }

    void rejectsMalformed_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *bad : {"", "25", "2025-13", "2025-00", "2025-Q5", "2025-Q0", "2025-S3", "2023-W53", "2025-W00",
                                "2025-02-29", "2025-07-32", "2025-07-14T24", "2025-07-14T08:30", "2021-2024", "2025/07",
                                "abcd", "2025-7", "2025-M7", "2025-07-1"})
            QTest::newRow(bad) << QString::fromLatin1(bad);
    }

    void rejectsMalformed()
    {
        QFETCH(QString, text);
        QVERIFY2(!Period::parse(text).has_value(), qPrintable(text));
    }

    void isoWeeks()
    {
        // 2020 has 53 ISO weeks; 29 December 2025 is in week 1 of 2026.
        QVERIFY(Period::parse(u"2020-W53").has_value());
        const Period w = Period::containing(Period::Kind::Week, QDate(2025, 12, 29));
        QCOMPARE(w.toString(), u"2026-W01"_qs);
        QCOMPARE(w.startDate(), QDate(2025, 12, 29));
        QCOMPARE(w.endDate(), QDate(2026, 1, 4));
        QCOMPARE(Period::parse(u"2025-W27")->startDate(), QDate(2025, 6, 30));
        QVERIFY(!Period::parse(u"2021-W53").has_value());
        QCOMPARE(Period::parse(u"2020-W53")->sameLastYear().toString(), u"2019-W52"_qs);
    }

    void nextPrevious()
    {
        const Period dec = Period::month(2024, 12);
        QCOMPARE(dec.next().toString(), u"2025-01"_qs);
        QCOMPARE(Period::month(2025, 1).previous().toString(), u"2024-12"_qs);
        QCOMPARE(Period::quarter(2025, 4).next().toString(), u"2026-Q1"_qs);
        QCOMPARE(Period::halfYear(2025, 1).previous().toString(), u"2024-S2"_qs);
        QCOMPARE(Period::day(QDate(2024, 2, 28)).next().toString(), u"2024-02-29"_qs);
        QCOMPARE(Period::hour(QDate(2025, 12, 31), 23).next().toString(), u"2026-01-01T00"_qs);
        QCOMPARE(Period::fiveYears(2021).next().toString(), u"2026-2030"_qs);
        QCOMPARE(Period::tenYears(2021).previous().toString(), u"2011-2020"_qs);
        QCOMPARE(Period::month(2025, 7).next(18).toString(), u"2027-01"_qs);
        QCOMPARE(Period::month(2026, 3).distanceFrom(Period::month(2025, 7)), 8);
    }

    void sameLastYear()
    {
        QCOMPARE(Period::month(2025, 1).sameLastYear().toString(), u"2024-01"_qs);
        QCOMPARE(Period::quarter(2025, 3).sameLastYear().toString(), u"2024-Q3"_qs);
        QCOMPARE(Period::day(QDate(2024, 2, 29)).sameLastYear().toString(), u"2023-02-28"_qs);
        QCOMPARE(Period::year(2025).sameLastYear().toString(), u"2024"_qs);
        QCOMPARE(Period::nineMonths(2025).sameLastYear().toString(), u"2024-9M"_qs);
        QVERIFY(!Period::fiveYears(2021).sameLastYear().isValid());
    }

    void containment()
    {
        const Period q3 = Period::quarter(2025, 3);
        const QList<Period> months = q3.subdivide(Period::Kind::Month);
        QCOMPARE(months.size(), 3);
        QCOMPARE(months.first().toString(), u"2025-07"_qs);
        QCOMPARE(months.last().toString(), u"2025-09"_qs);
        QVERIFY(q3.contains(Period::month(2025, 8)));
        QVERIFY(!q3.contains(Period::month(2025, 10)));
        QVERIFY(Period::year(2025).contains(q3));
        QVERIFY(Period::nineMonths(2025).contains(q3));
        QVERIFY(!Period::nineMonths(2025).contains(Period::quarter(2025, 4)));
        QCOMPARE(Period::nineMonths(2025).subdivide(Period::Kind::Quarter).size(), 3);
        QCOMPARE(Period::year(2025).subdivide(Period::Kind::HalfYear).size(), 2);
        QVERIFY(Period::year(2025).subdivide(Period::Kind::NineMonths).isEmpty());
        QVERIFY(Period::month(2025, 7).subdivide(Period::Kind::Week).isEmpty());
        QCOMPARE(Period::month(2024, 2).subdivide(Period::Kind::Day).size(), 29);
        QCOMPARE(Period::day(QDate(2025, 7, 1)).subdivide(Period::Kind::Hour).size(), 24);
        QCOMPARE(Period::fiveYears(2021).subdivide(Period::Kind::Year).size(), 5);
        QVERIFY(Period::day(QDate(2025, 7, 14)).contains(Period::hour(QDate(2025, 7, 14), 8)));
    }

    void yearToDate()
    {
        const QList<Period> ytd = Period::month(2025, 7).yearToDate();
        QCOMPARE(ytd.size(), 7);
        QCOMPARE(ytd.first().toString(), u"2025-01"_qs);
        QCOMPARE(ytd.last().toString(), u"2025-07"_qs);
        QCOMPARE(Period::month(2025, 1).yearToDate().size(), 1);
        QCOMPARE(Period::quarter(2025, 3).yearToDate().size(), 3);
        QCOMPARE(Period::day(QDate(2024, 3, 1)).yearToDate().size(), 61);
    }

    void containingDate()
    {
        QCOMPARE(Period::containing(Period::Kind::Quarter, QDate(2025, 8, 15)).toString(), u"2025-Q3"_qs);
        QCOMPARE(Period::containing(Period::Kind::FiveYears, QDate(2025, 8, 15)).toString(), u"2021-2025"_qs);
        QCOMPARE(Period::containing(Period::Kind::FiveYears, QDate(2026, 1, 1)).toString(), u"2026-2030"_qs);
        QCOMPARE(Period::containing(Period::Kind::TenYears, QDate(2020, 12, 31)).toString(), u"2011-2020"_qs);
        QVERIFY(!Period::containing(Period::Kind::NineMonths, QDate(2025, 10, 1)).isValid());
    }

    void ordering()
    {
        QVERIFY(Period::month(2025, 1) < Period::month(2025, 2));
        QVERIFY(Period::month(2025, 1) < Period::quarter(2025, 1)); // same start: shorter first
        QVERIFY(Period::quarter(2025, 1) < Period::month(2025, 4));
        QVERIFY(Period::month(2024, 12) < Period::year(2025));
    }

    void labels()
    {
        const QLocale vi(QLocale::Vietnamese, QLocale::Vietnam);
        const QLocale en(QLocale::English, QLocale::UnitedKingdom);
        QCOMPARE(Period::month(2025, 7).label(vi), u"tháng 7/2025"_qs);
        QCOMPARE(Period::quarter(2025, 3).label(vi), u"quý III/2025"_qs);
        QCOMPARE(Period::halfYear(2025, 1).label(vi), u"6 tháng đầu năm 2025"_qs);
        QCOMPARE(Period::month(2025, 7).label(en), u"Jul 2025"_qs);
        QCOMPARE(Period::quarter(2025, 3).label(en), u"Q3 2025"_qs);
        QCOMPARE(Period::year(2025).label(vi), u"năm 2025"_qs);
        QCOMPARE(Period::month(2025, 7).shortLabel(vi), u"T7/2025"_qs);
        QCOMPARE(Period::quarter(2025, 3).shortLabel(vi), u"QIII/2025"_qs);
        QCOMPARE(Period::month(2025, 7).shortLabel(en), u"7/2025"_qs);
        QCOMPARE(Period::year(2025).shortLabel(en), u"2025"_qs);
    }

    void kindNames()
    {
        for (int k = int(Period::Kind::Hour); k <= int(Period::Kind::TenYears); ++k)
            QCOMPARE(Period::kindFromName(Period::kindName(Period::Kind(k))), std::optional(Period::Kind(k)));
        QVERIFY(!Period::kindFromName(u"fortnight").has_value());
    }
};

QTEST_GUILESS_MAIN(TestPeriod)
#include "tst_period.moc"
