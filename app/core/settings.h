#pragma once

#include <QString>
#include <QVariant>

class QSettings;

namespace dh {

// Every persistent setting, declared once with its default and scope (STYLE.md rule 5). Nothing
// outside this file names a QSettings key.
class Settings
{
public:
    enum class Key {
        CachePath,      // machine: the cache file to open
        Language,       // user: "vi" or "en"
        ProvinceMap,    // user: 34 or 63
        DashboardLayout, // user: path of the user's dashboard layout file
        CatalogPageState, // user: the catalogue page's filter and sort, as JSON
        IndicatorPageState, // user: the indicator page's panels, as JSON
        MapPageState,    // user: the map's classes, palette and frames, as JSON
        SyncPageState,   // user: the sync page's selected endpoints, as JSON
        TasksPageState,  // user: the tasks page's era of units and list filters, as JSON
        ReminderDaysBefore,   // user: days before a deadline to remind, "3,1"
        ReminderOnAssignment, // user: remind of a task when it is assigned
        ReminderOnOverdue,    // user: remind on the day a task becomes overdue
        ReminderMondaySummary, // user: a Monday-morning backlog summary per followed assignee
        ReminderFollowed,     // user: the assignees (unit codes) whose tasks remind, as a list
        Count
    };
    enum class Scope { User, Machine };

    struct Declaration
    {
        Key key;
        const char *name;
        QVariant defaultValue;
        Scope scope;
    };

    static const Declaration &declaration(Key key);

    // Reads and writes through the given QSettings (tests pass their own file), or the
    // application's default one.
    explicit Settings(QSettings *backend = nullptr);
    ~Settings();

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);

private:
    QSettings *m_backend;
    bool m_owned;
};

} // namespace dh
