#include "analytics/classbreaks.h"

#include <QTest>

#include <cmath>

using namespace dh;
using ClassBreaks::Method;

class TestClassBreaks : public QObject
{
    Q_OBJECT

private:
    static void compareEdges(const QList<double> &actual, const QList<double> &expected)
    {
        QCOMPARE(actual.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            if (std::abs(actual.at(i) - expected.at(i)) > 1e-9)
                QFAIL(qPrintable(QStringLiteral("edge %1: %2, expected %3").arg(i).arg(actual.at(i)).arg(expected.at(i))));
        }
    }

private slots:
    void quantilesByHand()
    {
        // 1…9 in thirds: h = 8·(1/3) = 2,667 → 3 + 0,667·(4 − 3); h = 5,333 → 6 + 0,333.
        compareEdges(ClassBreaks::quantiles({9, 1, 8, 2, 7, 3, 6, 4, 5}, 3), {1.0, 11.0 / 3.0, 19.0 / 3.0, 9.0});
        // Quartiles of 10, 20, 30, 40, 50: h = 1, 2, 3 fall on order statistics.
        compareEdges(ClassBreaks::quantiles({50, 10, 40, 20, 30}, 4), {10, 20, 30, 40, 50});
    }

    void equalIntervalsByHand()
    {
        compareEdges(ClassBreaks::equalIntervals({0, 3, 10, 7}, 5), {0, 2, 4, 6, 8, 10});
        compareEdges(ClassBreaks::equalIntervals({-5, 5}, 4), {-5, -2.5, 0, 2.5, 5});
    }

    void naturalBreaksTextbook()
    {
        // {1,2,4,5} {7,9,10} {20}: squared deviations 10 + 4,667 + 0 = 14,667, the least of all
        // 21 partitions (the next best, {1,2,4} {5,7,9,10} {20}, costs 19,417).
        compareEdges(ClassBreaks::naturalBreaks({1, 2, 4, 5, 7, 9, 10, 20}, 3), {1, 5, 10, 20});
        // Two obvious clusters.
        compareEdges(ClassBreaks::naturalBreaks({1, 1.1, 0.9, 10, 10.2, 9.8}, 2), {0.9, 1.1, 10.2});
    }

    void naturalBreaksNeverSplitTies()
    {
        // Four 5s cannot be split between classes even when the counts would suggest it.
        const QList<double> edges = ClassBreaks::naturalBreaks({1, 5, 5, 5, 5, 9}, 3);
        compareEdges(edges, {1, 1, 5, 9});
        QCOMPARE(ClassBreaks::classOf(5, edges), 1);
    }

    void nanIgnored()
    {
        const double nan = std::nan("");
        compareEdges(ClassBreaks::equalIntervals({nan, 0, 10, nan}, 2), {0, 5, 10});
        compareEdges(ClassBreaks::naturalBreaks({nan, 1, 2, 4, 5, 7, 9, 10, 20, nan}, 3), {1, 5, 10, 20});
        compareEdges(ClassBreaks::quantiles({nan, 1, 2, 3}, 2), {1, 2, 3});
    }

    void degenerateInputs_data()
    {
        QTest::addColumn<int>("method");
        QTest::newRow("quantiles") << int(Method::Quantiles);
        QTest::newRow("equal intervals") << int(Method::EqualIntervals);
        QTest::newRow("natural breaks") << int(Method::NaturalBreaks);
    }

    void degenerateInputs()
    {
        QFETCH(int, method);
        const auto m = Method(method);
        QVERIFY(ClassBreaks::compute(m, {}, 5).isEmpty());
        QVERIFY(ClassBreaks::compute(m, {std::nan(""), std::nan("")}, 5).isEmpty());
        compareEdges(ClassBreaks::compute(m, {7, 7, 7, 7}, 5), {7, 7});
        QCOMPARE(ClassBreaks::classOf(7, ClassBreaks::compute(m, {7, 7, 7}, 4)), 0);
        compareEdges(ClassBreaks::compute(m, {3}, 5), {3, 3});
        // Fewer distinct values than classes: never more classes than values, edges ascending.
        const QList<double> two = ClassBreaks::compute(m, {1, 1, 2, 2, 2}, 6);
        QVERIFY(two.size() >= 2 && two.size() <= (m == Method::EqualIntervals ? 7 : 3));
        QVERIFY(std::is_sorted(two.cbegin(), two.cend()));
        QCOMPARE(two.first(), 1.0);
        QCOMPARE(two.last(), 2.0);
        // Classes are clamped to 1…9.
        QVERIFY(ClassBreaks::compute(m, {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}, 20).size() <= 10);
    }

    void tiesMergeQuantileEdges()
    {
        // Seven 1s out of ten: both tercile edges land on 1 (h = 3 and 6) and merge into one class.
        compareEdges(ClassBreaks::quantiles({1, 1, 1, 1, 1, 1, 1, 2, 3, 5}, 3), {1, 5});
    }

    void classOfEdges()
    {
        const QList<double> edges{0, 10, 20, 30};
        QCOMPARE(ClassBreaks::classOf(0, edges), 0);
        QCOMPARE(ClassBreaks::classOf(10, edges), 0);  // upper bounds belong to their class
        QCOMPARE(ClassBreaks::classOf(10.0001, edges), 1);
        QCOMPARE(ClassBreaks::classOf(20, edges), 1);
        QCOMPARE(ClassBreaks::classOf(30, edges), 2);
        QCOMPARE(ClassBreaks::classOf(-4, edges), 0);  // clamped
        QCOMPARE(ClassBreaks::classOf(99, edges), 2);
        QCOMPARE(ClassBreaks::classOf(std::nan(""), edges), -1);
        QCOMPARE(ClassBreaks::classOf(5, {}), -1);
    }

    void naturalBreaksOnSixtyThreeValues()
    {
        // 63 provinces: each class is a contiguous run of the sorted values, and the partition is
        // no worse than equal intervals' in squared deviation.
        QList<double> v;
        for (int i = 0; i < 63; ++i)
            v.append(std::pow(1.07, i) + (i % 5) * 0.3);
        for (int k = 3; k <= 9; ++k) {
            const QList<double> jenks = ClassBreaks::naturalBreaks(v, k);
            QCOMPARE(jenks.size(), k + 1);
            const auto cost = [&](const QList<double> &edges) {
                QList<double> sum(k, 0.0), sum2(k, 0.0), n(k, 0.0);
                for (double x : v) {
                    const int c = ClassBreaks::classOf(x, edges);
                    sum[c] += x;
                    sum2[c] += x * x;
                    n[c] += 1;
                }
                double total = 0;
                for (int c = 0; c < k; ++c)
                    total += n[c] > 0 ? sum2[c] - sum[c] * sum[c] / n[c] : 0.0;
                return total;
            };
            QVERIFY(cost(jenks) <= cost(ClassBreaks::equalIntervals(v, k)) + 1e-9);
            QVERIFY(cost(jenks) <= cost(ClassBreaks::quantiles(v, k)) + 1e-9);
        }
    }
};

QTEST_GUILESS_MAIN(TestClassBreaks)
#include "tst_classbreaks.moc"
