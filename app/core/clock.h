#pragma once

#include <QDateTime>

namespace dh {

// The source of "now", injected wherever time matters (retrieval stamps, staleness, quarantine), so
// tests run on a fake clock.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;

    // The wall clock, in UTC.
    static const Clock &system();
};

} // namespace dh
