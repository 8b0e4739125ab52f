#pragma once

#include "core/task.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <functional>

namespace dh {

class Settings;

// A reminder that is due or has fired: for a task (assignment, days before its deadline, the day
// it became overdue) or for an assignee (the Monday backlog summary). (key, rule, occasion) names
// it: it fires once, however often and on however many runs it is found due.
struct Reminder
{
    enum class Rule : quint8 { Assigned, DaysBefore, Overdue, MondaySummary };

    Rule rule = Rule::Assigned;
    int days = 0;         // DaysBefore: how many days before the deadline
    QString key;          // the task's id, or the assignee's unit code for the summary
    QDate occasion;       // the day it is for: the assignment, deadline − days, the first overdue day, the Monday
    QString assignee;     // the unit code
    QString title;
    QString text;
    QDateTime firedAt;    // UTC; null while only due

    // Stable, as recorded: "assigned", "before-3", "overdue", "monday-summary".
    QString ruleName() const;
    friend bool operator==(const Reminder &, const Reminder &) = default;
};

// Which reminders the user wants, from the settings: days before a deadline (3 and 1 by
// default), on assignment, on the day a task becomes overdue, the Monday-morning backlog summary,
// and the assignees followed — reminders are only ever for the tasks of followed assignees.
struct ReminderRules
{
    Q_DECLARE_TR_FUNCTIONS(ReminderRules)

public:
    QList<int> daysBefore{3, 1};
    bool onAssignment = true;
    bool onOverdue = true;
    bool mondaySummary = true;
    QStringList followed;

    static ReminderRules fromSettings(const Settings &settings);
    void save(Settings &settings) const;

    // A reminder missed while the app was closed is still given this many days after its occasion
    // (assignment, overdue); a reminder before the deadline until the next one replaces it.
    static constexpr int CatchUpDays = 6;
    // The Monday summary is given from this hour, Hà Nội time, and through the week if missed.
    static constexpr int MondayHour = 7;

    // The task reminders due on a day (Hà Nội) for these tasks, none for a task completed by then.
    // Names come from the caller (the assignee's name in the text).
    QList<Reminder> dueFor(const QList<Task> &tasks, QDate today,
                           const std::function<QString(const QString &)> &unitName) const;
    // The Monday of the week whose summary is due at this instant, or a null date (before Monday
    // 07:00 Hà Nội time of the first week, or the summary is off).
    QDate summaryOccasion(const QDateTime &now) const;
};

} // namespace dh

Q_DECLARE_METATYPE(dh::Reminder)
