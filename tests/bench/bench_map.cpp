// Map benchmark (not run by CTest): the choropleth at 3840×2160 — a full frame after the first
// layout (median and p95 of 50), a relayout (zoom), hit-testing over random points, the GeoJSON
// parse and the 34-province dissolve, and the geometry's memory. Each figure is printed with a
// ratio against a reference measured in the same run, since machines are noisy, and beside its
// goal where it has one:
//  - frame: filling the same image with one rectangle and stroking a polyline of the frame's
//    vertex count (the least any renderer of this map must do);
//  - hit-test: a loop testing the point against every region's bounding rectangle;
//  - memory: the geometry's vertex bytes and the resident-set growth.
#include "map/choroplethrenderer.h"
#include "map/colorbrewer.h"
#include "map/geodissolve.h"
#include "map/geojsonloader.h"
#include "benchstats.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QJsonDocument>
#include <QPainter>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>

using namespace dh;
using bench::median;
using bench::percentile;

namespace {

// The resident memory now, where the system tells it (Linux); 0 elsewhere.
double residentMb()
{
#if defined(Q_OS_LINUX)
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0.0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toDouble() * 4096.0 / (1024.0 * 1024.0) : 0.0;
#else
    return 0.0;
#endif
}

template<typename F>
QList<double> timesMs(int runs, F &&f)
{
    QList<double> out;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f(i);
        out.append(t.nsecsElapsed() / 1e6);
    }
    return out;
}

qsizetype elementCount(const ChoroplethLayout &l)
{
    qsizetype n = l.innerBorders.elementCount();
    for (const QPainterPath &p : l.fills)
        n += p.elementCount();
    for (const ChoroplethLayout::Inset &inset : l.insets) {
        for (const QPainterPath &p : inset.fills)
            n += p.elementCount();
    }
    return n;
}

