#include "store/cache.h"
#include "store/cachelocation.h"
#include "store/observationwriter.h"
#include "store/reaggregator.h"
#include "schemahistory.h"
#include "tempcache.h"
#include "unprivileged.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace dh;
using test::TempCache;

class TestCache : public QObject
{
    Q_OBJECT

private:
    static QByteArray hashOf(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
    }

    static void write(Cache &cache, const QList<Observation> &rows)
    {
        auto w = cache.writer(QStringLiteral("test"));
        QVERIFY(w->begin(ObservationWriter::Mode::AllOrNothing).ok());
        for (const Observation &o : rows)
            w->write(o);
        const auto r = w->commit();
        QVERIFY(r.ok());
        QVERIFY(r->committed);
    }

    // Runs SQL on the file through a connection of the test's own, as another program would.
    static QString sql(const QString &path, const QByteArray &statement)
    {
        sqlite3 *db = nullptr;
        QString answer;
        if (sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK) {
            sqlite3_stmt *s = nullptr;
            if (sqlite3_prepare_v2(db, statement.constData(), -1, &s, nullptr) == SQLITE_OK) {
                const int rc = sqlite3_step(s);
                answer = rc == SQLITE_ROW ? QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 0)))
                                          : rc == SQLITE_DONE ? QString() : QStringLiteral("error");
            }
            sqlite3_finalize(s);
        }
        sqlite3_close(db);
        return answer;
    }

    // Runs a script of statements on the file, through a connection of the test's own.
    static bool script(const QString &path, const char *statements)
    {
        sqlite3 *db = nullptr;
        bool ok = sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK;
        char *message = nullptr;
        ok = ok && sqlite3_exec(db, statements, nullptr, nullptr, &message) == SQLITE_OK;
        if (message)
            qWarning() << message;
        sqlite3_free(message);
        sqlite3_close(db);
        return ok;
    }

    template<typename T>
    static QString why(const Result<T> &result)
    {
        return result.ok() ? QString() : result.error().message;
    }

