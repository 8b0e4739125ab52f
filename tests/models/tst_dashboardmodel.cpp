#include "models/dashboardmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace dh;

// The home dashboard's tiles as the view receives them: figures computed from hand-built series
// (computeKpi, so the percent/points choice is the real one) and formatted in Vietnamese or English.
class TestDashboardModel : public QObject
{
    Q_OBJECT

private:
    static Observation observation(const QString &code, const Period &period, double value,
                                   ObservationStatus status = ObservationStatus::Final)
    {
        Observation o;
        o.indicator = code;
        o.unit = u"VN"_qs;
        o.period = period;
        o.value = value;
        o.status = status;
        return o;
    }

    static Indicator revenue()
    {
        Indicator i;
        i.code = u"budget.revenue"_qs;
        i.nameVi = u"Thu ngân sách nhà nước"_qs;
        i.nameEn = u"State budget revenue"_qs;
        i.unitVi = u"tỷ đồng"_qs;
        i.unitEn = u"VND bn"_qs;
        i.aggregation = AggregationRule::Sum;
        i.decimals = 1;
        return i;
    }

    static Indicator unemployment()
    {
        Indicator i;
        i.code = u"unemp.rate"_qs;
        i.nameVi = u"Tỷ lệ thất nghiệp"_qs;
        i.nameEn = u"Unemployment rate"_qs;
        i.unitVi = i.unitEn = u"%"_qs;
        i.aggregation = AggregationRule::RatioOfSums;
        i.polarity = Polarity::LowerIsBetter;
        i.decimals = 2;
        i.origin = DataOrigin::Real;
        i.sourceAgency = u"World Bank"_qs;
        return i;
    }

    // Three tiles: a total in tỷ đồng (changes in %), a rate in % (changes in points) and one the
    // loader could not compute, with its reason.
    static QList<DashboardTile> tiles()
    {
        const Indicator r = revenue();
        DashboardTile money{r,
                            computeKpi(r,
                                       {observation(r.code, Period::month(2024, 7), 1100.0),
                                        observation(r.code, Period::month(2025, 6), 1200.0),
                                        observation(r.code, Period::month(2025, 7), 1234.5, ObservationStatus::Provisional)},
                                       {}),
                            QString()};
        const Indicator u = unemployment();
        DashboardTile rate{u,
                           computeKpi(u,
                                      {observation(u.code, Period::month(2024, 7), 2.05),
                                       observation(u.code, Period::month(2025, 6), 2.45),
                                       observation(u.code, Period::month(2025, 7), 2.25)},
                                      {}),
                           QString()};
        Indicator pci;
        pci.code = u"pci"_qs;
        pci.nameVi = u"Chỉ số PCI"_qs;
        pci.nameEn = u"PCI"_qs;
        DashboardTile refused{pci, KpiFigures(), u"PCI is not additive: it cannot be combined."_qs};
        return {money, rate, refused};
    }

    static KpiText textAt(const DashboardModel &model, int row)
    {
        return model.index(row).data(DashboardModel::TextRole).value<KpiText>();
    }

private slots:
    void passesTheModelTesterWhileFilledResetAndRelocalised()
    {
        DashboardModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTiles(tiles(), true);
        QCOMPARE(model.rowCount(), 3);
        model.setLocale(QLocale(QLocale::English));
        model.setTiles(tiles().mid(0, 1), false);
        QCOMPARE(model.rowCount(), 1);
        model.setTiles({}, true);
        QCOMPARE(model.rowCount(), 0);
        model.setLocale(QLocale(QLocale::Vietnamese, QLocale::Vietnam)); // no rows: nothing to signal
        model.setTiles(tiles(), true);
        QCOMPARE(model.rowCount(), 3);
    }

