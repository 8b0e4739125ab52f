#include "analytics/derived.h"
#include "core/aggregation.h"

#include <QTest>

using namespace dh;

// Every expected number here was worked out by hand, not by the code under test.
class TestDerived : public QObject
{
    Q_OBJECT

private:
    static Indicator indicator(AggregationRule rule)
    {
        Indicator i;
        i.code = QStringLiteral("test");
        i.aggregation = rule;
        return i;
    }

    // Monthly budget revenue, 2024-01 … 2025-03.
    static ValueSeries revenue()
    {
        ValueSeries s;
        const double y2024[] = {100, 80, 120, 110, 90, 130, 140, 150, 95, 105, 115, 160};
        for (int m = 1; m <= 12; ++m)
            s.insert(Period::month(2024, m), y2024[m - 1]);
        s.insert(Period::month(2025, 1), 110);
        s.insert(Period::month(2025, 2), 90);
        s.insert(Period::month(2025, 3), 125);
        return s;
    }

private slots:
    void previousAndSameLastYear()
    {
        const ValueSeries s = revenue();
        QCOMPARE(*Derived::previousPeriod(s, Period::month(2025, 1)), 160.0); // January's previous is December
        QCOMPARE(*Derived::sameLastYear(s, Period::month(2025, 2)), 80.0);
        QCOMPARE(*Derived::percentChange(110, 160), -31.25);
        QCOMPARE(*Derived::percentChange(90, 80), 12.5);
        QCOMPARE(Derived::change(90, 80), 10.0);
        const auto none = Derived::previousPeriod(s, Period::month(2024, 1));
        QVERIFY(!none.ok());
        QCOMPARE(none.error().code, Error::Code::Incomplete);
        QVERIFY(none.error().message.contains(u"2023-12"));
        QCOMPARE(Derived::sameLastYear(s, Period::fiveYears(2021)).error().code, Error::Code::Unsupported);
    }

    void yearToDateSums()
    {
        const ValueSeries s = revenue();
        const Indicator sum = indicator(AggregationRule::Sum);
        QCOMPARE(*Derived::yearToDate(sum, s, Period::month(2025, 1)), 110.0); // January alone
        QCOMPARE(*Derived::yearToDate(sum, s, Period::month(2025, 3)), 325.0);
        QCOMPARE(*Derived::yearToDate(sum, s, Period::month(2024, 3)), 300.0);
        QCOMPARE(*Derived::yearToDate(sum, s, Period::month(2024, 12)), 1395.0);
        QCOMPARE(*Derived::percentChange(325, 300), 25.0 / 3.0);
    }

    void missingMonthIsIncompleteNotSmaller()
    {
        ValueSeries s = revenue();
        s.remove(Period::month(2025, 2));
        const auto ytd = Derived::yearToDate(indicator(AggregationRule::Sum), s, Period::month(2025, 3));
        QVERIFY(!ytd.ok());
        QCOMPARE(ytd.error().code, Error::Code::Incomplete);
        QVERIFY(ytd.error().message.contains(u"2025-02"));
    }

    void yearToDateByRule()
    {
        ValueSeries s;
        s.insert(Period::month(2025, 1), 2.0);
        s.insert(Period::month(2025, 2), 3.0);
        s.insert(Period::month(2025, 3), 4.0);
        QCOMPARE(*Derived::yearToDate(indicator(AggregationRule::Mean), s, Period::month(2025, 3)), 3.0);
        QCOMPARE(*Derived::yearToDate(indicator(AggregationRule::LastValue), s, Period::month(2025, 3)), 4.0);
        QCOMPARE(Derived::yearToDate(indicator(AggregationRule::NotAdditive), s, Period::month(2025, 3)).error().code,
                 Error::Code::Unsupported);
        QCOMPARE(*Derived::yearToDate(indicator(AggregationRule::NotAdditive), s, Period::month(2025, 1)), 2.0);
        QCOMPARE(Derived::yearToDate(indicator(AggregationRule::RatioOfSums), s, Period::month(2025, 3)).error().code,
                 Error::Code::Unsupported);
    }

