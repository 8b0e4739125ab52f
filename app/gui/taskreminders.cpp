#include "taskreminders.h"

#include "core/clock.h"
#include "core/settings.h"
#include "models/cacheservice.h"
#include "models/reminderlistmodel.h"
#include "models/reminderscheduler.h"

#include <QApplication>
#include <QStyle>
#include <QSystemTrayIcon>

#include <chrono>

namespace dh {

namespace {

// Reminders are for days, not minutes: a check every five minutes finds each on its morning.
constexpr std::chrono::minutes CheckInterval{5};

} // namespace

TaskReminders::TaskReminders(CacheService &service, const UnitRegistry &registry, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_scheduler(new ReminderScheduler(Clock::system(), registry, this))
    , m_list(new ReminderListModel(this))
{
    m_scheduler->setRules(ReminderRules::fromSettings(Settings()));
    connect(m_scheduler, &ReminderScheduler::remindersFired, m_list, &ReminderListModel::addReminders);
    connect(m_scheduler, &ReminderScheduler::remindersFired, this, [this](const QList<Reminder> &fired) {
        if (!m_tray || fired.isEmpty())
            return;
        const Reminder &first = fired.first();
        const QString text = fired.size() == 1 ? first.text : first.text + u'\n' + tr("and %n more", nullptr, int(fired.size() - 1));
        m_tray->showMessage(first.title, text, QSystemTrayIcon::Information);
    });
}

TaskReminders::~TaskReminders() = default;

void TaskReminders::reloadRules()
{
    m_scheduler->setRules(ReminderRules::fromSettings(Settings()));
}

void TaskReminders::start()
{
    if (QSystemTrayIcon::isSystemTrayAvailable() && !m_tray) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon().isNull() ? qApp->style()->standardIcon(QStyle::SP_MessageBoxInformation)
                                                                         : QApplication::windowIcon(),
                                     this);
        m_tray->setToolTip(QApplication::applicationDisplayName());
        m_tray->show();
    }
    m_scheduler->watch(m_service, CheckInterval);
}

} // namespace dh
