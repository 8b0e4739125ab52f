#include "analytics/kpi.h"

#include <QTest>

#include <cmath>

using namespace dh;

class TestKpi : public QObject
{
    Q_OBJECT

private:
    static Observation obs(const Period &p, double v, ValueKind kind = ValueKind::InPeriod,
                           ObservationStatus status = ObservationStatus::Final)
    {
        Observation o;
        o.indicator = QStringLiteral("x");
        o.unit = QStringLiteral("VN");
        o.period = p;
        o.value = v;
        o.valueKind = kind;
        o.status = status;
        return o;
    }

private slots:
    void flowIndicator()
    {
        Indicator revenue;
        revenue.code = QStringLiteral("budget.revenue");
        revenue.unitEn = QStringLiteral("VND bn");
        revenue.aggregation = AggregationRule::Sum;
        QList<Observation> series;
        for (int m = 1; m <= 12; ++m)
            series.append(obs(Period::month(2024, m), 100));        // 2024: 100 a month
        for (int m = 1; m <= 3; ++m)
            series.append(obs(Period::month(2025, m), 100 + 10 * m)); // 110, 120, 130
        series.last().status = ObservationStatus::Provisional;
        const KpiFigures k = computeKpi(revenue, series, {obs(Period::year(2025), 1800, ValueKind::Target)}, 24);
        QVERIFY(k.latest.has_value());
        QCOMPARE(k.latest->value, 130.0);
        QCOMPARE(k.latest->status, ObservationStatus::Provisional);
        QCOMPARE(*k.previous, 120.0);
        QCOMPARE(*k.changeFromPrevious, 10.0 / 120.0 * 100.0);
        QCOMPARE(*k.changeFromLastYear, 30.0);
        QVERIFY(!k.changeInPoints);
        QCOMPARE(*k.yearToDate, 360.0);
        QCOMPARE(*k.yearToDateLastYear, 300.0);
        QCOMPARE(*k.yearToDateChange, 20.0);
        QCOMPARE(k.yearToDatePeriods, 3);
        QCOMPARE(*k.target, 1800.0);
        QCOMPARE(*k.progress, 0.2);         // 360 / 1800
        QCOMPARE(*k.onTrack, false);        // 20 % of the target after 25 % of the year
        QCOMPARE(k.sparkline.size(), 24);
        QCOMPARE(k.sparklinePeriods.first(), Period::month(2023, 4));
        QVERIFY(std::isnan(k.sparkline.first()));   // before the series starts
        QCOMPARE(k.sparkline.last(), 130.0);
    }

    void rateIndicatorChangesInPoints()
    {
        Indicator cpi;
        cpi.code = QStringLiteral("cpi.yoy");
        cpi.unitEn = cpi.unitVi = QStringLiteral("%");
        cpi.aggregation = AggregationRule::WeightedMean;
        cpi.polarity = Polarity::LowerIsBetter;
        const QList<Observation> series = {obs(Period::month(2024, 10), 2.9), obs(Period::month(2025, 9), 3.2),
                                           obs(Period::month(2025, 10), 3.5)};
        const KpiFigures k = computeKpi(cpi, series, {obs(Period::year(2025), 4.5, ValueKind::Target)});
        QVERIFY(k.changeInPoints);
        QVERIFY(qAbs(*k.changeFromPrevious - 0.3) < 1e-12);
        QVERIFY(qAbs(*k.changeFromLastYear - 0.6) < 1e-12);
        QVERIFY(!k.yearToDate.has_value()); // a rate does not add up over months
        QCOMPARE(*k.onTrack, true);         // 3,5 % under the 4,5 % ceiling
        QCOMPARE(changeTone(cpi, *k.changeFromPrevious), -1); // prices rising is bad news
    }

    void cumulativeIndicator()
    {
        Indicator fdi;
        fdi.code = QStringLiteral("fdi.registered");
        fdi.unitEn = QStringLiteral("USD m");
        fdi.storedAs = ValueKind::Cumulative;
        const QList<Observation> series = {obs(Period::month(2024, 2), 400, ValueKind::Cumulative),
                                           obs(Period::month(2025, 1), 150, ValueKind::Cumulative),
                                           obs(Period::month(2025, 2), 500, ValueKind::Cumulative)};
        const KpiFigures k = computeKpi(fdi, series, {obs(Period::year(2025), 2000, ValueKind::Target)});
        QVERIFY(!k.previous.has_value()); // January's year to date is another span
        QCOMPARE(*k.yearToDate, 500.0);
        QCOMPARE(*k.yearToDateChange, 25.0);
        QCOMPARE(*k.progress, 0.25);
    }

    void missingMonthLeavesProgressUnknown()
    {
        Indicator revenue;
        revenue.unitEn = QStringLiteral("VND bn");
        revenue.aggregation = AggregationRule::Sum;
        // February is missing: the year to date, and with it the progress, cannot be known.
        const QList<Observation> series = {obs(Period::month(2025, 1), 100), obs(Period::month(2025, 3), 120)};
        const KpiFigures k = computeKpi(revenue, series, {obs(Period::year(2025), 1200, ValueKind::Target)});
        QVERIFY(!k.yearToDate.has_value());
        QCOMPARE(*k.target, 1200.0);
        QVERIFY(!k.progress.has_value()); // not 120 / 1200
        QVERIFY(!k.onTrack.has_value());
    }

    void sharesOfSomethingChangeInPoints()
    {
        Indicator coverage;
        coverage.unitVi = QStringLiteral("% dân số");
        coverage.unitEn = QStringLiteral("% of population");
        coverage.aggregation = AggregationRule::RatioOfSums;
        const KpiFigures k = computeKpi(coverage, {obs(Period::month(2025, 1), 92.0), obs(Period::month(2025, 2), 92.5)}, {});
        QVERIFY(k.changeInPoints);
        QCOMPARE(*k.changeFromPrevious, 0.5);
    }

    void noData()
    {
        Indicator i;
        const KpiFigures k = computeKpi(i, {}, {});
        QVERIFY(!k.latest.has_value());
        QVERIFY(k.sparkline.isEmpty());
    }

    void tones()
    {
        Indicator up;
        up.polarity = Polarity::HigherIsBetter;
        Indicator down;
        down.polarity = Polarity::LowerIsBetter;
        Indicator neutral;
        neutral.polarity = Polarity::Neutral;
        QCOMPARE(changeTone(up, 1.0), 1);
        QCOMPARE(changeTone(up, -1.0), -1);
        QCOMPARE(changeTone(down, -1.0), 1);
        QCOMPARE(changeTone(down, 2.0), -1);
        QCOMPARE(changeTone(neutral, 5.0), 0);
        QCOMPARE(changeTone(up, 0.0), 0);
    }
};

QTEST_GUILESS_MAIN(TestKpi)
#include "tst_kpi.moc"
