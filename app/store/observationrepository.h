#pragma once

#include "records.h"

#include "core/result.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace dh {

class CatalogueRepository;
class UnitRepository;

namespace sqlite {
class Connection;
}

// The observations of a cache, keyed by their natural key (indicator, unit, disaggregation, value
// kind, period), and the superseded revisions of each. Every read says whether it failed: an empty
// list means there are no rows, never that the query could not run. Writes go through the
// ObservationWriter.
class ObservationRepository
{
public:
    ObservationRepository(sqlite::Connection &connection, const CatalogueRepository &catalogue, const UnitRepository &units);

    Result<void> load();

    Result<QList<SeriesPoint>> series(const SeriesQuery &query) const;
    // The values of the given units for one period, in the order of `units` (one query, whatever
    // the number of units); units without a value are absent.
    Result<QList<UnitValue>> crossSection(const QString &indicator, const Period &period, const QStringList &units,
                                          const QString &disaggregation = QString(),
                                          ValueKind valueKind = ValueKind::InPeriod) const;
    // The disaggregation keys an indicator has for a unit.
    Result<QStringList> disaggregations(const QString &indicator, const QString &unit) const;
    // Units that hold at least one observation of the indicator.
    Result<QStringList> unitsWithData(const QString &indicator) const;
    // The latest period of the total with a value of the indicator for the unit, if any.
    Result<std::optional<Period>> latestPeriod(const QString &indicator, const QString &unit, Period::Kind kind,
                                               ValueKind valueKind = ValueKind::InPeriod) const;
    // Superseded values of one observation key, oldest first.
    Result<QList<SeriesPoint>> revisions(const QString &indicator, const QString &unit, const Period &period,
                                         const QString &disaggregation = QString(),
                                         ValueKind valueKind = ValueKind::InPeriod) const;
    // Streams every observation, ordered by indicator, unit, disaggregation, kind and period; stops
    // when the callback returns false.
    Result<void> forEach(const QString &indicatorFilter, const std::function<bool(const Observation &)> &callback) const;

    // Interned keys: the id of a disaggregation key (0 for the total, -1 when the cache has none)
    // and of a source (its name, format, file or URL, and ETag). The intern functions add what is
    // missing.
    Result<int> disaggregationId(const QString &canonicalKey) const;
    Result<int> internDisaggregation(const QString &canonicalKey);
    Result<int> internSource(const QString &name, const QString &format = {}, const QString &location = {},
                             const QString &etag = {});

private:
    // Texts the observation table refers to by id (disaggregation keys, source names), known to
    // this connection. Another connection may add some at any time, so a miss is looked up in the
    // file before it counts as unknown.
    struct KeyTable
    {
        KeyTable(const char *table, const char *column);

        QByteArray selectAll;
        QByteArray selectId;
        QByteArray selectText;
        QByteArray insert;
        QHash<QString, int> ids;
        QHash<int, QString> texts;
    };

    Result<void> loadTable(KeyTable &keys) const;
    Result<int> idOf(KeyTable &keys, const QString &text) const;
    Result<QString> textOf(KeyTable &keys, int id) const;
    Result<int> intern(KeyTable &keys, const QString &text);

    sqlite::Connection *m_connection;
    const CatalogueRepository *m_catalogue;
    const UnitRepository *m_units;
    mutable KeyTable m_disaggregations{"disaggregation", "key"};
    struct Source
    {
        QString name;
        QString format;
        QString location;
        QString etag;
    };
    Result<void> loadSources() const;
    Result<Source> sourceOf(int id) const;
    mutable QHash<QString, int> m_sourceIds; // by name, format, location and ETag joined by U+001F
    mutable QHash<int, Source> m_sources;
};

} // namespace dh
