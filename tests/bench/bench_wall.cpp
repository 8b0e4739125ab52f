// bench_wall: a wall of four 4K screens (2 × 2, 7680×4320) with 24 panels on the bundled sample.
// Prints the time to the first complete frame of a page (every panel's data read and painted, and
// the four screens composed), the time from a page change to its complete frame, and both as
// ratios against painting the same page again (composing the four screens from the panels' images,
// which is what a window's paint does). Not run by CTest.
#include "gui/wall/wallpagehost.h"
#include "models/cacheservice.h"

#include "core/clock.h"

#include "benchstats.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QPainter>
#include <QTemporaryDir>
#include <QTextStream>

using namespace dh;

namespace {

const QStringList kIndicators = {
    QStringLiteral("grdp.growth"), QStringLiteral("budget.revenue"), QStringLiteral("pubinv.rate"), QStringLiteral("exports"),
    QStringLiteral("fdi.disbursed"), QStringLiteral("ent.new"), QStringLiteral("cpi.yoy"), QStringLiteral("retail.sales"),
    QStringLiteral("iip.growth"), QStringLiteral("unemp.rate"), QStringLiteral("tourists.intl"), QStringLiteral("elec.output")};

// 24 panels over 2 × 2 screens of 3 × 2 cells, of every data kind, the indicators shifted by `shift`.
WallLayout wall(int shift)
{
    WallLayout l;
    l.id = QStringLiteral("bench-%1").arg(shift);
    l.screenRows = 2;
    l.screenColumns = 2;
    l.cellRows = 2;
    l.cellColumns = 3;
    const WallPanel::Kind kinds[] = {WallPanel::Kind::BigKpi, WallPanel::Kind::Chart, WallPanel::Kind::Map,
                                     WallPanel::Kind::Ranking, WallPanel::Kind::Breakdown, WallPanel::Kind::KpiTiles};
    for (int i = 0; i < 24; ++i) {
        WallPanel p;
        p.id = QStringLiteral("p%1").arg(i);
        p.kind = kinds[i % 6];
        p.cells = QRect(i % 6, i / 6, 1, 1);
        p.indicator = kIndicators.at((i + shift) % kIndicators.size());
        if (p.kind == WallPanel::Kind::Breakdown)
            p.indicator = QStringLiteral("budget.revenue"); // of the sample's indicators, the one broken down
        if (p.kind == WallPanel::Kind::KpiTiles)
            p.indicators = {p.indicator, kIndicators.at((i + shift + 1) % kIndicators.size())};
        l.panels.append(p);
    }
    return l;
}

// The four screens of the page, as the windows paint them.
void compose(const WallPageHost &page, QList<QImage> &screens)
{
    for (int i = 0; i < 4; ++i) {
        QPainter painter(&screens[i]);
        page.paint(painter, QRectF(screens[i].rect()), page.screenRect(i / 2, i % 2));
    }
}

double showPage(CacheService &service, const WallLayout &layout, QList<QImage> &screens, std::unique_ptr<WallPageHost> &page)
{
    WallContext context;
    context.service = &service;
    context.clock = &Clock::system();
    WallPage p;
    p.layout = layout;
    QElapsedTimer timer;
    timer.start();
    auto next = std::make_unique<WallPageHost>(p, context);
    QEventLoop loop;
    QObject::connect(next.get(), &WallPageHost::completed, &loop, &QEventLoop::quit);
    next->start();
    if (!next->isComplete())
        loop.exec();
    compose(*next, screens);
    const double ms = timer.nsecsElapsed() / 1e6;
    page = std::move(next);
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setFont(QFont(QStringLiteral("Noto Sans")));
    QTextStream out(stdout);
    const QString sample = argc > 1 ? QString::fromLocal8Bit(argv[1])
                                    : qEnvironmentVariable("DIEUHANH_BINARY_DIR", QStringLiteral(".")) + QStringLiteral("/share/dieuhanh/sample.sqlite");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
    if (!QFile::copy(sample, path)) {
        out << "cannot copy the sample " << sample << '\n';
        return 1;
    }
    const auto registry = UnitRegistry::fromResources();
    CacheService service(*registry);
    QEventLoop opened;
    QObject::connect(&service, &CacheService::opened, &opened, &QEventLoop::quit);
    service.open(path);
    opened.exec();

    QList<QImage> screens(4, QImage(3840, 2160, QImage::Format_ARGB32_Premultiplied));
    std::unique_ptr<WallPageHost> page;
    QList<double> first, change, again;
    const int rounds = 5;
    for (int round = 0; round < rounds; ++round) {
        first.append(showPage(service, wall(0), screens, page));
        if (!page->failedPanels().isEmpty()) {
            out << "panels in error: " << page->failedPanels().join(u", ") << '\n';
            return 1;
        }
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer timer;
            timer.start();
            compose(*page, screens);
            again.append(timer.nsecsElapsed() / 1e6);
        }
        change.append(showPage(service, wall(round + 3), screens, page));
    }
    const double repaint = bench::median(again);
    out << "bench_wall: 4 screens of 3840x2160, 24 panels, " << rounds << " rounds (median, p90)\n";
    out << QStringLiteral("  paint the page again (compose 4 screens):   %1 ms\n").arg(repaint, 0, 'f', 1);
    out << QStringLiteral("  first complete frame of a page:             %1 ms (p90 %2), %3x the repaint\n")
               .arg(bench::median(first), 0, 'f', 1).arg(bench::percentile(first, 0.9), 0, 'f', 1).arg(bench::median(first) / repaint, 0, 'f', 1);
    out << QStringLiteral("  page change to complete frame:              %1 ms (p90 %2), %3x the repaint\n")
               .arg(bench::median(change), 0, 'f', 1).arg(bench::percentile(change, 0.9), 0, 'f', 1).arg(bench::median(change) / repaint, 0, 'f', 1);
    if (const auto peak = bench::peakResidentBytes())
        out << QStringLiteral("  peak resident memory: %1 MiB\n").arg(double(*peak) / (1 << 20), 0, 'f', 0);
    return 0;
}
