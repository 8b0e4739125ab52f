// `dieuhanh-sync sync` and `dieuhanh-sync status`: the sync engine run from a terminal or a
// scheduler (cron, a Windows task), with a progress line on a terminal and plain lines otherwise.
#include "commands.h"

#include "opencache.h"

#include "core/clock.h"
#include "core/safetext.h"
#include "store/cache.h"
#include "store/cachelocation.h"
#include "store/cachesynctarget.h"
#include "sync/endpointfile.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QHash>
#include <QLocale>

#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace dh {

namespace {

bool stdoutIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdout)) != 0;
#else
    return isatty(fileno(stdout)) != 0;
#endif
}

QString stageText(const SyncProgress &p, bool withBytes)
{
    using S = SyncProgress::Stage;
    switch (p.stage) {
    case S::Queued: return QCoreApplication::translate("dieuhanh-sync", "queued");
    case S::Fetching: {
        QString text = p.pages > 0 ? QCoreApplication::translate("dieuhanh-sync", "fetching %1, page %2 of %3").arg(p.resource).arg(p.page).arg(p.pages)
                       : p.page > 0 ? QCoreApplication::translate("dieuhanh-sync", "fetching %1, page %2").arg(p.resource).arg(p.page)
                                    : QCoreApplication::translate("dieuhanh-sync", "fetching %1").arg(p.resource);
        if (withBytes && p.bytes > 0) {
            const QLocale c = QLocale::c();
            text += p.totalBytes > 0 ? QStringLiteral(" (%1 / %2)").arg(c.formattedDataSize(p.bytes), c.formattedDataSize(p.totalBytes))
                                     : QStringLiteral(" (%1)").arg(c.formattedDataSize(p.bytes));
        }
        return text;
    }
    case S::Parsing: return QCoreApplication::translate("dieuhanh-sync", "reading %1").arg(p.resource);
    case S::Writing: return QCoreApplication::translate("dieuhanh-sync", "writing (%1 observations so far)").arg(p.written);
    case S::Done: return QCoreApplication::translate("dieuhanh-sync", "done");
    case S::NotModified: return QCoreApplication::translate("dieuhanh-sync", "nothing new");
    case S::Failed: return QCoreApplication::translate("dieuhanh-sync", "failed: %1").arg(p.message);
    case S::Cancelled: return QCoreApplication::translate("dieuhanh-sync", "cancelled");
    }
    return {};
}

QString runSummary(const SyncRun &run)
{
    return QCoreApplication::translate("dieuhanh-sync", "%1 written, %2 unchanged, %3 removed, %4 quarantined; %5 requests")
        .arg(run.written).arg(run.unchanged).arg(run.removed).arg(run.quarantined).arg(run.requests);
}

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QStringLiteral("—");
}

Result<EndpointFile> readEndpoints(const CliOptions &o)
{
    const QString path = o.endpointsFile.isEmpty() ? EndpointFile::defaultPath() : o.endpointsFile;
    if (!QFileInfo::exists(path)) {
        return Error::notFound(QCoreApplication::translate("dieuhanh-sync", "No endpoints file at %1: give one with --endpoints FILE (see resources/schemas/endpoints.md).")
                                   .arg(path));
    }
    return EndpointFile::read(path);
}

} // namespace

