#include "store/observationwriter.h"
#include "store/reaggregator.h"
#include "tempcache.h"

#include <QTest>

#include <cmath>

using namespace dh;
using test::TempCache;

// Hand numbers on Đà Nẵng (VN-DN) and Quảng Nam (VN-27), merged into Đà Nẵng (VN25-48) on
// 1 July 2025, and Hà Nội (VN-HN → VN25-01), which was not merged.
class TestReaggregator : public QObject
{
    Q_OBJECT

private:
    TempCache *m_t = nullptr;

    static Observation o(const char *indicator, const char *unit, const Period &p, double v)
    {
        return TempCache::observation(QString::fromLatin1(indicator), QString::fromLatin1(unit), p, v);
    }

    std::optional<double> valueOn(const char *indicator, const char *unit, const Period &p)
    {
        const auto s = Reaggregator(m_t->cache()).series({QString::fromLatin1(indicator), QString::fromLatin1(unit), QString(),
                                                          ValueKind::InPeriod, p.kind(), p, p});
        if (!s || s->points.isEmpty())
            return std::nullopt;
        return s->points.first().value;
    }

private slots:
    void initTestCase()
    {
        m_t = new TempCache;
        QVERIFY(m_t->ok());
        const Period jan = Period::month(2024, 1);
        const Period feb = Period::month(2024, 2);
        auto w = m_t->cache().writer(u"fixture"_qs);
        QVERIFY(w->begin(ObservationWriter::Mode::AllOrNothing).ok());
        for (const Observation &row : {
                 o("rev", "VN-DN", jan, 100), o("rev", "VN-27", jan, 50),
                 o("rev", "VN-DN", feb, 110), // Quảng Nam has no February
                 o("rev", "VN-HN", jan, 400),
                 o("pm", "VN-DN", jan, 20), o("pm", "VN-27", jan, 30),
                 o("cpi", "VN-DN", jan, 3.0), o("cpi", "VN-27", jan, 6.0),
                 o("pop", "VN-DN", Period::year(2024), 1000), o("pop", "VN-27", Period::year(2024), 2000),
                 o("debt", "VN-DN", jan, 10.0), o("debt", "VN-27", jan, 60.0),
                 o("debtStock", "VN-DN", jan, 10), o("debtStock", "VN-27", jan, 30),
                 o("gdp", "VN-DN", jan, 100), o("gdp", "VN-27", jan, 50),
                 o("km", "VN-DN", jan, 90), o("km", "VN-27", jan, 130),
                 o("pci", "VN-DN", Period::year(2024), 70.1), o("pci", "VN-27", Period::year(2024), 66.2),
                 o("pci", "VN-HN", Period::year(2024), 68.0),
                 o("plan", "VN-DN", jan, 100), o("plan", "VN-27", jan, 300),
             })
            QCOMPARE(w->write(row), ObservationWriter::Outcome::Written);
        for (const Observation &row : {
                 TempCache::observation(u"disbursed"_qs, u"VN-DN"_qs, jan, 30, 1, ValueKind::Cumulative),
                 TempCache::observation(u"disbursed"_qs, u"VN-27"_qs, jan, 10, 1, ValueKind::Cumulative),
                 TempCache::observation(u"disbursedRate"_qs, u"VN-DN"_qs, jan, 30, 1, ValueKind::Cumulative),
                 TempCache::observation(u"disbursedRate"_qs, u"VN-27"_qs, jan, 10.0 / 3, 1, ValueKind::Cumulative),
             })
            QCOMPARE(w->write(row), ObservationWriter::Outcome::Written);
        QVERIFY(w->commit()->committed);
    }

    void cleanupTestCase() { delete m_t; }

    void rules()
    {
        const Period jan = Period::month(2024, 1);
        QCOMPARE(*valueOn("rev", "VN25-48", jan), 150.0);              // sum
        QCOMPARE(*valueOn("pm", "VN25-48", jan), 25.0);                // mean
        QCOMPARE(*valueOn("cpi", "VN25-48", jan), 5.0);                // (3·1000 + 6·2000) / 3000
        QVERIFY(qAbs(*valueOn("debt", "VN25-48", jan) - 400.0 / 15.0) < 1e-12); // 100 × 40 / 150
        QVERIFY(qAbs(*valueOn("debt", "VN25-48", jan) - 35.0) > 1.0);  // not the mean of the ratios
        QCOMPARE(*valueOn("km", "VN25-48", jan), 220.0);               // stocks add across units
        QCOMPARE(*valueOn("rev", "VN25-01", jan), 400.0);              // an unmerged province reads through
        QCOMPARE(*valueOn("pci", "VN25-01", Period::year(2024)), 68.0); // even when not additive
        QCOMPARE(*valueOn("rev", "VN-DN", jan), 100.0);                // old units read as stored
    }

