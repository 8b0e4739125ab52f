#pragma once

namespace dh {

// Makes SIGINT and SIGTERM end the event loop (QCoreApplication::quit), so the hub closes its
// cache and its connections cleanly instead of dying mid-answer. The handler only writes a byte to
// a pipe, the one thing a signal handler may safely do; the loop reads it. Elsewhere than Unix the
// default handling stays.
void quitOnStopSignals();

} // namespace dh
