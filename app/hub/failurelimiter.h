#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <chrono>
#include <optional>

namespace dh {

class Clock;

// Slows down a client that guesses tokens: after `maxFailures` failed attempts from one address
// within `window`, that address is refused for `blockFor` without its token even being looked at.
// The memory it keeps is bounded by the addresses that failed recently.
class FailureLimiter
{
public:
    struct Limits
    {
        int maxFailures = 10;
        std::chrono::seconds window{60};
        std::chrono::seconds blockFor{60};
    };

    explicit FailureLimiter(const Clock &clock, Limits limits);
    explicit FailureLimiter(const Clock &clock) : FailureLimiter(clock, Limits()) {}

    // The seconds the address must still wait, or nothing when it may try.
    std::optional<qint64> retryAfter(const QString &address);
    void recordFailure(const QString &address);

private:
    struct Record
    {
        QList<QDateTime> failures;
        QDateTime blockedUntil;
    };
    void forgetOld(const QDateTime &now);

    const Clock *m_clock;
    Limits m_limits;
    QHash<QString, Record> m_records;
    QDateTime m_lastSweep;
};

} // namespace dh
