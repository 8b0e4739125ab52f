#include "reminderrules.h"

#include "core/settings.h"

#include <QTimeZone>

#include <algorithm>

namespace dh {

QString Reminder::ruleName() const
{
    switch (rule) {
    case Rule::Assigned: return QStringLiteral("assigned");
    case Rule::DaysBefore: return QStringLiteral("before-%1").arg(days);
    case Rule::Overdue: return QStringLiteral("overdue");
    case Rule::MondaySummary: return QStringLiteral("monday-summary");
    }
    return QString();
}

ReminderRules ReminderRules::fromSettings(const Settings &settings)
{
    ReminderRules rules;
    rules.daysBefore.clear();
    const QStringList days = settings.value(Settings::Key::ReminderDaysBefore).toString().split(u',', Qt::SkipEmptyParts);
    for (const QString &d : days) {
        bool ok = false;
        const int n = d.trimmed().toInt(&ok);
        if (ok && n > 0 && !rules.daysBefore.contains(n))
            rules.daysBefore.append(n);
    }
    rules.onAssignment = settings.value(Settings::Key::ReminderOnAssignment).toBool();
    rules.onOverdue = settings.value(Settings::Key::ReminderOnOverdue).toBool();
    rules.mondaySummary = settings.value(Settings::Key::ReminderMondaySummary).toBool();
    rules.followed = settings.value(Settings::Key::ReminderFollowed).toStringList();
    return rules;
}

void ReminderRules::save(Settings &settings) const
{
    QStringList days;
    for (int d : daysBefore)
        days.append(QString::number(d));
    settings.setValue(Settings::Key::ReminderDaysBefore, days.join(u','));
    settings.setValue(Settings::Key::ReminderOnAssignment, onAssignment);
    settings.setValue(Settings::Key::ReminderOnOverdue, onOverdue);
    settings.setValue(Settings::Key::ReminderMondaySummary, mondaySummary);
    settings.setValue(Settings::Key::ReminderFollowed, followed);
}

QList<Reminder> ReminderRules::dueFor(const QList<Task> &tasks, QDate today,
                                      const std::function<QString(const QString &)> &unitName) const
{
    QList<int> days = daysBefore;
    std::sort(days.begin(), days.end(), std::greater<>());
    QList<Reminder> due;
    for (const Task &task : tasks) {
        const TaskState state = taskStateAt(task, today);
        if (state != TaskState::InProgress && state != TaskState::Overdue && state != TaskState::Standing)
            continue;
        const QString what = task.document.number + QStringLiteral(" — ") + task.summary;
        const QString who = unitName(task.assignee);
        auto add = [&](Reminder::Rule rule, int n, QDate occasion, QString title) {
            due.append({rule, n, task.id, occasion, task.assignee, std::move(title), who + QStringLiteral(": ") + what, {}});
        };
        if (onAssignment && task.document.date <= today && today <= task.document.date.addDays(CatchUpDays))
            add(Reminder::Rule::Assigned, 0, task.document.date, tr("New task assigned"));
        const QDate deadline = deadlineAt(task, today);
        if (!deadline.isValid())
            continue;
        if (state == TaskState::InProgress) {
            // Only the nearest: after a closed week, the 1-day reminder, not the 3-day one as well.
            for (qsizetype i = 0; i < days.size(); ++i) {
                const QDate occasion = deadline.addDays(-days.at(i));
                const QDate next = i + 1 < days.size() ? deadline.addDays(-days.at(i + 1)) : deadline.addDays(1);
                if (occasion <= today && today < next)
                    add(Reminder::Rule::DaysBefore, days.at(i), occasion, tr("Deadline in %n day(s)", nullptr, days.at(i)));
            }
        } else if (state == TaskState::Overdue && onOverdue) {
            const QDate occasion = deadline.addDays(1);
            if (occasion <= today && today <= occasion.addDays(CatchUpDays))
                add(Reminder::Rule::Overdue, 0, occasion, tr("Task overdue"));
        }
    }
    return due;
}

QDate ReminderRules::summaryOccasion(const QDateTime &now) const
{
    if (!mondaySummary)
        return QDate();
    const QDateTime hanoi = now.toTimeZone(QTimeZone(7 * 3600));
    const QDate monday = hanoi.date().addDays(1 - hanoi.date().dayOfWeek());
    if (hanoi.date() == monday && hanoi.time().hour() < MondayHour)
        return QDate();
    return monday;
}

} // namespace dh
