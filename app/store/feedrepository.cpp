#include "feedrepository.h"

#include "cataloguerepository.h"
#include "unitrepository.h"
#include "sqlite/connection.h"

#include <QCoreApplication>

namespace dh {

namespace {

// The codes' ids as a JSON array for json_each(), so one statement serves every filter; a null
// binding (no filter) matches everything, a code the cache does not know matches nothing.
template<typename IdOf>
void bindFilter(sqlite::Statement &s, int index, const QStringList &codes, IdOf idOf)
{
    if (codes.isEmpty()) {
        s.bindNull(index);
        return;
    }
    QStringList ids;
    for (const QString &code : codes) {
        if (const int id = idOf(code); id >= 0)
            ids.append(QString::number(id));
    }
    s.bind(index, QString(QStringLiteral("[") + ids.join(u',') + u']'));
}

// INDEXED BY and CROSS JOIN hold the plan to a walk of the feed's index in order: a plan that
// started from the small tables would sort every row after `since` for each page.
constexpr char kChanged[] =
    "SELECT o.feed, o.indicator_id, o.unit_id, d.key, o.value_kind, o.period_kind, o.period, s.name, s.format,"
    " s.location, s.etag, o.retrieved_at, o.revision, o.value, o.status"
    " FROM observation AS o INDEXED BY observation_feed CROSS JOIN disaggregation AS d CROSS JOIN source AS s"
    " WHERE o.feed > ?1 AND d.id = o.disagg_id AND s.id = o.source_id"
    " AND (?2 IS NULL OR o.indicator_id IN (SELECT value FROM json_each(?2)))"
    " AND (?3 IS NULL OR o.unit_id IN (SELECT value FROM json_each(?3)))"
    " ORDER BY o.feed";
constexpr char kRemoved[] =
    "SELECT r.feed, r.indicator_id, r.unit_id, d.key, r.value_kind, r.period_kind, r.period, s.name, s.format,"
    " s.location, s.etag, r.removed_at, r.revision"
    " FROM observation_removed AS r CROSS JOIN disaggregation AS d CROSS JOIN source AS s"
    " WHERE r.feed > ?1 AND d.id = r.disagg_id AND s.id = r.source_id"
    " AND (?2 IS NULL OR r.indicator_id IN (SELECT value FROM json_each(?2)))"
    " AND (?3 IS NULL OR r.unit_id IN (SELECT value FROM json_each(?3)))"
    " ORDER BY r.feed";

} // namespace

FeedRepository::FeedRepository(sqlite::Connection &connection, const CatalogueRepository &catalogue,
                               const UnitRepository &units)
    : m_connection(&connection)
    , m_catalogue(&catalogue)
    , m_units(&units)
{
}

Result<qint64> FeedRepository::position() const
{
    auto select = m_connection->cached("SELECT position FROM feed_counter WHERE feed = 'observation'");
    if (!select)
        return select.error();
    const auto row = (*select)->next();
    if (!row)
        return row.error();
    return *row ? (*select)->columnInt64(0) : qint64(0);
}

Result<FeedPage> FeedRepository::kpiChanges(const FeedQuery &query) const
{
    if (query.limit < 1)
        return Error::invalid(QCoreApplication::translate("Cache", "A page of the feed holds at least one change, not %1.").arg(query.limit));
    FeedPage page;
    page.since = query.since;
    page.nextSince = query.since;

    // Both walks read one snapshot: a removal committed between them could otherwise show beside
    // the figure it removed.
    const bool ownTransaction = !m_connection->inTransaction();
    if (ownTransaction) {
        if (auto r = m_connection->exec("BEGIN DEFERRED"); !r)
            return r.error();
    }
    auto finish = [&](Result<FeedPage> result) -> Result<FeedPage> {
        if (ownTransaction) {
            if (auto r = m_connection->exec("COMMIT"); !r && result)
                return r.error();
        }
        return result;
    };

    std::optional<Error> failure;
    {
        auto changed = m_connection->cached(kChanged);
        if (!changed)
            return finish(changed.error());
        auto removed = m_connection->cached(kRemoved);
        if (!removed)
            return finish(removed.error());
        sqlite::Statement &a = **changed;
        sqlite::Statement &b = **removed;
        for (sqlite::Statement *s : {&a, &b}) {
            s->bind(1, query.since);
            bindFilter(*s, 2, query.indicators, [this](const QString &code) { return m_catalogue->id(code); });
            bindFilter(*s, 3, query.units, [this](const QString &code) { return m_units->id(code); });
        }
        const QDate fromDate = query.from ? query.from->startDate() : QDate();
        const QDate toDate = query.to ? query.to->endDate() : QDate();
        const bool periodFilter = fromDate.isValid() || toDate.isValid();

        auto step = [&failure](sqlite::Statement &s, bool &has) {
            const auto row = s.next();
            if (!row)
                failure = row.error();
            has = row && *row;
        };
        bool hasA = false;
        bool hasB = false;
        step(a, hasA);
        if (!failure)
            step(b, hasB);
        while (!failure && (hasA || hasB)) {
            const bool takeA = hasA && (!hasB || a.columnInt64(0) < b.columnInt64(0));
            sqlite::Statement &s = takeA ? a : b;
            const Period period = Period::fromOrdinal(Period::Kind(s.columnInt(5)), s.columnInt64(6));
            const bool within = !periodFilter
                                || ((!fromDate.isValid() || period.startDate() >= fromDate)
                                    && (!toDate.isValid() || period.endDate() <= toDate));
            if (within) {
                if (page.entries.size() == query.limit) {
                    page.hasMore = true;
                    break;
                }
                FeedEntry entry;
                entry.position = s.columnInt64(0);
                entry.removed = !takeA;
                Observation &o = entry.observation;
                o.indicator = m_catalogue->code(s.columnInt(1));
                o.unit = m_units->code(s.columnInt(2));
                o.disaggregation = s.columnText(3);
                o.valueKind = ValueKind(s.columnInt(4));
                o.period = period;
                o.provenance = {s.columnText(7), QDateTime::fromMSecsSinceEpoch(s.columnInt64(11), Qt::UTC), s.columnInt(12),
                                s.columnText(8), s.columnText(9), s.columnText(10)};
                if (takeA) {
                    o.value = s.columnDouble(13);
                    o.status = ObservationStatus(s.columnInt(14));
                }
                page.nextSince = entry.position;
                page.entries.append(std::move(entry));
            }
            step(s, takeA ? hasA : hasB);
        }
    }
    if (failure)
        return finish(*failure);
    return finish(std::move(page));
}

} // namespace dh
