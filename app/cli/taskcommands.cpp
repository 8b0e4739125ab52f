// `dieuhanh-sync tasks`, `import-tasks` and `export-tasks`: the four-state counts of the tasks at a
// date, and the task CSV in and out (resources/schemas/tasks-csv.md).
#include "commands.h"

#include "opencache.h"

#include "core/clock.h"
#include "core/safetext.h"
#include "exports/csvwriter.h"
#include "store/cache.h"
#include "store/records.h"
#include "sync/readers/taskcsvreader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace dh {

namespace {

QString percent(qint64 part, qint64 whole)
{
    return whole > 0 ? QString::number(100.0 * double(part) / double(whole), 'f', 2) : QString();
}

QStringList countCells(const TaskStateCount &c)
{
    const qint64 withDeadline = c.completedOnTime + c.completedLate + c.inProgress + c.overdue;
    return {QString::number(c.completedOnTime), QString::number(c.completedLate), QString::number(c.inProgress),
            QString::number(c.overdue), QString::number(c.standing), QString::number(c.total()), percent(c.overdue, withDeadline)};
}

} // namespace

int CliRunner::tasks(const CliOptions &o)
{
    auto opened = openCache(o, m_clock);
    if (!opened)
        return fail(opened.error().message);
    TaskQuery filter;
    TaskGrouping by = TaskGrouping::Assignee;
    if (o.by == u"ministry")
        filter.levels = {AdminUnit::Level::Ministry};
    else if (o.by == u"province")
        filter.levels = {AdminUnit::Level::Province};
    else if (o.by == u"field")
        by = TaskGrouping::Field;
    const auto counts = opened->cache->tasks().counts(o.at, by, o.historicalUnits ? TaskUnitEra::Historical : TaskUnitEra::Units2025, filter);
    if (!counts)
        return fail(counts.error().message);
    CsvWriter csv(m_out);
    csv.row({by == TaskGrouping::Field ? QStringLiteral("field") : QStringLiteral("unit"), QStringLiteral("name"),
             QStringLiteral("completed_on_time"), QStringLiteral("completed_late"), QStringLiteral("in_progress"),
             QStringLiteral("overdue"), QStringLiteral("standing"), QStringLiteral("total"), QStringLiteral("overdue_rate")});
    TaskStateCount total;
    for (const TaskStateCount &c : *counts) {
        const AdminUnit *unit = by == TaskGrouping::Assignee ? opened->registry.find(c.group) : nullptr;
        csv.row(QStringList{c.group, unit ? unit->nameVi : QString()} + countCells(c));
        total.completedOnTime += c.completedOnTime;
        total.completedLate += c.completedLate;
        total.inProgress += c.inProgress;
        total.overdue += c.overdue;
        total.standing += c.standing;
    }
    csv.row(QStringList{QStringLiteral("total"), QString()} + countCells(total));
    m_out.flush();
    return 0;
}

int CliRunner::importTasks(const CliOptions &o)
{
    auto opened = openCache(o, m_clock, Access::Write);
    if (!opened)
        return fail(opened.error().message);
    const auto read = TaskCsvReader(&opened->registry).readFile(o.file);
    if (!read)
        return fail(read.error().message);
    Cache &cache = *opened->cache;
    const QString source = QStringLiteral("file:") + QFileInfo(o.file).fileName();
    const QDateTime now = m_clock.now();
    QList<QuarantineRecord> quarantined;
    for (const TaskCsvReader::Refusal &r : read->refused)
        quarantined.append({now, source, r.line, r.record, r.reason});
    const bool write = quarantined.isEmpty() || o.rowByRow;
    if (write) {
        if (auto r = cache.tasks().upsert(read->tasks); !r)
            return fail(r.error().message);
    }
    const qint64 written = write ? read->tasks.size() : 0;
    const auto run = cache.quarantine().recordRun({.startedAt = now, .source = source, .mode = o.rowByRow ? QStringLiteral("rows") : QStringLiteral("all"),
                                                   .written = written, .unchanged = 0, .quarantined = qint64(quarantined.size()),
                                                   .committed = write});
    if (!run)
        return fail(run.error().message);
    if (auto r = cache.quarantine().add(quarantined, *run); !r)
        return fail(r.error().message);
    m_out << QCoreApplication::translate("dieuhanh-sync", "%1: %2 tasks read, %3 written, %4 quarantined.")
                 .arg(o.file).arg(read->tasks.size() + read->refused.size()).arg(written).arg(quarantined.size())
          << '\n';
    const int shown = std::min<int>(20, int(quarantined.size()));
    for (int i = 0; i < shown; ++i) {
        const QuarantineRecord &q = quarantined.at(i);
        m_err << SafeText::excerpt(o.file, 200) << ':' << q.line << ": " << SafeText::excerpt(q.reason, 400) << '\n';
    }
    if (quarantined.size() > shown)
        m_err << QCoreApplication::translate("dieuhanh-sync", "… and %1 more (see: dieuhanh-sync quarantine)").arg(quarantined.size() - shown) << '\n';
    m_out.flush();
    m_err.flush();
    if (!write) {
        return fail(QCoreApplication::translate("dieuhanh-sync", "nothing was imported: the file has bad rows and the mode is all-or-nothing (use --mode rows to import the good ones)."),
                    1);
    }
    return quarantined.isEmpty() ? 0 : 1;
}

int CliRunner::exportTasks(const CliOptions &o)
{
    auto opened = openCache(o, m_clock);
    if (!opened)
        return fail(opened.error().message);
    const auto tasks = opened->cache->tasks().list({});
    if (!tasks)
        return fail(tasks.error().message);
    QSaveFile file(o.file);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QCoreApplication::translate("dieuhanh-sync", "Cannot write %1: %2").arg(o.file, file.errorString()));
    QTextStream stream(&file);
    // A spreadsheet opening the file takes it for UTF-8 only with the mark.
    stream.setGenerateByteOrderMark(true);
    CsvWriter csv(stream);
    QStringList header = TaskCsvReader::header();
    if (o.at.isValid())
        header << QStringLiteral("as_of") << QStringLiteral("state") << QStringLiteral("deadline_as_of");
    csv.row(header);
    for (const Task &task : *tasks) {
        QStringList cells = TaskCsvReader::cells(task);
        if (o.at.isValid()) {
            const QDate deadline = deadlineAt(task, o.at);
            cells << o.at.toString(Qt::ISODate) << taskStateName(taskStateAt(task, o.at))
                  << (deadline.isValid() ? deadline.toString(Qt::ISODate) : QString());
        }
        csv.row(cells);
    }
    stream.flush();
    if (!file.commit())
        return fail(QCoreApplication::translate("dieuhanh-sync", "Cannot write %1: %2").arg(o.file, file.errorString()));
    m_out << QCoreApplication::translate("dieuhanh-sync", "%1 tasks written to %2").arg(tasks->size()).arg(o.file) << '\n';
    m_out.flush();
    return 0;
}

} // namespace dh
