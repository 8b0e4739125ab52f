#include "gui/appstyle.h"

#include <QApplication>
#include <QImage>
#include <QMenuBar>
#include <QPainter>
#include <QProxyStyle>
#include <QTest>
#include <QToolButton>

#include <algorithm>

using namespace dh;

namespace {

QImage render(const QIcon &icon, int side)
{
    QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    icon.paint(&painter, image.rect());
    return image;
}

// How far apart the outermost inked pixels of the first and last inked lines lie: lines are
// columns, or rows when the image is transposed. An arrowhead pointing along the lines is wide
// where its arms end and narrow at its tip.
struct Ends
{
    int first = 0; // the spread on the first inked line
    int last = 0;  // on the last
};

Ends spread(const QImage &image, bool rows)
{
    const auto inkAt = [&](int line, int i) { return qAlpha(rows ? image.pixel(i, line) : image.pixel(line, i)) > 128; };
    const int side = image.width();
    QList<int> spreads;
    for (int line = 0; line < side; ++line) {
        int lo = side, hi = -1;
        for (int i = 0; i < side; ++i) {
            if (inkAt(line, i)) {
                lo = std::min(lo, i);
                hi = std::max(hi, i);
            }
        }
        if (hi >= 0)
            spreads.append(hi - lo);
    }
    return spreads.isEmpty() ? Ends{} : Ends{spreads.first(), spreads.last()};
}

} // namespace

// The application's style: the platform's, with the menu bar's "more" icon drawn rather than
// decoded from a PNG (which loads the image plugins before the first frame).
class TestAppStyle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QApplication::setStyle(new AppStyle); }

    void drawsTheMoreIcons()
    {
        const int side = 64;
        const QImage right = render(QApplication::style()->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton), side);
        const QImage down = render(QApplication::style()->standardIcon(QStyle::SP_ToolBarVerticalExtensionButton), side);
        // », the arms' ends on the left, the tip on the right.
        const Ends across = spread(right, false);
        QVERIFY2(across.first > side / 3 && across.last < side / 8, qPrintable(u"%1 %2"_qs.arg(across.first).arg(across.last)));
        // The same turned down: arms at the top, tip at the bottom.
        const Ends along = spread(down, true);
        QVERIFY2(along.first > side / 3 && along.last < side / 8, qPrintable(u"%1 %2"_qs.arg(along.first).arg(along.last)));
    }

    void menuBarTakesTheDrawnIcon()
    {
        QMenuBar bar;
        const auto *more = bar.findChild<QToolButton *>(QStringLiteral("qt_menubar_ext_button"));
        QVERIFY(more);
        QCOMPARE(render(more->icon(), 48), render(QApplication::style()->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton), 48));
    }

    // Every other icon is the platform style's own, pixel for pixel, and some of them are drawn.
    void otherIconsAreThePlatformStyles()
    {
        const auto *style = qobject_cast<const QProxyStyle *>(QApplication::style());
        QVERIFY(style);
        const QStyle *platform = style->baseStyle();
        QVERIFY(platform && platform != style);
        int drawn = 0;
        for (const QStyle::StandardPixmap icon : {QStyle::SP_DialogOkButton, QStyle::SP_DialogCancelButton, QStyle::SP_ArrowBack,
                                                  QStyle::SP_ArrowForward, QStyle::SP_MessageBoxWarning, QStyle::SP_FileIcon,
                                                  QStyle::SP_DirIcon, QStyle::SP_TitleBarCloseButton}) {
            const QImage ours = render(style->standardIcon(icon), 32);
            QCOMPARE(ours, render(platform->standardIcon(icon), 32));
            drawn += std::any_of(ours.constBits(), ours.constBits() + ours.sizeInBytes(), [](uchar b) { return b != 0; }) ? 1 : 0;
        }
        QVERIFY2(drawn >= 4, qPrintable(QString::number(drawn)));
    }
};

QTEST_MAIN(TestAppStyle)
#include "tst_appstyle.moc"
