#include "map/colorbrewer.h"

#include <QTest>

using namespace dh;
using Scheme = ColorBrewer::Scheme;

class TestColorBrewer : public QObject
{
    Q_OBJECT

private slots:
    void publishedValues()
    {
        // Spot checks against colorbrewer2.org.
        QCOMPARE(ColorBrewer::colors(Scheme::Blues, 9).last(), QColor(0x08, 0x30, 0x6b));
        QCOMPARE(ColorBrewer::colors(Scheme::YlGnBu, 5),
                 (QList<QColor>{QColor(u"#ffffcc"_qs), QColor(u"#a1dab4"_qs), QColor(u"#41b6c4"_qs), QColor(u"#2c7fb8"_qs), QColor(u"#253494"_qs)}));
        QCOMPARE(ColorBrewer::colors(Scheme::RdBu, 7).at(3), QColor(u"#f7f7f7"_qs));
        QCOMPARE(ColorBrewer::colors(Scheme::PuOr, 3).first(), QColor(u"#f1a340"_qs));
        QCOMPARE(ColorBrewer::colors(Scheme::BrBG, 9).first(), QColor(u"#8c510a"_qs));
        QCOMPARE(ColorBrewer::colors(Scheme::Oranges, 4).at(1), QColor(u"#fdbe85"_qs));
    }

    void everySchemeEveryCount()
    {
        for (Scheme s : ColorBrewer::schemes()) {
            for (int k = ColorBrewer::minClasses; k <= ColorBrewer::maxClasses; ++k) {
                const QList<QColor> c = ColorBrewer::colors(s, k);
                QCOMPARE(c.size(), k);
                for (const QColor &color : c)
                    QVERIFY(color.isValid() && color.alpha() == 255);
                if (!ColorBrewer::isDiverging(s)) {
                    // Sequential schemes darken monotonically.
                    for (qsizetype i = 1; i < c.size(); ++i)
                        QVERIFY2(c.at(i).lightnessF() < c.at(i - 1).lightnessF(), qPrintable(ColorBrewer::name(s)));
                } else if (k % 2 == 1) {
                    // Odd diverging schemes have a near-neutral middle.
                    QVERIFY(c.at(k / 2).hslSaturationF() < 0.4 || c.at(k / 2).lightnessF() > 0.9);
                }
            }
            QCOMPARE(ColorBrewer::fromName(ColorBrewer::name(s)), s);
        }
        QVERIFY(!ColorBrewer::fromName(u"Jet").has_value());
        QVERIFY(ColorBrewer::isDiverging(Scheme::RdBu));
        QVERIFY(!ColorBrewer::isDiverging(Scheme::YlOrRd));
    }

    void reversedAndOutOfRange()
    {
        QList<QColor> forward = ColorBrewer::colors(Scheme::Greens, 6);
        std::reverse(forward.begin(), forward.end());
        QCOMPARE(ColorBrewer::colors(Scheme::Greens, 6, true), forward);
        QCOMPARE(ColorBrewer::colors(Scheme::Greens, 12).size(), 9);
        QCOMPARE(ColorBrewer::colors(Scheme::Greens, 1), QList<QColor>{QColor(u"#a1d99b"_qs)});
        QCOMPARE(ColorBrewer::colors(Scheme::Greens, 2).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestColorBrewer)
#include "tst_colorbrewer.moc"
