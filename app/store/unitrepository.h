#pragma once

#include "core/result.h"

#include <QHash>
#include <QStringList>

namespace dh {

class UnitRegistry;

namespace sqlite {
class Connection;
}

// The units and organisations of the registry as the cache knows them: a table that mirrors the
// registry so observations refer to units by integer id, and the hierarchy between them.
class UnitRepository
{
public:
    explicit UnitRepository(sqlite::Connection &connection);

    // Brings the table in line with the registry; writes nothing when nothing changed.
    Result<void> sync(const UnitRegistry &registry);
    Result<void> load();

    // The internal id, or -1 for a code the cache does not know.
    int id(const QString &code) const { return m_ids.value(code, -1); }
    QString code(int id) const { return m_codes.value(id); }
    // The units whose parent is `code`, by level then code.
    Result<QStringList> children(const QString &code) const;

private:
    sqlite::Connection *m_connection;
    QHash<QString, int> m_ids;
    QHash<int, QString> m_codes;
};

} // namespace dh
