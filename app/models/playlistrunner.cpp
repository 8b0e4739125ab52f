#include "playlistrunner.h"

#include "logging.h"

#include "core/clock.h"

#include <algorithm>

namespace dh {

namespace {

// Often enough for a smooth progress bar and a page change within a fifth of a second of its
// deadline; the deadline itself is read from the clock, not counted in timer ticks.
constexpr int tickInterval = 200;

} // namespace

PlaylistRunner::PlaylistRunner(WallPlaylist playlist, const Clock &clock, QObject *parent)
    : QObject(parent), m_playlist(std::move(playlist)), m_clock(clock)
{
    m_timer.setInterval(tickInterval);
    connect(&m_timer, &QTimer::timeout, this, &PlaylistRunner::tick);
}

PlaylistRunner::~PlaylistRunner() = default;

const WallPage &PlaylistRunner::currentPage() const
{
    static const WallPage none;
    return m_playlist.pages.isEmpty() ? none : m_playlist.pages.at(m_index);
}

bool PlaylistRunner::isFrozen() const
{
    return m_paused || m_following.has_value();
}

qint64 PlaylistRunner::elapsed() const
{
    if (!m_started)
        return 0;
    return isFrozen() ? m_elapsedWhenPaused : m_pageStarted.msecsTo(m_clock.now());
}

std::optional<int> PlaylistRunner::upcomingIndex() const
{
    if (m_playlist.pages.isEmpty() || !rotates())
        return std::nullopt;
    if (m_index + 1 < m_playlist.pages.size())
        return m_index + 1;
    return m_playlist.loop ? std::optional<int>(0) : std::nullopt;
}

bool PlaylistRunner::rotates() const
{
    return m_playlist.pages.size() > 1 || !m_playlist.loop;
}

double PlaylistRunner::progress() const
{
    if (m_playlist.pages.isEmpty() || !rotates())
        return 0;
    if (m_finished)
        return 1;
    const qint64 duration = std::max<qint64>(currentPage().duration.count(), 1);
    return std::clamp(double(elapsed()) / double(duration), 0.0, 1.0);
}

void PlaylistRunner::start()
{
    if (m_started || m_playlist.pages.isEmpty())
        return;
    m_started = true;
    m_timer.start();
    show(m_index);
}

void PlaylistRunner::tick()
{
    if (!m_started || m_finished)
        return;
    if (!isFrozen() && rotates()) {
        const QDateTime now = m_clock.now();
        const QDateTime deadline = m_pageStarted.addMSecs(currentPage().duration.count());
        if (now >= deadline) {
            if (m_index + 1 < m_playlist.pages.size() || m_playlist.loop) {
                const int nextIndex = (m_index + 1) % int(m_playlist.pages.size());
                show(nextIndex);
                // The next page starts at the deadline rather than at this late tick, so the
                // rotation does not drift; after a long stall (a suspended machine) it starts now.
                if (deadline.msecsTo(now) < currentPage().duration.count())
                    m_pageStarted = deadline;
            } else {
                m_finished = true;
                m_timer.stop();
                emitProgress();
                emit finished();
                return;
            }
        }
    }
    emitProgress();
}

void PlaylistRunner::next()
{
    if (m_playlist.pages.isEmpty())
        return;
    const int last = int(m_playlist.pages.size()) - 1;
    if (m_index < last)
        navigate(m_index + 1);
    else if (m_playlist.loop)
        navigate(0);
}

void PlaylistRunner::previous()
{
    if (m_playlist.pages.isEmpty())
        return;
    if (m_index > 0)
        navigate(m_index - 1);
    else if (m_playlist.loop)
        navigate(int(m_playlist.pages.size()) - 1);
}

bool PlaylistRunner::goTo(int index)
{
    if (index < 0 || index >= m_playlist.pages.size()) {
        qCWarning(lcModels) << "wall: no page" << index << "in a playlist of" << m_playlist.pages.size();
        return false;
    }
    navigate(index);
    return true;
}

void PlaylistRunner::navigate(int index)
{
    // A page asked for by hand is shown: the wall stops following the presenter's view.
    if (m_following) {
        m_following.reset();
        emit followingChanged(m_following);
    }
    m_finished = false;
    if (m_started && !m_timer.isActive())
        m_timer.start();
    show(index);
}

void PlaylistRunner::show(int index)
{
    const bool changed = index != m_index || !m_shown;
    m_index = index;
    m_shown = true;
    m_pageStarted = m_clock.now();
    m_elapsedWhenPaused = 0;
    if (changed)
        emit pageChanged(index);
    emitProgress();
}

void PlaylistRunner::scheduleTick()
{
    if (!m_timer.isActive())
        return;
    qint64 wait = tickInterval;
    if (!isFrozen() && rotates())
        wait = std::clamp<qint64>(m_clock.now().msecsTo(m_pageStarted.addMSecs(currentPage().duration.count())), 1, tickInterval);
    m_timer.setInterval(int(wait));
}

void PlaylistRunner::emitProgress()
{
    scheduleTick();
    const double p = progress();
    if (p == m_lastProgress)
        return;
    m_lastProgress = p;
    emit progressChanged(p);
}

void PlaylistRunner::setFrozen(bool wasFrozen)
{
    if (!m_started || wasFrozen == isFrozen())
        return;
    const QDateTime now = m_clock.now();
    if (isFrozen())
        m_elapsedWhenPaused = m_pageStarted.msecsTo(now);
    else
        m_pageStarted = now.addMSecs(-m_elapsedWhenPaused);
}

void PlaylistRunner::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    const bool wasFrozen = isFrozen();
    m_paused = paused;
    setFrozen(wasFrozen);
    emit pausedChanged(paused);
}

void PlaylistRunner::setBlack(bool black)
{
    if (black == m_black)
        return;
    m_black = black;
    emit blackChanged(black);
}

void PlaylistRunner::follow(const std::optional<ViewState> &view)
{
    if (view == m_following)
        return;
    const bool wasFrozen = isFrozen();
    m_following = view;
    setFrozen(wasFrozen);
    emit followingChanged(m_following);
}

} // namespace dh
