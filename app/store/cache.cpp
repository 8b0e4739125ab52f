#include "cache.h"

#include "logging.h"
#include "observationwriter.h"
#include "schema.h"

#include "core/clock.h"

#include <QAtomicInteger>
#include <QCryptographicHash>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <sqlite3.h>

#include <algorithm>
#include <utility>

namespace dh {

namespace {

// The first 16 bytes of every SQLite 3 database file.
constexpr char kSqliteHeader[] = "SQLite format 3";

Result<void> checkFileLooksLikeSqlite(const QString &path)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return Error::storage(QCoreApplication::translate("Cache", "Cannot read the cache file %1: %2").arg(path, file.errorString()));
    const QByteArray head = file.read(16);
    if (head.size() < 16 || !head.startsWith(QByteArrayView(kSqliteHeader, sizeof kSqliteHeader)))
        return Error::storage(QCoreApplication::translate("Cache", "%1 is not a Điều hành cache (not a SQLite database, or corrupt). It was left untouched.").arg(path));
    return {};
}

QString newConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("dieuhanh-cache-%1").arg(counter.fetchAndAddRelaxed(1));
}

// The catalogue is read straight from SQLite: through QSqlQuery every cell took a trip through
// UTF-16 and a QVariant, and on a cache of a few hundred indicators that was most of the time to
// open it, on the way to the first view.
QString textAt(sqlite3_stmt *row, int column)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(row, column)), sqlite3_column_bytes(row, column));
}

Indicator indicatorFromRow(sqlite3_stmt *row)
{
    Indicator ind;
    ind.code = textAt(row, 0);
    ind.nameVi = textAt(row, 1);
    ind.nameEn = textAt(row, 2);
    ind.unitVi = textAt(row, 3);
    ind.unitEn = textAt(row, 4);
    ind.periodicity = Period::Kind(sqlite3_column_int(row, 5));
    ind.kind = IndicatorKind(sqlite3_column_int(row, 6));
    ind.aggregation = AggregationRule(sqlite3_column_int(row, 7));
    ind.weightIndicator = textAt(row, 8);
    ind.numeratorIndicator = textAt(row, 9);
    ind.denominatorIndicator = textAt(row, 10);
    ind.ratioFactor = sqlite3_column_double(row, 11);
    ind.polarity = Polarity(sqlite3_column_int(row, 12));
    ind.dimensions = textAt(row, 13).split(u';', Qt::SkipEmptyParts);
    ind.field = IndicatorField(sqlite3_column_int(row, 14));
    ind.sourceAgency = textAt(row, 15);
    ind.owner = textAt(row, 16);
    ind.method = textAt(row, 17);
    ind.origin = DataOrigin(sqlite3_column_int(row, 18));
    ind.storedAs = ValueKind(sqlite3_column_int(row, 19));
    ind.decimals = sqlite3_column_int(row, 20);
    return ind;
}

const QString kIndicatorColumns = QStringLiteral(
    "code, name_vi, name_en, unit_vi, unit_en, periodicity, kind, aggregation, weight_code, numerator_code,"
    " denominator_code, ratio_factor, polarity, dimensions, field, source_agency, owner, method, origin, stored_as, decimals");

QDateTime fromMsecs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace

Cache::Cache(QString path, const UnitRegistry &registry, const Clock *clock)
    : m_path(std::move(path))
    , m_connection(newConnectionName())
    , m_registry(registry)
    , m_clock(clock ? clock : &Clock::system())
{
}

Cache::~Cache()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

Result<std::unique_ptr<Cache>> Cache::open(const QString &path, const UnitRegistry &registry, OpenMode mode,
                                           const Clock *clock)
{
    if (auto r = checkFileLooksLikeSqlite(path); !r)
        return r.error();
    if (mode == OpenMode::ReadOnly && !QFileInfo::exists(path))
        return Error::notFound(QCoreApplication::translate("Cache", "The cache %1 does not exist.").arg(path));
    std::unique_ptr<Cache> cache(new Cache(path, registry, clock));
    if (auto r = cache->initialise(mode); !r)
        return r.error();
    return cache;
}

