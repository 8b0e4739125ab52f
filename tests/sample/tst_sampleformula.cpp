#include "sample/sampleformula.h"

#include <QTest>

#include <bit>
#include <cmath>

using namespace dh;
using namespace Qt::StringLiterals;

namespace {

// Read from text at run time, so the compiler cannot fold the C++ side of a comparison into
// constants (it folds with correctly rounded arithmetic, the library need not round the same way).
SampleProvinceProfile hanoi()
{
    SampleProvinceProfile p;
    p.code = u"VN-HN"_s;
    p.population = u"8587"_s.toDouble();
    p.grdp = u"1430"_s.toDouble();
    p.areaKm2 = u"3360"_s.toDouble();
    p.forestPct = u"6.0"_s.toDouble();
    p.industry = u"0.8"_s.toDouble();
    p.tourism = u"25"_s.toDouble();
    return p;
}

quint64 bits(double v)
{
    return std::bit_cast<quint64>(v);
}

} // namespace

class TestSampleFormula : public QObject
{
    Q_OBJECT

private slots:
    void evaluates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("expected");
        QTest::newRow("number") << u"2.5"_s << 2.5;
        QTest::newRow("exponent") << u"45e6"_s << 45e6;
        QTest::newRow("field") << u"grdp"_s << 1430.0;
        QTest::newRow("precedence") << u"1 + 2 * 3"_s << 7.0;
        QTest::newRow("parentheses") << u"(1 + 2) * 3"_s << 9.0;
        QTest::newRow("left to right") << u"2 - 3 - 4"_s << -5.0;
        QTest::newRow("division") << u"8 / 4 / 2"_s << 1.0;
        QTest::newRow("negation") << u"-2 * 3 - -1"_s << -5.0;
        QTest::newRow("pow") << u"pow(2, 10)"_s << 1024.0;
        QTest::newRow("max") << u"max(1, industry)"_s << 1.0;
        QTest::newRow("min") << u"min(1, industry)"_s << 0.8;
        QTest::newRow("nested") << u"sqrt(pow(3, 2) + 16)"_s << 5.0;
        QTest::newRow("spaces") << u"  sqrt ( 16 )  "_s << 4.0;
    }
    void evaluates()
    {
        QFETCH(QString, text);
        QFETCH(double, expected);
        const auto f = SampleFormula::parse(text);
        QVERIFY2(f.ok(), f.ok() ? "" : qPrintable(f.error().message));
        QCOMPARE(bits((*f)(hanoi())), bits(expected));
    }

    // The very double the same expression gives in C++, operation for operation.
    void matchesTheCompiler()
    {
        const SampleProvinceProfile p = hanoi();
        const auto check = [&p](const QString &text, double expected) {
            const auto f = SampleFormula::parse(text);
            QVERIFY2(f.ok(), qPrintable(text));
            QVERIFY2(bits((*f)(p)) == bits(expected), qPrintable(text));
        };
        check(u"pow(grdp, 0.6) * pow(population, 0.4) * sqrt(industry)"_s,
              std::pow(p.grdp, 0.6) * std::pow(p.population, 0.4) * std::sqrt(p.industry));
        check(u"sqrt(population) * (1 + 0.3 * tourism)"_s, std::sqrt(p.population) * (1 + 0.3 * p.tourism));
        check(u"max(0, 2 * log(grdp * 1000 / population / 75) + 10) - 10"_s,
              std::max(0.0, 2.0 * std::log(p.grdp * 1000.0 / p.population / 75.0) + 10.0) - 10.0);
        check(u"pow(grdp * 1000 / population / 75, -1.6)"_s, std::pow(p.grdp * 1000.0 / p.population / 75.0, -1.6));
        check(u"12 + 3.5 * log(population * 1000 / areaKm2 / 50 + 1)"_s,
              12.0 + 3.5 * std::log(p.population * 1000.0 / p.areaKm2 / 50.0 + 1.0));
        check(u"exp(0.12 * log(population * max(1, grdp) / 40000))"_s,
              std::exp(0.12 * std::log(p.population * std::max(1.0, p.grdp) / 40000.0)));
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("problem");
        QTest::newRow("empty") << QString() << u"ends too early"_s;
        QTest::newRow("dangling operator") << u"grdp +"_s << u"ends too early"_s;
        QTest::newRow("unknown name") << u"gdp * 2"_s << u"gdp is neither a function"_s;
        QTest::newRow("arguments") << u"pow(grdp)"_s << u"pow takes 2 arguments"_s;
        QTest::newRow("no parentheses") << u"sqrt grdp"_s << u"sqrt needs its arguments in parentheses"_s;
        QTest::newRow("unclosed") << u"(1 + 2"_s << u"\")\" is missing"_s;
        QTest::newRow("two numbers") << u"1 2"_s << u"unexpected 2"_s;
        QTest::newRow("symbol") << u"1 $ 2"_s << u"unexpected $"_s;
        QTest::newRow("bad number") << u"1.2.3"_s << u"1.2.3 is not a number"_s;
    }
    void refuses()
    {
        QFETCH(QString, text);
        QFETCH(QString, problem);
        const auto f = SampleFormula::parse(text);
        QVERIFY(!f.ok());
        QCOMPARE(f.error().code, Error::Code::Invalid);
        QVERIFY2(f.error().message.contains(problem), qPrintable(f.error().message));
    }
};

QTEST_GUILESS_MAIN(TestSampleFormula)
#include "tst_sampleformula.moc"
