// Briefing-pack benchmark (not run by CTest), on the bundled synthetic sample: the 34-province
// atlas plus 20 indicator pages (ten indicators, each with its chart page and its map page),
// written as a PDF against the same pages painted into images in the same run (goal: the PDF
// takes at most twice as long), each the median of five; and the size of the example pack's PDF
// (goal: at most 10 MB). The pages' data is read once, before any timing: the figures are the
// painting and the writing.
//   bench_pack [SAMPLE_CACHE]
#include "gui/pack/packcommand.h"
#include "gui/pack/packrenderer.h"

#include "core/unitregistry.h"
#include "models/viewcontroller.h"
#include "benchstats.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QImage>
#include <QTemporaryDir>

#include <qcustomplot.h>

#include <cstdio>

using namespace dh;
using bench::median;

namespace {

Result<PackData> readPack(ViewController &controller, const BriefingPack &pack)
{
    return loadPackData(controller, pack);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QString cachePath = argc > 1 ? QString::fromLocal8Bit(argv[1])
                                       : QStringLiteral(DIEUHANH_BINARY_DIR "/share/dieuhanh/sample.sqlite");
    const auto registry = UnitRegistry::fromResources();
    if (!registry) {
        std::fprintf(stderr, "error: %s\n", qPrintable(registry.error().message));
        return 1;
    }
    CacheService service(*registry);
    ViewController controller(service);
    controller.setHomeLayout(*DashboardLayout::bundledHome());
    {
        QEventLoop loop;
        QObject::connect(&controller, &ViewController::ready, &loop, &QEventLoop::quit);
        controller.open(cachePath);
        loop.exec();
    }
    if (!controller.overview()) {
        std::fprintf(stderr, "error: cannot open %s\n", qPrintable(cachePath));
        return 1;
    }

    BriefingPack pack;
    pack.title = QStringLiteral("Phiên họp Chính phủ thường kỳ tháng 10/2026");
    pack.date = QDate(2026, 11, 3);
    pack.asOf = QDate(2026, 10, 31);
    const QStringList codes{QStringLiteral("retail.sales"), QStringLiteral("exports"), QStringLiteral("imports"),
                            QStringLiteral("budget.revenue"), QStringLiteral("budget.expenditure"), QStringLiteral("pubinv.rate"),
                            QStringLiteral("cpi.yoy"), QStringLiteral("ent.new"), QStringLiteral("fdi.disbursed"),
                            QStringLiteral("dossiers.ontime.share")};
    for (const QString &code : codes) {
        BriefingPage chart;
        chart.kind = BriefingPage::Kind::Indicator;
        chart.indicator = code;
        BriefingPage map = chart;
        map.kind = BriefingPage::Kind::Map;
        pack.pages << chart << map;
    }
    BriefingPage atlas;
    atlas.kind = BriefingPage::Kind::Atlas;
    pack.pages << atlas;

    auto data = readPack(controller, pack);
    if (!data) {
        std::fprintf(stderr, "error: %s\n", qPrintable(data.error().message));
        return 1;
    }
    PackRenderer renderer(*data, *registry);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("bench.pdf"));

    // One of each first, so fonts, geometry and projections are loaded before any timing.
    if (!renderer.writePdf(pdf)) {
        std::fprintf(stderr, "error: cannot write %s\n", qPrintable(pdf));
        return 1;
    }
    const QSize canvas = renderer.canvasSize().toSize();
    auto paintImages = [&] {
        for (int page = 0; page < renderer.pageCount(); ++page) {
            QImage image(canvas, QImage::Format_ARGB32_Premultiplied);
            QCPPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            renderer.paintPage(painter, page);
        }
    };
    paintImages();

    QList<double> pdfTimes;
    QList<double> imageTimes;
    for (int round = 0; round < 5; ++round) {
        QElapsedTimer timer;
        timer.start();
        if (!renderer.writePdf(pdf))
            return 1;
        pdfTimes.append(double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        paintImages();
        imageTimes.append(double(timer.nsecsElapsed()) / 1e6);
    }
    const double pdfMs = median(pdfTimes);
    const double imageMs = median(imageTimes);
    std::printf("pages: %d (34-province atlas + 20 indicator pages)\n", renderer.pageCount());
    std::printf("PDF written:        %8.1f ms (median of 5), %.2f MB\n", pdfMs, double(QFileInfo(pdf).size()) / (1024 * 1024));
    std::printf("images painted:     %8.1f ms (median of 5), %dx%d each\n", imageMs, canvas.width(), canvas.height());
    std::printf("PDF / images:       %8.2f x  (goal <= 2)\n", pdfMs / imageMs);

    const auto example = BriefingPack::load(QStringLiteral(DIEUHANH_SOURCE_DIR "/resources/packs/monthly-briefing.json"));
    if (!example)
        return 1;
    auto exampleData = readPack(controller, *example);
    if (!exampleData)
        return 1;
    PackRenderer exampleRenderer(*exampleData, *registry);
    const QString examplePdf = dir.filePath(QStringLiteral("example.pdf"));
    if (!exampleRenderer.writePdf(examplePdf))
        return 1;
    const double mb = double(QFileInfo(examplePdf).size()) / (1024 * 1024);
    std::printf("example pack:       %d pages, %.2f MB  (goal <= 10 MB)\n", exampleRenderer.pageCount(), mb);
    std::printf("peak memory:        %s\n", qPrintable(bench::peakMemoryText()));
    return 0;
}
