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

QList<Task> taskSpread(int count, QDate asOf)
{
    static const QStringList assignees{u"BTC"_qs, u"BYT"_qs, u"BGDDT"_qs, u"BCT"_qs, u"BXD"_qs,
                                       u"VN25-01"_qs, u"VN25-79"_qs, u"VN25-31"_qs, u"VN25-48"_qs};
    static const QStringList fields{u"economy"_qs, u"finance"_qs, u"health"_qs, u"education"_qs, u"infrastructure"_qs};
    static const QStringList summaries{u"Hoàn thiện đề án phát triển kinh tế số"_qs, u"Báo cáo tình hình giải ngân vốn đầu tư công"_qs,
                                       u"Sửa đổi nghị định về quản lý thuế"_qs, u"Đẩy nhanh tiến độ dự án đường cao tốc"_qs,
                                       u"Kiểm tra công tác phòng chống dịch bệnh"_qs};
    QList<Task> tasks;
    const QDate first(2025, 1, 6);
    const qint64 span = first.daysTo(asOf.addDays(-10));
    for (int i = 0; i < count; ++i) {
        // A small linear congruence: the same spread on every run, without the sample's generator.
        const quint32 r = quint32(i) * 2654435761u;
        const QDate assigned = first.addDays(qint64(r % quint32(span)));
        TaskBuilder b(QString::number(1000 + i), assignees.at(i % assignees.size()), assigned);
        b.number(QStringLiteral("%1/TB-VPCP").arg(100 + i)).field(fields.at((r >> 8) % fields.size()))
            .summary(summaries.at((r >> 12) % summaries.size()))
            .type(TaskDocument::Type((r >> 16) % 5));
        const int kind = int((r >> 20) % 20);
        const QDate deadline = assigned.addDays(30 + qint64((r >> 4) % 150));
        if (kind == 0) {
            b.standing();
        } else {
            b.deadline(deadline);
            const QDate done = kind < 9 ? deadline.addDays(-5) : kind < 11 ? deadline.addDays(12) : QDate();
            if (done.isValid() && done < asOf)
                b.reported(done).confirmed(done);
            else if (kind == 11 && assigned.addDays(20) < asOf)
                b.reported(assigned.addDays(20));
        }
        tasks.append(b);
    }
    return tasks;
}

} // namespace dh::test
