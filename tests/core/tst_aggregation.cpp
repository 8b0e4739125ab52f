#include "core/aggregation.h"

#include <QTest>

using namespace dh;

class TestAggregation : public QObject
{
    Q_OBJECT

private:
    static Indicator rule(AggregationRule r, double factor = 1.0)
    {
        Indicator i;
        i.code = QStringLiteral("pci");
        i.aggregation = r;
        i.ratioFactor = factor;
        return i;
    }
    static AggregationInput v(double value) { return AggregationInput{.value = value}; }

private slots:
    void acrossUnits()
    {
        QCOMPARE(*combineAcrossUnits(rule(AggregationRule::Sum), {v(10), v(32.5)}), 42.5);
        QCOMPARE(*combineAcrossUnits(rule(AggregationRule::LastValue), {v(10), v(32.5)}), 42.5); // stocks add
        QCOMPARE(*combineAcrossUnits(rule(AggregationRule::Mean), {v(2), v(4), v(9)}), 5.0);
        // CPI 3 % over 1 m people and 6 % over 2 m people: (3·1 + 6·2) / 3 = 5.
        QCOMPARE(*combineAcrossUnits(rule(AggregationRule::WeightedMean),
                                     {AggregationInput{.value = 3, .weight = 1}, AggregationInput{.value = 6, .weight = 2}}),
                 5.0);
        // Debt 10/100 and 30/50 of GDP: 100 × 40 / 150 = 26,67 %, not the mean of 10 % and 60 %.
        const auto ratio = combineAcrossUnits(rule(AggregationRule::RatioOfSums, 100),
                                              {AggregationInput{.numerator = 10, .denominator = 100},
                                               AggregationInput{.numerator = 30, .denominator = 50}});
        QVERIFY(qAbs(*ratio - 400.0 / 15.0) < 1e-12);
    }

    void refusals()
    {
        const auto notAdditive = combineAcrossUnits(rule(AggregationRule::NotAdditive), {v(60), v(70)});
        QVERIFY(!notAdditive.ok());
        QCOMPARE(notAdditive.error().code, Error::Code::Unsupported);
        QVERIFY(notAdditive.error().message.contains(u"pci"));
        QCOMPARE(*combineAcrossUnits(rule(AggregationRule::NotAdditive), {v(61.5)}), 61.5); // one member is itself

        const auto missing = combineAcrossUnits(rule(AggregationRule::Sum), {v(1), v(AggregationInput::missing)});
        QCOMPARE(missing.error().code, Error::Code::Incomplete);
        QCOMPARE(combineAcrossUnits(rule(AggregationRule::WeightedMean), {v(3), v(4)}).error().code, Error::Code::Incomplete);
        QCOMPARE(combineAcrossUnits(rule(AggregationRule::RatioOfSums),
                                    {AggregationInput{.numerator = 1, .denominator = 0}}).error().code,
                 Error::Code::Incomplete);
        QCOMPARE(combineAcrossUnits(rule(AggregationRule::Sum), {}).error().code, Error::Code::Incomplete);
    }

    // Two members near the largest double add up to infinity, which the importer would refuse: the
    // combination is refused, never an "inf" on a merged province.
    void overflowIsRefused()
    {
        for (const auto r : {AggregationRule::Sum, AggregationRule::LastValue, AggregationRule::Mean}) {
            const auto sum = combineAcrossUnits(rule(r), {v(1.7e308), v(1.7e308)});
            QVERIFY(!sum.ok());
            QCOMPARE(sum.error().code, Error::Code::Invalid);
            QCOMPARE(sum.error().rule, u"NON_FINITE"_qs);
            QVERIFY2(sum.error().message.contains(u"pci"), qPrintable(sum.error().message));
        }
        QCOMPARE(combineAcrossPeriods(rule(AggregationRule::Sum), {v(1.7e308), v(1.7e308)}).error().rule, u"NON_FINITE"_qs);
        QCOMPARE(combineAcrossUnits(rule(AggregationRule::RatioOfSums, 100), {AggregationInput{.numerator = 1e308, .denominator = 1}})
                     .error().rule,
                 u"NON_FINITE"_qs);
        QCOMPARE(*combineAcrossUnits(rule(AggregationRule::Sum), {v(1e308), v(-1e308)}), 0.0);
    }

    void acrossPeriods()
    {
        QCOMPARE(*combineAcrossPeriods(rule(AggregationRule::Sum), {v(1), v(2), v(3)}), 6.0);
        QCOMPARE(*combineAcrossPeriods(rule(AggregationRule::Mean), {v(1), v(2), v(6)}), 3.0);
        QCOMPARE(*combineAcrossPeriods(rule(AggregationRule::LastValue), {v(1), v(2), v(6)}), 6.0); // a stock: the end
        QCOMPARE(*combineAcrossPeriods(rule(AggregationRule::WeightedMean), {v(2), v(4)}), 3.0); // no weights: plain mean
        QCOMPARE(*combineAcrossPeriods(rule(AggregationRule::WeightedMean),
                                       {AggregationInput{.value = 2, .weight = 3}, AggregationInput{.value = 4, .weight = 1}}),
                 2.5);
        QCOMPARE(combineAcrossPeriods(rule(AggregationRule::LastValue), {v(1), v(AggregationInput::missing)}).error().code,
                 Error::Code::Incomplete);
        QCOMPARE(combineAcrossPeriods(rule(AggregationRule::NotAdditive), {v(1), v(2)}).error().code, Error::Code::Unsupported);
    }
};

QTEST_GUILESS_MAIN(TestAggregation)
#include "tst_aggregation.moc"
