#pragma once

#include "core/observation.h"
#include "core/period.h"
#include "core/result.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace dh {

class CatalogueRepository;
class UnitRepository;

namespace sqlite {
class Connection;
}

// Which changes to read: those after the feed position `since`, at most `limit` of them, of these
// indicators and units (all when empty), of periods that lie within from … to (open where unset;
// a period counts when it starts on or after from's first day and ends on or before to's last).
struct FeedQuery
{
    qint64 since = 0;
    int limit = 1000;
    QStringList indicators;
    QStringList units;
    std::optional<Period> from;
    std::optional<Period> to;
};

// One change: the observation as it now is, or, when removed, its key with the revision of the
// withdrawal, the source that withdrew it and the time of the removal as its retrievedAt.
struct FeedEntry
{
    qint64 position = 0;
    Observation observation;
    bool removed = false;
};

// A page of the feed: nextSince is the position of the last entry (since when the page is empty);
// hasMore says changes after it exist now.
struct FeedPage
{
    QList<FeedEntry> entries;
    qint64 since = 0;
    qint64 nextSince = 0;
    bool hasMore = false;
};

// The cache's changes in the order they were stored (resources/reporting/README.md §11): every
// change to an observation has a feed position that only goes up, and a page holds the latest state
// of each key changed after `since` — a key changed twice is there once, at its last position. A
// hub answers "kpi-data since N" from it; a removal is in it as a tombstone. Pages are read in one
// read transaction and walk the feed's index, so paging through millions of rows costs each page
// only its own rows.
class FeedRepository
{
public:
    FeedRepository(sqlite::Connection &connection, const CatalogueRepository &catalogue, const UnitRepository &units);

    // In feed order, removals merged in. A filter naming only codes the cache does not know
    // matches nothing.
    Result<FeedPage> kpiChanges(const FeedQuery &query) const;
    // The latest position handed out (0: none), whether or not its row is still there.
    Result<qint64> position() const;

private:
    sqlite::Connection *m_connection;
    const CatalogueRepository *m_catalogue;
    const UnitRepository *m_units;
};

} // namespace dh
