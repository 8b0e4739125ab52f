#pragma once

#include "core/dimension.h"
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
    // An indicator whose unit of measure (Vietnamese or English name) differs from the cached one
    // while the cache holds observations of it refuses the whole batch: Error::Code::Conflict,
    // rule UNIT_CHANGED, naming the indicator and both units.
    Result<void> upsert(const QList<Indicator> &indicators);

    // The dimensions of disaggregation with their names and values, as a disaggregation catalogue
    // gives them: each dimension given replaces its name and its list of values (in the order
    // given); dimensions not given are kept. One transaction. Codes must be usable in a
    // breakdown key, and a parent must be a value of the same dimension.
    Result<void> upsertDimensions(const QList<Dimension> &dimensions);
    // By code, each with its values in the order they were given.
    Result<QList<Dimension>> dimensions() const;

    // By field, then code.
    QList<Indicator> all() const;
    std::optional<Indicator> find(const QString &code) const;
    qsizetype size() const { return m_indicators.size(); }

    // The internal id, or -1 for a code the cache does not know.
    int id(const QString &code) const { return m_ids.value(code, -1); }
    QString code(int id) const { return m_codes.value(id); }

private:
    Result<void> checkUnitsOfMeasure(const QList<Indicator> &indicators);

    sqlite::Connection *m_connection;
    QHash<QString, Indicator> m_indicators;
    QHash<QString, int> m_ids;
    QHash<int, QString> m_codes;
};

} // namespace dh
