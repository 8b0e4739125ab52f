#include "common/contrast.h"
#include "gui/wall/walltheme.h"
#include "map/colorbrewer.h"

#include <QFontMetricsF>
#include <QTest>

using namespace dh;

// The wall theme holds what it promises: every text against every background it is drawn on at
// 7:1 or more (WCAG AAA), the map's classes and the chart series visible on the dark panel and
// told apart by lightness, and the minimum type big enough to read at 10 m.
class TestWallTheme : public QObject
{
    Q_OBJECT

private slots:
    void contrastRatioMatchesWcag()
    {
        QCOMPARE(qRound(contrastRatio(Qt::black, Qt::white) * 100), 2100);
        QCOMPARE(contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white), contrastRatio(Qt::white, QColor(0x77, 0x77, 0x77)));
        // WCAG's own example: #777 on white is just under 4.5:1.
        QVERIFY(qAbs(contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) - 4.48) < 0.01);
        QCOMPARE(contrastRatio(QColor(0x12, 0x34, 0x56), QColor(0x12, 0x34, 0x56)), 1.0);
        // A translucent colour counts as what it shows over the background.
        QCOMPARE(composite(QColor(255, 255, 255, 0), Qt::black).rgb(), QColor(Qt::black).rgb());
        QVERIFY(qAbs(lightness(Qt::white) - 100.0) < 0.01);
        QVERIFY(qAbs(lightness(Qt::black)) < 0.01);
    }

    void textContrastAtLeastSevenToOne()
    {
        const QList<wall::ColourPair> pairs = wall::textPairs();
        QVERIFY(pairs.size() > 20);
        for (const wall::ColourPair &pair : pairs) {
            const double ratio = contrastRatio(pair.text, pair.background);
            QVERIFY2(ratio >= 7.0, qPrintable(QStringLiteral("%1: %2 on %3 is %4:1")
                                                 .arg(pair.name, pair.text.name(), pair.background.name())
                                                 .arg(ratio, 0, 'f', 2)));
        }
    }

    // Colour-blind readers tell the classes of a sequential scheme apart by lightness, which every
    // kind of colour blindness keeps: each class must be at least 5 L* from the next, and stand out
    // from the panel at WCAG's 3:1 for graphics.
    void mapPalettesOnDarkBackground()
    {
        for (ColorBrewer::Scheme scheme : wall::mapSchemes()) {
            for (int classes = 3; classes <= 5; ++classes) {
                const QList<QColor> colours = wall::mapColours(scheme, classes);
                QCOMPARE(colours.size(), classes);
                for (qsizetype i = 0; i < colours.size(); ++i) {
                    const QString at = QStringLiteral("%1/%2 class %3 %4").arg(ColorBrewer::name(scheme)).arg(classes).arg(i).arg(colours.at(i).name());
                    QVERIFY2(contrastRatio(colours.at(i), wall::panelBackground()) >= 3.0, qPrintable(at));
                    if (i > 0)
                        QVERIFY2(lightness(colours.at(i - 1)) - lightness(colours.at(i)) >= 5.0, qPrintable(at));
                }
            }
            QVERIFY(contrastRatio(wall::mapStyle().noData, wall::panelBackground()) >= 1.5);
        }
    }

    void seriesColoursOnDarkBackground()
    {
        const QList<QColor> colours = wall::seriesColours();
        for (const QColor &c : colours)
            QVERIFY2(contrastRatio(c, wall::panelBackground()) >= 3.0, qPrintable(c.name()));
        QVERIFY(contrastRatio(wall::accent(), wall::panelBackground()) >= 3.0);
    }

    // 112 px per em at 2160 lines gives capitals of at least 80 px (≈ 2.5 cm on a 55-inch screen).
    void minimumTextHeight()
    {
        QCOMPARE(wall::minTextPixels(2160), 112);
        QCOMPARE(wall::minTextPixels(1080), 56);
        const QFont font = wall::font(wall::minTextPixels(2160));
        const double cap = QFontMetricsF(font).capHeight();
        QVERIFY2(cap >= 78.0, qPrintable(QStringLiteral("cap height %1 px in %2").arg(cap).arg(QFontInfo(font).family())));
        // 3840 px over the 1.21 m of a 55-inch 16:9 screen.
        const double mmPerPixel = 55 * 25.4 * 16 / std::hypot(16.0, 9.0) / 3840;
        QVERIFY(qAbs(mmPerPixel - 0.317) < 0.001);
        QVERIFY(wall::metrics::minCapHeight * mmPerPixel >= 25.0);
    }
};

QTEST_MAIN(TestWallTheme)
#include "tst_walltheme.moc"
