#include "common/wraplabel.h"

#include <QTest>

using namespace dh;

// A wrapping label remembers its height for a width, and gives QLabel's height for it, whatever
// was changed since: its text, its type, its margins, its indent.
class TestWrapLabel : public QObject
{
    Q_OBJECT

private:
    static void compare(const WrapLabel &wrap, const QLabel &plain)
    {
        QVERIFY(wrap.hasHeightForWidth());
        // Each width twice: the second answer is the remembered one.
        for (int width : {60, 140, 320, 900, 140, 60}) {
            QCOMPARE(wrap.heightForWidth(width), plain.heightForWidth(width));
            QCOMPARE(wrap.heightForWidth(width), plain.heightForWidth(width));
        }
    }

private slots:
    void heightIsQLabels()
    {
        WrapLabel wrap;
        QLabel plain;
        plain.setWordWrap(true);
        const auto both = [&](const auto &change) {
            change(static_cast<QLabel &>(wrap));
            change(plain);
        };
        both([](QLabel &l) { l.setText(u"Số liệu mô phỏng — không phải số liệu thống kê chính thức · cập nhật 01/11/2026 00:00"_qs); });
        compare(wrap, plain);
        both([](QLabel &l) { l.setText(u"Số liệu mô phỏng · gộp từ 3 tỉnh cũ theo quy tắc cộng tổng"_qs); });
        compare(wrap, plain);
        both([](QLabel &l) {
            QFont wall = l.font();
            wall.setPixelSize(40);
            l.setFont(wall);
        });
        compare(wrap, plain);
        both([](QLabel &l) { l.setContentsMargins(10, 4, 10, 4); });
        compare(wrap, plain);
        both([](QLabel &l) { l.setIndent(30); });
        compare(wrap, plain);
    }
};

QTEST_MAIN(TestWrapLabel)
#include "tst_wraplabel.moc"
