#include "tempcache.h"

#include <QTest>

using namespace dh;
using test::TempCache;

// Report-status records and their feed.
class TestReportStatus : public QObject
{
    Q_OBJECT

private:
    static ReportStatus record(const QString &unit, int month, ReportStatus::State state = ReportStatus::State::Due)
    {
        ReportStatus r;
        r.indicator = QStringLiteral("rev");
        r.unit = unit;
        r.period = Period::month(2025, month);
        r.state = state;
        r.dueDate = QDate(2025, month, 1).addMonths(1).addDays(9);
        return r;
    }

    static QList<ReportStatusEntry> all(Cache &cache, qint64 since = 0)
    {
        const auto page = cache.reportStatus().changes(since, 1000);
        return page ? page->entries : QList<ReportStatusEntry>();
    }

private slots:
    void upsertNumbersTheChanges()
    {
        TempCache t;
        QVERIFY(t.ok());
        QCOMPARE(t.cache().reportStatus().position().valueOr(-1), 0);
        QVERIFY(t.cache().reportStatus().upsert({record(u"VN-HN"_qs, 1), record(u"VN-HP"_qs, 1), record(u"VN-HN"_qs, 2)}).ok());
        QCOMPARE(t.cache().reportStatus().position().valueOr(-1), 3);

        // Hà Nội reports January: the record moves to the end of the feed, with what it says now.
        ReportStatus reported = record(u"VN-HN"_qs, 1, ReportStatus::State::Reported);
        reported.reportedAt = QDateTime(QDate(2025, 2, 5), QTime(9, 30), Qt::UTC);
        reported.revision = 1;
        reported.note = QStringLiteral("đúng hạn");
        // The same record again takes no position.
        QVERIFY(t.cache().reportStatus().upsert({reported, record(u"VN-HP"_qs, 1)}).ok());
        QCOMPARE(t.cache().reportStatus().position().valueOr(-1), 4);
        const auto feed = all(t.cache());
        QCOMPARE(feed.size(), 3);
        QCOMPARE(feed.at(0).position, 2);
        QCOMPARE(feed.at(0).status, record(u"VN-HP"_qs, 1));
        QCOMPARE(feed.at(2).position, 4);
        QCOMPARE(feed.at(2).status, reported);
        QVERIFY(t.reopen());
        QCOMPARE(all(t.cache(), 3).size(), 1);
        QCOMPARE(all(t.cache(), 3).first().status, reported);
    }

    void aBadRecordRefusesTheWholeBatch()
    {
        TempCache t;
        QVERIFY(t.ok());
        ReportStatus bad = record(u"VN-HN"_qs, 2);
        bad.unit.clear();
        QVERIFY(!t.cache().reportStatus().upsert({record(u"VN-HN"_qs, 1), bad}).ok());
        QVERIFY(all(t.cache()).isEmpty());
        QCOMPARE(t.cache().reportStatus().position().valueOr(-1), 0);
    }

    void pages()
    {
        TempCache t;
        QVERIFY(t.ok());
        QList<ReportStatus> year;
        for (int month = 1; month <= 12; ++month)
            year.append(record(u"VN-HN"_qs, month));
        QVERIFY(t.cache().reportStatus().upsert(year).ok());
        auto page = t.cache().reportStatus().changes(0, 5);
        QVERIFY(page.ok());
        QCOMPARE(page->entries.size(), 5);
        QCOMPARE(page->nextSince, 5);
        QVERIFY(page->hasMore);
        page = t.cache().reportStatus().changes(10, 5);
        QCOMPARE(page->entries.size(), 2);
        QCOMPARE(page->since, 10);
        QCOMPARE(page->nextSince, 12);
        QVERIFY(!page->hasMore);
        QCOMPARE(page->entries.last().status.period, Period::month(2025, 12));
        page = t.cache().reportStatus().changes(12, 5);
        QVERIFY(page->entries.isEmpty());
        QCOMPARE(page->nextSince, 12);
        QVERIFY(!t.cache().reportStatus().changes(0, 0).ok());
    }
};

QTEST_GUILESS_MAIN(TestReportStatus)
#include "tst_reportstatus.moc"
