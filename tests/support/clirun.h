#pragma once

#include <QString>
#include <QStringList>

namespace dh {

class Clock;

namespace test {

// What one dieuhanh-sync command printed and returned.
struct CliRun
{
    int code = 0;
    QString out;
    QString err;
};

// Runs dieuhanh-sync in-process with these arguments (the program's name is added) on the given
// clock, as the executable would: a command line that does not parse exits 2 with its message.
CliRun runCli(QStringList arguments, const Clock &clock);

} // namespace test
} // namespace dh
