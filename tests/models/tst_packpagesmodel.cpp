#include "models/packpagesmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace dh;

// The pack editor's list of pages: rows added, moved and removed keep the model consistent (the
// tester watches every change) and the pages in the order shown; each view has its page.
class TestPackPagesModel : public QObject
{
    Q_OBJECT

private:
    static BriefingPage page(BriefingPage::Kind kind, const QString &indicator = QString())
    {
        BriefingPage p;
        p.kind = kind;
        p.indicator = indicator;
        return p;
    }

    static QStringList order(const PackPagesModel &model)
    {
        QStringList kinds;
        for (int row = 0; row < model.rowCount(); ++row)
            kinds.append(model.index(row).data(PackPagesModel::KindRole).toString() + u':'
                         + model.index(row).data(PackPagesModel::IndicatorRole).toString());
        return kinds;
    }

private slots:
    void addMoveRemove()
    {
        PackPagesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPages({page(BriefingPage::Kind::Home), page(BriefingPage::Kind::Indicator, u"exports"_qs)});
        model.append(page(BriefingPage::Kind::Map, u"exports"_qs));
        model.append(page(BriefingPage::Kind::Atlas));
        QCOMPARE(order(model), (QStringList{u"home:"_qs, u"indicator:exports"_qs, u"map:exports"_qs, u"atlas:"_qs}));
        QCOMPARE(model.index(3).data(PackPagesModel::PrintedPagesRole).toInt(), 34);

        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QVERIFY(model.moveRow(0, 1));
        QVERIFY(model.moveRow(3, -1));
        QCOMPARE(moved.size(), 2);
        QCOMPARE(order(model), (QStringList{u"indicator:exports"_qs, u"home:"_qs, u"atlas:"_qs, u"map:exports"_qs}));
        QVERIFY(!model.moveRow(0, -1));
        QVERIFY(!model.moveRow(3, 1));
        QVERIFY(model.removePage(1));
        QVERIFY(!model.removePage(7));
        QCOMPARE(order(model), (QStringList{u"indicator:exports"_qs, u"atlas:"_qs, u"map:exports"_qs}));
        QCOMPARE(model.pages().size(), 3);
        QVERIFY(model.index(0).data().toString().contains(u"exports"_qs));
    }

    void pagesForViews()
    {
        const auto home = pageForView({ViewState::Page::Home, QString(), u"BTC"_qs}, true);
        QVERIFY(home);
        QCOMPARE(home->kind, BriefingPage::Kind::Home);
        QCOMPARE(home->scope, u"BTC"_qs);
        const auto map = pageForView({ViewState::Page::Map, u"exports"_qs, u"VN"_qs, u"2026-09"_qs}, false);
        QVERIFY(map);
        QCOMPARE(map->kind, BriefingPage::Kind::Map);
        QCOMPARE(map->period, u"2026-09"_qs);
        QVERIFY(!map->map34);
        const auto indicator = pageForView({ViewState::Page::Indicator, u"cpi.yoy"_qs, u"VN25-01"_qs}, true);
        QVERIFY(indicator);
        QCOMPARE(indicator->scope, u"VN25-01"_qs);
        QVERIFY(!pageForView({ViewState::Page::Catalogue}, true));
        QVERIFY(!pageForView({ViewState::Page::Sync}, true));
    }
};

QTEST_GUILESS_MAIN(TestPackPagesModel)
#include "tst_packpagesmodel.moc"
