#pragma once

#include "core/indicator.h"
#include "core/result.h"

#include <QHash>
#include <QList>

#include <optional>

namespace dh {

namespace sqlite {
class Connection;
}

// The indicator catalogue of a cache: every indicator's definition, and the integer id the
// observation tables know it by. Small and asked for again and again, so it is read whole when the
// cache opens and after each change, and answered from memory.
class CatalogueRepository
{
public:
    explicit CatalogueRepository(sqlite::Connection &connection);

    Result<void> load();
    // Upserting keeps ids stable, so observations stay attached. One transaction: all or nothing.
    Result<void> upsert(const QList<Indicator> &indicators);

    // By field, then code.
    QList<Indicator> all() const;
    std::optional<Indicator> find(const QString &code) const;
    qsizetype size() const { return m_indicators.size(); }

    // The internal id, or -1 for a code the cache does not know.
    int id(const QString &code) const { return m_ids.value(code, -1); }
    QString code(int id) const { return m_codes.value(id); }

private:
    sqlite::Connection *m_connection;
    QHash<QString, Indicator> m_indicators;
    QHash<QString, int> m_ids;
    QHash<int, QString> m_codes;
};

} // namespace dh