    void ratioOfPartsStoredDifferently()
    {
        const Period jan = Period::month(2024, 1);
        const auto s = Reaggregator(m_t->cache()).series({u"disbursedRate"_qs, u"VN25-48"_qs, QString(), ValueKind::Cumulative,
                                                          Period::Kind::Month, jan, jan});
        QVERIFY(s.ok());
        QCOMPARE(s->points.size(), 1);
        QCOMPARE(s->points.first().value, 10.0); // 100 × (30 + 10) / (100 + 300)
        QVERIFY(s->incomplete.isEmpty());
    }

    void missingMemberLeavesThePeriodOut()
    {
        const auto s = Reaggregator(m_t->cache()).series({u"rev"_qs, u"VN25-48"_qs});
        QVERIFY(s.ok());
        QVERIFY(s->reaggregated);
        QCOMPARE(s->points.size(), 1);
        QCOMPARE(s->incomplete, QList<Period>{Period::month(2024, 2)});
        QStringList members = s->members;
        members.sort();
        QCOMPARE(members, (QStringList{u"VN-27"_qs, u"VN-DN"_qs}));
    }

    // A period whose members overflow when combined is left out with the reason, not shown as inf.
    void anOverflowingPeriodIsRefused()
    {
        const Period march = Period::month(2024, 3);
        auto w = m_t->cache().writer(u"huge"_qs);
        QVERIFY(w->begin(ObservationWriter::Mode::AllOrNothing).ok());
        QCOMPARE(w->write(o("rev", "VN-DN", march, 1.7e308)), ObservationWriter::Outcome::Written);
        QCOMPARE(w->write(o("rev", "VN-27", march, 1.7e308)), ObservationWriter::Outcome::Written);
        QVERIFY(w->commit()->committed);
        const auto s = Reaggregator(m_t->cache()).series({u"rev"_qs, u"VN25-48"_qs});
        QVERIFY(s.ok());
        for (const SeriesPoint &p : s->points)
            QVERIFY(std::isfinite(p.value));
        QCOMPARE(s->refused.size(), 1);
        QCOMPARE(s->refused.first().first, march);
        QVERIFY2(s->refused.first().second.contains(u"too large"), qPrintable(s->refused.first().second));
        QVERIFY(!valueOn("rev", "VN25-48", march));
    }

    void notAdditiveRefuses()
    {
        const auto s = Reaggregator(m_t->cache()).series({u"pci"_qs, u"VN25-48"_qs, QString(), ValueKind::InPeriod, Period::Kind::Year});
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, Error::Code::Unsupported);
        QVERIFY(s.error().message.contains(u"not additive"));
        QVERIFY(s.error().message.contains(u"VN25-48"));
    }

    void crossSectionOnThe34()
    {
        QStringList units;
        for (const AdminUnit *u : m_t->registry().unitsAt(AdminUnit::Level::Province, QDate(2025, 7, 1)))
            units.append(u->code);
        QCOMPARE(units.size(), 34);
        const auto cross = Reaggregator(m_t->cache()).crossSection(u"rev"_qs, Period::month(2024, 1), units);
        QVERIFY(cross.ok());
        QCOMPARE(cross->size(), 2); // only Hà Nội and Đà Nẵng have complete members
        QHash<QString, double> byUnit;
        for (const UnitValue &v : *cross)
            byUnit.insert(v.unit, v.value);
        QCOMPARE(byUnit.value(u"VN25-48"_qs), 150.0);
        QCOMPARE(byUnit.value(u"VN25-01"_qs), 400.0);
        QCOMPARE(Reaggregator(m_t->cache()).crossSection(u"pci"_qs, Period::year(2024), units).error().code,
                 Error::Code::Unsupported);
    }
};

QTEST_GUILESS_MAIN(TestReaggregator)
#include "tst_reaggregator.moc"
