#pragma once

#include "observationwriter.h"

#include "sqlite/statement.h"

#include "core/adminunit.h"
#include "core/indicator.h"
#include "core/period.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace dh {

// The state ObservationWriter keeps for a batch, shared by the .cpp files its implementation is
// split into: observationwriter.cpp (the checks a row passes, its insert and the conflicts with the
// cached figure), observationwriterfeed.cpp (feed positions, removals and their tombstones, sync
// cursors) and observationwriterbatch.cpp (the transaction: begin, commit, rollback and the run
// record). Store-internal: it names SQL statements, so nothing outside app/store includes it.
struct ObservationWriter::Private
{
    struct IndicatorInfo
    {
        int id = -1;
        Period::Kind periodicity = Period::Kind::Month;
        QString unitVi;
        QString unitEn;
        Indicator definition;
        // Each breakdown met, checked once: the key and why it is refused (empty when it is not).
        QHash<QString, QString> breakdowns;

        const QString &breakdownProblem(const QString &key)
        {
            auto it = breakdowns.find(key);
            if (it == breakdowns.end())
                it = breakdowns.insert(key, checkBreakdown(key));
            return *it;
        }

        // The catalogue's reasons first, as the more telling ones.
        QString checkBreakdown(const QString &key) const;
    };

    Private(sqlite::Connection &connection, Cache &cache, QString source);

    IndicatorInfo *lookupIndicator(const QString &code);
    int lookupUnit(const QString &code);
    // The indicator and unit of an observation's key, or quarantines it naming the unknown code.
    bool resolveKey(const Observation &o, qint64 line, QStringView raw, IndicatorInfo *&indicator, int &unit);
    void quarantine(qint64 line, QStringView raw, const Observation *observation, const QString &reason);
    Outcome resolveConflict(const Observation &o, const IndicatorInfo &ind, int unit, int disagg, qint64 line, QStringView raw);
    Outcome reviseRow(const Observation &o, const IndicatorInfo &ind, int unit, int disagg, qint64 line, QStringView raw);
    void bindRow(sqlite::Statement &s, const Observation &o, const IndicatorInfo &ind, int unit, int disagg) const;
    void bindInsert(const Observation &o, const IndicatorInfo &ind, int unit, int disagg);
    Result<void> prepare();
    Result<void> readFeed();
    Result<void> saveFeedPosition();
    Result<void> dropTombstone(const Observation &o, int indicator, int unit, int disagg);
    Result<void> saveCursors();
    Result<void> recordRun();
    void rollback();
    Outcome fail(const Error &error);

    sqlite::Connection &connection;
    Cache &cache;
    QString source;
    QString format;
    QString location;
    QString etag;
    RevisionPolicy revisions = RevisionPolicy::FromSource;
    int sourceId = -1;
    // The feed positions: the last one handed out before the batch, and the last one this batch
    // handed out. The counter is written at commit, so a rolled-back batch uses none.
    qint64 startPosition = 0;
    qint64 position = 0;
    // Whether the cache may hold a tombstone, so a new key looks for its own only then: a bulk
    // import into a cache that never removed anything pays nothing for tombstones.
    bool mayHoldTombstones = false;
    QList<SyncCursor> cursors;
    Mode mode = Mode::AllOrNothing;
    bool active = false;
    std::optional<Error> failure; // the cache failed: the batch cannot be committed
    ImportReport report;
    QDateTime startedAt;
    qint64 startedMs = 0;

    // The line each key of this batch was written from, so a second row with the same key is told
    // where the first one is rather than that the cache holds it. Keyed by a digest of the key: a
    // collision could only misname a line in a message that quotes both values anyway.
    QHash<quint64, qint64> lineOfKey;
    static quint64 keyDigest(const Observation &o, int indicator, int unit, int disagg)
    {
        return qHashMulti(0, indicator, unit, disagg, int(o.valueKind), int(o.period.kind()), o.period.ordinal());
    }

    QHash<QString, IndicatorInfo> indicators;
    QString lastIndicatorCode;
    IndicatorInfo *lastIndicator = nullptr;
    QString lastUnitCode;
    int lastUnit = -1;
    const AdminUnit *lastAdminUnit = nullptr;

    sqlite::Statement insert;
    sqlite::Statement existing;
    sqlite::Statement revise;

    // The parameters bound to `insert` at its last run. SQLite keeps a statement's bindings from
    // run to run, and the rows of a file share most of theirs (indicator, unit, kinds, status,
    // source, revision), so only the parameters that changed are bound again.
    struct InsertBindings
    {
        bool valid = false;
        int indicator = 0;
        int unit = 0;
        int disagg = 0;
        int valueKind = 0;
        int periodKind = 0;
        int status = 0;
        int source = 0;
        qint64 retrievedAt = 0;
        int revision = 0;
    } bound;
};

} // namespace dh
