#include "syncprogresstext.h"

#include "sync/endpointfile.h"

#include <climits>
#include <cstdlib>

namespace dh {

QString SyncProgressText::stage(const SyncProgress &p, const QLocale &locale)
{
    using S = SyncProgress::Stage;
    switch (p.stage) {
    case S::Queued: return tr("queued");
    case S::Fetching:
        if (p.page > 0 && p.pages > 0)
            return tr("fetching page %1 of %2").arg(p.page).arg(p.pages);
        if (p.page > 0)
            return tr("fetching page %1").arg(p.page);
        if (p.totalBytes > 0)
            return tr("fetching, %1 of %2").arg(locale.formattedDataSize(p.bytes, 1), locale.formattedDataSize(p.totalBytes, 1));
        if (p.bytes > 0)
            return tr("fetching, %1").arg(locale.formattedDataSize(p.bytes, 1));
        return tr("fetching");
    case S::Parsing: return tr("reading");
    case S::Writing: return tr("writing");
    case S::Done: return tr("done, %1 observation(s) written", nullptr, int(qMin<qint64>(p.written, INT_MAX))).arg(locale.toString(p.written));
    case S::NotModified: return tr("nothing new");
    case S::Failed: return tr("failed");
    case S::Cancelled: return tr("cancelled");
    }
    return {};
}

QString SyncProgressText::time(const QDateTime &when, const QDateTime &now, const QLocale &locale)
{
    if (!when.isValid())
        return {};
    const QString local = locale.toString(when.toTimeZone(EndpointSchedule::zone()), QStringLiteral("dd/MM HH:mm"));
    return now.isValid() ? tr("%1 (%2)").arg(local, relative(when, now)) : local;
}

QString SyncProgressText::relative(const QDateTime &when, const QDateTime &now)
{
    const qint64 seconds = when.secsTo(now);
    const qint64 span = std::abs(seconds);
    const bool past = seconds >= 0;
    if (span < 60)
        return past ? tr("just now") : tr("in less than a minute");
    if (span < 3600) {
        const int minutes = int(span / 60);
        return past ? tr("%n minute(s) ago", nullptr, minutes) : tr("in %n minute(s)", nullptr, minutes);
    }
    if (span < 2 * 86400) {
        const int hours = int(span / 3600);
        return past ? tr("%n hour(s) ago", nullptr, hours) : tr("in %n hour(s)", nullptr, hours);
    }
    const int days = int(span / 86400);
    return past ? tr("%n day(s) ago", nullptr, days) : tr("in %n day(s)", nullptr, days);
}

} // namespace dh