    void vietnameseFormatting()
    {
        DashboardModel model;
        model.setTiles(tiles(), true);

        const KpiText money = textAt(model, 0);
        QCOMPARE(money.code, u"budget.revenue"_qs);
        QCOMPARE(money.title, u"Thu ngân sách nhà nước"_qs);
        QCOMPARE(money.value, u"1.234,5"_qs);
        QCOMPARE(money.unit, u"tỷ đồng"_qs);
        QCOMPARE(money.period, u"tháng 7/2025"_qs);
        QCOMPARE(money.deltas.size(), 2);
        // (1234,5 − 1200) / 1200 = +2,875 %; against July 2024, +12,2 %.
        QCOMPARE(money.deltas.at(0).text, u"+2,9 %"_qs);
        QCOMPARE(money.deltas.at(0).tone, 1);
        QCOMPARE(money.deltas.at(1).text, u"+12,2 %"_qs);
        QVERIFY(!money.badge.isEmpty()); // provisional says so
        QCOMPARE(money.footer, u"Simulated data"_qs); // a synthetic cache, no translator loaded

        QCOMPARE(model.index(0).data(Qt::DisplayRole).toString(), u"Thu ngân sách nhà nước"_qs);
        QCOMPARE(model.index(0).data(DashboardModel::TitleRole).toString(), u"Thu ngân sách nhà nước"_qs);
        QCOMPARE(model.index(0).data(DashboardModel::CodeRole).toString(), u"budget.revenue"_qs);
        QCOMPARE(model.index(0).data(DashboardModel::ValueRole).toDouble(), 1234.5);
        QCOMPARE(model.index(0).data(Qt::ToolTipRole).toString(), u"Thu ngân sách nhà nước: 1.234,5 tỷ đồng, tháng 7/2025"_qs);
    }

    void percentagesChangeInPoints()
    {
        DashboardModel model;
        model.setTiles(tiles(), true);
        const KpiText rate = textAt(model, 1);
        QCOMPARE(rate.value, u"2,25"_qs);
        QCOMPARE(rate.unit, u"%"_qs);
        // 2,25 against 2,45 is 0,2 points down (−8,2 % would be a percent of a percent), and
        // good news for a rate where lower is better.
        QCOMPARE(rate.deltas.size(), 2);
        QCOMPARE(rate.deltas.at(0).text, u"-0,2 pt"_qs);
        QCOMPARE(rate.deltas.at(0).direction, -1);
        QCOMPARE(rate.deltas.at(0).tone, 1);
        QCOMPARE(rate.deltas.at(1).text, u"+0,2 pt"_qs);
        QCOMPARE(rate.deltas.at(1).tone, -1);
        QVERIFY(rate.badge.isEmpty());
        QCOMPARE(rate.footer, u"Source: World Bank"_qs); // real figures name their source
    }

    void refusedTileCarriesItsReason()
    {
        DashboardModel model;
        model.setTiles(tiles(), true);
        const KpiText refused = textAt(model, 2);
        QVERIFY(refused.value.isEmpty());
        QCOMPARE(refused.message, u"PCI is not additive: it cannot be combined."_qs);
        QVERIFY(!model.index(2).data(DashboardModel::ValueRole).isValid());
        QCOMPARE(model.index(2).data(Qt::ToolTipRole).toString(), refused.message);
    }

    void englishAfterSetLocale()
    {
        DashboardModel model;
        model.setTiles(tiles(), true);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setLocale(QLocale(QLocale::English));
        // Every row is re-formatted and said to have changed, so the tiles repaint.
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 2);

        const KpiText money = textAt(model, 0);
        QCOMPARE(money.title, u"State budget revenue"_qs);
        QCOMPARE(money.value, u"1,234.5"_qs);
        QCOMPARE(money.unit, u"VND bn"_qs);
        QCOMPARE(money.period, u"Jul 2025"_qs);
        QCOMPARE(money.deltas.at(0).text, u"+2.9 %"_qs);
        QCOMPARE(textAt(model, 1).deltas.at(0).text, u"-0.2 pt"_qs);
        QCOMPARE(model.index(0).data(Qt::ToolTipRole).toString(), u"State budget revenue: 1,234.5 VND bn, Jul 2025"_qs);

        model.setLocale(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
        QCOMPARE(textAt(model, 0).value, u"1.234,5"_qs);
    }

    void rowsByCode()
    {
        DashboardModel model;
        model.setTiles(tiles(), true);
        QCOMPARE(model.rowOf(u"budget.revenue"_qs), 0);
        QCOMPARE(model.rowOf(u"unemp.rate"_qs), 1);
        QCOMPARE(model.rowOf(u"pci"_qs), 2);
        QCOMPARE(model.rowOf(u"nowhere"_qs), -1);
        QCOMPARE(model.tile(1)->indicator.code, u"unemp.rate"_qs);
        QVERIFY(!model.tile(3));
        QVERIFY(!model.tile(-1));
        const auto names = model.roleNames();
        QCOMPARE(names.value(DashboardModel::CodeRole), QByteArray("code"));
        QCOMPARE(names.value(DashboardModel::ValueRole), QByteArray("value"));
    }
};

QTEST_GUILESS_MAIN(TestDashboardModel)
#include "tst_dashboardmodel.moc"
