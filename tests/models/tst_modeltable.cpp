// Item models as tables to export, and the view's tables that have no model (the ranking of a
// period, the breakdown): a model that says nothing exports as shown, its number columns
// found by type; the indicator table and the ranking say theirs (numbers with their decimals,
// periods as text, the unit in the title), through a sorting proxy in the order shown.
#include "models/exportroles.h"
#include "models/indicatortablemodel.h"
#include "models/modeltable.h"
#include "models/provincerankingmodel.h"
#include "models/viewtables.h"

#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTest>

#include <cmath>

using namespace dh;

class TestModelTable : public QObject
{
    Q_OBJECT

private slots:
    void aPlainModelExportsAsShownWithNumbersFoundByType()
    {
        QStandardItemModel model(0, 4);
        model.setHorizontalHeaderLabels({u"Task"_qs, u"Done"_qs, u"Share"_qs, u"Code"_qs});
        const auto item = [](const QVariant &v) {
            auto *i = new QStandardItem;
            i->setData(v, Qt::DisplayRole);
            return i;
        };
        model.appendRow({item(u"=cmd()"_qs), item(3), item(12.25), item(u"007"_qs)});
        model.appendRow({item(u"Báo cáo"_qs), item(QVariant()), item(0.5), item(12)});
        const Table t = modelTable(model, u"Tasks"_qs);
        QCOMPARE(t.name, u"Tasks"_qs);
        QCOMPARE(t.columns.size(), 4);
        QCOMPARE(t.columns.at(0).title, u"Task"_qs);
        QCOMPARE(t.columns.at(0).kind, TableColumn::Kind::Text);
        QCOMPARE(t.columns.at(1).kind, TableColumn::Kind::Number);
        QCOMPARE(t.columns.at(1).decimals, 0);
        QCOMPARE(t.columns.at(2).kind, TableColumn::Kind::Number);
        QCOMPARE(t.columns.at(2).decimals, 2);
        // Text in a column makes it text, even where other cells are numbers.
        QCOMPARE(t.columns.at(3).kind, TableColumn::Kind::Text);
        QCOMPARE(t.rows.size(), 2);
        QCOMPARE(t.rows.at(0).at(0), QVariant(u"=cmd()"_qs));
        QCOMPARE(t.rows.at(0).at(1), QVariant(3.0));
        QVERIFY(!t.rows.at(1).at(1).isValid());
        QCOMPARE(t.rows.at(1).at(3), QVariant(u"12"_qs));
    }

