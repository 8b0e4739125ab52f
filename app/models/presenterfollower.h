#pragma once

#include "viewstate.h"

#include "core/wallcommand.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

namespace dh {

// "Follow me": while on, publishes the presenter's view (ViewController::viewChanged) as "follow"
// commands for a wall. A burst of drill-downs sends its last view, and at most one command per
// interval goes out, so a presenter clicking through provinces never floods the hub or makes the
// wall redraw pages it would show for a moment. Turned off, it sends "unfollow" once.
class PresenterFollower final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresenterFollower)

public:
    using Send = std::function<void(const WallCommand &)>;

    explicit PresenterFollower(Send send, std::chrono::milliseconds interval = std::chrono::milliseconds(400), QObject *parent = nullptr);

    bool isFollowing() const { return m_following; }
    // Within the interval after a command: a new view waits for its end.
    bool isHolding() const { return m_timer.isActive(); }
    // On: the current view is sent at once (within the interval of the last command).
    void setFollowing(bool following);

public slots:
    void viewChanged(const dh::ViewState &view);

private:
    void flush();

    Send m_send;
    std::chrono::milliseconds m_interval;
    QTimer m_timer;
    QElapsedTimer m_lastSent;
    bool m_following = false;
    std::optional<ViewState> m_view;    // the presenter's current view
    std::optional<ViewState> m_pending; // not yet sent
    std::optional<ViewState> m_sent;
};

} // namespace dh
