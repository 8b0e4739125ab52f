#pragma once

#include "commandline.h"

#include <QTextStream>

namespace dh {

class Clock;

// Runs one dieuhanh-sync command on the streams it is given, so tests drive it in-process. Returns
// the process exit code: 0 success, 1 bad input (quarantined rows, unknown codes), 2 usage or I/O.
class CliRunner
{
public:
    CliRunner(QTextStream &out, QTextStream &err, const Clock &clock);

    int run(const CliOptions &options);

private:
    int init(const CliOptions &o);
    int upgrade(const CliOptions &o);
    int info(const CliOptions &o);
    int check(const CliOptions &o);
    int catalog(const CliOptions &o);
    int units(const CliOptions &o);
    int import(const CliOptions &o);
    // Formats other than the project's CSV, and --dry-run and --print of any (importcommand.cpp).
    int importDocument(const CliOptions &o);
    int query(const CliOptions &o);
    int exportObservations(const CliOptions &o);
    int quarantine(const CliOptions &o);
    int sample(const CliOptions &o);
    // synccommand.cpp
    int sync(const CliOptions &o);
    int status(const CliOptions &o);
    // taskcommands.cpp
    int tasks(const CliOptions &o);
    int importTasks(const CliOptions &o);
    int exportTasks(const CliOptions &o);
    int fail(const QString &message, int code = 2);

    QTextStream &m_out;
    QTextStream &m_err;
    const Clock &m_clock;
};

} // namespace dh
