#pragma once

#include "core/task.h"

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace dh {

// A record of a task packet that could not be taken, and why: its place in the packet, its id when
// it has a readable one, the README §12 rule, the message naming the member, and its text.
struct TaskRejection
{
    qsizetype index = -1;
    QString id;
    QString rule;
    QString message;
    QString record; // the item as sent (compact JSON), for the quarantine

    friend bool operator==(const TaskRejection &, const TaskRejection &) = default;
};

// What a task packet carries once read: the tasks to put in place (each replaces the task of its id
// with its whole history), the ids of tasks the sender deleted, and the records refused.
struct TaskRecords
{
    QList<Task> tasks;
    QStringList deleted;
    QList<TaskRejection> rejected;
};

// Reads the `tasks` array of the reporting API's task packet (resources/reporting/README.md §14)
// record by record: unlike the other packets, which are read whole or refused, a task that does not
// read is rejected alone with its reason and the others are taken, since one ministry's malformed
// task must not hold back the rest of the national list. A record is rejected for a missing or
// mistyped member, a code outside its list (an unknown document type or change kind), a date that is
// not one, a time without an offset, a deadline before its document, a history out of time order,
// or an id given twice in the packet (every record with that id is rejected: which one is right
// cannot be told). Pure: no registry, no cache — whether the assignee existed at the document's date
// is the receiver's check.
class TaskPacketReader
{
public:
    static TaskRecords read(const QJsonArray &tasks);
};

} // namespace dh
