#include "taskfixtures.h"

#include <QTimeZone>

namespace dh::test {

TaskBuilder::TaskBuilder(const QString &id, const QString &assignee, QDate assigned)
{
    m_task.id = id;
    m_task.assignee = assignee;
    m_task.document = {id + u"/TB-VPCP", assigned, TaskDocument::Type::ConclusionNotice, QStringLiteral("Phó Thủ tướng")};
    m_task.summary = QStringLiteral("Task ") + id;
    m_task.field = QStringLiteral("economy");
    m_task.responsibleUnit = QStringLiteral("Văn phòng");
    change(TaskStatusChange::Kind::Assigned, assigned);
}

TaskBuilder &TaskBuilder::deadline(QDate deadline)
{
    m_task.deadline = deadline;
    m_task.initialDeadline = deadline;
    return *this;
}

TaskBuilder &TaskBuilder::standing()
{
    m_task.deadline = m_task.initialDeadline = QDate();
    return *this;
}

TaskBuilder &TaskBuilder::type(TaskDocument::Type type)
{
    m_task.document.type = type;
    return *this;
}

TaskBuilder &TaskBuilder::field(const QString &field)
{
    m_task.field = field;
    return *this;
}

TaskBuilder &TaskBuilder::summary(const QString &summary)
{
    m_task.summary = summary;
    return *this;
}

TaskBuilder &TaskBuilder::number(const QString &number)
{
    m_task.document.number = number;
    return *this;
}

TaskBuilder &TaskBuilder::reported(QDate day)
{
    return change(TaskStatusChange::Kind::CompletionReported, day);
}

TaskBuilder &TaskBuilder::confirmed(QDate day)
{
    return change(TaskStatusChange::Kind::Confirmed, day);
}

TaskBuilder &TaskBuilder::reopened(QDate day)
{
    return change(TaskStatusChange::Kind::Reopened, day);
}

TaskBuilder &TaskBuilder::progress(QDate day)
{
    return change(TaskStatusChange::Kind::Progress, day);
}

TaskBuilder &TaskBuilder::synthetic()
{
    m_task.synthetic = true;
    return *this;
}

QDateTime TaskBuilder::hanoiMorning(QDate day)
{
    return QDateTime(day, QTime(9, 0), QTimeZone(7 * 3600)).toUTC();
}

TaskBuilder &TaskBuilder::change(TaskStatusChange::Kind kind, QDate day)
{
    TaskStatusChange c;
    c.at = hanoiMorning(day);
    c.kind = kind;
    c.reportedBy = kind == TaskStatusChange::Kind::Confirmed || kind == TaskStatusChange::Kind::Reopened
                       ? QStringLiteral("VPCP")
                       : m_task.assignee;
    m_task.history.append(c);
    return *this;
}

} // namespace dh::test
