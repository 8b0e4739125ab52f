#include "reminderscheduler.h"

#include "cacheservice.h"
#include "logging.h"

#include "store/cache.h"
#include "store/taskrepository.h"

namespace dh {

ReminderScheduler::ReminderScheduler(const Clock &clock, const UnitRegistry &registry, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_registry(registry)
{
    qRegisterMetaType<QList<Reminder>>();
    connect(&m_timer, &QTimer::timeout, this, &ReminderScheduler::submitCheck);
}

ReminderScheduler::~ReminderScheduler()
{
    if (m_service)
        m_service->cancelAll(this);
}

QString ReminderScheduler::unitName(const QString &code, bool english) const
{
    const AdminUnit *unit = m_registry.find(code);
    return unit ? (english ? unit->nameEn : unit->nameVi) : code;
}

Result<QList<Reminder>> ReminderScheduler::check(TaskRepository &tasks) const
{
    return checkWith(tasks, m_rules, m_english);
}

Result<QList<Reminder>> ReminderScheduler::checkWith(TaskRepository &tasks, const ReminderRules &rules, bool english) const
{
    QList<Reminder> fired;
    if (rules.followed.isEmpty())
        return fired;
    const QDateTime now = m_clock.now();
    const QDate today = hanoiDate(now);

    TaskQuery query;
    query.assignees = rules.followed;
    query.era = TaskUnitEra::Units2025;
    query.asOf = today;
    query.states = {TaskState::InProgress, TaskState::Overdue, TaskState::Standing};
    const auto open = tasks.list(query);
    if (!open)
        return open.error();
    QList<Reminder> due = rules.dueFor(*open, today, [this, english](const QString &code) { return unitName(code, english); });

    const QDate monday = rules.summaryOccasion(now);
    if (monday.isValid()) {
        for (const QString &assignee : rules.followed) {
            TaskQuery filter;
            filter.assignees = {assignee};
            const auto counts = tasks.counts(today, TaskGrouping::None, TaskUnitEra::Units2025, filter);
            if (!counts)
                return counts.error();
            TaskStateCount total;
            for (const TaskStateCount &c : *counts) {
                total.inProgress += c.inProgress;
                total.overdue += c.overdue;
                total.standing += c.standing;
            }
            due.append({Reminder::Rule::MondaySummary, 0, assignee, monday, assignee, tr("Weekly backlog"),
                        tr("%1: %2 overdue, %3 in progress within the deadline, %4 standing, as of %5")
                            .arg(unitName(assignee, english))
                            .arg(total.overdue)
                            .arg(total.inProgress)
                            .arg(total.standing)
                            .arg(today.toString(Qt::ISODate)),
                        {}});
        }
    }

    for (Reminder &r : due) {
        const auto first = tasks.markReminderFired(r.key, r.ruleName(), r.occasion);
        if (!first)
            return first.error();
        if (*first) {
            r.firedAt = now;
            fired.append(r);
        }
    }
    return fired;
}

void ReminderScheduler::watch(CacheService &service, std::chrono::milliseconds interval)
{
    m_service = &service;
    m_timer.stop();
    if (interval.count() <= 0)
        return;
    m_timer.start(interval);
    submitCheck();
}

void ReminderScheduler::submitCheck()
{
    if (!m_service)
        return;
    m_service->submit(this, 0, [this, rules = m_rules, english = m_english](const CacheWorkspace &workspace, const Cancellation &)
                                   -> std::function<void()> {
        // A cache open read-only cannot record what fired: nothing is given rather than all again.
        if (!workspace.writable)
            return {};
        auto fired = checkWith(workspace.writable->tasks(), rules, english);
        if (!fired)
            return [this, message = fired.error().message] { emit failed(message); };
        if (fired->isEmpty())
            return {};
        return [this, fired = std::move(*fired)] {
            qCInfo(lcModels) << fired.size() << "reminders fired";
            m_recent = fired + m_recent;
            emit remindersFired(fired);
        };
    });
}

} // namespace dh