    void yearToDateRatioOfSums()
    {
        ValueSeries num;
        ValueSeries den;
        num.insert(Period::month(2025, 1), 10);
        num.insert(Period::month(2025, 2), 20);
        num.insert(Period::month(2025, 3), 30);
        den.insert(Period::month(2025, 1), 100);
        den.insert(Period::month(2025, 2), 200);
        den.insert(Period::month(2025, 3), 100);
        Indicator rate = indicator(AggregationRule::RatioOfSums);
        rate.ratioFactor = 100;
        // 100 × 60 / 400 = 15, not the mean of the monthly ratios (10, 10, 30 → 16,67).
        QCOMPARE(*Derived::yearToDateRatio(rate, num, den, Period::month(2025, 3)), 15.0);
        den.remove(Period::month(2025, 2));
        QCOMPARE(Derived::yearToDateRatio(rate, num, den, Period::month(2025, 3)).error().code, Error::Code::Incomplete);
    }

    void quartersAndLeapYears()
    {
        ValueSeries q;
        q.insert(Period::quarter(2025, 1), 100);
        q.insert(Period::quarter(2025, 2), 200);
        q.insert(Period::quarter(2025, 3), 300);
        QCOMPARE(*Derived::yearToDate(indicator(AggregationRule::Sum), q, Period::quarter(2025, 3)), 600.0);

        // One unit a day: 1 January … 1 March holds 61 days in 2024, 60 in 2023.
        ValueSeries days;
        for (QDate d(2023, 1, 1); d <= QDate(2024, 3, 31); d = d.addDays(1))
            days.insert(Period::day(d), 1.0);
        const Indicator sum = indicator(AggregationRule::Sum);
        QCOMPARE(*Derived::yearToDate(sum, days, Period::day(QDate(2024, 3, 1))), 61.0);
        QCOMPARE(*Derived::yearToDate(sum, days, Period::day(QDate(2023, 3, 1))), 60.0);
        QCOMPARE(*Derived::sameLastYear(days, Period::day(QDate(2024, 2, 29))), 1.0); // read on 28 February 2023
        // February 2024 has 29 days, so its days sum to 29.
        const ValueSeries months = Derived::aggregateToKind(sum, days, Period::Kind::Month);
        QCOMPARE(months.value(Period::month(2024, 2)), 29.0);
        QCOMPARE(months.value(Period::month(2023, 2)), 28.0);
    }

    void inPeriodFromCumulative()
    {
        ValueSeries c; // FDI registered, year to date
        c.insert(Period::month(2024, 12), 900);
        c.insert(Period::month(2025, 1), 50);
        c.insert(Period::month(2025, 2), 120);
        c.insert(Period::month(2025, 3), 200);
        QCOMPARE(*Derived::inPeriodFromCumulative(c, Period::month(2025, 1)), 50.0); // January is its own
        QCOMPARE(*Derived::inPeriodFromCumulative(c, Period::month(2025, 2)), 70.0);
        QCOMPARE(*Derived::inPeriodFromCumulative(c, Period::month(2025, 3)), 80.0);
        const ValueSeries inPeriod = Derived::inPeriodSeries(c);
        QCOMPARE(inPeriod.size(), 3); // December 2024 needs November
        c.remove(Period::month(2025, 2));
        const auto gap = Derived::inPeriodFromCumulative(c, Period::month(2025, 3));
        QCOMPARE(gap.error().code, Error::Code::Incomplete);
        QVERIFY(gap.error().message.contains(u"2025-02"));
    }

