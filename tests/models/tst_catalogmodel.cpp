#include "models/catalogmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace dh;

class TestCatalogModel : public QObject
{
    Q_OBJECT

private:
    static QList<CatalogEntry> entries()
    {
        CatalogEntry revenue;
        revenue.indicator.code = QStringLiteral("TC.THU_NSNN");
        revenue.indicator.nameVi = QStringLiteral("Thu ngân sách nhà nước");
        revenue.indicator.nameEn = QStringLiteral("State budget revenue");
        revenue.indicator.unitVi = QStringLiteral("tỷ đồng");
        revenue.indicator.unitEn = QStringLiteral("VND bn");
        revenue.indicator.decimals = 1;
        revenue.latestPeriod = Period::month(2025, 7);
        revenue.latestValue = 1234567.25;
        revenue.status = ObservationStatus::Provisional;
        revenue.retrievedAt = QDateTime(QDate(2025, 8, 2), QTime(9, 30), Qt::UTC);

        CatalogEntry gdp;
        gdp.indicator.code = QStringLiteral("WB.NY.GDP.MKTP.KD.ZG");
        gdp.indicator.nameVi = QStringLiteral("Tăng trưởng GDP");
        gdp.indicator.nameEn = QStringLiteral("GDP growth");
        gdp.indicator.unitVi = gdp.indicator.unitEn = QStringLiteral("%");
        gdp.indicator.periodicity = Period::Kind::Year;
        gdp.indicator.origin = DataOrigin::Real;
        gdp.indicator.decimals = 2;
        gdp.latestPeriod = Period::year(2024);
        gdp.latestValue = 7.04;

        CatalogEntry empty;
        empty.indicator.code = QStringLiteral("EMPTY");
        return {revenue, gdp, empty};
    }

private slots:
    void passesTheModelTester()
    {
        CatalogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries(entries());
        QCOMPARE(model.rowCount(), 3);
        model.setLocale(QLocale(QLocale::English));
        model.setEntries({});
        QCOMPARE(model.rowCount(), 0);
    }

    void vietnameseFormatting()
    {
        CatalogModel model;
        model.setEntries(entries());
        QCOMPARE(model.index(0, CatalogModel::Name).data().toString(), u"Thu ngân sách nhà nước"_qs);
        QCOMPARE(model.index(0, CatalogModel::Unit).data().toString(), u"tỷ đồng"_qs);
        QCOMPARE(model.index(0, CatalogModel::LatestValue).data().toString(), u"1.234.567,3"_qs);
        QCOMPARE(model.index(0, CatalogModel::LatestPeriod).data().toString(), u"tháng 7/2025"_qs);
        QCOMPARE(model.index(1, CatalogModel::LatestValue).data().toString(), u"7,04"_qs);
        QCOMPARE(model.index(1, CatalogModel::LatestPeriod).data().toString(), u"năm 2024"_qs);
        QCOMPARE(model.index(0, CatalogModel::LatestValue).data(CatalogModel::SortRole).toDouble(), 1234567.25);
        QVERIFY(model.index(2, CatalogModel::LatestValue).data(CatalogModel::SortRole).isNull());
    }

    void englishFormatting()
    {
        CatalogModel model;
        model.setEntries(entries());
        model.setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QCOMPARE(model.index(0, CatalogModel::Name).data().toString(), u"State budget revenue"_qs);
        QCOMPARE(model.index(0, CatalogModel::LatestValue).data().toString(), u"1,234,567.3"_qs);
        QCOMPARE(model.index(0, CatalogModel::LatestPeriod).data().toString(), u"Jul 2025"_qs);
    }

    void originAndStatusAreShown()
    {
        CatalogModel model;
        model.setEntries(entries());
        QCOMPARE(model.index(0, CatalogModel::Origin).data(CatalogModel::OriginRole).toInt(), int(DataOrigin::Synthetic));
        QCOMPARE(model.index(1, CatalogModel::Origin).data(CatalogModel::OriginRole).toInt(), int(DataOrigin::Real));
        QVERIFY(model.index(0, CatalogModel::Status).data().toString() != model.index(1, CatalogModel::Status).data().toString());
        QVERIFY(model.index(2, CatalogModel::Status).data().toString().isEmpty());
        QVERIFY(!model.index(2, CatalogModel::LatestValue).data().toString().isEmpty()); // says "no data"
        QCOMPARE(model.index(0, CatalogModel::Code).data(CatalogModel::CodeRole).toString(), u"TC.THU_NSNN"_qs);
    }
};

QTEST_GUILESS_MAIN(TestCatalogModel)
#include "tst_catalogmodel.moc"
