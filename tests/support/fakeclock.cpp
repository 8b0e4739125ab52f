#include "fakeclock.h"

namespace dh::test {

FakeClock::FakeClock(QDateTime now)
    : m_now(std::move(now))
{
}

QDateTime FakeClock::now() const
{
    return m_now;
}

QDateTime FakeClock::defaultNow()
{
    return QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
}

} // namespace dh::test
