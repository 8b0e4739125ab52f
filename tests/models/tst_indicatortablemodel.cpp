#include "models/indicatortablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include <cmath>

using namespace dh;

// The table under the indicator chart, from hand-built view data: latest first, Vietnamese or
// English numbers with the unit, changes in % for amounts and in points for rates, sort roles
// that sort numbers and dates rather than their text.
class TestIndicatorTableModel : public QObject
{
    Q_OBJECT

private:
    static constexpr double nan = std::numeric_limits<double>::quiet_NaN();

    // Revenue in tỷ đồng: April, June, July 2025 (May missing, so June has no "previous").
    static IndicatorViewData amounts()
    {
        IndicatorViewData d;
        d.indicator.code = u"budget.revenue"_qs;
        d.indicator.unitVi = u"tỷ đồng"_qs;
        d.indicator.unitEn = u"VND bn"_qs;
        d.indicator.decimals = 1;
        d.periods = {Period::month(2025, 4), Period::month(2025, 6), Period::month(2025, 7)};
        d.values = {900.0, 1200.0, 1234.5};
        d.statuses = {ObservationStatus::Final, ObservationStatus::Estimate, ObservationStatus::Provisional};
        d.lastYear = {0.0, 1000.0, 1100.0};
        return d;
    }

    // A rate in "% GDP": its changes are differences in points.
    static IndicatorViewData rates()
    {
        IndicatorViewData d;
        d.indicator.code = u"debt.gdp"_qs;
        d.indicator.unitVi = u"% GDP"_qs;
        d.indicator.unitEn = u"% of GDP"_qs;
        d.indicator.decimals = 2;
        d.indicator.periodicity = Period::Kind::Quarter;
        d.periods = {Period::quarter(2025, 1), Period::quarter(2025, 2), Period::quarter(2025, 3)};
        d.values = {2.45, 2.25, 2.21};
        d.statuses = {ObservationStatus::Final, ObservationStatus::Final, ObservationStatus::Final};
        d.lastYear = {nan, 2.05, 2.25};
        return d;
    }

    static QString text(const QAbstractItemModel &model, int row, int column)
    {
        return model.index(row, column).data().toString();
    }

private slots:
    void passesTheModelTesterWhileFilledResetAndRelocalised()
    {
        IndicatorTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setView(amounts());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(IndicatorTableModel::ColumnCount));
        model.setLocale(QLocale(QLocale::English));
        model.setView(rates());
        QCOMPARE(model.rowCount(), 3);
        model.setView(IndicatorViewData());
        QCOMPARE(model.rowCount(), 0);
        model.setLocale(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
        model.setView(amounts());
        QCOMPARE(model.rowCount(), 3);
    }

    // A drill-down to another province of the same indicator brings the same periods: the rows
    // stay and their numbers change, so a view keeps its scroll position and selection. Another
    // indicator, or other periods, are other rows.
    void anotherProvinceChangesTheNumbersInPlace()
    {
        IndicatorTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setView(amounts());
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

        IndicatorViewData province = amounts();
        province.request.unit = u"VN25-48"_qs;
        province.values = {90.0, 120.0, 123.4};
        province.lastYear = {80.0, 100.0, 110.0};
        model.setView(province);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().at(0).toModelIndex(), model.index(0, 0));
        QCOMPARE(changes.first().at(1).toModelIndex(), model.index(2, IndicatorTableModel::ColumnCount - 1));
        QCOMPARE(text(model, 0, IndicatorTableModel::ValueColumn), u"123,4 tỷ đồng"_qs);
        QCOMPARE(text(model, 0, IndicatorTableModel::LastYearColumn), u"+12,2 %"_qs);

