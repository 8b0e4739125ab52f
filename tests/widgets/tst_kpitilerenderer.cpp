#include "tiles/kpitile.h"
#include "tiles/kpitilerenderer.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

#include <cmath>

using namespace dh;

class TestKpiTileRenderer : public QObject
{
    Q_OBJECT

private:
    static KpiTileData full()
    {
        KpiTileData d;
        d.title = QStringLiteral("Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng");
        d.value = QStringLiteral("1.652.463,5");
        d.unit = QStringLiteral("tỷ đồng");
        d.period = QStringLiteral("tháng 10/2026");
        d.deltas = {{QStringLiteral("+3,1 %"), QStringLiteral("so với tháng trước"), 1, KpiTileData::Tone::Good},
                    {QStringLiteral("-0,4 %"), QStringLiteral("so với cùng kỳ năm trước"), -1, KpiTileData::Tone::Bad}};
        d.cumulative = QStringLiteral("Lũy kế 10 tháng: 16.286.836 tỷ đồng (+10,4 %)");
        d.progress = 0.806;
        d.progressText = QStringLiteral("Đạt 80,6 % kế hoạch năm 2026 (17.800.000 tỷ đồng)");
        for (int i = 0; i < 24; ++i)
            d.sparkline.append(i == 5 ? std::nan("") : 100 + 10 * std::sin(i / 3.0));
        d.badge = QStringLiteral("Sơ bộ");
        d.footer = QStringLiteral("Cập nhật 01/11/2026 00:00 · Số liệu mô phỏng");
        return d;
    }

    static QImage paint(const KpiTileRenderer &renderer, const QSize &size, const KpiTileData &d)
    {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        renderer.paint(painter, QRectF(QPointF(0, 0), size), d, KpiTileStyle());
        return image;
    }

    static bool near(const QColor &a, const QColor &b)
    {
        return qAbs(a.red() - b.red()) + qAbs(a.green() - b.green()) + qAbs(a.blue() - b.blue()) < 40;
    }

    // The pixels of the rectangle painted in (or nearly in) the colour.
    static QList<QPoint> inked(const QImage &image, const QRectF &rect, const QColor &colour)
    {
        QList<QPoint> out;
        const QRect r = rect.toAlignedRect() & image.rect();
        for (int y = r.top(); y <= r.bottom(); ++y) {
            for (int x = r.left(); x <= r.right(); ++x) {
                if (near(QColor(image.pixel(x, y)), colour))
                    out.append(QPoint(x, y));
            }
        }
        return out;
    }

