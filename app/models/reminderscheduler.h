#pragma once

#include "reminderrules.h"

#include "core/clock.h"
#include "core/result.h"
#include "core/unitregistry.h"

#include <QObject>
#include <QTimer>

#include <chrono>

namespace dh {

class CacheService;
class TaskRepository;

// Gives the reminders of the rules when they are due, on an injected clock: it reads the followed
// assignees' open tasks, computes what is due (ReminderRules), and records each one it gives in
// the cache (TaskRepository::markReminderFired), so nothing fires twice for the same task, rule
// and occasion — across restarts and across windows on the same cache.
class ReminderScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReminderScheduler)

public:
    ReminderScheduler(const Clock &clock, const UnitRegistry &registry, QObject *parent = nullptr);
    ~ReminderScheduler() override;

    void setRules(const ReminderRules &rules) { m_rules = rules; }
    const ReminderRules &rules() const { return m_rules; }
    void setEnglish(bool english) { m_english = english; }

    // One check at the clock's now, on the thread that owns the repository: the reminders that
    // fired now (recorded), none of those that had fired before.
    Result<QList<Reminder>> check(TaskRepository &tasks) const;

    // Checks now and every interval as a job on the service's worker; remindersFired() follows
    // each check that fired something. Zero stops it.
    void watch(CacheService &service, std::chrono::milliseconds interval);
    // The reminders fired since this scheduler started watching, newest first.
    const QList<Reminder> &recent() const { return m_recent; }

signals:
    void remindersFired(const QList<dh::Reminder> &reminders);
    void failed(const QString &message);

private:
    void submitCheck();
    // On the worker, with the rules and language as they were when the check was asked for.
    Result<QList<Reminder>> checkWith(TaskRepository &tasks, const ReminderRules &rules, bool english) const;
    QString unitName(const QString &code, bool english) const;

    const Clock &m_clock;
    UnitRegistry m_registry;
    ReminderRules m_rules;
    CacheService *m_service = nullptr;
    QTimer m_timer;
    QList<Reminder> m_recent;
    bool m_english = false;
};

} // namespace dh
