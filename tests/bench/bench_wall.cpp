// bench_wall: a wall of four 4K screens (2 × 2, 7680×4320) with 24 panels on the bundled sample.
// Prints the time to the first complete frame of a page (every panel's data read and painted, and
// the four screens composed), a cold page change (a page built only when asked, as a presenter's
// jump is), and the rotation's page change — from the deadline to the next page swapped in and its
// four screens composed, the session having drawn that page ahead — each as a ratio against
// painting the same page again (composing the four screens from the panels' images, which is what
// a window's paint does). Not run by CTest.
#include "gui/wall/wallpagehost.h"
#include "gui/wall/wallsession.h"
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
#include <QTimer>

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

// The playlist's deadlines come when the bench says.
class StepClock final : public Clock
{
public:
    QDateTime now() const override { return m_now; }
    void advanceSecs(qint64 secs) { m_now = m_now.addSecs(secs); }

private:
    QDateTime m_now = QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC);
};

// Rounds of the rotation in a WallSession: wait until the upcoming page is drawn, move the clock
// to the deadline, and time the runner's look until the new page's four screens are composed.
std::optional<QList<double>> rotate(const QString &path, const UnitRegistry &registry, QList<QImage> &screens, int rounds, QTextStream &out)
{
    WallPlaylist playlist;
    playlist.id = QStringLiteral("bench");
    for (int shift = 0; shift < 2; ++shift) {
        WallPage page;
        page.layout = wall(shift * 3);
        page.duration = std::chrono::seconds(60);
        playlist.pages.append(page);
    }
    StepClock clock;
    WallSessionOptions options;
    options.cachePath = path;
    options.kiosk = false;
    WallSession session(playlist, registry, clock, options);
    session.start();
    QList<double> change;
    for (int round = 0; round < rounds; ++round) {
        QEventLoop loop;
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (session.currentPage() && session.upcomingPage() && session.upcomingPage()->isComplete())
                loop.quit();
        });
        poll.start(5);
        loop.exec();
        WallPageHost *drawn = session.upcomingPage();
        clock.advanceSecs(60);
        QElapsedTimer timer;
        timer.start();
        session.runner().tick();
        if (session.currentPage() != drawn) {
            out << "the page drawn ahead was not the one shown at the deadline\n";
            return std::nullopt;
        }
        compose(*session.currentPage(), screens);
        change.append(timer.nsecsElapsed() / 1e6);
    }
    return change;
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
    page.reset();
    const auto rotation = rotate(path, *registry, screens, rounds, out);
    if (!rotation)
        return 1;
    const double repaint = bench::median(again);
    out << "bench_wall: 4 screens of 3840x2160, 24 panels, " << rounds << " rounds (median, p90)\n";
    out << QStringLiteral("  paint the page again (compose 4 screens):   %1 ms\n").arg(repaint, 0, 'f', 1);
    out << QStringLiteral("  first complete frame of a page:             %1 ms (p90 %2), %3x the repaint\n")
               .arg(bench::median(first), 0, 'f', 1).arg(bench::percentile(first, 0.9), 0, 'f', 1).arg(bench::median(first) / repaint, 0, 'f', 1);
    out << QStringLiteral("  cold page change (built when asked):        %1 ms (p90 %2), %3x the repaint\n")
               .arg(bench::median(change), 0, 'f', 1).arg(bench::percentile(change, 0.9), 0, 'f', 1).arg(bench::median(change) / repaint, 0, 'f', 1);
    out << QStringLiteral("  page change to complete frame (drawn ahead): %1 ms (p90 %2), %3x the repaint\n")
               .arg(bench::median(*rotation), 0, 'f', 1).arg(bench::percentile(*rotation, 0.9), 0, 'f', 1).arg(bench::median(*rotation) / repaint, 0, 'f', 1);
    if (const auto peak = bench::peakResidentBytes())
        out << QStringLiteral("  peak resident memory: %1 MiB\n").arg(double(*peak) / (1 << 20), 0, 'f', 0);
    return 0;
}
