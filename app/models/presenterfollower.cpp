#include "presenterfollower.h"

namespace dh {

PresenterFollower::PresenterFollower(Send send, std::chrono::milliseconds interval, QObject *parent)
    : QObject(parent)
    , m_send(std::move(send))
    , m_interval(interval)
{
    m_timer.setSingleShot(true);
    // A coarse timer may fire up to 5 % early; "at most one command per interval" is the promise.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &PresenterFollower::flush);
}

void PresenterFollower::setFollowing(bool following)
{
    if (following == m_following)
        return;
    m_following = following;
    m_pending.reset();
    m_sent.reset();
    if (!following) {
        m_timer.stop();
        m_send(WallCommand::of(WallCommand::Kind::Unfollow));
        m_lastSent.start();
        return;
    }
    if (m_view)
        viewChanged(*m_view);
}

void PresenterFollower::viewChanged(const ViewState &view)
{
    m_view = view;
    if (!m_following)
        return;
    if (view == m_sent) {
        m_pending.reset();
        return;
    }
    m_pending = view;
    if (m_timer.isActive())
        return;
    const auto since = std::chrono::milliseconds(m_lastSent.isValid() ? m_lastSent.elapsed() : m_interval.count());
    if (since >= m_interval)
        flush();
    else
        m_timer.start(m_interval - since);
}

void PresenterFollower::flush()
{
    if (!m_following || !m_pending)
        return;
    m_sent = *std::exchange(m_pending, std::nullopt);
    m_lastSent.start();
    m_send(WallCommand::follow(m_sent->toJson()));
}

} // namespace dh