Result<void> Cache::initialise(OpenMode mode)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    if (!m_db.isValid())
        return Error::storage(QCoreApplication::translate("Cache", "The SQLite driver of Qt is not installed (package libqt6sql6-sqlite)."));
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(mode == OpenMode::ReadOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                                      : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open())
        return Error::storage(QCoreApplication::translate("Cache", "Cannot open the cache %1: %2").arg(m_path, m_db.lastError().text()));

    const QVariant h = m_db.driver()->handle();
    if (h.isValid() && qstrcmp(h.typeName(), "sqlite3*") == 0)
        m_handle = *static_cast<sqlite3 *const *>(h.constData());
    if (!m_handle)
        return Error::storage(QCoreApplication::translate("Cache", "The SQLite driver did not give access to its connection."));

    // Everything up to the migration only reads, so a refused file is left exactly as it was.
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return Error::storage(QCoreApplication::translate("Cache", "%1 is not a Điều hành cache or is corrupt: %2").arg(m_path, q.lastError().text()));
    const int version = q.value(0).toInt();
    if (version > schema::currentVersion) {
        return Error{Error::Code::TooNew,
                     QCoreApplication::translate("Cache", "The cache %1 was written by a newer version of Điều hành (schema %2; this version reads up to %3). It was left untouched.")
                         .arg(m_path).arg(version).arg(schema::currentVersion)};
    }
    if (!q.exec(QStringLiteral("SELECT count(*), sum(name = 'observation') FROM sqlite_master")) || !q.next())
        return Error::storage(QCoreApplication::translate("Cache", "%1 is corrupt: %2").arg(m_path, q.lastError().text()));
    const int objects = q.value(0).toInt();
    if (version == 0 && objects > 0)
        return Error::storage(QCoreApplication::translate("Cache", "%1 is a SQLite database but not a Điều hành cache. It was left untouched.").arg(m_path));
    if (version > 0 && q.value(1).toInt() != 1)
        return Error::storage(QCoreApplication::translate("Cache", "%1 is damaged: its observation table is missing.").arg(m_path));

    if (mode == OpenMode::ReadOnly) {
        if (version < schema::currentVersion)
            return Error{Error::Code::TooOld, QCoreApplication::translate("Cache", "The cache %1 needs an upgrade; open it once for writing.").arg(m_path)};
    } else {
        q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        if (auto r = schema::migrate(m_db); !r)
            return r;
        if (auto r = syncUnits(); !r)
            return r;
    }
    q.exec(QStringLiteral("PRAGMA temp_store=MEMORY"));
    q.exec(QStringLiteral("PRAGMA cache_size=-65536"));
    loadIds();
    return {};
}

// The unit table mirrors the registry so observations can refer to units by integer id.
Result<void> Cache::syncUnits()
{
    // Opening must not write when nothing changed: compare a signature of the registry first.
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const AdminUnit *unit : m_registry.all()) {
        hash.addData(QStringLiteral("%1|%2|%3|%4|%5\n").arg(unit->code).arg(int(unit->level))
                         .arg(unit->validFrom.toString(Qt::ISODate), unit->validTo.toString(Qt::ISODate), unit->parent).toUtf8());
    }
    const QString signature = QString::fromLatin1(hash.result().toHex());
    if (meta(QStringLiteral("units_signature")) == signature)
        return {};
    if (!m_db.transaction())
        return Error::storage(m_db.lastError().text());
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO unit(code, level, valid_from, valid_to) VALUES(?, ?, ?, ?)"
                                  " ON CONFLICT(code) DO UPDATE SET level = excluded.level,"
                                  " valid_from = excluded.valid_from, valid_to = excluded.valid_to"));
    for (const AdminUnit *unit : m_registry.all()) {
        insert.addBindValue(unit->code);
        insert.addBindValue(int(unit->level));
        insert.addBindValue(unit->validFrom.isNull() ? QVariant() : QVariant(unit->validFrom.toString(Qt::ISODate)));
        insert.addBindValue(unit->validTo.isNull() ? QVariant() : QVariant(unit->validTo.toString(Qt::ISODate)));
        if (!insert.exec()) {
            const QString error = insert.lastError().text();
            m_db.rollback();
            return Error::storage(error);
        }
    }
    QSqlQuery parents(m_db);
    if (!parents.exec(QStringLiteral("SELECT id, code FROM unit"))) {
        m_db.rollback();
        return Error::storage(parents.lastError().text());
    }
    QHash<QString, int> ids;
    while (parents.next())
        ids.insert(parents.value(1).toString(), parents.value(0).toInt());
    QSqlQuery setParent(m_db);
    setParent.prepare(QStringLiteral("UPDATE unit SET parent_id = ? WHERE id = ? AND parent_id IS NOT ?"));
    for (const AdminUnit *unit : m_registry.all()) {
        if (unit->parent.isEmpty() || !ids.contains(unit->parent))
            continue;
        setParent.addBindValue(ids.value(unit->parent));
        setParent.addBindValue(ids.value(unit->code));
        setParent.addBindValue(ids.value(unit->parent));
        setParent.exec();
    }
    if (!m_db.commit())
        return Error::storage(m_db.lastError().text());
    return setMeta(QStringLiteral("units_signature"), signature);
}

