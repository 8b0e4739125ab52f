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

        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        renderer.paint(painter, rect, d, KpiTileStyle());
        painter.end();
        // The progress bar is drawn in its colour at 40 % of its width.
        const QPoint bar(int(l.progress.left() + l.progress.width() * 0.4), int(l.progress.center().y()));
        QCOMPARE(QColor(image.pixel(bar)), KpiTileStyle().progressBar);
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
        const auto l = KpiTileRenderer().layout(QRectF(0, 0, 400, 220), d, KpiTileStyle());
        QVERIFY(!l.valueText.isEmpty());
        QVERIFY(l.unit.isNull());
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
        QCOMPARE(fromThread.grab().toImage(), direct.grab().toImage());

        KpiTileData changed = full();
        changed.value = QStringLiteral("1.700.000,0");
        fromThread.prerender(&pool);
        pool.waitForDone();
        fromThread.setData(changed);
        direct.setData(changed);
        QCOMPARE(fromThread.grab().toImage(), direct.grab().toImage());
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