    void cumulativeFromInPeriod()
    {
        ValueSeries s;
        s.insert(Period::month(2025, 1), 10);
        s.insert(Period::month(2025, 2), 20);
        s.insert(Period::month(2025, 3), 30);
        s.insert(Period::month(2026, 1), 5);
        s.insert(Period::month(2026, 3), 7); // February 2026 missing
        const ValueSeries c = Derived::cumulativeSeries(s);
        QCOMPARE(c.value(Period::month(2025, 1)), 10.0);
        QCOMPARE(c.value(Period::month(2025, 2)), 30.0);
        QCOMPARE(c.value(Period::month(2025, 3)), 60.0);
        QCOMPARE(c.value(Period::month(2026, 1)), 5.0);
        QVERIFY(!c.contains(Period::month(2026, 3)));
    }

    void targets()
    {
        QVERIFY(qAbs(*Derived::progressToTarget(1912345, 2436000) - 0.7850348932676519) < 1e-12);
        QCOMPARE(Derived::progressToTarget(1, 0).error().code, Error::Code::Incomplete);
        QCOMPARE(Derived::percentChange(5, 0).error().code, Error::Code::Incomplete);
        QVERIFY(Derived::meetsTarget(Polarity::LowerIsBetter, 3.57, 4.5));  // CPI under its ceiling
        QVERIFY(!Derived::meetsTarget(Polarity::LowerIsBetter, 4.6, 4.5));
        QVERIFY(Derived::meetsTarget(Polarity::HigherIsBetter, 8.02, 8.0)); // growth over its floor
        QVERIFY(!Derived::meetsTarget(Polarity::HigherIsBetter, 7.9, 8.0));
    }

    void aggregateToQuarters()
    {
        const ValueSeries s = revenue();
        const ValueSeries q = Derived::aggregateToKind(indicator(AggregationRule::Sum), s, Period::Kind::Quarter);
        QCOMPARE(q.value(Period::quarter(2024, 1)), 300.0);
        QCOMPARE(q.value(Period::quarter(2024, 2)), 330.0);
        QCOMPARE(q.value(Period::quarter(2024, 3)), 385.0);
        QCOMPARE(q.value(Period::quarter(2024, 4)), 380.0);
        QCOMPARE(q.value(Period::quarter(2025, 1)), 325.0);
        QCOMPARE(q.size(), 5);
        const ValueSeries y = Derived::aggregateToKind(indicator(AggregationRule::Sum), s, Period::Kind::Year);
        QCOMPARE(y.size(), 1); // 2025 is incomplete
        QCOMPARE(y.value(Period::year(2024)), 1395.0);
        const ValueSeries nine = Derived::aggregateToKind(indicator(AggregationRule::Sum), s, Period::Kind::NineMonths);
        QCOMPARE(nine.value(Period::nineMonths(2024)), 1015.0);
        const ValueSeries mean = Derived::aggregateToKind(indicator(AggregationRule::Mean), s, Period::Kind::Quarter);
        QCOMPARE(mean.value(Period::quarter(2024, 1)), 100.0);
    }

    // A 2025 province read across the July 2025 reform: Đà Nẵng (new) = Đà Nẵng + Quảng Nam (old).
    void yearToDateAcrossTheReform()
    {
        Indicator sum = indicator(AggregationRule::Sum);
        ValueSeries merged;
        for (int m = 1; m <= 8; ++m) {
            const double daNang = 9 + m;    // 10 … 17, Σ 108
            const double quangNam = 19 + m; // 20 … 27, Σ 188
            const auto v = combineAcrossUnits(sum, {AggregationInput{.value = daNang}, AggregationInput{.value = quangNam}});
            QVERIFY(v.ok());
            merged.insert(Period::month(2025, m), *v);
        }
        QCOMPARE(*Derived::yearToDate(sum, merged, Period::month(2025, 8)), 296.0);
        QCOMPARE(*Derived::yearToDate(sum, merged, Period::month(2025, 6)), 10 + 11 + 12 + 13 + 14 + 15 + 20 + 21 + 22 + 23 + 24 + 25.0);
        QCOMPARE(*Derived::previousPeriod(merged, Period::month(2025, 7)), 15.0 + 25.0); // June, before the reform
    }
};

QTEST_GUILESS_MAIN(TestDerived)
#include "tst_derived.moc"
