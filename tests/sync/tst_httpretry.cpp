#include "sync/net/httpretry.h"

#include <QTest>
#include <QTimeZone>

using namespace dh;
using namespace std::chrono_literals;

class TestHttpRetry : public QObject
{
    Q_OBJECT

private slots:
    void backoffIsExponentialWithFullJitter();
    void retryAfterParsed();
};

void TestHttpRetry::backoffIsExponentialWithFullJitter()
{
    RequestPolicy p;
    p.backoffBase = 500ms;
    p.backoffCap = 30000ms;
    QCOMPARE(HttpRetry::backoff(p, 1, 1.0), 500ms);
    QCOMPARE(HttpRetry::backoff(p, 2, 1.0), 1000ms);
    QCOMPARE(HttpRetry::backoff(p, 4, 1.0), 4000ms);
    QCOMPARE(HttpRetry::backoff(p, 4, 0.5), 2000ms);
    QCOMPARE(HttpRetry::backoff(p, 4, 0.0), 0ms);
    QCOMPARE(HttpRetry::backoff(p, 10, 1.0), 30000ms);
    QCOMPARE(HttpRetry::backoff(p, 1000, 1.0), 30000ms);
    QVERIFY(HttpRetry::isRetryableStatus(500) && HttpRetry::isRetryableStatus(503) && HttpRetry::isRetryableStatus(429));
    QVERIFY(!HttpRetry::isRetryableStatus(404) && !HttpRetry::isRetryableStatus(401) && !HttpRetry::isRetryableStatus(410));
}

void TestHttpRetry::retryAfterParsed()
{
    const QDateTime now(QDate(2026, 11, 1), QTime(8, 0), QTimeZone::utc());
    QCOMPARE(HttpRetry::parseRetryAfter("120", now), std::optional(120000ms));
    QCOMPARE(HttpRetry::parseRetryAfter(" 0 ", now), std::optional(0ms));
    QCOMPARE(HttpRetry::parseRetryAfter("Sun, 01 Nov 2026 08:00:30 GMT", now), std::optional(30000ms));
    QCOMPARE(HttpRetry::parseRetryAfter("Sun, 01 Nov 2026 07:00:00 GMT", now), std::optional(0ms));
    QCOMPARE(HttpRetry::parseRetryAfter("soon", now), std::nullopt);
    QCOMPARE(HttpRetry::parseRetryAfter("-5", now), std::nullopt);
    QCOMPARE(HttpRetry::parseRetryAfter("", now), std::nullopt);
}

QTEST_GUILESS_MAIN(TestHttpRetry)
#include "tst_httpretry.moc"