void Cache::loadIds()
{
    m_indicatorIds.clear();
    m_indicatorCodes.clear();
    m_unitIds.clear();
    m_unitCodes.clear();
    m_disaggIds.clear();
    m_disaggKeys.clear();
    m_sourceIds.clear();
    m_sourceNames.clear();
    m_indicators.clear();
    // The catalogue is small and every view asks for its indicators again and again.
    const QByteArray catalogue = (QStringLiteral("SELECT ") + kIndicatorColumns + QStringLiteral(", id FROM indicator")).toUtf8();
    const int idColumn = int(kIndicatorColumns.count(u',')) + 1;
    sqlite3_stmt *row = nullptr;
    int rc = sqlite3_prepare_v2(m_handle, catalogue.constData(), int(catalogue.size()), &row, nullptr);
    if (rc == SQLITE_OK) {
        while ((rc = sqlite3_step(row)) == SQLITE_ROW) {
            Indicator ind = indicatorFromRow(row);
            const int id = sqlite3_column_int(row, idColumn);
            m_indicatorIds.insert(ind.code, id);
            m_indicatorCodes.insert(id, ind.code);
            m_indicators.insert(ind.code, std::move(ind));
        }
    }
    if (rc != SQLITE_DONE)
        qCWarning(lcStore) << "the catalogue of" << m_path << "could not be read:" << sqlite3_errmsg(m_handle);
    sqlite3_finalize(row);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT id, code FROM unit"));
    while (q.next()) {
        m_unitIds.insert(q.value(1).toString(), q.value(0).toInt());
        m_unitCodes.insert(q.value(0).toInt(), q.value(1).toString());
    }
    q.exec(QStringLiteral("SELECT id, key FROM disaggregation"));
    while (q.next()) {
        m_disaggIds.insert(q.value(1).toString(), q.value(0).toInt());
        m_disaggKeys.insert(q.value(0).toInt(), q.value(1).toString());
    }
    q.exec(QStringLiteral("SELECT id, name FROM source"));
    while (q.next()) {
        m_sourceIds.insert(q.value(1).toString(), q.value(0).toInt());
        m_sourceNames.insert(q.value(0).toInt(), q.value(1).toString());
    }
}

int Cache::schemaVersion() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : 0;
}

Result<void> Cache::setMeta(const QString &key, const QString &value)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return Error::storage(q.lastError().text());
    return {};
}

QString Cache::meta(const QString &key) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

