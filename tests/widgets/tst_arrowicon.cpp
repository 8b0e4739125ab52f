#include "common/arrowicon.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QTest>

#include <cmath>

using namespace dh;

namespace {

QImage render(const QIcon &icon, int side, QIcon::Mode mode = QIcon::Normal)
{
    QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    icon.paint(&painter, image.rect(), Qt::AlignCenter, mode);
    return image;
}

bool inkAt(const QImage &image, int x, int y)
{
    return qAlpha(image.pixel(x, y)) > 128;
}

// Where the arrowhead is, across: the mean column of the ink off the shaft (the shaft runs along
// the middle row; only the head's arms reach above and below it).
double headColumn(const QImage &image)
{
    const double mid = image.height() / 2.0;
    double sum = 0.0;
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        if (std::abs(y + 0.5 - mid) < 0.15 * image.height())
            continue;
        for (int x = 0; x < image.width(); ++x) {
            if (inkAt(image, x, y)) {
                sum += x + 0.5;
                ++n;
            }
        }
    }
    return n ? sum / n : std::nan("");
}

} // namespace

// The back and forward arrows of the navigation bar, drawn at any size: the head where the arrow
// points, the shaft across the middle, in the palette's button text.
class TestArrowIcon : public QObject
{
    Q_OBJECT

private slots:
    void pointsTheWayAsked_data()
    {
        QTest::addColumn<int>("side");
        QTest::newRow("toolbar") << 24;
        QTest::newRow("wall") << 96;
    }

    void pointsTheWayAsked()
    {
        QFETCH(int, side);
        const QImage back = render(arrowIcon(Qt::LeftArrow), side);
        const QImage forward = render(arrowIcon(Qt::RightArrow), side);
        // The head is in the half the arrow points to.
        QVERIFY2(headColumn(back) < side / 2.0, qPrintable(QString::number(headColumn(back))));
        QVERIFY2(headColumn(forward) > side / 2.0, qPrintable(QString::number(headColumn(forward))));
        // The shaft runs across the middle, through both halves.
        const int mid = side / 2;
        for (const QImage &image : {back, forward}) {
            QVERIFY(inkAt(image, side / 3, mid) || inkAt(image, side / 3, mid - 1));
            QVERIFY(inkAt(image, side * 2 / 3, mid) || inkAt(image, side * 2 / 3, mid - 1));
            // Nothing in the corners: an arrow, not a filled box.
            QVERIFY(!inkAt(image, 1, 1) && !inkAt(image, side - 2, 1) && !inkAt(image, 1, side - 2) && !inkAt(image, side - 2, side - 2));
        }
    }

    void inTheButtonTextColour()
    {
        const int side = 48;
        const QPalette palette = QGuiApplication::palette();
        for (const auto &[mode, group] : {std::pair{QIcon::Normal, QPalette::Active}, std::pair{QIcon::Disabled, QPalette::Disabled}}) {
            const QImage image = render(arrowIcon(Qt::LeftArrow), side, mode);
            const QColor expected = palette.color(group, QPalette::ButtonText);
            // The middle of the shaft is solid.
            const QColor shaft = QColor::fromRgba(image.pixel(side / 2, side / 2)).toRgb();
            QVERIFY2(qAbs(shaft.red() - expected.red()) + qAbs(shaft.green() - expected.green()) + qAbs(shaft.blue() - expected.blue()) < 30,
                     qPrintable(shaft.name() + u' ' + expected.name()));
        }
    }
};

QTEST_MAIN(TestArrowIcon)
#include "tst_arrowicon.moc"
