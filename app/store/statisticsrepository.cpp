#include "statisticsrepository.h"

#include "cataloguerepository.h"
#include "metarepository.h"
#include "sqlite/connection.h"
#include "sqlite/dialect.h"

#include <QCoreApplication>

#include <algorithm>

namespace dh {

StatisticsRepository::StatisticsRepository(sqlite::Connection &connection, const CatalogueRepository &catalogue,
                                           const MetaRepository &meta)
    : m_connection(&connection)
    , m_catalogue(&catalogue)
    , m_meta(&meta)
{
}

// The first and last period with data, by two probes of the cross-section index per indicator:
// cheap enough for the first paint even on millions of rows.
Result<void> StatisticsRepository::addDateRange(CacheSummary &s) const
{
    for (const Indicator &ind : m_catalogue->all()) {
        for (const char *probe : {sqlite::dialect::kFirstPeriod, sqlite::dialect::kLastPeriod}) {
            auto edge = m_connection->cached(probe);
            if (!edge)
                return edge.error();
            sqlite::Statement &select = **edge;
            select.bind(1, m_catalogue->id(ind.code)).bind(2, int(ind.periodicity)).bind(3, int(ValueKind::Target));
            const auto row = select.next();
            if (!row)
                return row.error();
            if (!*row)
                break;
            const Period p = Period::fromOrdinal(ind.periodicity, select.columnInt64(0));
            if (!s.firstDate.isValid() || p.startDate() < s.firstDate)
                s.firstDate = p.startDate();
            if (!s.lastDate.isValid() || p.endDate() > s.lastDate)
                s.lastDate = p.endDate();
        }
    }
    return {};
}

Result<CacheSummary> StatisticsRepository::quickSummary() const
{
    CacheSummary s;
    const auto version = m_connection->schemaVersion();
    if (!version)
        return version.error();
    const auto synthetic = m_meta->value(QStringLiteral("synthetic"));
    if (!synthetic)
        return synthetic.error();
    const auto dataset = m_meta->value(QStringLiteral("dataset"));
    if (!dataset)
        return dataset.error();
    s.schemaVersion = *version;
    // A cache is labelled synthetic when it was built as the sample or holds any synthetic
    // indicator, however it came in (a client filled from a hub that serves the sample).
    const QList<Indicator> indicators = m_catalogue->all();
    s.synthetic = *synthetic == u"1"
        || std::any_of(indicators.cbegin(), indicators.cend(), [](const Indicator &i) { return i.origin == DataOrigin::Synthetic; });
    s.dataset = *dataset;
    s.indicators = m_catalogue->size();
    return s;
}

Result<CacheSummary> StatisticsRepository::summary() const
{
    auto quick = quickSummary();
    if (!quick)
        return quick;
    CacheSummary s = *quick;
    if (auto r = addDateRange(s); !r)
        return r.error();
    const auto count = [this](const char *sql) -> Result<qint64> {
        auto select = m_connection->prepare(sql);
        if (!select)
            return select.error();
        const auto row = select->next();
        if (!row)
            return row.error();
        return *row ? select->columnInt64(0) : 0;
    };
    // Probes of the primary key per unit and indicator: cheap even on millions of rows, unlike a
    // scan for units without data.
    const char *const units = "SELECT count(*) FROM unit u WHERE EXISTS (SELECT 1 FROM indicator i"
                              " WHERE EXISTS (SELECT 1 FROM observation o WHERE o.indicator_id = i.id AND o.unit_id = u.id))";
    for (const auto &[sql, target] : {std::pair("SELECT count(*) FROM observation", &s.observations),
                                      std::pair("SELECT count(*) FROM quarantine", &s.quarantined),
                                      std::pair("SELECT count(*) FROM observation_history", &s.revisionsKept),
                                      std::pair(units, &s.unitsWithData)}) {
        const auto n = count(sql);
        if (!n) {
            return Error::storage(QCoreApplication::translate("Cache", "The cache %1 cannot be read: %2")
                                      .arg(m_connection->path(), n.error().message));
        }
        *target = *n;
    }
    s.counted = true;
    return s;
}

} // namespace dh