Result<void> Cache::upsertIndicators(const QList<Indicator> &indicators)
{
    if (!m_db.transaction())
        return Error::storage(m_db.lastError().text());
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO indicator(") + kIndicatorColumns
              + QStringLiteral(") VALUES(?, coalesce(?,''), coalesce(?,''), coalesce(?,''), coalesce(?,''), ?, ?, ?,"
                               " coalesce(?,''), coalesce(?,''), coalesce(?,''), ?, ?, coalesce(?,''), ?, coalesce(?,''),"
                               " coalesce(?,''), coalesce(?,''), ?, ?, ?) ON CONFLICT(code) DO UPDATE SET"
                               " name_vi=excluded.name_vi, name_en=excluded.name_en, unit_vi=excluded.unit_vi,"
                               " unit_en=excluded.unit_en, periodicity=excluded.periodicity, kind=excluded.kind,"
                               " aggregation=excluded.aggregation, weight_code=excluded.weight_code,"
                               " numerator_code=excluded.numerator_code, denominator_code=excluded.denominator_code,"
                               " ratio_factor=excluded.ratio_factor, polarity=excluded.polarity,"
                               " dimensions=excluded.dimensions, field=excluded.field,"
                               " source_agency=excluded.source_agency, owner=excluded.owner, method=excluded.method,"
                               " origin=excluded.origin, stored_as=excluded.stored_as, decimals=excluded.decimals"));
    for (const Indicator &ind : indicators) {
        if (ind.code.trimmed().isEmpty()) {
            m_db.rollback();
            return Error::invalid(QCoreApplication::translate("Cache", "An indicator without a code cannot be stored."));
        }
        const QVariantList values = {ind.code, ind.nameVi, ind.nameEn, ind.unitVi, ind.unitEn, int(ind.periodicity),
                                     int(ind.kind), int(ind.aggregation), ind.weightIndicator, ind.numeratorIndicator,
                                     ind.denominatorIndicator, ind.ratioFactor, int(ind.polarity),
                                     ind.dimensions.join(u';'), int(ind.field), ind.sourceAgency, ind.owner, ind.method,
                                     int(ind.origin), int(ind.storedAs), ind.decimals};
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        if (!q.exec()) {
            const QString error = q.lastError().text();
            m_db.rollback();
            return Error::storage(error);
        }
    }
    if (!m_db.commit())
        return Error::storage(m_db.lastError().text());
    loadIds();
    return {};
}

QList<Indicator> Cache::indicators() const
{
    // From the catalogue read at opening (and after each upsert), as indicator() answers: reading
    // it again cost as much as opening the cache, on the way to the first view.
    QList<Indicator> out = m_indicators.values();
    std::sort(out.begin(), out.end(), [](const Indicator &a, const Indicator &b) {
        return std::pair(int(a.field), a.code) < std::pair(int(b.field), b.code);
    });
    return out;
}

std::optional<Indicator> Cache::indicator(const QString &code) const
{
    const auto it = m_indicators.constFind(code);
    return it == m_indicators.cend() ? std::nullopt : std::optional<Indicator>(*it);
}

std::unique_ptr<ObservationWriter> Cache::writer(const QString &source)
{
    return std::unique_ptr<ObservationWriter>(new ObservationWriter(*this, source));
}

Result<int> Cache::disaggregationId(const QString &canonicalKey)
{
    if (canonicalKey.isEmpty())
        return 0;
    if (const auto it = m_disaggIds.constFind(canonicalKey); it != m_disaggIds.cend())
        return *it;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO disaggregation(key) VALUES(?)"));
    q.addBindValue(canonicalKey);
    if (!q.exec())
        return Error::storage(q.lastError().text());
    const int id = q.lastInsertId().toInt();
    m_disaggIds.insert(canonicalKey, id);
    m_disaggKeys.insert(id, canonicalKey);
    return id;
}

Result<int> Cache::sourceId(const QString &name)
{
    if (const auto it = m_sourceIds.constFind(name); it != m_sourceIds.cend())
        return *it;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO source(name) VALUES(?)"));
    q.addBindValue(name);
    if (!q.exec())
        return Error::storage(q.lastError().text());
    const int id = q.lastInsertId().toInt();
    m_sourceIds.insert(name, id);
    m_sourceNames.insert(id, name);
    return id;
}

