#include "observationrepository.h"

#include "cataloguerepository.h"
#include "unitrepository.h"
#include "sqlite/connection.h"

#include <QCoreApplication>
#include <QSet>

#include <limits>

namespace dh {

namespace {

QDateTime fromMsecs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

Error unknownIndicator(const QString &code)
{
    return Error::notFound(QCoreApplication::translate("Cache", "Unknown indicator %1.").arg(code));
}

Error unknownUnit(const QString &code)
{
    return Error::notFound(QCoreApplication::translate("Cache", "Unknown unit %1.").arg(code));
}

} // namespace

ObservationRepository::ObservationRepository(sqlite::Connection &connection, const CatalogueRepository &catalogue,
                                             const UnitRepository &units)
    : m_connection(&connection)
    , m_catalogue(&catalogue)
    , m_units(&units)
{
}

ObservationRepository::KeyTable::KeyTable(const char *table, const char *column)
    : selectAll(QByteArray("SELECT id, ").append(column).append(" FROM ").append(table))
    , selectId(QByteArray("SELECT id FROM ").append(table).append(" WHERE ").append(column).append(" = ?1"))
    , selectText(QByteArray("SELECT ").append(column).append(" FROM ").append(table).append(" WHERE id = ?1"))
    , insert(QByteArray("INSERT INTO ").append(table).append("(").append(column).append(") VALUES(?1) ON CONFLICT DO NOTHING"))
{
}

Result<void> ObservationRepository::loadTable(KeyTable &keys) const
{
    auto select = m_connection->prepare(keys.selectAll);
    if (!select)
        return select.error();
    QHash<QString, int> ids;
    QHash<int, QString> texts;
    const auto read = select->forEachRow([&] {
        ids.insert(select->columnText(1), select->columnInt(0));
        texts.insert(select->columnInt(0), select->columnText(1));
    });
    if (!read)
        return read;
    keys.ids = std::move(ids);
    keys.texts = std::move(texts);
    return {};
}

Result<void> ObservationRepository::load()
{
    if (auto r = loadTable(m_disaggregations); !r)
        return r;
    return loadSources();
}

namespace {

QString sourceKey(const QString &name, const QString &format, const QString &location, const QString &etag)
{
    return name + QChar(0x1f) + format + QChar(0x1f) + location + QChar(0x1f) + etag;
}

} // namespace

Result<void> ObservationRepository::loadSources() const
{
    auto select = m_connection->prepare("SELECT id, name, format, location, etag FROM source");
    if (!select)
        return select.error();
    QHash<QString, int> ids;
    QHash<int, Source> sources;
    const auto read = select->forEachRow([&] {
        const Source s{select->columnText(1), select->columnText(2), select->columnText(3), select->columnText(4)};
        ids.insert(sourceKey(s.name, s.format, s.location, s.etag), select->columnInt(0));
        sources.insert(select->columnInt(0), s);
    });
    if (!read)
        return read;
    m_sourceIds = std::move(ids);
    m_sources = std::move(sources);
    return {};
}

Result<ObservationRepository::Source> ObservationRepository::sourceOf(int id) const
{
    if (const auto it = m_sources.constFind(id); it != m_sources.cend())
        return *it;
    // Another connection may have added it since this one last looked.
    if (auto r = loadSources(); !r)
        return r.error();
    if (const auto it = m_sources.constFind(id); it != m_sources.cend())
        return *it;
    return Error::storage(QCoreApplication::translate("Cache", "The cache %1 is damaged: observations refer to key %2, which it does not hold.")
                              .arg(m_connection->path()).arg(id));
}

Result<int> ObservationRepository::idOf(KeyTable &keys, const QString &text) const
{
    if (const auto it = keys.ids.constFind(text); it != keys.ids.cend())
        return *it;
    auto select = m_connection->cached(keys.selectId);
    if (!select)
        return select.error();
    (*select)->bind(1, text);
    const auto row = (*select)->next();
    if (!row)
        return row.error();
    if (!*row)
        return -1;
    const int id = (*select)->columnInt(0);
    keys.ids.insert(text, id);
    keys.texts.insert(id, text);
    return id;
}

Result<QString> ObservationRepository::textOf(KeyTable &keys, int id) const
{
    if (const auto it = keys.texts.constFind(id); it != keys.texts.cend())
        return *it;
    auto select = m_connection->cached(keys.selectText);
    if (!select)
        return select.error();
    (*select)->bind(1, id);
    const auto row = (*select)->next();
    if (!row)
        return row.error();
    if (!*row)
        return Error::storage(QCoreApplication::translate("Cache", "The cache %1 is damaged: observations refer to key %2, which it does not hold.")
                                  .arg(m_connection->path()).arg(id));
    const QString text = (*select)->columnText(0);
    keys.ids.insert(text, id);
    keys.texts.insert(id, text);
    return text;
}

Result<int> ObservationRepository::intern(KeyTable &keys, const QString &text)
{
    // Another connection may have added the same text since this one last looked.
    if (auto known = idOf(keys, text); !known || *known >= 0)
        return known;
    auto insert = m_connection->cached(keys.insert);
    if (!insert)
        return insert.error();
    (*insert)->bind(1, text);
    if (auto r = (*insert)->run(); !r)
        return r.error();
    const auto id = idOf(keys, text);
    if (id && *id < 0)
        return Error::storage(QCoreApplication::translate("Cache", "The cache %1 did not keep %2.").arg(m_connection->path(), text));
    return id;
}

Result<int> ObservationRepository::disaggregationId(const QString &canonicalKey) const
{
    return canonicalKey.isEmpty() ? 0 : idOf(m_disaggregations, canonicalKey);
}

Result<int> ObservationRepository::internDisaggregation(const QString &canonicalKey)
{
    if (canonicalKey.isEmpty())
        return 0;
    return intern(m_disaggregations, canonicalKey);
}

Result<int> ObservationRepository::internSource(const QString &name, const QString &format, const QString &location,
                                                const QString &etag)
{
    const QString key = sourceKey(name, format, location, etag);
    if (const auto it = m_sourceIds.constFind(key); it != m_sourceIds.cend())
        return *it;
    auto insert = m_connection->cached("INSERT INTO source(name, format, location, etag) VALUES(?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING");
    if (!insert)
        return insert.error();
    (*insert)->bind(1, name).bind(2, format).bind(3, location).bind(4, etag);
    if (auto r = (*insert)->run(); !r)
        return r.error();
    auto select = m_connection->cached("SELECT id FROM source WHERE name = ?1 AND format = ?2 AND location = ?3 AND etag = ?4");
    if (!select)
        return select.error();
    (*select)->bind(1, name).bind(2, format).bind(3, location).bind(4, etag);
    const auto row = (*select)->next();
    if (!row)
        return row.error();
    if (!*row)
        return Error::storage(QCoreApplication::translate("Cache", "The cache %1 did not keep %2.").arg(m_connection->path(), name));
    const int id = (*select)->columnInt(0);
    (*select)->reset();
    m_sourceIds.insert(key, id);
    m_sources.insert(id, {name, format, location, etag});
    return id;
}

Result<QList<SeriesPoint>> ObservationRepository::series(const SeriesQuery &query) const
{
    const int indicator = m_catalogue->id(query.indicator);
    if (indicator < 0)
        return unknownIndicator(query.indicator);
    const int unit = m_units->id(query.unit);
    if (unit < 0)
        return unknownUnit(query.unit);
    QList<SeriesPoint> out;
    const auto disagg = disaggregationId(query.disaggregation);
    if (!disagg)
        return disagg.error();
    if (*disagg < 0)
        return out;
    auto s = m_connection->cached("SELECT period, value, status, revision, retrieved_at FROM observation"
                                  " WHERE indicator_id = ?1 AND unit_id = ?2 AND disagg_id = ?3 AND value_kind = ?4"
                                  " AND period_kind = ?5 AND period BETWEEN ?6 AND ?7 ORDER BY period");
    if (!s)
        return s.error();
    sqlite::Statement &select = **s;
    select.bind(1, indicator).bind(2, unit).bind(3, *disagg).bind(4, int(query.valueKind)).bind(5, int(query.periodKind))
        .bind(6, query.from ? query.from->ordinal() : std::numeric_limits<qint64>::min())
        .bind(7, query.to ? query.to->ordinal() : std::numeric_limits<qint64>::max());
    const auto read = select.forEachRow([&] {
        out.append({Period::fromOrdinal(query.periodKind, select.columnInt64(0)), select.columnDouble(1),
                    ObservationStatus(select.columnInt(2)), select.columnInt(3), fromMsecs(select.columnInt64(4))});
    });
    if (!read)
        return read.error();
    return out;
}

Result<QList<UnitValue>> ObservationRepository::crossSection(const QString &indicator, const Period &period,
                                                             const QStringList &units, const QString &disaggregation,
                                                             ValueKind valueKind) const
{
    const int id = m_catalogue->id(indicator);
    if (id < 0)
        return unknownIndicator(indicator);
    QList<UnitValue> out;
    const auto disagg = disaggregationId(disaggregation);
    if (!disagg)
        return disagg.error();
    if (*disagg < 0)
        return out;
    QSet<int> wanted;
    for (const QString &u : units) {
        if (const int unit = m_units->id(u); unit >= 0)
            wanted.insert(unit);
    }
    auto s = m_connection->cached("SELECT unit_id, value, status, retrieved_at FROM observation"
                                  " WHERE indicator_id = ?1 AND period_kind = ?2 AND period = ?3 AND disagg_id = ?4"
                                  " AND value_kind = ?5");
    if (!s)
        return s.error();
    sqlite::Statement &select = **s;
    select.bind(1, id).bind(2, int(period.kind())).bind(3, period.ordinal()).bind(4, *disagg).bind(5, int(valueKind));
    QHash<int, UnitValue> found;
    const auto read = select.forEachRow([&] {
        const int unit = select.columnInt(0);
        if (wanted.contains(unit)) {
            found.insert(unit, {m_units->code(unit), select.columnDouble(1), ObservationStatus(select.columnInt(2)),
                                fromMsecs(select.columnInt64(3))});
        }
    });
    if (!read)
        return read.error();
    for (const QString &u : units) {
        if (const auto it = found.constFind(m_units->id(u)); it != found.cend())
            out.append(*it);
    }
    return out;
}

Result<QStringList> ObservationRepository::disaggregations(const QString &indicator, const QString &unit) const
{
    const int id = m_catalogue->id(indicator);
    if (id < 0)
        return unknownIndicator(indicator);
    const int unitId = m_units->id(unit);
    if (unitId < 0)
        return unknownUnit(unit);
    auto s = m_connection->cached("SELECT DISTINCT disagg_id FROM observation"
                                  " WHERE indicator_id = ?1 AND unit_id = ?2 AND disagg_id <> 0");
    if (!s)
        return s.error();
    sqlite::Statement &select = **s;
    select.bind(1, id).bind(2, unitId);
    QList<int> ids;
    const auto read = select.forEachRow([&] { ids.append(select.columnInt(0)); });
    if (!read)
        return read.error();
    QStringList out;
    for (int disagg : std::as_const(ids)) {
        const auto key = textOf(m_disaggregations, disagg);
        if (!key)
            return key.error();
        out.append(*key);
    }
    out.sort();
    return out;
}

Result<QStringList> ObservationRepository::unitsWithData(const QString &indicator) const
{
    const int id = m_catalogue->id(indicator);
    if (id < 0)
        return unknownIndicator(indicator);
    // One probe of the primary key per unit rather than a scan of every row.
    auto s = m_connection->cached("SELECT u.code FROM unit u WHERE EXISTS (SELECT 1 FROM observation o"
                                  " WHERE o.indicator_id = ?1 AND o.unit_id = u.id) ORDER BY u.code");
    if (!s)
        return s.error();
    sqlite::Statement &select = **s;
    select.bind(1, id);
    QStringList out;
    const auto read = select.forEachRow([&] { out.append(select.columnText(0)); });
    if (!read)
        return read.error();
    return out;
}

Result<std::optional<Period>> ObservationRepository::latestPeriod(const QString &indicator, const QString &unit,
                                                                  Period::Kind kind, ValueKind valueKind) const
{
    const int id = m_catalogue->id(indicator);
    if (id < 0)
        return unknownIndicator(indicator);
    const int unitId = m_units->id(unit);
    if (unitId < 0)
        return unknownUnit(unit);
    auto s = m_connection->cached("SELECT max(period) FROM observation WHERE indicator_id = ?1 AND unit_id = ?2"
                                  " AND disagg_id = 0 AND value_kind = ?3 AND period_kind = ?4");
    if (!s)
        return s.error();
    sqlite::Statement &select = **s;
    select.bind(1, id).bind(2, unitId).bind(3, int(valueKind)).bind(4, int(kind));
    const auto row = select.next();
    if (!row)
        return row.error();
    if (!*row || select.isNull(0))
        return std::optional<Period>();
    return std::optional<Period>(Period::fromOrdinal(kind, select.columnInt64(0)));
}

Result<QList<SeriesPoint>> ObservationRepository::revisions(const QString &indicator, const QString &unit,
                                                            const Period &period, const QString &disaggregation,
                                                            ValueKind valueKind) const
{
    const int id = m_catalogue->id(indicator);
    if (id < 0)
        return unknownIndicator(indicator);
    const int unitId = m_units->id(unit);
    if (unitId < 0)
        return unknownUnit(unit);
    const auto disagg = disaggregationId(disaggregation);
    if (!disagg)
        return disagg.error();
    QList<SeriesPoint> out;
    if (*disagg < 0)
        return out;
    auto s = m_connection->cached("SELECT value, status, revision, retrieved_at FROM observation_history"
                                  " WHERE indicator_id = ?1 AND unit_id = ?2 AND period_kind = ?3 AND period = ?4"
                                  " AND disagg_id = ?5 AND value_kind = ?6 ORDER BY revision, superseded_at");
    if (!s)
        return s.error();
    sqlite::Statement &select = **s;
    select.bind(1, id).bind(2, unitId).bind(3, int(period.kind())).bind(4, period.ordinal())
        .bind(5, *disagg).bind(6, int(valueKind));
    const auto read = select.forEachRow([&] {
        out.append({period, select.columnDouble(0), ObservationStatus(select.columnInt(1)), select.columnInt(2),
                    fromMsecs(select.columnInt64(3))});
    });
    if (!read)
        return read.error();
    return out;
}

Result<void> ObservationRepository::forEach(const QString &indicatorFilter,
                                            const std::function<bool(const Observation &)> &callback) const
{
    QByteArray sql = "SELECT indicator_id, unit_id, disagg_id, value_kind, period_kind, period, value, status,"
                     " source_id, retrieved_at, revision FROM observation";
    const int id = indicatorFilter.isEmpty() ? -1 : m_catalogue->id(indicatorFilter);
    if (!indicatorFilter.isEmpty() && id < 0)
        return unknownIndicator(indicatorFilter);
    if (id >= 0)
        sql += " WHERE indicator_id = ?1";
    sql += " ORDER BY indicator_id, unit_id, disagg_id, value_kind, period_kind, period";
    // Not a kept statement: the callback may query the cache while this one is stepping.
    auto select = m_connection->prepare(sql);
    if (!select)
        return select.error();
    if (id >= 0)
        select->bind(1, id);
    Observation o;
    std::optional<Error> failure;
    const auto read = select->forEachRow([&] {
        const int disagg = select->columnInt(2);
        const auto key = disagg == 0 ? Result<QString>(QString()) : textOf(m_disaggregations, disagg);
        const auto source = sourceOf(select->columnInt(8));
        if (!key || !source) {
            failure = !key ? key.error() : source.error();
            return false;
        }
        o.indicator = m_catalogue->code(select->columnInt(0));
        o.unit = m_units->code(select->columnInt(1));
        o.disaggregation = *key;
        o.valueKind = ValueKind(select->columnInt(3));
        o.period = Period::fromOrdinal(Period::Kind(select->columnInt(4)), select->columnInt64(5));
        o.value = select->columnDouble(6);
        o.status = ObservationStatus(select->columnInt(7));
        o.provenance = {source->name, fromMsecs(select->columnInt64(9)), select->columnInt(10), source->format, source->location,
                        source->etag};
        return callback(o);
    });
    if (failure)
        return *failure;
    return read;
}

} // namespace dh
