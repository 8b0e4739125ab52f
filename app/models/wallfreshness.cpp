#include "wallfreshness.h"

#include <algorithm>
#include <limits>

namespace dh {

namespace {

// A run takes a while, and the engine may start it a little late: a figure is not stale for that.
constexpr qint64 kGraceSeconds = 15 * 60;

// How long a schedule leaves between runs, for choosing the most lenient; a manual or disabled
// endpoint never asks for a run.
qint64 runGapMinutes(const Endpoint &endpoint)
{
    if (!endpoint.enabled)
        return std::numeric_limits<qint64>::max();
    switch (endpoint.schedule.kind) {
    case EndpointSchedule::Kind::Manual: return std::numeric_limits<qint64>::max();
    case EndpointSchedule::Kind::Every: return endpoint.schedule.everyMinutes;
    case EndpointSchedule::Kind::Daily: return 24 * 60;
    }
    return std::numeric_limits<qint64>::max();
}

} // namespace

QHash<QString, EndpointSchedule> indicatorSchedules(const QHash<QString, QStringList> &sourcesByIndicator,
                                                    const QList<Endpoint> &endpoints)
{
    QHash<QString, EndpointSchedule> out;
    for (auto it = sourcesByIndicator.cbegin(); it != sourcesByIndicator.cend(); ++it) {
        const Endpoint *chosen = nullptr;
        for (const QString &source : it.value()) {
            const auto endpoint = std::find_if(endpoints.cbegin(), endpoints.cend(), [&](const Endpoint &e) { return e.id == source; });
            if (endpoint != endpoints.cend() && (!chosen || runGapMinutes(*endpoint) > runGapMinutes(*chosen)))
                chosen = &*endpoint;
        }
        if (chosen)
            out.insert(it.key(), chosen->enabled ? chosen->schedule : EndpointSchedule{});
    }
    return out;
}

QDateTime lastScheduledRun(const EndpointSchedule &schedule, const QDateTime &now)
{
    switch (schedule.kind) {
    case EndpointSchedule::Kind::Manual: return {};
    case EndpointSchedule::Kind::Every:
        return schedule.everyMinutes > 0 ? now.addSecs(-qint64(schedule.everyMinutes) * 60) : QDateTime();
    case EndpointSchedule::Kind::Daily: {
        const QDateTime local = now.toTimeZone(EndpointSchedule::zone());
        QDateTime today(local.date(), schedule.dailyAt, EndpointSchedule::zone());
        if (today > local)
            today = today.addDays(-1);
        return today.toUTC();
    }
    }
    return {};
}

bool isStale(const QDateTime &asOf, const std::optional<EndpointSchedule> &schedule, const QDateTime &now)
{
    if (!schedule || !asOf.isValid())
        return false;
    const QDateTime due = lastScheduledRun(*schedule, now);
    return due.isValid() && asOf.secsTo(due) > kGraceSeconds;
}

void ConnectionWatch::takeRun(const SyncRun &run)
{
    if (run.outcome == SyncRun::Outcome::Cancelled)
        return;
    Streak &streak = m_endpoints[run.endpoint];
    if (run.outcome == SyncRun::Outcome::Failed) {
        if (!streak.failing)
            streak = {true, run.startedAt.isValid() ? run.startedAt : run.finishedAt};
    } else {
        streak = {};
    }
}

void ConnectionWatch::setControlLost(const QDateTime &since)
{
    if (!m_controlLost.isValid())
        m_controlLost = since;
}

void ConnectionWatch::setControlRestored()
{
    m_controlLost = {};
}

std::optional<QDateTime> ConnectionWatch::offlineSince() const
{
    QDateTime since;
    if (!m_endpoints.isEmpty()) {
        for (const Streak &streak : m_endpoints) {
            if (!streak.failing) {
                since = {};
                break;
            }
            if (!since.isValid() || streak.since > since)
                since = streak.since;
        }
    }
    if (m_controlLost.isValid() && (!since.isValid() || m_controlLost < since))
        since = m_controlLost;
    return since.isValid() ? std::optional<QDateTime>(since) : std::nullopt;
}

} // namespace dh