    void theIndicatorTableSaysItsColumns()
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
        IndicatorTableModel model;
        model.setView(d);
        const Table t = modelTable(model, u"budget.revenue"_qs);
        QCOMPARE(t.columns.size(), int(IndicatorTableModel::ColumnCount));
        QCOMPARE(t.columns.at(IndicatorTableModel::PeriodColumn).kind, TableColumn::Kind::Period);
        const TableColumn value = t.columns.at(IndicatorTableModel::ValueColumn);
        QCOMPARE(value.kind, TableColumn::Kind::Number);
        QCOMPARE(value.decimals, 1);
        QVERIFY2(value.title.contains(u"tỷ đồng"), qPrintable(value.title));
        QCOMPARE(t.columns.at(IndicatorTableModel::PreviousColumn).kind, TableColumn::Kind::Number);
        QCOMPARE(t.columns.at(IndicatorTableModel::StatusColumn).kind, TableColumn::Kind::Text);
        // Latest first, as shown; the period as its label; the value a plain double, no unit.
        QCOMPARE(t.rows.size(), 3);
        QCOMPARE(t.rows.at(0).at(IndicatorTableModel::PeriodColumn).toString(),
                 model.index(0, IndicatorTableModel::PeriodColumn).data().toString());
        QCOMPARE(t.rows.at(0).at(IndicatorTableModel::ValueColumn), QVariant(1234.5));
        // The change as the table shows it, to one decimal (12.227… % shown as 12.2 %).
        QCOMPARE(t.rows.at(0).at(IndicatorTableModel::LastYearColumn), QVariant(12.2));
        // June has no May before it: a gap, not the empty text shown.
        QVERIFY(!t.rows.at(1).at(IndicatorTableModel::PreviousColumn).isValid());
    }

    void theRankingExportsInTheProxysOrder()
    {
        Indicator ind;
        ind.code = u"grdp"_qs;
        ind.unitVi = u"%"_qs;
        ind.decimals = 2;
        ProvinceRankingModel model;
        model.setRanking(ind, {{u"VN-HN"_qs, u"Hà Nội"_qs, u"Hanoi"_qs, 7.25}, {u"VN-SG"_qs, u"TP. Hồ Chí Minh"_qs, u"Ho Chi Minh City"_qs, 6.5}});
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(ProvinceRankingModel::NameColumn, Qt::DescendingOrder);
        const Table t = modelTable(proxy, u"Xếp hạng"_qs);
        QCOMPARE(t.columns.at(ProvinceRankingModel::RankColumn).kind, TableColumn::Kind::Number);
        QCOMPARE(t.columns.at(ProvinceRankingModel::ValueColumn).decimals, 2);
        QCOMPARE(t.rows.at(0).at(ProvinceRankingModel::NameColumn), QVariant(u"TP. Hồ Chí Minh"_qs));
        QCOMPARE(t.rows.at(0).at(ProvinceRankingModel::RankColumn), QVariant(2.0));
        QCOMPARE(t.rows.at(0).at(ProvinceRankingModel::ValueColumn), QVariant(6.5));
    }

    void theRankingAndTheBreakdownOfTheView()
    {
        IndicatorViewData d;
        d.indicator.unitVi = u"tỷ đồng"_qs;
        d.indicator.unitEn = u"VND bn"_qs;
        d.indicator.decimals = 1;
        d.rankingPeriod = Period::month(2025, 7);
        d.ranking = {{u"VN-HN"_qs, u"Hà Nội"_qs, u"Hanoi"_qs, 90.5}, {u"VN-SG"_qs, u"TP. Hồ Chí Minh"_qs, u"Ho Chi Minh City"_qs, 80.25}};
        d.breakdownKeys = {u"level=central"_qs, u"level=local"_qs};
        d.breakdownPeriods = {Period::month(2025, 6), Period::month(2025, 7)};
        d.breakdown = {{10.0, 11.0}, {5.0, std::nan("")}};
        const QLocale vi(QLocale::Vietnamese, QLocale::Vietnam);

        const Table r = ViewTables::ranking(d, vi);
        QCOMPARE(r.columns.size(), 3);
        QCOMPARE(r.columns.at(2).kind, TableColumn::Kind::Number);
        QCOMPARE(r.columns.at(2).decimals, 1);
        QVERIFY(r.columns.at(2).title.contains(u"tỷ đồng"));
        QCOMPARE(r.rows.at(1), (QVariantList{2.0, u"TP. Hồ Chí Minh"_qs, 80.25}));
        QCOMPARE(ViewTables::ranking(d, QLocale(QLocale::English)).rows.at(1).at(1), QVariant(u"Ho Chi Minh City"_qs));

        const Table b = ViewTables::breakdown(d, vi);
        QCOMPARE(b.columns.size(), 3);
        QCOMPARE(b.columns.at(0).kind, TableColumn::Kind::Period);
        QCOMPARE(b.rows.size(), 2);
        QCOMPARE(b.rows.at(0).at(0), QVariant(Period::month(2025, 6).label(vi)));
        QCOMPARE(b.rows.at(1).at(1), QVariant(11.0));
        QVERIFY(!b.rows.at(1).at(2).isValid());
    }
};

QTEST_GUILESS_MAIN(TestModelTable)
#include "tst_modeltable.moc"
