#include "failurelimiter.h"

#include "core/clock.h"

namespace dh {

FailureLimiter::FailureLimiter(const Clock &clock, Limits limits)
    : m_clock(&clock)
    , m_limits(limits)
{
}

std::optional<qint64> FailureLimiter::retryAfter(const QString &address)
{
    const QDateTime now = m_clock->now();
    forgetOld(now);
    const auto it = m_records.constFind(address);
    if (it == m_records.constEnd() || !it->blockedUntil.isValid() || it->blockedUntil <= now)
        return std::nullopt;
    return std::max<qint64>(1, now.secsTo(it->blockedUntil));
}

void FailureLimiter::recordFailure(const QString &address)
{
    const QDateTime now = m_clock->now();
    Record &record = m_records[address];
    const QDateTime windowStart = now.addSecs(-m_limits.window.count());
    record.failures.removeIf([&](const QDateTime &t) { return t <= windowStart; });
    record.failures.append(now);
    if (record.failures.size() >= m_limits.maxFailures) {
        record.blockedUntil = now.addSecs(m_limits.blockFor.count());
        record.failures.clear();
    }
}

// Sweeps at most once a window, so a flood of addresses costs one pass per minute, not per request.
void FailureLimiter::forgetOld(const QDateTime &now)
{
    if (m_lastSweep.isValid() && m_lastSweep.secsTo(now) < m_limits.window.count())
        return;
    m_lastSweep = now;
    const QDateTime windowStart = now.addSecs(-m_limits.window.count());
    m_records.removeIf([&](const QHash<QString, Record>::iterator it) {
        const Record &r = it.value();
        const bool blocked = r.blockedUntil.isValid() && r.blockedUntil > now;
        const bool recent = !r.failures.isEmpty() && r.failures.constLast() > windowStart;
        return !blocked && !recent;
    });
}

} // namespace dh
