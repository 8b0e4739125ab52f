#pragma once

#include "viewstate.h"

#include "core/wallcommand.h"

#include <optional>

namespace dh {

// A wall command applied to a playlist runner (PlaylistRunner), and the runner's state as the
// status a wall publishes: the two halves of wall control on the wall's side. Templates over the
// runner so that they are tested against a recording runner as well as used on PlaylistRunner.

template<typename Runner>
void applyWallCommand(Runner &runner, const WallCommand &command)
{
    using Kind = WallCommand::Kind;
    switch (command.kind) {
    case Kind::Next: runner.next(); break;
    case Kind::Previous: runner.previous(); break;
    case Kind::GoTo:
        // The state a restarting wall is given names the page it shows: its clock is not reset.
        if (command.page >= 0 && command.page < runner.playlist().pages.size() && command.page != runner.currentIndex())
            runner.goTo(command.page);
        break;
    case Kind::Pause: runner.setPaused(true); break;
    case Kind::Resume: runner.setPaused(false); break;
    case Kind::Black: runner.setBlack(true); break;
    case Kind::Unblack: runner.setBlack(false); break;
    case Kind::Follow: runner.follow(ViewState::fromJson(command.view)); break;
    case Kind::Unfollow:
        if (runner.following())
            runner.follow(std::nullopt);
        break;
    }
}

template<typename Runner>
WallStatus wallStatusOf(const Runner &runner)
{
    WallStatus status;
    for (const auto &page : runner.playlist().pages)
        status.pages.append(page.label);
    status.page = runner.currentIndex();
    status.paused = runner.isPaused();
    status.black = runner.isBlack();
    if (runner.following())
        status.following = runner.following()->toJson();
    return status;
}

} // namespace dh