int CliRunner::sync(const CliOptions &o)
{
    auto file = readEndpoints(o);
    if (!file)
        return fail(file.error().message);
    if (!o.endpoint.isEmpty() && !file->find(o.endpoint))
        return fail(QCoreApplication::translate("dieuhanh-sync", "There is no endpoint %1 in %2.").arg(o.endpoint, file->path));
    auto registry = UnitRegistry::fromResources();
    if (!registry)
        return fail(registry.error().message);
    // A cache named for a sync may be new: the sync fills it. The default one starts from the sample.
    QString path = o.cachePath;
    if (path.isEmpty()) {
        path = CacheLocation::defaultPath();
        if (auto r = CacheLocation::ensureDefault(path); !r)
            return fail(r.error().message);
    }
    const Clock &clock = m_clock;
    SyncEngine engine([path, registry = *registry, &clock]() -> Result<std::unique_ptr<SyncTarget>> {
        auto cache = Cache::open(path, registry, Cache::OpenMode::ReadWrite, &clock);
        if (!cache)
            return cache.error();
        return std::unique_ptr<SyncTarget>(std::make_unique<CacheSyncTarget>(std::move(*cache)));
    }, SyncEngine::Options{{}, {}, 3, &m_clock});

    const bool terminal = stdoutIsTerminal();
    QHash<QString, QString> shown; // each endpoint's last plain line
    bool failed = false;
    QObject::connect(&engine, &SyncEngine::progressChanged, [&](const SyncProgress &p) {
        if (terminal && !p.isFinal()) {
            // One line rewritten in place, cut to a terminal's usual width.
            const QString line = p.endpoint + QStringLiteral(": ") + stageText(p, true);
            m_out << '\r' << SafeText::excerpt(line, 79).leftJustified(79) << Qt::flush;
            return;
        }
        // Plain output says each stage, resource and page once, not every byte count.
        const QString line = p.endpoint + QStringLiteral(": ") + SafeText::excerpt(stageText(p, false), 400);
        if (shown.value(p.endpoint) == line)
            return;
        shown.insert(p.endpoint, line);
        if (terminal)
            m_out << '\r' << QString(79, u' ') << '\r';
        m_out << line << '\n' << Qt::flush;
    });
    QObject::connect(&engine, &SyncEngine::runFinished, [&](const SyncRun &run) {
        failed = failed || run.outcome == SyncRun::Outcome::Failed || run.outcome == SyncRun::Outcome::Cancelled;
        if (run.outcome == SyncRun::Outcome::Ok)
            m_out << run.endpoint << ": " << runSummary(run) << '\n' << Qt::flush;
    });
    QEventLoop loop;
    QObject::connect(&engine, &SyncEngine::wentIdle, &loop, &QEventLoop::quit);
    engine.setEndpoints(file->endpoints);
    engine.syncNow(o.endpoint.isEmpty() ? QStringList() : QStringList{o.endpoint});
    loop.exec();
    return failed ? 1 : 0;
}

int CliRunner::status(const CliOptions &o)
{
    auto opened = openCache(o, m_clock, Access::Read);
    if (!opened)
        return fail(opened.error().message);
    auto statuses = opened->cache->syncState().statuses();
    if (!statuses)
        return fail(statuses.error().message);
    // The endpoints file, where there is one, adds the endpoints never run and each one's next run.
    std::optional<EndpointFile> file;
    if (auto read = readEndpoints(o); read)
        file = std::move(*read);
    else if (!o.endpointsFile.isEmpty())
        return fail(read.error().message);
    QStringList ids;
    if (file) {
        for (const Endpoint &e : std::as_const(file->endpoints))
            ids.append(e.id);
    }
    for (const EndpointStatus &s : std::as_const(*statuses)) {
        if (!ids.contains(s.endpoint))
            ids.append(s.endpoint);
    }
    if (ids.isEmpty()) {
        m_out << QCoreApplication::translate("dieuhanh-sync", "No endpoint has been synced into this cache.") << '\n';
        return 0;
    }
    const QDateTime now = m_clock.now();
    for (const QString &id : std::as_const(ids)) {
        const auto s = std::find_if(statuses->cbegin(), statuses->cend(), [&](const EndpointStatus &x) { return x.endpoint == id; });
        const Endpoint *endpoint = file ? file->find(id) : nullptr;
        m_out << id;
        if (endpoint && !endpoint->enabled)
            m_out << ' ' << QCoreApplication::translate("dieuhanh-sync", "(disabled)");
        m_out << '\n';
        if (s == statuses->cend() || !s->last) {
            m_out << "  " << QCoreApplication::translate("dieuhanh-sync", "never synced") << '\n';
        } else {
            const SyncRun &last = *s->last;
            m_out << "  " << QCoreApplication::translate("dieuhanh-sync", "last run:     %1, %2").arg(timeText(last.startedAt), syncOutcomeName(last.outcome));
            if (last.outcome == SyncRun::Outcome::Ok)
                m_out << " (" << runSummary(last) << ')';
            m_out << '\n';
            m_out << "  " << QCoreApplication::translate("dieuhanh-sync", "last success: %1").arg(s->lastSuccess ? timeText(s->lastSuccess->finishedAt) : QStringLiteral("—")) << '\n';
            if (s->lastFailure) {
                m_out << "  " << QCoreApplication::translate("dieuhanh-sync", "last error:   %1: %2")
                                     .arg(timeText(s->lastFailure->finishedAt), SafeText::excerpt(s->lastFailure->error, 400))
                      << '\n';
            }
            m_out << "  " << QCoreApplication::translate("dieuhanh-sync", "observations pulled: %1").arg(s->observationsPulled) << '\n';
        }
        if (endpoint && endpoint->enabled && endpoint->schedule.kind != EndpointSchedule::Kind::Manual) {
            const QDateTime last = s != statuses->cend() && s->last ? s->last->startedAt : QDateTime();
            m_out << "  " << QCoreApplication::translate("dieuhanh-sync", "next run:     %1").arg(timeText(endpoint->schedule.nextRun(last, now))) << '\n';
        }
    }
    m_out.flush();
    return 0;
}

} // namespace dh
