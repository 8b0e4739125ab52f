#pragma once

#include "walllayout.h"

#include <QObject>
#include <QTimer>

#include <optional>

namespace dh {

class Clock;

// Runs a playlist: which page is shown, for how long, paused or not, blacked out or not, and
// whether the wall follows a presenter's view instead. Time comes from an injected clock; the
// runner looks at it on a timer (and on tick(), which tests call after moving a fake clock), so
// a page changes at its deadline however the event loop was delayed. A page that is not yet drawn
// does not stop the clock: the wall shows the next page when it is ready (see WallPageHost).
class PlaylistRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaylistRunner)

public:
    PlaylistRunner(WallPlaylist playlist, const Clock &clock, QObject *parent = nullptr);
    ~PlaylistRunner() override;

    const WallPlaylist &playlist() const { return m_playlist; }
    int currentIndex() const { return m_index; }
    const WallPage &currentPage() const;
    // The share of the current page's duration gone, 0–1 (0 while paused at its start).
    double progress() const;
    bool isPaused() const { return m_paused; }
    bool isBlack() const { return m_black; }
    const std::optional<ViewState> &following() const { return m_following; }
    // The page the rotation turns to at the current page's deadline; none when it does not turn
    // (one looping page, the end of a playlist that does not loop).
    std::optional<int> upcomingIndex() const;

    // Shows the first page, or the one goTo chose before, and starts the timer.
    void start();
    void tick();
    // next, previous and goTo show a page at its start and end following the presenter; next and
    // previous wrap around a looping playlist and stop at its ends otherwise.
    void next();
    void previous();
    // False, and nothing changes, for an index outside the playlist.
    bool goTo(int index);
    void setPaused(bool paused);
    void togglePaused() { setPaused(!m_paused); }
    void setBlack(bool black);
    void toggleBlack() { setBlack(!m_black); }
    // Shows the presenter's view (the rotation pauses); nullopt returns to the playlist.
    void follow(const std::optional<ViewState> &view);

signals:
    void pageChanged(int index);
    void progressChanged(double progress);
    void pausedChanged(bool paused);
    void blackChanged(bool black);
    void followingChanged(const std::optional<dh::ViewState> &view);
    // The playlist ended and does not loop.
    void finished();

private:
    void show(int index);
    void navigate(int index);
    void emitProgress();
    // The next look comes at the deadline when that is sooner than the usual interval, so a page
    // turns on time rather than up to an interval late.
    void scheduleTick();
    // Keeps the page's elapsed time across a pause or a follow (either stops the rotation).
    void setFrozen(bool wasFrozen);
    bool isFrozen() const;
    qint64 elapsed() const;
    // A looping playlist of one page has nothing to rotate to: it stays, with no progress.
    bool rotates() const;

    WallPlaylist m_playlist;
    const Clock &m_clock;
    QTimer m_timer;
    int m_index = 0;
    QDateTime m_pageStarted;
    qint64 m_elapsedWhenPaused = 0; // ms of the page shown before a pause
    bool m_paused = false;
    bool m_black = false;
    bool m_started = false;
    bool m_shown = false;
    bool m_finished = false;
    double m_lastProgress = -1;
    std::optional<ViewState> m_following;
};

} // namespace dh
