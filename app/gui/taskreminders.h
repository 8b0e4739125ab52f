#pragma once

#include "core/unitregistry.h"

#include <QObject>

class QSystemTrayIcon;

namespace dh {

class CacheService;
class ReminderListModel;
class ReminderScheduler;

// The window's reminders: a ReminderScheduler on the system clock with the rules of the settings,
// checking the open cache every few minutes; what fires goes to the reminders panel's list and, when
// the desktop has a system tray (an offscreen or kiosk session has none), to a notification.
class TaskReminders final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskReminders)

public:
    TaskReminders(CacheService &service, const UnitRegistry &registry, QObject *parent = nullptr);
    ~TaskReminders() override;

    // Starts checking (not for a screenshot, which records nothing).
    void start();
    // Reads the rules again from the settings (the user followed or left an assignee); the next
    // check applies them.
    void reloadRules();
    ReminderListModel *list() const { return m_list; }
    ReminderScheduler *scheduler() const { return m_scheduler; }

private:
    CacheService &m_service;
    ReminderScheduler *m_scheduler;
    ReminderListModel *m_list;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace dh