QHash<QString, double> values(const QList<GeoRegion> &regions, int seed)
{
    QHash<QString, double> out;
    for (const GeoRegion &r : regions)
        out.insert(r.id, 40.0 + 2.5 * (r.bounds.center().y() - 8.0) + double((qHash(r.id) + uint(seed)) % 250) / 10.0);
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QSize size(3840, 2160);
    const QRectF rect(QPointF(0, 0), size);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white); // the image's own memory must not count as the map's
    // The font database starts on first use (fontconfig): a one-off for the process, not the map's.
    QElapsedTimer fontTimer;
    fontTimer.start();
    {
        QPainter painter(&image);
        painter.drawText(QPointF(10, 10), u"Quần đảo Hoàng Sa"_qs);
    }
    const double fontMs = fontTimer.nsecsElapsed() / 1e6;
    const double rssStart = residentMb();

    // GeoJSON: the raw parse, then the loader (parse, rings, orientation, merge).
    QFile file(GeoJsonLoader::bundledProvinces2008());
    if (!file.open(QIODevice::ReadOnly))
        return 1;
    const QByteArray json = file.readAll();
    const QList<double> parse = timesMs(20, [&](int) { QJsonDocument::fromJson(json); });
    QList<GeoRegion> regions;
    const QList<double> load = timesMs(20, [&](int) { regions = GeoJsonLoader::parse(json, u"shapeISO"_qs, u"shapeName"_qs).regions; });
    QHash<QString, QString> groupOf;
    QFile csv(QStringLiteral(DIEUHANH_SOURCE_DIR "/resources/admin/provinces-2008.csv"));
    if (csv.open(QIODevice::ReadOnly)) {
        const QStringList lines = QString::fromUtf8(csv.readAll()).split(u'\n', Qt::SkipEmptyParts);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QStringList f = lines.at(i).trimmed().split(u',');
            groupOf.insert(f.at(1), u"VN25-"_qs + f.at(4));
        }
    }
    QList<GeoRegion> regions34;
    const QList<double> dissolve = timesMs(20, [&](int) { regions34 = GeoDissolve::dissolve(regions, groupOf); });
    std::printf("geojson %.0f KB: QJsonDocument parse %.2f ms median; loader (parse + rings) %.2f ms; "
                "dissolve to %lld regions %.2f ms\n",
                json.size() / 1024.0, median(parse), median(load), qlonglong(regions34.size()), median(dissolve));

    qsizetype vertices = 0;
    for (const GeoRegion &r : regions) {
        for (const QPolygonF &ring : r.rings)
            vertices += ring.size();
    }

    const double rssBeforeMap = residentMb();

    ChoroplethRenderer renderer;
    ChoroplethInput input;
    input.regions = regions;
    input.insets = {{QRectF(QPointF(111.0, 15.6), QPointF(113.2, 17.2)), u"Quần đảo Hoàng Sa (Đà Nẵng)"_qs},
                    {QRectF(QPointF(111.6, 7.6), QPointF(116.0, 11.8)), u"Quần đảo Trường Sa (Khánh Hòa)"_qs}};
    input.frames = {{QString(), values(regions, 0)}};
    input.edges = {40, 55, 65, 75, 85, 110};
    input.colors = ColorBrewer::colors(ColorBrewer::Scheme::YlGnBu, 5);
    input.legendTitle = u"Tỷ lệ giải ngân (%)"_qs;
    input.title = u"Giải ngân vốn đầu tư công"_qs;
    input.subtitle = u"Tháng 10/2026"_qs;
    input.attribution = u"Administrative boundaries: geoBoundaries.org"_qs;
    QElapsedTimer projectTimer;
    projectTimer.start();
    renderer.setInput(input); // projection, ring bounds, label anchors (poles of inaccessibility)
    const double projectMs = projectTimer.nsecsElapsed() / 1e6;

    const auto paint = [&](ChoroplethRenderer &r) {
        QPainter painter(&image);
        r.paint(painter, rect);
    };
    QElapsedTimer first;
    first.start();
    paint(renderer);
    const double firstMs = first.nsecsElapsed() / 1e6;
    const double rssAfterMap = residentMb();
    const ChoroplethLayout &layout = renderer.layout(rect);
    const qsizetype drawn = elementCount(layout);

    const QStringList ids = [&] {
        QStringList out;
        for (const GeoRegion &r : regions)
            out.append(r.id);
        return out;
    }();
    const QList<double> frames = timesMs(50, [&](int i) {
        renderer.setHovered(ids.at(i % ids.size())); // hover moves each frame: no relayout
        paint(renderer);
    });

    // Reference: one rect fill and one antialiased polyline with as many vertices as the frame.
    QPolygonF polyline;
    for (const QPainterPath &p : layout.fills) {
        for (int e = 0; e < p.elementCount(); ++e)
            polyline.append(QPointF(p.elementAt(e).x, p.elementAt(e).y) + layout.frames.first().map.topLeft());
    }
    while (polyline.size() < drawn)
        polyline.append(polyline.constLast());
    const QList<double> reference = timesMs(50, [&](int) {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.fillRect(rect, Qt::white);
        QPen pen(Qt::darkGray, 1.0);
        pen.setCosmetic(true);
        painter.setPen(pen);
        painter.drawPolyline(polyline);
    });

    // A relayout, as after a zoom step or a resize.
    const QList<double> relayout = timesMs(10, [&](int i) {
        renderer.zoomAt(rect, rect.center(), i % 2 ? 1.0 / 1.25 : 1.25);
        renderer.layout(rect);
    });
    renderer.resetView();
    renderer.layout(rect);
    // New values (the next period): labels and legend change, geometry does not.
    const QList<double> newValues = timesMs(10, [&](int i) {
        input.frames = {{QString(), values(regions, i + 1)}};
        renderer.setInput(input);
        paint(renderer);
    });

    // Small multiples: 12 frames of the 34 provinces at 4K.
    ChoroplethRenderer multiples;
    ChoroplethInput twelve;
    twelve.regions = regions34;
    for (int m = 1; m <= 12; ++m)
        twelve.frames.append({QStringLiteral("Tháng %1/2026").arg(m), values(regions34, m)});
    twelve.edges = {40, 55, 65, 75, 85, 110};
    twelve.colors = ColorBrewer::colors(ColorBrewer::Scheme::YlGnBu, 5);
    twelve.labelMode = ChoroplethInput::LabelMode::Values;
    multiples.setInput(twelve);
    paint(multiples);
    const QList<double> multipleFrames = timesMs(20, [&](int) { paint(multiples); });

    // Hit-testing over random points of the map area, against a bounds-only loop.
    const QRectF map = layout.frames.first().map;
    QRandomGenerator random(42);
    QList<QPointF> points;
    for (int i = 0; i < 20000; ++i)
        points.append(QPointF(map.left() + random.generateDouble() * map.width(), map.top() + random.generateDouble() * map.height()));
    int found = 0;
    QElapsedTimer hits;
    hits.start();
    for (const QPointF &p : points)
        found += renderer.hitTest(rect, p).id.isEmpty() ? 0 : 1;
    const double hitUs = hits.nsecsElapsed() / 1e3 / points.size();
    QList<QRectF> boxes;
    for (const QPainterPath &p : layout.fills)
        boxes.append(p.controlPointRect().translated(map.topLeft()));
    int inBoxes = 0;
    QElapsedTimer plain;
    plain.start();
    for (const QPointF &p : points) {
        for (const QRectF &b : boxes)
            inBoxes += b.contains(p) ? 1 : 0;
    }
    const double plainUs = plain.nsecsElapsed() / 1e3 / points.size();
    QList<double> worst;
    for (int i = 0; i < 2000; ++i) {
        QElapsedTimer t;
        t.start();
        renderer.hitTest(rect, points.at(i));
        worst.append(t.nsecsElapsed() / 1e3);
    }

    const double geometryMb = double(vertices) * sizeof(QPointF) * 2 / (1024.0 * 1024.0); // lon/lat + projected
    const double pathMb = double(drawn) * sizeof(QPainterPath::Element) / (1024.0 * 1024.0);

    std::printf("\n3840x2160, %d regions (%lld vertices), %lld path elements drawn, %lld labels\n",
                int(regions.size()), qlonglong(vertices), qlonglong(drawn), qlonglong(layout.labels.size()));
    std::printf("font system start (one-off)    %8.2f ms\n", fontMs);
    std::printf("setInput (project, anchors)    %8.2f ms\n", projectMs);
    std::printf("first paint (layout + frame)   %8.2f ms\n", firstMs);
    std::printf("frame, median                  %8.2f ms   reference %.2f ms   ratio %.2f   (goal <= 8 ms)\n",
                median(frames), median(reference), median(frames) / median(reference));
    std::printf("frame, p95                     %8.2f ms   reference %.2f ms   ratio %.2f\n", percentile(frames, 0.95),
                percentile(reference, 0.95), percentile(frames, 0.95) / percentile(reference, 0.95));
    std::printf("relayout (zoom step), median   %8.2f ms   ratio to frame %.2f\n", median(relayout), median(relayout) / median(frames));
    std::printf("new values, relayout + frame   %8.2f ms   ratio to frame %.2f\n", median(newValues), median(newValues) / median(frames));
    std::printf("12 small multiples, median     %8.2f ms   ratio to reference %.2f\n", median(multipleFrames),
                median(multipleFrames) / median(reference));
    std::printf("hit-test, mean                 %8.2f us   bounds loop %.2f us   ratio %.1f   p99 %.1f us   (goal <= 1000 us; %d of %lld hit land)\n",
                hitUs, plainUs, hitUs / plainUs, percentile(worst, 0.99), found, qlonglong(points.size()));
    std::printf("geometry memory                %8.2f MB vertices (+ %.2f MB drawn paths)   RSS growth: geometry loaded %.1f MB, renderer laid out %.1f MB   (goal <= 20 MB)\n",
                geometryMb, pathMb, rssBeforeMap - rssStart, rssAfterMap - rssBeforeMap);
    std::printf("peak memory                    %s\n", qPrintable(bench::peakMemoryText()));
    return inBoxes >= 0 ? 0 : 1;
}
