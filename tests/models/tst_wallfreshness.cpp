#include "models/wallfreshness.h"

#include <QTest>

using namespace dh;

// The stale mark and the offline banner of the wall, as rules on times.
class TestWallFreshness : public QObject
{
    Q_OBJECT

private:
    static QDateTime utc(int day, int hour, int minute = 0)
    {
        return QDateTime(QDate(2026, 11, day), QTime(hour, minute), Qt::UTC);
    }

    static EndpointSchedule every(int minutes)
    {
        EndpointSchedule s;
        s.kind = EndpointSchedule::Kind::Every;
        s.everyMinutes = minutes;
        return s;
    }

    static SyncRun run(const char *endpoint, SyncRun::Outcome outcome, const QDateTime &at)
    {
        SyncRun r;
        r.endpoint = QLatin1String(endpoint);
        r.outcome = outcome;
        r.startedAt = at;
        r.finishedAt = at.addSecs(5);
        return r;
    }

private slots:
    void noScheduleIsNeverStale()
    {
        QVERIFY(!isStale(utc(1, 0), std::nullopt, utc(20, 0)));
        QVERIFY(!isStale(utc(1, 0), EndpointSchedule{}, utc(20, 0))); // manual
        QVERIFY(!isStale(QDateTime(), every(60), utc(20, 0)));
    }

    void everyMinutes()
    {
        const QDateTime now = utc(20, 12);
        QVERIFY(!isStale(now.addSecs(-30 * 60), every(60), now));
        QVERIFY(!isStale(now.addSecs(-70 * 60), every(60), now)); // within the grace of a run
        QVERIFY(isStale(now.addSecs(-80 * 60), every(60), now));
    }

    // Daily at 06:30 in Hà Nội (23:30 UTC the day before).
    void dailyInVietnam()
    {
        EndpointSchedule daily;
        daily.kind = EndpointSchedule::Kind::Daily;
        daily.dailyAt = QTime(6, 30);
        QCOMPARE(lastScheduledRun(daily, utc(20, 12)), utc(19, 23, 30));
        QCOMPARE(lastScheduledRun(daily, utc(19, 22)), utc(18, 23, 30));
        QVERIFY(!isStale(utc(19, 23, 40), daily, utc(20, 12)));
        QVERIFY(isStale(utc(19, 20), daily, utc(20, 12)));
        QVERIFY(!isStale(utc(19, 20), daily, utc(19, 23)));
    }

    // Of an indicator's sources, the endpoint that runs least often judges it (a manual or
    // disabled one: never stale); sources no endpoint has (the sample, an import) give nothing.
    void schedulesOfTheEndpointsThatBroughtTheData()
    {
        auto endpoint = [](const char *id, EndpointSchedule schedule, bool enabled = true) {
            Endpoint e;
            e.id = QLatin1String(id);
            e.schedule = schedule;
            e.enabled = enabled;
            return e;
        };
        EndpointSchedule every30{EndpointSchedule::Kind::Every, 30, {}};
        EndpointSchedule daily{EndpointSchedule::Kind::Daily, 0, QTime(6, 30)};
        const QList<Endpoint> endpoints = {endpoint("gso", every30), endpoint("mof", daily), endpoint("old", every30, false)};
        const QHash<QString, QStringList> sources = {
            {QStringLiteral("exports"), {QStringLiteral("gso")}},
            {QStringLiteral("budget.revenue"), {QStringLiteral("gso"), QStringLiteral("mof")}},
            {QStringLiteral("cpi.yoy"), {QStringLiteral("sample")}},
            {QStringLiteral("fdi.disbursed"), {QStringLiteral("gso"), QStringLiteral("old")}},
        };
        const QHash<QString, EndpointSchedule> got = indicatorSchedules(sources, endpoints);
        QCOMPARE(got.size(), 3);
        QCOMPARE(got.value(QStringLiteral("exports")), every30);
        QCOMPARE(got.value(QStringLiteral("budget.revenue")), daily);
        QVERIFY(!got.contains(QStringLiteral("cpi.yoy")));
        QCOMPARE(got.value(QStringLiteral("fdi.disbursed")).kind, EndpointSchedule::Kind::Manual);
    }

    void offlineWhenEverySourceFails()
    {
        ConnectionWatch watch;
        QVERIFY(!watch.offlineSince());
        watch.takeRun(run("gso", SyncRun::Outcome::Failed, utc(20, 9)));
        QCOMPARE(watch.offlineSince(), utc(20, 9));
        watch.takeRun(run("mof", SyncRun::Outcome::Ok, utc(20, 9, 5)));
        QVERIFY(!watch.offlineSince());
        watch.takeRun(run("mof", SyncRun::Outcome::Failed, utc(20, 9, 30)));
        watch.takeRun(run("gso", SyncRun::Outcome::Failed, utc(20, 9, 40)));
        // Offline from when the last source began to fail; later failures do not move it.
        QCOMPARE(watch.offlineSince(), utc(20, 9, 30));
        watch.takeRun(run("gso", SyncRun::Outcome::Cancelled, utc(20, 9, 50)));
        QCOMPARE(watch.offlineSince(), utc(20, 9, 30));
        watch.takeRun(run("gso", SyncRun::Outcome::NotModified, utc(20, 10)));
        QVERIFY(!watch.offlineSince());
    }

    void lostControlChannel()
    {
        ConnectionWatch watch;
        watch.setControlLost(utc(20, 8));
        watch.setControlLost(utc(20, 8, 30));
        QCOMPARE(watch.offlineSince(), utc(20, 8));
        watch.setControlRestored();
        QVERIFY(!watch.offlineSince());
    }
};

QTEST_GUILESS_MAIN(TestWallFreshness)
#include "tst_wallfreshness.moc"
