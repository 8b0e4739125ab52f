// The hub's command line and its guards: where it may listen, the tokens file, the failure limit.
#include "fakeclock.h"

#include "hub/failurelimiter.h"
#include "hub/hubcommandline.h"
#include "hub/tokenstore.h"

#include <QTest>

using namespace dh;
using namespace Qt::StringLiterals;

class TestHubSecurity : public QObject
{
    Q_OBJECT

    static Result<HubOptions> parse(QStringList arguments)
    {
        arguments.prepend(u"dieuhanh-hub"_s);
        return parseHubCommandLine(arguments);
    }

private slots:
    void defaultsToLoopback()
    {
        const auto o = parse({u"--cache"_s, u"c.sqlite"_s});
        QVERIFY(o);
        QCOMPARE(o->address, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(o->port, quint16(8787));
        QCOMPARE(o->sender, u"VPCP"_s);
    }

    void readsListenAddresses_data()
    {
        QTest::addColumn<QString>("listen");
        QTest::addColumn<QString>("address");
        QTest::addColumn<int>("port");
        QTest::newRow("ipv4") << u"127.0.0.1:9000"_s << u"127.0.0.1"_s << 9000;
        QTest::newRow("ipv6") << u"[::1]:8443"_s << u"::1"_s << 8443;
        QTest::newRow("any port") << u"127.0.0.1:0"_s << u"127.0.0.1"_s << 0;
    }

    void readsListenAddresses()
    {
        QFETCH(QString, listen);
        QFETCH(QString, address);
        QFETCH(int, port);
        const auto o = parse({u"--cache"_s, u"c"_s, u"--listen"_s, listen});
        QVERIFY2(o, o ? "" : qPrintable(o.error().message));
        QCOMPARE(o->address, QHostAddress(address));
        QCOMPARE(int(o->port), port);
    }

    void refusesBadOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("says");
        QTest::newRow("no cache") << QStringList{} << u"--cache"_s;
        QTest::newRow("no port") << QStringList{u"--cache"_s, u"c"_s, u"--listen"_s, u"127.0.0.1"_s} << u"--listen"_s;
        QTest::newRow("port too big") << QStringList{u"--cache"_s, u"c"_s, u"--listen"_s, u"127.0.0.1:70000"_s} << u"--listen"_s;
        QTest::newRow("host name") << QStringList{u"--cache"_s, u"c"_s, u"--listen"_s, u"example.org:80"_s} << u"--listen"_s;
        QTest::newRow("half of tls") << QStringList{u"--cache"_s, u"c"_s, u"--tls-cert"_s, u"a.pem"_s} << u"--tls-key"_s;
        QTest::newRow("bad sender") << QStringList{u"--cache"_s, u"c"_s, u"--sender"_s, u"vp cp"_s} << u"--sender"_s;
        QTest::newRow("unknown command") << QStringList{u"serve-all"_s} << u"serve-all"_s;
    }

