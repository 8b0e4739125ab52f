#include "wallfreshness.h"

namespace dh {

namespace {

// A run takes a while, and the engine may start it a little late: a figure is not stale for that.
constexpr qint64 kGraceSeconds = 15 * 60;

} // namespace

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
