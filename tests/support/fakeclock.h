#pragma once

#include "core/clock.h"

namespace dh::test {

// A clock that stands still until told to move.
class FakeClock final : public Clock
{
public:
    explicit FakeClock(QDateTime now = defaultNow());
    QDateTime now() const override;
    void set(QDateTime now) { m_now = std::move(now); }
    void advanceSecs(qint64 secs) { m_now = m_now.addSecs(secs); }

    // The tests' "today": 1 November 2026, 08:00 UTC.
    static QDateTime defaultNow();

private:
    QDateTime m_now;
};

} // namespace dh::test
