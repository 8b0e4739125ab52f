#include "models/provincerankingmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

#include <cmath>

using namespace dh;

// The ranked list beside the map, and the province table it is cut from: order by polarity with
// missing values left out, what the view says about refused provinces, and the list's text in
// either language.
class TestProvinceRankingModel : public QObject
{
    Q_OBJECT

private:
    static constexpr double nan = std::numeric_limits<double>::quiet_NaN();

    static Indicator revenue()
    {
        Indicator i;
        i.code = u"budget.revenue"_qs;
        i.unitVi = u"tỷ đồng"_qs;
        i.unitEn = u"VND bn"_qs;
        i.decimals = 1;
        return i;
    }

    // Four provinces over two months; Huế has no June value, Cần Thơ none at all in July.
    static ProvinceTable table()
    {
        ProvinceTable t;
        t.periods = {Period::month(2025, 6), Period::month(2025, 7)};
        t.rows = {
            {u"VN25-01"_qs, u"Hà Nội"_qs, u"Ha Noi"_qs, {30000.0, 31234.5}},
            {u"VN25-46"_qs, u"Huế"_qs, u"Hue"_qs, {nan, 1500.0}},
            {u"VN25-79"_qs, u"Thành phố Hồ Chí Minh"_qs, u"Ho Chi Minh City"_qs, {45000.0, 9000.26}},
            {u"VN25-92"_qs, u"Cần Thơ"_qs, u"Can Tho"_qs, {800.0, nan}},
        };
        return t;
    }

    static QStringList units(const QList<RankedProvince> &ranking)
    {
        QStringList out;
        for (const RankedProvince &p : ranking)
            out.append(p.unit);
        return out;
    }

private slots:
    void rankedAtFollowsThePolarityAndSkipsMissingValues()
    {
        const ProvinceTable t = table();
        const Period july = Period::month(2025, 7);
        QCOMPARE(t.periodIndex(july), 1);
        QCOMPARE(units(t.rankedAt(july, Polarity::HigherIsBetter)),
                 (QStringList{u"VN25-01"_qs, u"VN25-79"_qs, u"VN25-46"_qs})); // Cần Thơ has no July value
        QCOMPARE(units(t.rankedAt(july, Polarity::LowerIsBetter)),
                 (QStringList{u"VN25-46"_qs, u"VN25-79"_qs, u"VN25-01"_qs}));
        // June: another period, another order, Huế left out.
        QCOMPARE(units(t.rankedAt(Period::month(2025, 6), Polarity::HigherIsBetter)),
                 (QStringList{u"VN25-79"_qs, u"VN25-01"_qs, u"VN25-92"_qs}));
        const auto ranked = t.rankedAt(july, Polarity::HigherIsBetter);
        QCOMPARE(ranked.first().value, 31234.5);
        QCOMPARE(ranked.first().nameVi, u"Hà Nội"_qs);
        QCOMPARE(ranked.first().nameEn, u"Ha Noi"_qs);
        // A period the table does not have ranks nothing.
        QVERIFY(t.rankedAt(Period::month(2025, 8), Polarity::HigherIsBetter).isEmpty());
        QVERIFY(t.rankedAt(Period(), Polarity::HigherIsBetter).isEmpty());
    }

    void rankedAtKeepsTiesInTableOrder()
    {
        ProvinceTable t;
        t.periods = {Period::year(2024)};
        t.rows = {{u"A"_qs, {}, {}, {5.0}}, {u"B"_qs, {}, {}, {7.0}}, {u"C"_qs, {}, {}, {5.0}}};
        QCOMPARE(units(t.rankedAt(Period::year(2024), Polarity::HigherIsBetter)), (QStringList{u"B"_qs, u"A"_qs, u"C"_qs}));
        QCOMPARE(units(t.rankedAt(Period::year(2024), Polarity::LowerIsBetter)), (QStringList{u"A"_qs, u"C"_qs, u"B"_qs}));
    }

    void noticeSaysWhatIsLeftOut()
    {
        ProvinceTable t = table();
        QCOMPARE(t.notice(34), QString()); // nothing refused, nothing to say

        t.refused = {u"VN25-48"_qs, u"VN25-22"_qs};
        t.refusal = u"PCI is not additive"_qs;
        QCOMPARE(t.notice(34), u"2 of the 34 provinces cannot be shown: PCI is not additive"_qs);

        // Every province refused: the refusal alone, not "34 of the 34".
        t.rows.clear();
        QCOMPARE(t.notice(34), u"PCI is not additive"_qs);
    }

