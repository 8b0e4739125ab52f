#include "settings.h"

#include <QSettings>

#include <array>

namespace dh {

namespace {

using Table = std::array<Settings::Declaration, size_t(Settings::Key::Count)>;

// In the order of the keys, so a key is its row.
const Table &declarations()
{
    static const Table table = {{
        {Settings::Key::CachePath, "machine/cachePath", QString(), Settings::Scope::Machine},
        {Settings::Key::Language, "user/language", QStringLiteral("vi"), Settings::Scope::User},
        {Settings::Key::ProvinceMap, "user/provinceMap", 34, Settings::Scope::User},
        {Settings::Key::DashboardLayout, "user/dashboardLayout", QString(), Settings::Scope::User},
        {Settings::Key::CatalogPageState, "user/catalogPageState", QString(), Settings::Scope::User},
        {Settings::Key::IndicatorPageState, "user/indicatorPageState", QString(), Settings::Scope::User},
        {Settings::Key::MapPageState, "user/mapPageState", QString(), Settings::Scope::User},
        {Settings::Key::SyncPageState, "user/syncPageState", QString(), Settings::Scope::User},
        {Settings::Key::TasksPageState, "user/tasksPageState", QString(), Settings::Scope::User},
        {Settings::Key::ReminderDaysBefore, "user/reminders/daysBefore", QStringLiteral("3,1"), Settings::Scope::User},
        {Settings::Key::ReminderOnAssignment, "user/reminders/onAssignment", true, Settings::Scope::User},
        {Settings::Key::ReminderOnOverdue, "user/reminders/onOverdue", true, Settings::Scope::User},
        {Settings::Key::ReminderMondaySummary, "user/reminders/mondaySummary", true, Settings::Scope::User},
        {Settings::Key::ReminderFollowed, "user/reminders/followed", QStringList(), Settings::Scope::User},
    }};
    return table;
}

} // namespace

const Settings::Declaration &Settings::declaration(Key key)
{
    return declarations().at(size_t(key));
}

Settings::Settings(QSettings *backend)
    : m_backend(backend ? backend : new QSettings())
    , m_owned(backend == nullptr)
{
}

Settings::~Settings()
{
    if (m_owned)
        delete m_backend;
}

QVariant Settings::value(Key key) const
{
    const Declaration &d = declaration(key);
    return m_backend->value(QLatin1StringView(d.name), d.defaultValue);
}

void Settings::setValue(Key key, const QVariant &value)
{
    m_backend->setValue(QLatin1StringView(declaration(key).name), value);
}

} // namespace dh