Result<QList<SeriesPoint>> Cache::series(const SeriesQuery &query) const
{
    const int ind = indicatorId(query.indicator);
    if (ind < 0)
        return Error::notFound(QCoreApplication::translate("Cache", "Unknown indicator %1.").arg(query.indicator));
    const int unit = unitId(query.unit);
    if (unit < 0)
        return Error::notFound(QCoreApplication::translate("Cache", "Unknown unit %1.").arg(query.unit));
    QList<SeriesPoint> out;
    const auto disagg = m_disaggIds.constFind(query.disaggregation);
    if (disagg == m_disaggIds.cend())
        return out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT period, value, status, revision, retrieved_at FROM observation"
                             " WHERE indicator_id = ? AND unit_id = ? AND disagg_id = ? AND value_kind = ?"
                             " AND period_kind = ? AND period BETWEEN ? AND ? ORDER BY period"));
    q.addBindValue(ind);
    q.addBindValue(unit);
    q.addBindValue(*disagg);
    q.addBindValue(int(query.valueKind));
    q.addBindValue(int(query.periodKind));
    q.addBindValue(query.from ? query.from->ordinal() : std::numeric_limits<qint64>::min());
    q.addBindValue(query.to ? query.to->ordinal() : std::numeric_limits<qint64>::max());
    if (!q.exec())
        return Error::storage(q.lastError().text());
    while (q.next()) {
        out.append({Period::fromOrdinal(query.periodKind, q.value(0).toLongLong()), q.value(1).toDouble(),
                    ObservationStatus(q.value(2).toInt()), q.value(3).toInt(), fromMsecs(q.value(4).toLongLong())});
    }
    return out;
}

Result<QList<UnitValue>> Cache::crossSection(const QString &indicator, const Period &period, const QStringList &units,
                                             const QString &disaggregation, ValueKind valueKind) const
{
    const int ind = indicatorId(indicator);
    if (ind < 0)
        return Error::notFound(QCoreApplication::translate("Cache", "Unknown indicator %1.").arg(indicator));
    QList<UnitValue> out;
    const auto disagg = m_disaggIds.constFind(disaggregation);
    if (disagg == m_disaggIds.cend())
        return out;
    QSet<int> wanted;
    for (const QString &u : units) {
        const int id = unitId(u);
        if (id >= 0)
            wanted.insert(id);
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT unit_id, value, status, retrieved_at FROM observation"
                             " WHERE indicator_id = ? AND period_kind = ? AND period = ? AND disagg_id = ? AND value_kind = ?"));
    q.addBindValue(ind);
    q.addBindValue(int(period.kind()));
    q.addBindValue(period.ordinal());
    q.addBindValue(*disagg);
    q.addBindValue(int(valueKind));
    if (!q.exec())
        return Error::storage(q.lastError().text());
    QHash<int, UnitValue> found;
    while (q.next()) {
        const int id = q.value(0).toInt();
        if (wanted.contains(id)) {
            found.insert(id, {unitCode(id), q.value(1).toDouble(), ObservationStatus(q.value(2).toInt()),
                              fromMsecs(q.value(3).toLongLong())});
        }
    }
    for (const QString &u : units) {
        const auto it = found.constFind(unitId(u));
        if (it != found.cend())
            out.append(*it);
    }
    return out;
}

QStringList Cache::disaggregations(const QString &indicator, const QString &unit) const
{
    QStringList out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT DISTINCT d.key FROM observation o JOIN disaggregation d ON d.id = o.disagg_id"
                             " WHERE o.indicator_id = ? AND o.unit_id = ? AND o.disagg_id <> 0 ORDER BY d.key"));
    q.addBindValue(indicatorId(indicator));
    q.addBindValue(unitId(unit));
    if (q.exec()) {
        while (q.next())
            out.append(q.value(0).toString());
    }
    return out;
}

QStringList Cache::unitsWithData(const QString &indicator) const
{
    QStringList out;
    QSqlQuery q(m_db);
    // A skip-scan over the primary key: one probe per unit rather than a scan of every row.
    q.prepare(QStringLiteral("SELECT u.code FROM unit u WHERE EXISTS (SELECT 1 FROM observation o"
                             " WHERE o.indicator_id = ? AND o.unit_id = u.id) ORDER BY u.code"));
    q.addBindValue(indicatorId(indicator));
    if (q.exec()) {
        while (q.next())
            out.append(q.value(0).toString());
    }
    return out;
}