    void passesTheModelTesterWhileFilledResetAndRelocalised()
    {
        ProvinceRankingModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setRanking(revenue(), table().rankedAt(Period::month(2025, 7), Polarity::HigherIsBetter));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(ProvinceRankingModel::ColumnCount));
        model.setLocale(QLocale(QLocale::English));
        model.setRanking(revenue(), table().rankedAt(Period::month(2025, 6), Polarity::LowerIsBetter));
        QCOMPARE(model.rowCount(), 3);
        model.setRanking(revenue(), {});
        QCOMPARE(model.rowCount(), 0);
        model.setLocale(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    }

    void vietnameseRowsBestFirst()
    {
        ProvinceRankingModel model;
        model.setRanking(revenue(), table().rankedAt(Period::month(2025, 7), Polarity::HigherIsBetter));
        using C = ProvinceRankingModel::Column;
        QCOMPARE(model.index(0, C::RankColumn).data().toInt(), 1);
        QCOMPARE(model.index(2, C::RankColumn).data().toInt(), 3);
        QCOMPARE(model.index(0, C::NameColumn).data().toString(), u"Hà Nội"_qs);
        QCOMPARE(model.index(0, C::ValueColumn).data().toString(), u"31.234,5 tỷ đồng"_qs);
        QCOMPARE(model.index(1, C::NameColumn).data().toString(), u"Thành phố Hồ Chí Minh"_qs);
        QCOMPARE(model.index(1, C::ValueColumn).data().toString(), u"9.000,3 tỷ đồng"_qs);
        QCOMPARE(model.index(1, C::ValueColumn).data(ProvinceRankingModel::RawValueRole).toDouble(), 9000.26);
        // Every column of a row names its unit, so a click anywhere drills into the province.
        for (int column = 0; column < model.columnCount(); ++column)
            QCOMPARE(model.index(2, column).data(ProvinceRankingModel::UnitRole).toString(), u"VN25-46"_qs);
        QCOMPARE(model.rowOf(u"VN25-01"_qs), 0);
        QCOMPARE(model.rowOf(u"VN25-79"_qs), 1);
        QCOMPARE(model.rowOf(u"VN25-46"_qs), 2);
        QCOMPARE(model.rowOf(u"VN25-92"_qs), -1); // no value, not listed
        QCOMPARE(model.index(0, C::ValueColumn).data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
        QVERIFY(!model.index(0, C::NameColumn).data(Qt::TextAlignmentRole).isValid());
    }

    void englishAfterSetLocale()
    {
        ProvinceRankingModel model;
        model.setRanking(revenue(), table().rankedAt(Period::month(2025, 7), Polarity::HigherIsBetter));
        model.setLocale(QLocale(QLocale::English));
        using C = ProvinceRankingModel::Column;
        QCOMPARE(model.index(0, C::NameColumn).data().toString(), u"Ha Noi"_qs);
        QCOMPARE(model.index(0, C::ValueColumn).data().toString(), u"31,234.5 VND bn"_qs);
        QCOMPARE(model.index(1, C::NameColumn).data().toString(), u"Ho Chi Minh City"_qs);
        QCOMPARE(model.headerData(C::RankColumn, Qt::Horizontal).toString(), u"Rank"_qs);
        QCOMPARE(model.headerData(C::NameColumn, Qt::Horizontal).toString(), u"Province"_qs);
    }

    void lowerIsBetterRanksTheLowestFirst()
    {
        Indicator overdue = revenue();
        overdue.polarity = Polarity::LowerIsBetter;
        ProvinceRankingModel model;
        model.setRanking(overdue, table().rankedAt(Period::month(2025, 7), overdue.polarity));
        QCOMPARE(model.index(0, ProvinceRankingModel::NameColumn).data().toString(), u"Huế"_qs);
        QCOMPARE(model.index(0, ProvinceRankingModel::RankColumn).data().toInt(), 1);
        QCOMPARE(model.rowOf(u"VN25-01"_qs), 2);
    }
};

QTEST_GUILESS_MAIN(TestProvinceRankingModel)
#include "tst_provincerankingmodel.moc"
