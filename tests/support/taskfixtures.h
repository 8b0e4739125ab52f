#pragma once

#include "core/task.h"

namespace dh::test {

// Tasks for tests, built one call at a time: assigned by a document on a day, with a deadline (or
// standing), and the changes a test needs. Every change is at 09:00 Hà Nội time of its day.
class TaskBuilder
{
public:
    TaskBuilder(const QString &id, const QString &assignee, QDate assigned);

    TaskBuilder &deadline(QDate deadline);
    TaskBuilder &standing();
    TaskBuilder &type(TaskDocument::Type type);
    TaskBuilder &field(const QString &field);
    TaskBuilder &summary(const QString &summary);
    TaskBuilder &number(const QString &number);
    TaskBuilder &reported(QDate day);   // the assignee says it is done
    TaskBuilder &confirmed(QDate day);  // the tracking office confirms it
    TaskBuilder &reopened(QDate day);
    TaskBuilder &progress(QDate day);
    TaskBuilder &synthetic();

    Task build() const { return m_task; }
    operator Task() const { return m_task; }

    static QDateTime hanoiMorning(QDate day);

private:
    TaskBuilder &change(TaskStatusChange::Kind kind, QDate day);

    Task m_task;
};

// A deterministic spread of tasks over a few ministries and provinces, assigned through 2025 and
// 2026, of every state at asOf: for the views' tests and their pictures.
QList<Task> taskSpread(int count, QDate asOf);

} // namespace dh::test