    void refusesBadOptions()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, says);
        const auto o = parse(arguments);
        QVERIFY(!o);
        QVERIFY2(o.error().message.contains(says), qPrintable(o.error().message));
    }

    // A hub that answers the network must encrypt and ask who is there; loopback need not.
    void refusesTheNetworkWithoutTlsAndTokens_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("missing");
        const QStringList tls{u"--tls-cert"_s, u"c.pem"_s, u"--tls-key"_s, u"k.pem"_s};
        const QStringList tokens{u"--tokens"_s, u"t"_s};
        QTest::newRow("neither") << QStringList{} << false << u"--tls-cert/--tls-key, --tokens"_s;
        QTest::newRow("tls only") << tls << false << u"--tokens"_s;
        QTest::newRow("tokens only") << tokens << false << u"--tls-cert"_s;
        QTest::newRow("both") << tls + tokens << true << QString();
    }

    void refusesTheNetworkWithoutTlsAndTokens()
    {
        QFETCH(QStringList, extra);
        QFETCH(bool, accepted);
        QFETCH(QString, missing);
        for (const QString &listen : {u"0.0.0.0:8787"_s, u"192.168.1.10:8787"_s, u"[::]:8787"_s}) {
            const auto o = parse(QStringList{u"--cache"_s, u"c"_s, u"--listen"_s, listen} + extra);
            QCOMPARE(bool(o), accepted);
            if (!accepted) {
                QVERIFY2(o.error().message.contains(u"Refusing to listen"_s), qPrintable(o.error().message));
                QVERIFY2(o.error().message.contains(missing), qPrintable(o.error().message));
            }
        }
        QVERIFY(parse({u"--cache"_s, u"c"_s, u"--listen"_s, u"[::1]:8787"_s}));
    }

    void hashTokenCommand()
    {
        const auto o = parse({u"hash-token"_s, u"--name"_s, u"wall-01"_s});
        QVERIFY(o);
        QCOMPARE(o->command, HubOptions::Command::HashToken);
        QCOMPARE(o->tokenName, u"wall-01"_s);
        QVERIFY(!parse({u"hash-token"_s, u"--name"_s, u"wall 01"_s}));
    }

    void tokensMatchOnlyTheirOwnHash()
    {
        const QString file = u"# the walls\n"_s + TokenStore::hashLine(u"wall-01"_s, "s3cret-token") + u"\n\n"_s
                           + TokenStore::hashLine(u"laptop"_s, "another-token") + u"  # Bà Lan's laptop\n"_s;
        QVERIFY(!file.contains(u"s3cret-token"_s));
        const auto store = TokenStore::fromText(file, u"tokens"_s);
        QVERIFY2(store, store ? "" : qPrintable(store.error().message));
        QCOMPARE(store->size(), 2);
        QCOMPARE(store->authenticate("s3cret-token"), u"wall-01"_s);
        QCOMPARE(store->authenticate("another-token"), u"laptop"_s);
        QVERIFY(store->authenticate("s3cret-toke").isEmpty());
        QVERIFY(store->authenticate("").isEmpty());
        // The hash line of the token itself is not the token.
        QVERIFY(store->authenticate(TokenStore::hashLine(u"wall-01"_s, "s3cret-token").section(u' ', 1).toLatin1()).isEmpty());
    }

    void rolesGrantWallControl()
    {
        const QString file = TokenStore::hashLine(u"reader"_s, "r") + u'\n' + TokenStore::hashLine(u"wall-01"_s, "w", u"wall"_s) + u'\n'
                           + TokenStore::hashLine(u"desk"_s, "p", u"presenter"_s) + u"  # the operator's desk\n"_s;
        const auto store = TokenStore::fromText(file, u"tokens"_s);
        QVERIFY2(store, store ? "" : qPrintable(store.error().message));
        // A line of the old format reads the reporting API only.
        QCOMPARE(store->identify("r")->roles, TokenStore::Roles(TokenStore::Role::Read));
        QCOMPARE(store->identify("w")->roles, TokenStore::Role::Read | TokenStore::Role::Wall);
        QCOMPARE(store->identify("p")->name, u"desk"_s);
        QVERIFY(store->identify("p")->roles.testFlag(TokenStore::Role::Presenter));
        QVERIFY(store->identify("p")->roles.testFlag(TokenStore::Role::Wall));
        QVERIFY(!store->identify("x"));
        const auto bad = TokenStore::fromText(TokenStore::hashLine(u"a"_s, "t", u"admin"_s), u"tokens"_s);
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.contains(u"line 1"_s), qPrintable(bad.error().message));
        QVERIFY(parse({u"hash-token"_s, u"--role"_s, u"presenter"_s}));
        QVERIFY(!parse({u"hash-token"_s, u"--role"_s, u"admin"_s}));
    }

    void refusesTokenFilesThatHoldTokens()
    {
        const auto plain = TokenStore::fromText(u"wall-01 s3cret-token\n"_s, u"tokens"_s);
        QVERIFY(!plain);
        QVERIFY2(plain.error().message.contains(u"line 1"_s), qPrintable(plain.error().message));
        QVERIFY2(!plain.error().message.contains(u"s3cret"_s), qPrintable(plain.error().message));
        QVERIFY(!TokenStore::fromText(u"# nobody\n"_s, u"tokens"_s));
        QVERIFY(!TokenStore::fromFile(u"/nonexistent/tokens"_s));
    }

    void limitsFailuresPerAddress()
    {
        test::FakeClock clock;
        FailureLimiter limiter(clock, FailureLimiter::Limits{3, std::chrono::seconds(60), std::chrono::seconds(60)});
        const QString a = u"10.0.0.1"_s, b = u"10.0.0.2"_s;
        limiter.recordFailure(a);
        limiter.recordFailure(a);
        QVERIFY(!limiter.retryAfter(a));
        limiter.recordFailure(a);
        QCOMPARE(limiter.retryAfter(a), std::optional<qint64>(60));
        QVERIFY(!limiter.retryAfter(b));
        clock.advanceSecs(45);
        QCOMPARE(limiter.retryAfter(a), std::optional<qint64>(15));
        clock.advanceSecs(16);
        QVERIFY(!limiter.retryAfter(a));
        // Failures spread wider than the window never add up to a block.
        for (int i = 0; i < 6; ++i) {
            limiter.recordFailure(b);
            clock.advanceSecs(31);
        }
        QVERIFY(!limiter.retryAfter(b));
    }
};

QTEST_GUILESS_MAIN(TestHubSecurity)
#include "tst_hubsecurity.moc"
