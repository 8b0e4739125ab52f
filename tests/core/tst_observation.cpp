#include "core/indicator.h"
#include "core/observation.h"

#include <QTest>

using namespace dh;

class TestObservation : public QObject
{
    Q_OBJECT

private slots:
    void disaggregationKeys()
    {
        QCOMPARE(*DisaggregationKey::canonical(u"tax=vat;level=central"), u"level=central;tax=vat"_qs);
        QCOMPARE(*DisaggregationKey::canonical(u" level = local "), u"level=local"_qs);
        QVERIFY(DisaggregationKey::canonical(u"").has_value());
        QVERIFY(DisaggregationKey::canonical(u"")->isEmpty());
        QVERIFY(!DisaggregationKey::canonical(u"level").has_value());
        QVERIFY(!DisaggregationKey::canonical(u"=x").has_value());
        QVERIFY(!DisaggregationKey::canonical(u"level=").has_value());
        QVERIFY(!DisaggregationKey::canonical(u"level=a;level=b").has_value()); // one value per dimension
        QCOMPARE(DisaggregationKey::dimensions(u"level=central;tax=vat"), (QStringList{u"level"_qs, u"tax"_qs}));
    }

    void statusNames()
    {
        QCOMPARE(statusFromName(u""), std::optional(ObservationStatus::Final));
        QCOMPARE(statusFromName(u"provisional"), std::optional(ObservationStatus::Provisional));
        QCOMPARE(statusFromName(u"estimate"), std::optional(ObservationStatus::Estimate));
        QVERIFY(!statusFromName(u"guess").has_value());
        for (auto s : {ObservationStatus::Final, ObservationStatus::Provisional, ObservationStatus::Estimate})
            QCOMPARE(statusFromName(statusName(s)), std::optional(s));
    }

    void enumNamesRoundTrip()
    {
        for (int r = 0; r <= int(AggregationRule::NotAdditive); ++r)
            QCOMPARE(aggregationFromName(aggregationName(AggregationRule(r))), std::optional(AggregationRule(r)));
        for (int f = 0; f <= int(IndicatorField::InfrastructureScience); ++f) {
            QCOMPARE(fieldFromName(fieldName(IndicatorField(f))), std::optional(IndicatorField(f)));
            QVERIFY(!fieldLabelVi(IndicatorField(f)).isEmpty());
        }
        QCOMPARE(valueKindFromName(u"cumulative"), std::optional(ValueKind::Cumulative));
        QCOMPARE(polarityFromName(u"lower-is-better"), std::optional(Polarity::LowerIsBetter));
        QCOMPARE(originFromName(u"real"), std::optional(DataOrigin::Real));
        QVERIFY(!aggregationFromName(u"median").has_value());
    }

    void periodicityFit()
    {
        Indicator monthly;
        monthly.periodicity = Period::Kind::Month;
        QVERIFY(monthly.fitsPeriodicity(Period::month(2025, 7)));
        QVERIFY(!monthly.fitsPeriodicity(Period::quarter(2025, 3)));
        QVERIFY(!monthly.fitsPeriodicity(Period()));
    }
};

QTEST_GUILESS_MAIN(TestObservation)
#include "tst_observation.moc"
