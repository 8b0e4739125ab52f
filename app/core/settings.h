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