std::optional<Period> Cache::latestPeriod(const QString &indicator, const QString &unit, Period::Kind kind,
                                          ValueKind valueKind) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT max(period) FROM observation WHERE indicator_id = ? AND unit_id = ?"
                             " AND disagg_id = 0 AND value_kind = ? AND period_kind = ?"));
    q.addBindValue(indicatorId(indicator));
    q.addBindValue(unitId(unit));
    q.addBindValue(int(valueKind));
    q.addBindValue(int(kind));
    if (q.exec() && q.next() && !q.value(0).isNull())
        return Period::fromOrdinal(kind, q.value(0).toLongLong());
    return std::nullopt;
}

QStringList Cache::children(const QString &code) const
{
    QStringList out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT code FROM unit WHERE parent_id = ? ORDER BY level, code"));
    q.addBindValue(unitId(code));
    if (q.exec()) {
        while (q.next())
            out.append(q.value(0).toString());
    }
    return out;
}

QList<SeriesPoint> Cache::revisions(const QString &indicator, const QString &unit, const Period &period,
                                    const QString &disaggregation, ValueKind valueKind) const
{
    QList<SeriesPoint> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value, status, revision, retrieved_at FROM observation_history"
                             " WHERE indicator_id = ? AND unit_id = ? AND period_kind = ? AND period = ?"
                             " AND disagg_id = ? AND value_kind = ? ORDER BY revision, superseded_at"));
    q.addBindValue(indicatorId(indicator));
    q.addBindValue(unitId(unit));
    q.addBindValue(int(period.kind()));
    q.addBindValue(period.ordinal());
    q.addBindValue(m_disaggIds.value(disaggregation, -1));
    q.addBindValue(int(valueKind));
    if (q.exec()) {
        while (q.next()) {
            out.append({period, q.value(0).toDouble(), ObservationStatus(q.value(1).toInt()), q.value(2).toInt(),
                        fromMsecs(q.value(3).toLongLong())});
        }
    }
    return out;
}

Result<void> Cache::checkpoint()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        return Error::storage(q.lastError().text());
    return {};
}

Result<void> Cache::forEachObservation(const QString &indicatorFilter,
                                       const std::function<bool(const Observation &)> &callback) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT indicator_id, unit_id, disagg_id, value_kind, period_kind, period, value, status,"
                                 " source_id, retrieved_at, revision FROM observation");
    if (!indicatorFilter.isEmpty())
        sql += QStringLiteral(" WHERE indicator_id = ?");
    sql += QStringLiteral(" ORDER BY indicator_id, unit_id, disagg_id, value_kind, period_kind, period");
    q.prepare(sql);
    if (!indicatorFilter.isEmpty()) {
        const int id = indicatorId(indicatorFilter);
        if (id < 0)
            return Error::notFound(QCoreApplication::translate("Cache", "Unknown indicator %1.").arg(indicatorFilter));
        q.addBindValue(id);
    }
    if (!q.exec())
        return Error::storage(q.lastError().text());
    Observation o;
    while (q.next()) {
        o.indicator = m_indicatorCodes.value(q.value(0).toInt());
        o.unit = m_unitCodes.value(q.value(1).toInt());
        o.disaggregation = m_disaggKeys.value(q.value(2).toInt());
        o.valueKind = ValueKind(q.value(3).toInt());
        o.period = Period::fromOrdinal(Period::Kind(q.value(4).toInt()), q.value(5).toLongLong());
        o.value = q.value(6).toDouble();
        o.status = ObservationStatus(q.value(7).toInt());
        o.provenance = {m_sourceNames.value(q.value(8).toInt()), fromMsecs(q.value(9).toLongLong()), q.value(10).toInt()};
        if (!callback(o))
            break;
    }
    return {};
}

} // namespace dh