private slots:
    void createsTheSchema()
    {
        TempCache t;
        QVERIFY2(t.ok(), qPrintable(t.error()));
        QCOMPARE(t.cache().statistics().quickSummary()->schemaVersion, 7);
        QCOMPARE(sql(t.path(), "PRAGMA journal_mode"), u"wal"_qs);
        QVERIFY(t.cache().units().id(u"VN-HN"_qs) > 0);
        QVERIFY(t.cache().units().id(u"VN25-48"_qs) > 0);
        QVERIFY(t.cache().units().id(u"BTC"_qs) > 0);
        QCOMPARE(t.cache().units().children(u"VN"_qs)->size(), 63 + 34 + 22 + 2); // provinces and ministries of both eras
    }

    void catalogueRoundTrip()
    {
        TempCache t;
        QVERIFY(t.ok());
        Indicator full;
        full.code = QStringLiteral("full");
        full.nameVi = QStringLiteral("Đầy đủ");
        full.nameEn = QStringLiteral("Full");
        full.unitVi = QStringLiteral("tỷ đồng");
        full.unitEn = QStringLiteral("VND bn");
        full.periodicity = Period::Kind::Quarter;
        full.kind = IndicatorKind::Operational;
        full.aggregation = AggregationRule::RatioOfSums;
        full.numeratorIndicator = QStringLiteral("a");
        full.denominatorIndicator = QStringLiteral("b");
        full.weightIndicator = QStringLiteral("w");
        full.ratioFactor = 100;
        full.polarity = Polarity::LowerIsBetter;
        full.dimensions = {QStringLiteral("level"), QStringLiteral("tax")};
        full.dimensionValues = {{QStringLiteral("level"), {QStringLiteral("central"), QStringLiteral("local")}},
                                {QStringLiteral("tax"), {QStringLiteral("vat"), QStringLiteral("thuế đất")}}};
        full.field = IndicatorField::PublicFinance;
        full.sourceAgency = QStringLiteral("Bộ Tài chính");
        full.owner = QStringLiteral("BTC");
        full.method = QStringLiteral("Σ");
        full.origin = DataOrigin::Real;
        full.storedAs = ValueKind::Cumulative;
        full.decimals = 3;
        full.validMin = 0;
        full.validMax = 100;
        QVERIFY(t.cache().catalogue().upsert({full}).ok());
        QVERIFY(t.reopen());
        const auto back = t.cache().catalogue().find(u"full"_qs);
        QVERIFY(back.has_value());
        QCOMPARE(back->nameVi, full.nameVi);
        QCOMPARE(back->unitEn, full.unitEn);
        QCOMPARE(back->periodicity, full.periodicity);
        QCOMPARE(back->kind, full.kind);
        QCOMPARE(back->aggregation, full.aggregation);
        QCOMPARE(back->numeratorIndicator, full.numeratorIndicator);
        QCOMPARE(back->denominatorIndicator, full.denominatorIndicator);
        QCOMPARE(back->weightIndicator, full.weightIndicator);
        QCOMPARE(back->ratioFactor, 100.0);
        QCOMPARE(back->polarity, full.polarity);
        QCOMPARE(back->dimensions, full.dimensions);
        QCOMPARE(back->dimensionValues, full.dimensionValues);
        QCOMPARE(back->field, full.field);
        QCOMPARE(back->sourceAgency, full.sourceAgency);
        QCOMPARE(back->owner, full.owner);
        QCOMPARE(back->method, full.method);
        QCOMPARE(back->origin, full.origin);
        QCOMPARE(back->storedAs, full.storedAs);
        QCOMPARE(back->decimals, 3);
        QCOMPARE(back->validMin, std::optional(0.0));
        QCOMPARE(back->validMax, std::optional(100.0));
        QVERIFY(!t.cache().catalogue().find(u"rev"_qs)->validMin.has_value());
        QCOMPARE(t.cache().catalogue().all().size(), TempCache::catalogue().size() + 1);
        Indicator empty = full;
        empty.validMin = 101;
        QCOMPARE(t.cache().catalogue().upsert({empty}).error().code, Error::Code::Invalid);
    }

    // What the catalogue lists as a dimension's values ends up in keys and exported files.
    void catalogueRefusesUnsafeBreakdowns_data()
    {
        QTest::addColumn<QString>("dimension");
        QTest::addColumn<QString>("value");
        QTest::newRow("formula") << u"level"_qs << u"=1+1"_qs;
        QTest::newRow("control") << u"level"_qs << u"a\nb"_qs;
        QTest::newRow("separator") << u"level"_qs << u"a;b"_qs;
        QTest::newRow("not a dimension") << u"other"_qs << u"a"_qs;
    }

    void catalogueRefusesUnsafeBreakdowns()
    {
        QFETCH(QString, dimension);
        QFETCH(QString, value);
        TempCache t;
        QVERIFY(t.ok());
        Indicator ind = TempCache::catalogue().first();
        ind.dimensionValues[dimension].append(value);
        const auto r = t.cache().catalogue().upsert({ind});
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(u"cannot be stored"), qPrintable(r.error().message));
    }

    // A cache of schema 2 knows its indicators' dimensions, not their values: the upgrade takes
    // them from the breakdowns it holds, so those stay importable.
    void upgradeListsTheBreakdownsHeld()
    {
        TempCache t;
        QVERIFY(t.ok());
        Observation part = TempCache::observation(u"rev"_qs, u"VN-HN"_qs, Period::month(2024, 1), 5);
        part.disaggregation = QStringLiteral("level=central;tax=vat");
        write(t.cache(), {part});
        t.close();
        QVERIFY(script(t.path(), test::undoSchema7));
        QVERIFY(script(t.path(), test::undoSchema6));
        // Schema 2 as it was: no list of values, and a breakdown the catalogue did not check.
        QCOMPARE(sql(t.path(), "ALTER TABLE indicator DROP COLUMN dimension_values"), QString());
        QCOMPARE(sql(t.path(), "ALTER TABLE indicator DROP COLUMN valid_min"), QString());
        QCOMPARE(sql(t.path(), "ALTER TABLE indicator DROP COLUMN valid_max"), QString());
        QCOMPARE(sql(t.path(), "INSERT INTO disaggregation(key) VALUES('level=local;tax==cmd')"), QString());
        QCOMPARE(sql(t.path(), "INSERT INTO observation SELECT indicator_id, unit_id, (SELECT max(id) FROM disaggregation),"
                               " value_kind, period_kind, period + 1, value, status, source_id, retrieved_at, revision FROM observation"),
                 QString());
        QCOMPARE(sql(t.path(), "PRAGMA user_version = 2"), QString());
        QVERIFY2(t.reopen(), qPrintable(t.error()));
        QCOMPARE(t.cache().statistics().quickSummary()->schemaVersion, 7);
        const auto rev = t.cache().catalogue().find(u"rev"_qs);
        QCOMPARE(rev->dimensionValues.value(u"level"_qs), (QStringList{u"central"_qs, u"local"_qs}));
        QCOMPARE(rev->dimensionValues.value(u"tax"_qs), QStringList{u"vat"_qs});
        QCOMPARE(t.cache().catalogue().find(u"pm"_qs)->dimensionValues.size(), 0);
        // Version 5 rebuilt the source table: the observations keep their source.
        QStringList sources;
        QVERIFY(t.cache().observations().forEach(u"rev"_qs, [&](const Observation &o) {
            sources.append(o.provenance.source + u'|' + o.provenance.format);
            return true;
        }).ok());
        QCOMPARE(sources, (QStringList{u"test|"_qs, u"test|"_qs}));
    }

    // Schema 6 numbers the observations a cache already holds in the order they were retrieved,
    // keeps every figure, its history and its source, and hands out positions after them.
    void upgradeNumbersTheFeed()
    {
        TempCache t;
        QVERIFY(t.ok());
        Observation late = TempCache::observation(u"rev"_qs, u"VN-HN"_qs, Period::month(2024, 1), 5);
        late.provenance.retrievedAt = late.provenance.retrievedAt.addDays(2);
        Observation early = TempCache::observation(u"rev"_qs, u"VN-HP"_qs, Period::month(2024, 2), 7);
        write(t.cache(), {late, early});
        Observation revised = early;
        revised.value = 8;
        revised.provenance.revision = 2;
        revised.provenance.retrievedAt = early.provenance.retrievedAt.addDays(1);
        write(t.cache(), {revised});
        t.close();
        QVERIFY(script(t.path(), test::undoSchema7));
        QVERIFY(script(t.path(), test::undoSchema6));
        QCOMPARE(sql(t.path(), "PRAGMA user_version"), u"5"_qs);
        QVERIFY2(t.reopen(), qPrintable(t.error()));
        QCOMPARE(t.cache().schemaVersionAtOpen(), 5);
        QCOMPARE(t.cache().statistics().quickSummary()->schemaVersion, 7);
        QCOMPARE(t.cache().feed().position().valueOr(-1), 2);
        FeedQuery all;
        const auto feed = t.cache().feed().kpiChanges(all);
        QVERIFY(feed.ok());
        QCOMPARE(feed->entries.size(), 2);
        QCOMPARE(feed->entries.at(0).position, 1);
        QCOMPARE(feed->entries.at(0).observation.unit, u"VN-HP"_qs);
        QCOMPARE(feed->entries.at(0).observation.value, 8.0);
        QCOMPARE(feed->entries.at(0).observation.provenance.source, u"test"_qs);
        QCOMPARE(feed->entries.at(1).position, 2);
        QCOMPARE(feed->entries.at(1).observation.unit, u"VN-HN"_qs);
        QCOMPARE(t.cache().observations().revisions(u"rev"_qs, u"VN-HP"_qs, Period::month(2024, 2))->size(), 1);
        // Numbering the rows was no revision of them.
        QCOMPARE(sql(t.path(), "SELECT count(*) FROM observation_history"), u"1"_qs);
        write(t.cache(), {TempCache::observation(u"rev"_qs, u"VN-HN"_qs, Period::month(2024, 3), 9)});
        QCOMPARE(t.cache().feed().position().valueOr(-1), 3);
    }

    // data_version tells this cache that another connection committed, not that it did itself.
    void dataVersionChangesAfterAnotherConnectionCommits()
    {
        TempCache t;
        QVERIFY(t.ok());
        auto other = Cache::open(t.path(), t.registry());
        QVERIFY(other.ok());
        const auto before = t.cache().dataVersion();
        QVERIFY(before.ok());
        write(t.cache(), {TempCache::observation(u"rev"_qs, u"VN-HN"_qs, Period::month(2024, 1), 5)});
        QCOMPARE(*t.cache().dataVersion(), *before);
        const auto seen = (*other)->dataVersion();
        QVERIFY(seen.ok());
        write(**other, {TempCache::observation(u"rev"_qs, u"VN-HN"_qs, Period::month(2024, 2), 6)});
        QCOMPARE(*(*other)->dataVersion(), *seen);
        QVERIFY(*t.cache().dataVersion() != *before);
    }

    void metaAndSyntheticFlag()
    {
        TempCache t;
        QVERIFY(t.ok());
        // A catalogue of real series only, in a cache not built as the sample: not synthetic.
        QList<Indicator> real = TempCache::catalogue();
        for (Indicator &i : real)
            i.origin = DataOrigin::Real;
        QVERIFY(t.cache().catalogue().upsert(real).ok());
        QCOMPARE(*t.cache().meta().value(u"synthetic"_qs), QString());
        QVERIFY(!t.cache().statistics().quickSummary()->synthetic);
        QVERIFY(t.cache().meta().setValue(u"synthetic"_qs, u"1"_qs).ok());
        QVERIFY(t.reopen());
        QCOMPARE(*t.cache().meta().value(u"synthetic"_qs), u"1"_qs);
        QVERIFY(t.cache().statistics().summary()->synthetic);
        // One synthetic indicator labels the cache, however its data came in (a client of a hub
        // that serves the sample has no such meta flag).
        QVERIFY(t.cache().meta().setValue(u"synthetic"_qs, QString()).ok());
        QVERIFY(!t.cache().statistics().quickSummary()->synthetic);
        real.first().origin = DataOrigin::Synthetic;
        QVERIFY(t.cache().catalogue().upsert({real.first()}).ok());
        QVERIFY(t.cache().statistics().quickSummary()->synthetic);
    }

    void readsSeriesAndCrossSections()
    {
        TempCache t;
        QVERIFY(t.ok());
        QList<Observation> rows;
        for (int m = 1; m <= 12; ++m)
            rows.append(TempCache::observation(u"rev"_qs, u"VN-HN"_qs, Period::month(2024, m), 100 + m));
        rows.append(TempCache::observation(u"rev"_qs, u"VN-DN"_qs, Period::month(2024, 5), 7));
        Observation part = TempCache::observation(u"rev"_qs, u"VN-HN"_qs, Period::month(2024, 5), 60);
        part.disaggregation = QStringLiteral("level=central");
        rows.append(part);
        write(t.cache(), rows);

        const auto all = t.cache().observations().series({u"rev"_qs, u"VN-HN"_qs});
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 12);
        QCOMPARE(all->first().period, Period::month(2024, 1));
        QCOMPARE(all->last().value, 112.0);
        QCOMPARE(all->last().retrievedAt, QDateTime(QDate(2026, 1, 2), QTime(3, 4), Qt::UTC));
        const auto range = t.cache().observations().series({u"rev"_qs, u"VN-HN"_qs, QString(), ValueKind::InPeriod, Period::Kind::Month,
                                             Period::month(2024, 3), Period::month(2024, 5)});
        QCOMPARE(range->size(), 3);
        QCOMPARE(range->at(1).value, 104.0);
        const auto central = t.cache().observations().series({u"rev"_qs, u"VN-HN"_qs, u"level=central"_qs});
        QCOMPARE(central->size(), 1);
        QCOMPARE(central->first().value, 60.0);
        QCOMPARE(*t.cache().observations().disaggregations(u"rev"_qs, u"VN-HN"_qs), QStringList{u"level=central"_qs});

        const auto cross = t.cache().observations().crossSection(u"rev"_qs, Period::month(2024, 5), {u"VN-DN"_qs, u"VN-HN"_qs, u"VN-27"_qs});
        QVERIFY(cross.ok());
        QCOMPARE(cross->size(), 2);
        QCOMPARE(cross->at(0).unit, u"VN-DN"_qs);
        QCOMPARE(cross->at(0).value, 7.0);
        QCOMPARE(cross->at(1).value, 105.0);

        QCOMPARE(*t.cache().observations().latestPeriod(u"rev"_qs, u"VN-HN"_qs, Period::Kind::Month), std::optional(Period::month(2024, 12)));
        QVERIFY(!t.cache().observations().latestPeriod(u"rev"_qs, u"VN-27"_qs, Period::Kind::Month)->has_value());
        QStringList units = *t.cache().observations().unitsWithData(u"rev"_qs);
        QCOMPARE(units, (QStringList{u"VN-DN"_qs, u"VN-HN"_qs}));
        QCOMPARE(t.cache().observations().series({u"nope"_qs, u"VN"_qs}).error().code, Error::Code::NotFound);
        QCOMPARE(t.cache().observations().series({u"rev"_qs, u"VN-00"_qs}).error().code, Error::Code::NotFound);

        const auto summary = t.cache().statistics().summary();
        QVERIFY(summary.ok());
        const CacheSummary &s = *summary;
        QCOMPARE(s.observations, 14);
        QCOMPARE(s.unitsWithData, 2);
        QCOMPARE(s.firstDate, QDate(2024, 1, 1));
        QCOMPARE(s.lastDate, QDate(2024, 12, 31));

        int streamed = 0;
        QVERIFY(t.cache().observations().forEach(u"rev"_qs, [&](const Observation &o) {
            ++streamed;
            return o.unit != u"none";
        }).ok());
        QCOMPARE(streamed, 14);
        QCOMPARE(t.cache().observations().forEach(u"nope"_qs, [](const Observation &) { return true; }).error().code,
                 Error::Code::NotFound);
    }

    // A query that cannot run says so: "no rows" and "failed" are different answers, all the way up.
    void aFailedQueryIsNotAnEmptyAnswer()
    {
        TempCache t;
        QVERIFY(t.ok());
        write(t.cache(), {TempCache::observation(u"rev"_qs, u"VN-HN"_qs, Period::month(2024, 1), 1)});
        const auto none = t.cache().observations().series({u"rev"_qs, u"VN-DN"_qs});
        QVERIFY(none.ok());
        QVERIFY(none->isEmpty());
        // Another program breaks the file under the open cache.
        QCOMPARE(sql(t.path(), "ALTER TABLE observation RENAME TO gone"), QString());
        const ObservationRepository &o = t.cache().observations();
        const auto series = o.series({u"rev"_qs, u"VN-HN"_qs});
        QVERIFY(!series.ok());
        QCOMPARE(series.error().code, Error::Code::Storage);
        QVERIFY(series.error().message.contains(u"observation"));
        QVERIFY(!o.crossSection(u"rev"_qs, Period::month(2024, 1), {u"VN-HN"_qs}).ok());
        QVERIFY(!o.latestPeriod(u"rev"_qs, u"VN-HN"_qs, Period::Kind::Month).ok());
        QVERIFY(!o.disaggregations(u"rev"_qs, u"VN-HN"_qs).ok());
        QVERIFY(!o.unitsWithData(u"rev"_qs).ok());
        QVERIFY(!o.forEach(QString(), [](const Observation &) { return true; }).ok());
        QVERIFY(!t.cache().statistics().summary().ok());
        QVERIFY(!Reaggregator(t.cache()).series({u"rev"_qs, u"VN25-01"_qs}).ok());
    }

    // A read that stops at its first row leaves no transaction open: the next read sees what
    // another connection wrote since (live refresh depends on it, and so does the log's checkpoint),
    // keys included.
    void readsSeeLaterWritesOfOtherConnections()
    {
        TempCache t;
        QVERIFY(t.ok());
        write(t.cache(), {TempCache::observation(u"rev"_qs, u"VN-HN"_qs, Period::month(2024, 1), 1)});
        QCOMPARE(*t.cache().observations().latestPeriod(u"rev"_qs, u"VN-HN"_qs, Period::Kind::Month), std::optional(Period::month(2024, 1)));
        QCOMPARE(*t.cache().meta().value(u"units_signature"_qs) == QString(), false);
        {
            auto other = Cache::open(t.path(), t.registry());
            QVERIFY(other.ok());
            write(**other, {TempCache::observation(u"rev"_qs, u"VN-HN"_qs, Period::month(2024, 2), 2)});
        }
        QCOMPARE(*t.cache().observations().latestPeriod(u"rev"_qs, u"VN-HN"_qs, Period::Kind::Month), std::optional(Period::month(2024, 2)));
        QCOMPARE(t.cache().observations().series({u"rev"_qs, u"VN-HN"_qs})->size(), 2);

        // A disaggregation and a source another connection added are found, read and written again.
        Observation part = TempCache::observation(u"rev"_qs, u"VN-HN"_qs, Period::month(2024, 3), 30);
        part.disaggregation = u"level=local"_qs;
        part.provenance.source = u"elsewhere"_qs;
        {
            auto other = Cache::open(t.path(), t.registry());
            QVERIFY(other.ok());
            auto w = (*other)->writer(u"elsewhere"_qs);
            QVERIFY(w->begin(ObservationWriter::Mode::AllOrNothing).ok());
            QCOMPARE(w->write(part), ObservationWriter::Outcome::Written);
            QVERIFY(w->commit().ok());
        }
        QCOMPARE(t.cache().observations().series({u"rev"_qs, u"VN-HN"_qs, u"level=local"_qs})->size(), 1);
        QCOMPARE(*t.cache().observations().disaggregations(u"rev"_qs, u"VN-HN"_qs), QStringList{u"level=local"_qs});
        QString seen;
        QVERIFY(t.cache().observations().forEach(u"rev"_qs, [&](const Observation &o) {
            if (!o.disaggregation.isEmpty())
                seen = o.disaggregation + u'|' + o.provenance.source;
            return true;
        }).ok());
        QCOMPARE(seen, u"level=local|elsewhere"_qs);
        part.period = Period::month(2024, 4);
        auto w = t.cache().writer(u"elsewhere"_qs);
        QVERIFY(w->begin(ObservationWriter::Mode::AllOrNothing).ok());
        QCOMPARE(w->write(part), ObservationWriter::Outcome::Written);
        QVERIFY(w->commit().ok());
        QCOMPARE(t.cache().observations().series({u"rev"_qs, u"VN-HN"_qs, u"level=local"_qs})->size(), 2);
    }

    void refusesWhatIsNotACacheUntouched()
    {
        TempCache t;
        QVERIFY(t.ok());
        const QString garbage = t.dir() + u"/garbage.sqlite";
        QFile f(garbage);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("not a database, just text\n").repeated(200));
        f.close();
        const QByteArray before = hashOf(garbage);
        const auto refused = Cache::open(garbage, t.registry());
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(u"not a Điều hành cache"));
        QCOMPARE(hashOf(garbage), before);
        QVERIFY(!QFile::exists(garbage + u"-wal"));

        // A SQLite database of someone else's.
        const QString foreign = t.dir() + u"/foreign.sqlite";
        QCOMPARE(sql(foreign, "CREATE TABLE mine(x)"), QString());
        const QByteArray foreignBefore = hashOf(foreign);
        const auto notOurs = Cache::open(foreign, t.registry());
        QVERIFY(!notOurs.ok());
        QVERIFY(notOurs.error().message.contains(u"not a Điều hành cache"));
        QCOMPARE(hashOf(foreign), foreignBefore);
    }

    void refusesANewerSchemaUntouched()
    {
        TempCache t;
        QVERIFY(t.ok());
        t.close();
        QCOMPARE(sql(t.path(), "PRAGMA user_version = 99"), QString());
        const QByteArray before = hashOf(t.path());
        const auto newer = Cache::open(t.path(), t.registry());
        QVERIFY(!newer.ok());
        QCOMPARE(newer.error().code, Error::Code::TooNew);
        QVERIFY(newer.error().message.contains(u"newer version"));
        QCOMPARE(hashOf(t.path()), before);
    }

    void refusesACorruptFile()
    {
        TempCache t;
        QVERIFY(t.ok());
        QList<Observation> rows;
        for (int m = 1; m <= 12; ++m)
            rows.append(TempCache::observation(u"rev"_qs, u"VN-HN"_qs, Period::month(2024, m), m));
        write(t.cache(), rows);
        QVERIFY(t.cache().checkpoint().ok());
        t.close();
        // Keep the header, wreck the schema page.
        QFile f(t.path());
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(100);
        f.write(QByteArray(3000, '\xff'));
        f.close();
        const QByteArray before = hashOf(t.path());
        const auto corrupt = Cache::open(t.path(), t.registry());
        QVERIFY(!corrupt.ok());
        QCOMPARE(hashOf(t.path()), before);
    }

    void damageBeyondTheHeaderIsFoundByTheCheck()
    {
        TempCache t;
        QVERIFY(t.ok());
        QList<Observation> rows;
        for (int y = 2000; y < 2025; ++y) {
            for (int m = 1; m <= 12; ++m)
                rows.append(TempCache::observation(u"rev"_qs, u"VN-HN"_qs, Period::month(y, m), y * 100 + m));
        }
        write(t.cache(), rows);
        QVERIFY(t.cache().checkpoint().ok());
        QVERIFY(t.cache().checkIntegrity().ok());
        t.close();
        // The schema pages are intact, so the file opens; the last pages of data are not.
        QFile f(t.path());
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > 16384);
        f.seek(f.size() - 8192);
        f.write(QByteArray(8192, '\x5a'));
        f.close();
        const QByteArray before = hashOf(t.path());
        const auto damaged = Cache::open(t.path(), t.registry(), Cache::OpenMode::ReadOnly);
        QVERIFY(damaged.ok());
        const auto check = (*damaged)->checkIntegrity();
        QVERIFY(!check.ok());
        QCOMPARE(check.error().code, Error::Code::Storage);
        QVERIFY(check.error().message.contains(u"damaged"));
        QCOMPARE(hashOf(t.path()), before);
        // A check told to stop says so, rather than pass the file.
        const Cancellation stop = Cancellation::create();
        stop.cancel();
        QCOMPARE((*damaged)->checkIntegrity(stop).error().code, Error::Code::Cancelled);
    }

    // A writer that cannot start is told which of the two causes it met: another program writing,
    // or a cache opened for reading.
    void busyIsNotReadOnly()
    {
        TempCache t;
        QVERIFY(t.ok());
        auto first = t.cache().writer(u"first"_qs);
        QVERIFY(first->begin(ObservationWriter::Mode::AllOrNothing).ok());
        {
            auto other = Cache::open(t.path(), t.registry());
            QVERIFY(other.ok());
            const auto busy = (*other)->writer(u"second"_qs)->begin(ObservationWriter::Mode::AllOrNothing);
            QVERIFY(!busy.ok());
            QVERIFY2(busy.error().message.contains(u"busy") && busy.error().message.contains(u"another program")
                         && !busy.error().message.contains(u"read-only"),
                     qPrintable(busy.error().message));
        }
        first->rollback();
        auto ro = Cache::open(t.path(), t.registry(), Cache::OpenMode::ReadOnly);
        QVERIFY(ro.ok());
        const auto readOnly = (*ro)->writer(u"x"_qs)->begin(ObservationWriter::Mode::AllOrNothing);
        QCOMPARE(readOnly.error().code, Error::Code::ReadOnly);
        QVERIFY2(readOnly.error().message.contains(u"reading only") && !readOnly.error().message.contains(u"busy"),
                 qPrintable(readOnly.error().message));
    }

    void readOnlyMode()
    {
        TempCache t;
        QVERIFY(t.ok());
        t.close();
        auto ro = Cache::open(t.path(), t.registry(), Cache::OpenMode::ReadOnly);
        QVERIFY(ro.ok());
        QCOMPARE((*ro)->catalogue().all().size(), TempCache::catalogue().size());
        auto w = (*ro)->writer(u"x"_qs);
        QVERIFY(!w->begin(ObservationWriter::Mode::AllOrNothing).ok());
        QCOMPARE(Cache::open(t.dir() + u"/absent.sqlite", t.registry(), Cache::OpenMode::ReadOnly).error().code,
                 Error::Code::NotFound);
    }

    // A sound cache where nobody may write (a read-only share, a copy handed round on a stick): it
    // is read, nothing is left beside it, and a writer is told what is wrong with the place.
    void readOnlyPlaces_data()
    {
        QTest::addColumn<bool>("fileReadOnly");
        QTest::addColumn<bool>("folderReadOnly");
        QTest::newRow("read-only file") << true << false;
        QTest::newRow("read-only folder") << false << true;
        QTest::newRow("both") << true << true;
    }

    void readOnlyPlaces()
    {
        QFETCH(bool, fileReadOnly);
        QFETCH(bool, folderReadOnly);
        TempCache t;
        QVERIFY(t.ok());
        QList<Observation> rows;
        for (int m = 1; m <= 12; ++m)
            rows.append(TempCache::observation(u"rev"_qs, u"VN-HN"_qs, Period::month(2024, m), m));
        write(t.cache(), rows);
        t.close(); // the last connection folds the log into the file and removes it
        QVERIFY(!QFile::exists(t.path() + u"-wal"));
        const QString folder = t.dir() + u"/shared";
        const QString path = folder + u"/cache.sqlite";
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::copy(t.path(), path));
        QVERIFY(test::setReadOnly(t.dir(), false) && QFile::setPermissions(t.dir(), QFile::permissions(t.dir()) | QFileDevice::ExeOther));
        // What is not read-only is writable by anyone, so by whoever the test runs as.
        QVERIFY(fileReadOnly ? test::setReadOnly(path) : QFile::setPermissions(path, QFileDevice::Permissions(0x6666)));
        QVERIFY(folderReadOnly ? test::setReadOnly(folder) : QFile::setPermissions(folder, QFileDevice::Permissions(0x7777)));
        const QStringList before = QDir(folder).entryList(QDir::Files);
        {
            const test::Unprivileged unprivileged;
            if (!unprivileged.available())
                QSKIP(qPrintable(unprivileged.reason()));
            auto ro = Cache::open(path, t.registry(), Cache::OpenMode::ReadOnly);
            QVERIFY2(ro.ok(), qPrintable(why(ro)));
            QCOMPARE((*ro)->observations().series({u"rev"_qs, u"VN-HN"_qs})->size(), 12);
            QVERIFY((*ro)->checkIntegrity().ok());
            const auto rw = Cache::open(path, t.registry(), Cache::OpenMode::ReadWrite);
            QVERIFY(!rw.ok());
            QCOMPARE(rw.error().code, Error::Code::ReadOnly);
            QVERIFY2(rw.error().message.contains(folderReadOnly && !fileReadOnly ? u"folder" : u"file is read-only"),
                     qPrintable(rw.error().message));
            QVERIFY(!rw.error().message.contains(u"corrupt"));
        }
        if (folderReadOnly)
            QCOMPARE(QDir(folder).entryList(QDir::Files), before);
        QVERIFY(test::setReadOnly(folder, false) && test::setReadOnly(path, false));
    }

    // Changes still in the write-ahead log are read through a shared-memory file beside the cache.
    // Where there is one, the cache reads with its log; where none can be made, the message says
    // so, and the file is never shown without its log.
    void readOnlyFolderWithALog_data()
    {
        QTest::addColumn<bool>("withSharedMemory");
        QTest::newRow("log and shared memory") << true;
        QTest::newRow("log alone") << false;
    }

    void readOnlyFolderWithALog()
    {
        QFETCH(bool, withSharedMemory);
        TempCache t;
        QVERIFY(t.ok());
        QList<Observation> rows;
        for (int m = 1; m <= 12; ++m)
            rows.append(TempCache::observation(u"rev"_qs, u"VN-HN"_qs, Period::month(2024, m), m));
        write(t.cache(), rows);
        // Copied while the cache is open: its log still holds the rows.
        const QString folder = t.dir() + u"/shared";
        const QString path = folder + u"/cache.sqlite";
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFileInfo(t.path() + u"-wal").size() > 0);
        for (const QString &suffix : {QString(), u"-wal"_qs, u"-shm"_qs}) {
            if (!suffix.endsWith(u"shm") || withSharedMemory)
                QVERIFY(QFile::copy(t.path() + suffix, path + suffix));
        }
        t.close();
        QVERIFY(test::setReadOnly(t.dir(), false) && QFile::setPermissions(t.dir(), QFile::permissions(t.dir()) | QFileDevice::ExeOther));
        for (const QString &file : QDir(folder).entryList(QDir::Files))
            QVERIFY(test::setReadOnly(folder + u'/' + file));
        QVERIFY(test::setReadOnly(folder));
        {
            const test::Unprivileged unprivileged;
            if (!unprivileged.available())
                QSKIP(qPrintable(unprivileged.reason()));
            auto ro = Cache::open(path, t.registry(), Cache::OpenMode::ReadOnly);
            if (withSharedMemory) {
                QVERIFY2(ro.ok(), qPrintable(why(ro)));
                QCOMPARE((*ro)->observations().series({u"rev"_qs, u"VN-HN"_qs})->size(), 12);
            } else {
                QVERIFY(!ro.ok());
                QCOMPARE(ro.error().code, Error::Code::ReadOnly);
                QVERIFY2(ro.error().message.contains(u"cache.sqlite-wal") && ro.error().message.contains(u"folder")
                             && !ro.error().message.contains(u"corrupt"),
                         qPrintable(ro.error().message));
            }
        }
        QVERIFY(test::setReadOnly(folder, false));
    }

    void defaultLocationCopiesTheSampleOnce()
    {
        TempCache t;
        QVERIFY(t.ok());
        QVERIFY(t.cache().meta().setValue(u"synthetic"_qs, u"1"_qs).ok());
        QVERIFY(t.cache().checkpoint().ok());
        t.close();
        qputenv("DIEUHANH_SAMPLE", t.path().toUtf8());
        const QString target = t.dir() + u"/user/data/cache.sqlite";
        QVERIFY(CacheLocation::ensureDefault(target).ok());
        QCOMPARE(hashOf(target), hashOf(t.path()));
        // An existing cache is never overwritten.
        QFile f(target);
        QVERIFY(f.open(QIODevice::Append));
        f.write("x");
        f.close();
        const QByteArray mine = hashOf(target);
        QVERIFY(CacheLocation::ensureDefault(target).ok());
        QCOMPARE(hashOf(target), mine);
        qputenv("DIEUHANH_SAMPLE", QByteArray(t.dir().toUtf8() + "/missing.sqlite"));
        QCOMPARE(CacheLocation::ensureDefault(t.dir() + u"/other.sqlite").error().code, Error::Code::NotFound);
        qunsetenv("DIEUHANH_SAMPLE");
        qputenv("DIEUHANH_CACHE", "/some/where.sqlite");
        QCOMPARE(CacheLocation::defaultPath(), u"/some/where.sqlite"_qs);
        qunsetenv("DIEUHANH_CACHE");
    }

    // The README names ~/.local/share/dieuhanh/cache.sqlite; earlier versions kept the cache one
    // folder deeper (Qt's organisation/application folder), and such a cache moves, log and all.
    void defaultLocationIsTheDocumentedOne()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QByteArray oldDataHome = qgetenv("XDG_DATA_HOME");
        qputenv("XDG_DATA_HOME", home.path().toUtf8());
        QCoreApplication::setOrganizationName(u"dieuhanh"_qs);
        QCoreApplication::setApplicationName(u"dieuhanh"_qs);
        const QString documented = home.filePath(u"dieuhanh/cache.sqlite"_qs);
        QCOMPARE(CacheLocation::defaultPath(), documented);
        const QString legacy = home.filePath(u"dieuhanh/dieuhanh/cache.sqlite"_qs);
        QCOMPARE(CacheLocation::legacyDefaultPath(), legacy);
        QVERIFY(QDir().mkpath(QFileInfo(legacy).absolutePath()));
        for (const QString &suffix : {QString(), u"-wal"_qs}) {
            QFile f(legacy + suffix);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(suffix.toUtf8() + "cache");
        }
        QCOMPARE(CacheLocation::defaultPath(), documented);
        QVERIFY(!QFile::exists(legacy) && !QFile::exists(legacy + u"-wal"));
        QCOMPARE(hashOf(documented), QCryptographicHash::hash("cache", QCryptographicHash::Sha256));
        QCOMPARE(hashOf(documented + u"-wal"), QCryptographicHash::hash("-walcache", QCryptographicHash::Sha256));
        // Where it cannot be moved (here a folder is in the way of its log), the old cache is used
        // where it is, whole.
        QVERIFY(QFile::rename(documented, legacy) && QFile::rename(documented + u"-wal", legacy + u"-wal"));
        QVERIFY(QDir().mkpath(documented + u"-wal"));
        QCOMPARE(CacheLocation::defaultPath(), legacy);
        QVERIFY(QFile::exists(legacy) && QFileInfo(legacy + u"-wal").isFile() && !QFile::exists(documented));
        if (oldDataHome.isNull())
            qunsetenv("XDG_DATA_HOME");
        else
            qputenv("XDG_DATA_HOME", oldDataHome);
    }
};

QTEST_GUILESS_MAIN(TestCache)
#include "tst_cache.moc"
