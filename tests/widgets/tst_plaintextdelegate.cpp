#include "common/plaintextdelegate.h"

#include <QHeaderView>
#include <QImage>
#include <QProxyStyle>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace dh;

// The delegate of the indicator table draws what QStyledItemDelegate draws, pixel for pixel, in
// the type of a laptop and of a wall; the cells it is not for (selected, elided) it leaves to the
// style.
class TestPlainTextDelegate : public QObject
{
    Q_OBJECT

private:
    // Counts the item cells the style draws.
    class CountingStyle final : public QProxyStyle
    {
    public:
        mutable int items = 0;

        void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter, const QWidget *widget) const override
        {
            if (element == CE_ItemViewItem)
                ++items;
            QProxyStyle::drawControl(element, option, painter, widget);
        }
    };

    // A table like the indicator's: periods, amounts and changes aligned right, statuses, an
    // empty cell; its last column too narrow for its text.
    static QStandardItemModel *makeModel(QObject *parent)
    {
        const QList<QStringList> rows = {
            {u"tháng 10/2026"_qs, u"4.488 tỷ đồng"_qs, u"+37,5 %"_qs, u"sơ bộ"_qs, u"Dữ liệu quá dài cho cột"_qs},
            {u"tháng 9/2026"_qs, u"3.263 tỷ đồng"_qs, u"-4,1 %"_qs, QString(), u"Đắk Lắk, Khánh Hòa"_qs},
            {u"quý 3/2025"_qs, u"12.345,67 tỷ đồng"_qs, u"0,0 pt"_qs, u"ước tính"_qs, u"x"_qs},
            {u"2024"_qs, u"1 %"_qs, QString(), u"Trạng thái"_qs, QString()},
        };
        auto *model = new QStandardItemModel(parent);
        for (const QStringList &texts : rows) {
            QList<QStandardItem *> items;
            for (qsizetype c = 0; c < texts.size(); ++c) {
                auto *item = new QStandardItem(texts.at(c));
                if (c == 1 || c == 2)
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                items.append(item);
            }
            model->appendRow(items);
        }
        return model;
    }

    static void makeTable(QTableView &view, int pixels)
    {
        QFont font = view.font();
        font.setPixelSize(pixels);
        view.setFont(font);
        view.setModel(makeModel(&view));
        view.setAlternatingRowColors(true);
        view.setWordWrap(false);
        view.resize(60 * pixels, 8 * pixels);
        view.resizeColumnsToContents();
        view.setColumnWidth(4, 3 * pixels);
        view.verticalHeader()->setDefaultSectionSize(2 * pixels);
        view.selectRow(3);
    }

private slots:
    void drawsWhatTheStyleDraws_data()
    {
        QTest::addColumn<int>("pixels");
        QTest::newRow("laptop") << 13;
        QTest::newRow("wall") << 40;
    }

    void drawsWhatTheStyleDraws()
    {
        QFETCH(int, pixels);
        QTableView view;
        makeTable(view, pixels);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QImage styled = view.grab().toImage();
        view.setItemDelegate(new PlainTextDelegate(&view));
        const QImage plain = view.grab().toImage();
        QCOMPARE(plain, styled);
    }

    void leavesTheOtherCellsToTheStyle()
    {
        QTableView view;
        auto *style = new CountingStyle;
        style->setParent(&view);
        view.setStyle(style);
        makeTable(view, 13);
        view.setItemDelegate(new PlainTextDelegate(&view));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        style->items = 0;
        view.grab();
        // The selected row's five cells, and the two texts too long for the last column.
        QCOMPARE(style->items, 5 + 2);
    }
};

QTEST_MAIN(TestPlainTextDelegate)
#include "tst_plaintextdelegate.moc"
