#include "core/unitregistry.h"
#include "testdata.h"

#include <QTest>

using namespace dh;

class TestUnitRegistry : public QObject
{
    Q_OBJECT

private:
    UnitRegistry m_registry;

    static QStringList codes(const QList<const AdminUnit *> &units)
    {
        QStringList out;
        for (const AdminUnit *u : units)
            out.append(u->code);
        return out;
    }

private slots:
    void initTestCase()
    {
        auto registry = UnitRegistry::fromResources();
        QVERIFY2(registry.ok(), registry.ok() ? "" : qPrintable(registry.error().message));
        m_registry = *registry;
    }

    void sameAsTheSharedTables()
    {
        if (!test::hasSharedData())
            QSKIP("../shared/data is not beside this checkout");
        const auto fromShared = UnitRegistry::fromCsv(
            test::readText(test::sharedDataPath(u"admin/provinces-2008.csv"_qs)),
            test::readText(test::sharedDataPath(u"admin/provinces-2025.csv"_qs)),
            test::readText(test::sharedDataPath(u"admin/ministries.csv"_qs)),
            test::readText(QStringLiteral(DIEUHANH_SOURCE_DIR "/resources/admin/countries.csv")));
        QVERIFY(fromShared.ok());
        QCOMPARE(fromShared->size(), m_registry.size());
    }

    void provincesAtDates()
    {
        const auto old = m_registry.unitsAt(AdminUnit::Level::Province, QDate(2025, 6, 30));
        const auto fresh = m_registry.unitsAt(AdminUnit::Level::Province, QDate(2025, 7, 1));
        QCOMPARE(old.size(), 63);
        QCOMPARE(fresh.size(), 34);
        QVERIFY(codes(old).contains(u"VN-HN"_qs));
        QVERIFY(!codes(fresh).contains(u"VN-HN"_qs));
        QVERIFY(codes(fresh).contains(u"VN25-01"_qs));
        QCOMPARE(m_registry.units(AdminUnit::Level::Province).size(), 63 + 34);
        QCOMPARE(m_registry.unitsAt(AdminUnit::Level::Nation, QDate(2010, 1, 1)).size(), 1);
    }

    void successorsAndPredecessors()
    {
        QCOMPARE(m_registry.successors(u"VN-HN"), QStringList{u"VN25-01"_qs});
        QCOMPARE(m_registry.predecessors(u"VN25-01"), QStringList{u"VN-HN"_qs});
        // Quảng Nam (VN-27) and Đà Nẵng (VN-DN) became Đà Nẵng (48).
        QCOMPARE(m_registry.find(u"VN-27")->nameVi, u"Quảng Nam"_qs);
        QCOMPARE(m_registry.successors(u"VN-27"), QStringList{u"VN25-48"_qs});
        QStringList daNang = m_registry.predecessors(u"VN25-48");
        daNang.sort();
        QCOMPARE(daNang, (QStringList{u"VN-27"_qs, u"VN-DN"_qs}));
        // TP. Hồ Chí Minh (79) took in Bình Dương and Bà Rịa - Vũng Tàu (VN-43).
        const QStringList hcmc = m_registry.predecessors(u"VN25-79");
        QCOMPARE(hcmc.size(), 3);
        QVERIFY(hcmc.contains(u"VN-43"_qs));
        QCOMPARE(m_registry.find(u"VN-43")->nameVi, u"Bà Rịa - Vũng Tàu"_qs);
        QCOMPARE(m_registry.find(u"VN25-79")->nameVi, u"TP. Hồ Chí Minh"_qs);
    }

    void ministries()
    {
        QCOMPARE(m_registry.unitsAt(AdminUnit::Level::Ministry, QDate(2025, 2, 28)).size(), 22);
        QCOMPARE(m_registry.unitsAt(AdminUnit::Level::Ministry, QDate(2025, 3, 1)).size(), 17);
        QCOMPARE(m_registry.successors(u"BKHDT"), QStringList{u"BTC"_qs});
        QVERIFY(m_registry.predecessors(u"BTC").contains(u"BKHDT"_qs));
        QCOMPARE(m_registry.successors(u"BLDTBXH"), (QStringList{u"BNV"_qs, u"BGDDT"_qs, u"BYT"_qs}));
        QStringList agriculture = m_registry.predecessors(u"BNNMT");
        agriculture.sort();
        QCOMPARE(agriculture, (QStringList{u"BNNPTNT"_qs, u"BTNMT"_qs}));
        QCOMPARE(m_registry.find(u"BNNMT")->validFrom, QDate(2025, 3, 1));
    }