    static double meanY(const QList<QPoint> &points)
    {
        double sum = 0.0;
        for (const QPoint &p : points)
            sum += p.y();
        return points.isEmpty() ? std::nan("") : sum / double(points.size());
    }

private slots:
    void fitsAtEverySize_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("laptop") << QSize(340, 200);
        QTest::newRow("1080p grid") << QSize(470, 215);
        QTest::newRow("4K grid") << QSize(950, 440);
        QTest::newRow("tall") << QSize(300, 400);
        QTest::newRow("wide") << QSize(900, 200);
    }

    void fitsAtEverySize()
    {
        QFETCH(QSize, size);
        const KpiTileData d = full();
        KpiTileRenderer renderer;
        const QRectF rect(QPointF(0, 0), size);
        const auto l = renderer.layout(rect, d, KpiTileStyle());
        QVERIFY(!l.overflow);
        QVERIFY(rect.contains(l.value));
        QVERIFY(rect.contains(l.footer));
        QVERIFY(rect.contains(l.badge));
        QVERIFY(!l.title.intersects(l.badge));
        for (const QRectF &delta : l.deltas)
            QVERIFY(delta.bottom() <= l.progress.top() + 0.5);
        QVERIFY(l.cumulative.bottom() <= l.progress.top() + 0.5);
        // The sparkline has room beside the value, whatever else the tile holds.
        QVERIFY(rect.contains(l.sparkline));
        QVERIFY(l.sparkline.height() >= 0.1 * std::min(size.height(), int(size.width() * 0.8)));
        QVERIFY(!l.sparkline.intersects(l.value) && !l.sparkline.intersects(l.unit) && !l.sparkline.intersects(l.period));
        QVERIFY(l.sparkline.bottom() <= l.deltas.first().top() + 0.5);
        QVERIFY(l.progress.bottom() <= l.progressText.top() + 0.5);
        QVERIFY(l.progressText.bottom() <= l.footer.top() + 0.5);
        QVERIFY(!l.valueText.contains(QChar(0x2026))); // the value is shrunk, never elided

        const QImage image = paint(renderer, size, d);
        const KpiTileStyle style;
        // The progress bar is drawn in its colour up to the share reached (80,6 %), the track after.
        const double y = l.progress.center().y();
        QCOMPARE(QColor(image.pixel(QPointF(l.progress.left() + l.progress.width() * 0.4, y).toPoint())), style.progressBar);
        QCOMPARE(QColor(image.pixel(QPointF(l.progress.left() + l.progress.width() * 0.9, y).toPoint())), style.progressTrack);

        // The value is written in the value colour inside its rectangle, and nowhere else.
        const QList<QPoint> value = inked(image, l.value, style.value);
        QVERIFY2(value.size() > 0.05 * l.value.width() * l.value.height(), qPrintable(QString::number(value.size())));
        QCOMPARE(inked(image, rect, style.value).size(), value.size());

        // The badge is a pill in its colour behind its text.
        QVERIFY(inked(image, l.badge, style.badge).size() > 0.3 * l.badge.width() * l.badge.height());

        // The change markers point the way the values moved, in their tone: the ink of a triangle
        // pointing up lies low in its box (its wide base), of one pointing down high.
        for (qsizetype i = 0; i < 2; ++i) {
            const auto &m = l.markers.at(i);
            const QList<QPoint> ink = inked(image, m.box.adjusted(-1, -1, 1, 1), m.colour);
            QVERIFY(ink.size() > 0.2 * m.box.width() * m.box.height());
            QVERIFY2(m.direction > 0 ? meanY(ink) > m.box.center().y() : meanY(ink) < m.box.center().y(),
                     qPrintable(u"%1 %2"_qs.arg(meanY(ink)).arg(m.box.center().y())));
        }

        // The sparkline is drawn in its box, broken where the sixth value is missing, and ends at
        // the newest value.
        QVERIFY(inked(image, l.sparkline, style.sparkline).size() > 0.5 * l.sparkline.width());
        const double step = l.sparkline.width() / 23.0;
        const QRectF gap(l.sparkline.left() + 4.5 * step, l.sparkline.top() - 4, step, l.sparkline.height() + 8);
        QVERIFY(inked(image, gap, style.sparkline).isEmpty());
        QVERIFY(!inked(image, QRectF(l.sparkline.right() - 3, l.sparkline.top() - 4, 6, l.sparkline.height() + 8), style.sparkline).isEmpty());
    }

    void sharedScaleCapsTheType()
    {
        const KpiTileData d = full();
        KpiTileRenderer renderer;
        const QRectF rect(0, 0, 470, 215);
        const double fit = renderer.fitScale(rect, d, KpiTileStyle());
        QVERIFY(fit > 0.0 && fit <= 1.0);
        const auto capped = renderer.layout(rect, d, KpiTileStyle(), fit * 0.8);
        QVERIFY(capped.scale < fit);
        QVERIFY(capped.valueFont.pixelSize() < renderer.layout(rect, d, KpiTileStyle()).valueFont.pixelSize());
        QVERIFY(!capped.overflow);
    }

    void messageInsteadOfAValue()
    {
        KpiTileData d;
        d.title = QStringLiteral("Chỉ số năng lực cạnh tranh cấp tỉnh");
        d.message = QStringLiteral("Chỉ số không cộng gộp được: chỉ có số liệu của từng tỉnh cũ");
        KpiTileRenderer renderer;
        const auto l = renderer.layout(QRectF(0, 0, 400, 220), d, KpiTileStyle());
        // The message takes the value's place: shrunk to the width, or shortened, never replaced.
        QVERIFY(!l.valueText.isEmpty());
        QVERIFY2(d.message.startsWith(l.valueText) || (l.valueText.endsWith(QChar(0x2026)) && d.message.startsWith(l.valueText.chopped(1))),
                 qPrintable(l.valueText));
        QVERIFY(l.unit.isNull());
        QVERIFY(l.sparkline.isNull());
        // It is written in the secondary colour inside the value's rectangle.
        const QImage image = paint(renderer, QSize(400, 220), d);
        QVERIFY(inked(image, l.value, KpiTileStyle().secondary).size() > 0.03 * l.value.width() * l.value.height());
        QVERIFY(inked(image, QRectF(0, 0, 400, 220), KpiTileStyle().value).isEmpty());
    }

    void changesAreMarkedByDirection()
    {
        const auto l = KpiTileRenderer().layout(QRectF(0, 0, 470, 215), full(), KpiTileStyle());
        QCOMPARE(l.markers.size(), 2);
        QCOMPARE(l.markers.at(0).direction, 1);
        QCOMPARE(l.markers.at(0).colour, KpiTileStyle().good);
        QCOMPARE(l.markers.at(1).direction, -1);
        QCOMPARE(l.markers.at(1).colour, KpiTileStyle().bad);
        for (qsizetype i = 0; i < 2; ++i)
            QVERIFY(l.deltas.at(i).contains(l.markers.at(i).box));
    }

    // A tile painted on another thread shows what it would have painted itself, and never what
    // it showed before its data changed.
    void prerenderedTilesMatchTheirData()
    {
        QThreadPool pool;
        KpiTile fromThread(u"retail"_qs);
        KpiTile direct(u"retail"_qs);
        for (KpiTile *tile : {&fromThread, &direct}) {
            tile->setFocusPolicy(Qt::NoFocus); // a focused tile is painted here, with its focus frame
            tile->setData(full());
            tile->resize(470, 215);
            tile->show();
            QVERIFY(QTest::qWaitForWindowExposed(tile));
            QEvent leave(QEvent::Leave); // the pointer may rest on the new window; hovered tiles are painted here
            QApplication::sendEvent(tile, &leave);
        }
        fromThread.prerender(&pool);
        pool.waitForDone();
        const QImage first = direct.grab().toImage();
        QCOMPARE(fromThread.grab().toImage(), first);
        // The tile, not a blank: its value is written in the value colour.
        QVERIFY(inked(first, QRectF(first.rect()), KpiTileStyle().value).size() > 100);

        KpiTileData changed = full();
        changed.value = QStringLiteral("1.700.000,0");
        fromThread.prerender(&pool);
        pool.waitForDone();
        fromThread.setData(changed);
        direct.setData(changed);
        const QImage second = direct.grab().toImage();
        QCOMPARE(fromThread.grab().toImage(), second);
        QVERIFY(second != first);
        pool.start(&KpiTileRenderer::forgetText);
    }

    void tileClicksAndDrops()
    {
        KpiTile tile(QStringLiteral("exports"));
        tile.setData(full());
        tile.resize(400, 240);
        tile.show();
        QSignalSpy clicked(&tile, &KpiTile::clicked);
        QTest::mouseClick(&tile, Qt::LeftButton, Qt::NoModifier, QPoint(200, 120));
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.first().first().toString(), u"exports"_qs);
        tile.setFocus();
        QTest::keyClick(&tile, Qt::Key_Return);
        QCOMPARE(clicked.size(), 2);
        QVERIFY(tile.accessibleName().contains(u"1.652.463,5 tỷ đồng"));
    }
};

QTEST_MAIN(TestKpiTileRenderer)
#include "tst_kpitilerenderer.moc"