        IndicatorViewData longer = province;
        longer.periods.append(Period::month(2025, 8));
        longer.values.append(130.0);
        longer.statuses.append(ObservationStatus::Final);
        longer.lastYear.append(nan);
        model.setView(longer);
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.rowCount(), 4);
        model.setView(rates());
        QCOMPARE(resets.size(), 2);
    }

    void vietnameseLatestFirst()
    {
        IndicatorTableModel model;
        model.setView(amounts());
        using C = IndicatorTableModel::Column;
        QCOMPARE(text(model, 0, C::PeriodColumn), u"tháng 7/2025"_qs);
        QCOMPARE(text(model, 1, C::PeriodColumn), u"tháng 6/2025"_qs);
        QCOMPARE(text(model, 2, C::PeriodColumn), u"tháng 4/2025"_qs);
        QCOMPARE(text(model, 0, C::ValueColumn), u"1.234,5 tỷ đồng"_qs);
        QCOMPARE(text(model, 2, C::ValueColumn), u"900,0 tỷ đồng"_qs);
        // (1234,5 − 1200) / 1200 = +2,875 %.
        QCOMPARE(text(model, 0, C::PreviousColumn), u"+2,9 %"_qs);
        QCOMPARE(text(model, 0, C::LastYearColumn), u"+12,2 %"_qs);
        // June follows April: May is missing, so there is no previous period to compare with.
        QCOMPARE(text(model, 1, C::PreviousColumn), QString());
        QCOMPARE(text(model, 1, C::LastYearColumn), u"+20,0 %"_qs);
        // The first period has no previous; a zero last year has no percent change.
        QCOMPARE(text(model, 2, C::PreviousColumn), QString());
        QCOMPARE(text(model, 2, C::LastYearColumn), QString());
        // Provisional and estimated figures are marked, each its own way; final ones are not, as in
        // the statistical yearbooks.
        QCOMPARE(text(model, 0, C::StatusColumn), u"provisional"_qs);
        QCOMPARE(text(model, 1, C::StatusColumn), u"estimate"_qs);
        QCOMPARE(text(model, 2, C::StatusColumn), QString());
        QCOMPARE(model.index(0, C::ValueColumn).data(IndicatorTableModel::RawValueRole).toDouble(), 1234.5);
        QCOMPARE(model.index(0, C::ValueColumn).data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
    }

    void percentagesChangeInPoints()
    {
        IndicatorTableModel model;
        model.setView(rates());
        QVERIFY(rates().indicator.isPercentage());
        using C = IndicatorTableModel::Column;
        QCOMPARE(text(model, 0, C::PeriodColumn), u"quý III/2025"_qs);
        QCOMPARE(text(model, 1, C::ValueColumn), u"2,25 % GDP"_qs);
        // Q2: 2,25 against 2,45 is −0,2 points (not −8,2 %); against 2,05 a year before, +0,2 points.
        QCOMPARE(text(model, 1, C::PreviousColumn), u"-0,2 pt"_qs);
        QCOMPARE(text(model, 1, C::LastYearColumn), u"+0,2 pt"_qs);
        // Q3: −0,04 points rounds to no change, shown without a sign rather than as "−0,0".
        QCOMPARE(text(model, 0, C::PreviousColumn), u"0,0 pt"_qs);
        QCOMPARE(text(model, 0, C::LastYearColumn), u"0,0 pt"_qs);
        QCOMPARE(text(model, 2, C::LastYearColumn), QString()); // NaN last year

        // The same numbers in another unit are amounts, changing in percent.
        IndicatorViewData amounts = rates();
        amounts.indicator.unitVi = amounts.indicator.unitEn = u"điểm"_qs;
        QVERIFY(!amounts.indicator.isPercentage());
        model.setView(amounts);
        QCOMPARE(text(model, 1, C::PreviousColumn), u"-8,2 %"_qs);
    }

    void englishAfterSetLocale()
    {
        IndicatorTableModel model;
        model.setView(amounts());
        model.setLocale(QLocale(QLocale::English));
        using C = IndicatorTableModel::Column;
        QCOMPARE(text(model, 0, C::PeriodColumn), u"Jul 2025"_qs);
        QCOMPARE(text(model, 0, C::ValueColumn), u"1,234.5 VND bn"_qs);
        QCOMPARE(text(model, 0, C::PreviousColumn), u"+2.9 %"_qs);
        QCOMPARE(model.headerData(C::ValueColumn, Qt::Horizontal).toString(), u"Value"_qs);
        model.setView(rates());
        QCOMPARE(text(model, 1, C::ValueColumn), u"2.25 % of GDP"_qs);
        QCOMPARE(text(model, 1, C::PreviousColumn), u"-0.2 pt"_qs);
    }

    void sortRolesSortNumbersAndDates()
    {
        IndicatorTableModel model;
        IndicatorViewData d = amounts();
        // 10 000 would sort before 900 as text.
        d.values = {10000.0, 900.0, 1234.5};
        model.setView(d);
        using C = IndicatorTableModel::Column;
        QCOMPARE(model.index(0, C::PeriodColumn).data(IndicatorTableModel::SortRole).toDate(), QDate(2025, 7, 1));
        QCOMPARE(model.index(2, C::PeriodColumn).data(IndicatorTableModel::SortRole).toDate(), QDate(2025, 4, 1));
        QCOMPARE(model.index(0, C::ValueColumn).data(IndicatorTableModel::SortRole).toDouble(), 1234.5);

        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(IndicatorTableModel::SortRole);
        proxy.sort(C::ValueColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, C::ValueColumn).data(IndicatorTableModel::RawValueRole).toDouble(), 900.0);
        QCOMPARE(proxy.index(1, C::ValueColumn).data(IndicatorTableModel::RawValueRole).toDouble(), 1234.5);
        QCOMPARE(proxy.index(2, C::ValueColumn).data(IndicatorTableModel::RawValueRole).toDouble(), 10000.0);
        proxy.sort(C::PeriodColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, C::PeriodColumn).data().toString(), u"tháng 4/2025"_qs);
        QCOMPARE(proxy.index(2, C::PeriodColumn).data().toString(), u"tháng 7/2025"_qs);
    }

    // The change columns are sorted as numbers too: a leader sorting "change vs last year" wants
    // the biggest fall first, not "+10,0 %" before "+2,0 %" and every "−" after every "+".
    void changeColumnsSortAsNumbers()
    {
        IndicatorViewData d = amounts();
        d.periods = {Period::month(2025, 5), Period::month(2025, 6), Period::month(2025, 7)};
        d.values = {100.0, 100.0, 100.0};
        d.lastYear = {95.0, 110.0, 50.0}; // +5,3 %, −9,1 %, +100,0 %
        IndicatorTableModel model;
        model.setView(d);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(IndicatorTableModel::SortRole);
        proxy.sort(IndicatorTableModel::LastYearColumn, Qt::AscendingOrder);
        QStringList order;
        for (int row = 0; row < proxy.rowCount(); ++row)
            order.append(proxy.index(row, IndicatorTableModel::LastYearColumn).data().toString());
        QCOMPARE(order, (QStringList{u"-9,1 %"_qs, u"+5,3 %"_qs, u"+100,0 %"_qs}));
    }
};

QTEST_GUILESS_MAIN(TestIndicatorTableModel)
#include "tst_indicatortablemodel.moc"