    void parentAndChildren()
    {
        QCOMPARE(m_registry.parent(u"VN-HN"), u"VN"_qs);
        QCOMPARE(m_registry.parent(u"BTC"), u"VN"_qs);
        const QStringList before = m_registry.children(u"VN", QDate(2025, 1, 1));
        const QStringList after = m_registry.children(u"VN", QDate(2025, 7, 1));
        QCOMPARE(before.size(), 63 + 22);
        QCOMPARE(after.size(), 34 + 17);
        QVERIFY(m_registry.children(u"VN-HN").isEmpty());
    }

    void resolve()
    {
        QCOMPARE(m_registry.resolve(u"VN-HN")->code, u"VN-HN"_qs);
        QCOMPARE(m_registry.resolve(u" VN25-48 ")->code, u"VN25-48"_qs);
        // GSO 48 is Đà Nẵng before and after the reform, but not the same unit.
        QCOMPARE(m_registry.resolve(u"48", QDate(2025, 6, 30))->code, u"VN-DN"_qs);
        QCOMPARE(m_registry.resolve(u"48", QDate(2025, 7, 1))->code, u"VN25-48"_qs);
        QCOMPARE(m_registry.resolve(u"THA")->level, AdminUnit::Level::Country);
        QVERIFY(m_registry.resolve(u"VN-99") == nullptr);
    }

    void coveringUnits()
    {
        QStringList members = m_registry.coveringUnitsAt(u"VN25-48", QDate(2020, 1, 1));
        members.sort();
        QCOMPARE(members, (QStringList{u"VN-27"_qs, u"VN-DN"_qs}));
        QCOMPARE(m_registry.coveringUnitsAt(u"VN25-48", QDate(2026, 1, 1)), QStringList{u"VN25-48"_qs});
        QVERIFY(m_registry.coveringUnitsAt(u"VN-DN", QDate(2026, 1, 1)).isEmpty());
    }

    void countries()
    {
        int asean = 0;
        int g20 = 0;
        for (const AdminUnit *c : m_registry.units(AdminUnit::Level::Country)) {
            asean += c->groups.contains(u"ASEAN"_qs);
            g20 += c->groups.contains(u"G20"_qs);
        }
        QCOMPARE(asean, 11);
        QCOMPARE(g20, 20);
        QCOMPARE(m_registry.find(u"IDN")->groups, (QStringList{u"ASEAN"_qs, u"G20"_qs}));
    }

    void badTablesAreRefused()
    {
        const QString p2008 = test::readText(test::resourcePath(u"admin/provinces-2008.csv"_qs));
        const QString p2025 = test::readText(test::resourcePath(u"admin/provinces-2025.csv"_qs));
        const QString ministries = test::readText(test::resourcePath(u"admin/ministries.csv"_qs));
        QVERIFY(!p2008.isEmpty() && !p2025.isEmpty() && !ministries.isEmpty());
        const QString countries = test::readText(QStringLiteral(DIEUHANH_SOURCE_DIR "/resources/admin/countries.csv"));

        QString noIso = p2008;
        noIso.replace(u"iso_3166_2"_qs, u"iso"_qs);
        const auto missingColumn = UnitRegistry::fromCsv(noIso, p2025, ministries, countries);
        QVERIFY(!missingColumn.ok());
        QVERIFY(missingColumn.error().message.contains(u"iso_3166_2"));

        QString unknownMember = p2025;
        unknownMember.replace(u"01,Hà Nội,Ha Noi,01"_qs, u"01,Hà Nội,Ha Noi,01 99"_qs);
        const auto badMerge = UnitRegistry::fromCsv(p2008, unknownMember, ministries, countries);
        QVERIFY(!badMerge.ok());
        QVERIFY(badMerge.error().message.contains(u"99"));

        QString badSuccessor = ministries;
        badSuccessor.replace(u"2025-02-28,BTC"_qs, u"2025-02-28,BXYZ"_qs);
        const auto successor = UnitRegistry::fromCsv(p2008, p2025, badSuccessor, countries);
        QVERIFY(!successor.ok());
        QVERIFY(successor.error().message.contains(u"BXYZ"));

        QVERIFY(!UnitRegistry::fromCsv(QString(), p2025, ministries, countries).ok());
    }
};

QTEST_GUILESS_MAIN(TestUnitRegistry)
#include "tst_unitregistry.moc"
