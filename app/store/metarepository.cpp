#include "metarepository.h"

#include "sqlite/connection.h"

namespace dh {

MetaRepository::MetaRepository(sqlite::Connection &connection)
    : m_connection(&connection)
{
}

Result<QString> MetaRepository::value(const QString &key) const
{
    auto select = m_connection->cached("SELECT value FROM meta WHERE key = ?1");
    if (!select)
        return select.error();
    sqlite::Statement &s = **select;
    s.bind(1, key);
    const auto row = s.next();
    if (!row)
        return row.error();
    return *row ? s.columnText(0) : QString();
}

Result<void> MetaRepository::setValue(const QString &key, const QString &value)
{
    auto upsert = m_connection->cached("INSERT INTO meta(key, value) VALUES(?1, ?2)"
                                       " ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    if (!upsert)
        return upsert.error();
    (*upsert)->bind(1, key).bind(2, value);
    return (*upsert)->run();
}

} // namespace dh
