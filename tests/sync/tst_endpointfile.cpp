#include "sync/credentials.h"
#include "sync/endpointfile.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dh;
using namespace Qt::StringLiterals;

namespace {

QString sourcePath(const QString &relative)
{
    return QStringLiteral(DIEUHANH_SOURCE_DIR) + u'/' + relative;
}

using Members = QList<std::pair<QString, QByteArray>>;

// A file of two endpoints whose second has one member per line from line 6 (id) on: id, label,
// format, url, then the members given that the base lacks; a member given with the base's name
// replaces it, and an empty value removes it.
QByteArray twoEndpoints(const Members &changes)
{
    Members members = {{u"id"_s, R"("second")"}, {u"label"_s, R"({"vi": "Hai"})"}, {u"format"_s, R"("reporting")"},
                       {u"url"_s, "\"https://b.example/api/\""}};
    for (const auto &[name, value] : changes) {
        auto it = std::find_if(members.begin(), members.end(), [&](const auto &m) { return m.first == name; });
        if (it != members.end() && value.isEmpty())
            members.erase(it);
        else if (it != members.end())
            it->second = value;
        else
            members.append({name, value});
    }
    QByteArray text = "{\n  \"version\": 1,\n  \"endpoints\": [\n"
                      "    {\"id\": \"first\", \"label\": {\"vi\": \"Một\"}, \"format\": \"reporting\", \"url\": \"https://a.example/\"},\n"
                      "    {\n";
    for (qsizetype i = 0; i < members.size(); ++i)
        text += "      \"" + members.at(i).first.toUtf8() + "\": " + members.at(i).second + (i + 1 < members.size() ? ",\n" : "\n");
    return text + "    }\n  ]\n}\n";
}

// Runs the schema check on files; -1 when python3-jsonschema is not installed.
int schemaCheck(const QStringList &files, bool expectInvalid, QByteArray *output = nullptr)
{
    const QString python = QStandardPaths::findExecutable(u"python3"_s);
    if (python.isEmpty())
        return -1;
    QProcess process;
    QStringList arguments = {sourcePath(u"tests/sync/validate_endpoint_examples.py"_s), QStringLiteral(DIEUHANH_SOURCE_DIR)};
    if (expectInvalid)
        arguments.append(u"--invalid"_s);
    process.start(python, arguments + files);
    if (!process.waitForFinished(60000))
        return 2;
    if (output)
        *output = process.readAllStandardOutput();
    return process.exitCode() == 3 ? -1 : process.exitCode();
}

// A file refused: where and why, what the message must not repeat, and whether JSON Schema can
// say so too (it cannot see a duplicate id or member, nor a secret in a URL's query).
struct Refusal
{
    const char *name;
    QByteArray json;
    QString place; // file:line: path
    QString reason;
    QString secret;
    bool schemaRefuses = true;
};

QList<Refusal> refusals()
{
QList<Refusal> cases;
const auto row = [&cases](const char *name, const Members &members, int line, const QString &path, const QString &reason,
                          const QString &secret = {}, bool schema = true) {
    cases.append({name, twoEndpoints(members), u"endpoints.json:%1: %2: "_s.arg(line).arg(path), reason, secret, schema});
};
    row("daily 25:00", {{u"schedule"_s, R"({"daily": "25:00"})"}}, 10, u"endpoints[1].schedule.daily"_s, u"\"25:00\" is not a time (HH:MM)"_s);
    row("every 0", {{u"schedule"_s, R"({"every": 0})"}}, 10, u"endpoints[1].schedule.every"_s, u"outside 1…10080"_s);
    row("schedule weekly", {{u"schedule"_s, R"("weekly")"}}, 10, u"endpoints[1].schedule"_s, u"{\"daily\": \"HH:MM\"}"_s);
    row("schedule both", {{u"schedule"_s, R"({"every": 5, "daily": "06:00"})"}}, 10, u"endpoints[1].schedule"_s, u"one of every and daily"_s);
    row("schedule unknown", {{u"schedule"_s, R"({"hourly": 1})"}}, 10, u"endpoints[1].schedule.hourly"_s, u"is not a member here"_s);
    row("unknown member", {{u"shedule"_s, R"({"every": 5})"}}, 10, u"endpoints[1].shedule"_s, u"is not a member here"_s);
    row("token in the file", {{u"token"_s, R"("s3cr3t-abc")"}}, 10, u"endpoints[1].token"_s, u"tokenEnvironment"_s, u"s3cr3t-abc"_s);
    row("password in auth", {{u"auth"_s, R"({"type": "bearer", "tokenEnvironment": "T", "password": "hunter2-xyz"})"}}, 10, u"endpoints[1].auth.password"_s, u"keychainKey"_s, u"hunter2-xyz"_s);
    row("token as the variable", {{u"auth"_s, R"({"type": "bearer", "tokenEnvironment": "eyJhbGci.OiJIUzI1NiJ9"})"}}, 10,
        u"endpoints[1].auth.tokenEnvironment"_s, u"not the token"_s, u"eyJhbGci"_s);
    row("bearer from nowhere", {{u"auth"_s, R"({"type": "bearer"})"}}, 10, u"endpoints[1].auth"_s, u"tokenEnvironment or keychainKey"_s);
    row("auth basic", {{u"auth"_s, R"({"type": "basic"})"}}, 10, u"endpoints[1].auth.type"_s, u"none, bearer or clientCertificate"_s);
    row("certificate missing", {{u"auth"_s, R"({"type": "clientCertificate"})"}}, 10, u"endpoints[1].auth.certificateFile"_s, u"required"_s);
    row("certificate member on bearer", {{u"auth"_s, R"({"type": "bearer", "keychainKey": "k", "certificateFile": "c.p12"})"}}, 10,
        u"endpoints[1].auth.certificateFile"_s, u"is not a member here"_s);
    row("id pattern", {{u"id"_s, R"("Second")"}}, 6, u"endpoints[1].id"_s, u"not a valid code"_s);
    row("id twice", {{u"id"_s, R"("first")"}}, 6, u"endpoints[1].id"_s, u"already the id of endpoints[0]"_s, {}, false);
    row("format px", {{u"format"_s, R"("px")"}}, 8, u"endpoints[1].format"_s, u"not a format an endpoint can have"_s);
    row("http elsewhere", {{u"url"_s, "\"http://b.example/api/\""}}, 9, u"endpoints[1].url"_s, u"only on this machine (127.0.0.1, ::1, localhost)"_s);
    row("password in the url", {{u"url"_s, "\"https://user:pa55word-q@b.example/\""}}, 9, u"endpoints[1].url"_s, u"user name or password"_s, u"pa55word-q"_s);
    row("token in the query", {{u"url"_s, "\"https://b.example/?access_token=abc123secret\""}}, 9, u"endpoints[1].url"_s,
        u"access_token"_s, u"abc123secret"_s, false);
    row("ftp", {{u"url"_s, "\"ftp://b.example/\""}}, 9, u"endpoints[1].url"_s, u"must be https"_s);
    row("relative url", {{u"url"_s, R"("/api/")"}}, 9, u"endpoints[1].url"_s, u"absolute URL"_s);
    row("query on reporting", {{u"pxwebQuery"_s, R"({"query": []})"}}, 10, u"endpoints[1].pxwebQuery"_s, u"pxweb only"_s);
    row("pxweb without query", {{u"format"_s, R"("pxweb")"}}, 5, u"endpoints[1].pxwebQuery"_s, u"required"_s);
    row("pxweb bad query", {{u"format"_s, R"("pxweb")"}, {u"pxwebQuery"_s, R"({"query": "all"})"}}, 10, u"endpoints[1].pxwebQuery"_s, u"query"_s);
    row("csv-mapped without mapping", {{u"format"_s, R"("csv-mapped")"}}, 5, u"endpoints[1].mapping"_s, u"required"_s);
    row("timeout 0", {{u"timeout"_s, "0"}}, 10, u"endpoints[1].timeout"_s, u"outside 1…600"_s);
    row("timeout 601", {{u"timeout"_s, "601"}}, 10, u"endpoints[1].timeout"_s, u"outside 1…600"_s);
    row("enabled yes", {{u"enabled"_s, R"("yes")"}}, 10, u"endpoints[1].enabled"_s, u"true or false"_s);
    row("pageSize on sdmx", {{u"format"_s, R"("sdmx-json")"}, {u"pageSize"_s, "100"}}, 10, u"endpoints[1].pageSize"_s, u"reporting and worldbank"_s);
    row("label without vi", {{u"label"_s, R"({"en": "Two"})"}}, 7, u"endpoints[1].label.vi"_s, u"required"_s);
    // QJsonDocument would keep one of the two silently; the schema cannot see it either.
    QByteArray twice = twoEndpoints({{u"timeout"_s, "30"}});
    twice.replace("\"timeout\": 30", "\"url\": \"https://c.example/\"");
    cases.append({"url twice", twice, u"endpoints.json:10: endpoints[1].url: "_s, u"given twice"_s, {}, false});
    row("no url", {{u"url"_s, ""}}, 5, u"endpoints[1].url"_s, u"required"_s);
    return cases;
}

} // namespace

// The endpoints file: its examples, every rule refused with the line and field, the schema's
// agreement, saving; schedules in Asia/Ho_Chi_Minh; where secrets come from.
class TestEndpointFile : public QObject
{
    Q_OBJECT

private slots:
    void examplesRead()
    {
        const auto file = EndpointFile::read(sourcePath(u"resources/endpoints/example.json"_s));
        QVERIFY2(file.ok(), file.ok() ? "" : qPrintable(file.error().message));
        QCOMPARE(file->endpoints.size(), 3);

        const Endpoint *gso = file->find(u"gso-population");
        QVERIFY(gso);
        QCOMPARE(gso->format, u"pxweb"_s);
        QCOMPARE(gso->url.host(), u"pxweb.gso.gov.vn"_s);
        QVERIFY(gso->pxwebQuery.startsWith(R"({"query":[)"));
        QCOMPARE(gso->mappingFile, QDir::cleanPath(sourcePath(u"resources/mappings/gso-pxweb-provinces-2025.json"_s)));
        QVERIFY(QFile::exists(gso->mappingFile));
        QCOMPARE(gso->schedule.kind, EndpointSchedule::Kind::Daily);
        QCOMPARE(gso->schedule.dailyAt, QTime(6, 30));
        QCOMPARE(gso->timeout, std::chrono::seconds(60));
        QCOMPARE(gso->labelIn(u"en"_s), u"GSO: population and area by province"_s);

        const Endpoint *wb = file->find(u"worldbank-vnm-gdp");
        QVERIFY(wb);
        QCOMPARE(wb->pageSize, 1000);
        QCOMPARE(wb->auth.kind, EndpointAuth::Kind::None);

        const Endpoint *ministry = file->find(u"ministry-reporting");
        QVERIFY(ministry);
        QCOMPARE(ministry->auth.kind, EndpointAuth::Kind::Bearer);
        QCOMPARE(ministry->auth.tokenEnvironment, u"DIEUHANH_MINISTRY_TOKEN"_s);
        QCOMPARE(ministry->auth.keychainKey, u"ministry-reporting"_s);
        QCOMPARE(ministry->caFile, QDir::cleanPath(sourcePath(u"resources/endpoints/certs/ministry-ca.pem"_s)));
        QCOMPARE(ministry->schedule.kind, EndpointSchedule::Kind::Every);
        QCOMPARE(ministry->schedule.everyMinutes, 15);
        QVERIFY(ministry->enabled);
        QVERIFY(!file->find(u"absent"));

        const auto hub = EndpointFile::read(sourcePath(u"resources/endpoints/local-hub.json"_s));
        QVERIFY2(hub.ok(), hub.ok() ? "" : qPrintable(hub.error().message));
        QCOMPARE(hub->endpoints.size(), 1);
        QCOMPARE(hub->endpoints.first().id, u"hub"_s);
        QCOMPARE(hub->endpoints.first().format, u"reporting"_s);
        QCOMPARE(hub->endpoints.first().url, QUrl(u"http://127.0.0.1:8787/"_s));
        QCOMPARE(hub->endpoints.first().schedule.everyMinutes, 1);
    }

    // The example in endpoints.md is read as if it were a file of resources/schemas/.
    void documentationExampleReads()
    {
        QFile doc(sourcePath(u"resources/schemas/endpoints.md"_s));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QByteArray text = doc.readAll();
        const qsizetype start = text.indexOf("## Example\n\n```json\n");
        QVERIFY(start >= 0);
        const qsizetype from = start + qstrlen("## Example\n\n```json\n");
        const QByteArray json = text.mid(from, text.indexOf("```", from) - from);
        const auto file = EndpointFile::parse(json, sourcePath(u"resources/schemas/endpoints.json"_s));
        QVERIFY2(file.ok(), file.ok() ? "" : qPrintable(file.error().message));
        QCOMPARE(file->endpoints.size(), 3);
        QVERIFY(QFile::exists(file->endpoints.first().mappingFile));
    }

    void examplesMatchTheSchema()
    {
        QByteArray output;
        const int status = schemaCheck({sourcePath(u"resources/endpoints/example.json"_s), sourcePath(u"resources/endpoints/local-hub.json"_s)}, false, &output);
        if (status == -1)
            QSKIP("python3-jsonschema is not installed");
        QVERIFY2(status == 0, output.constData());
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("place");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("secret");
        for (const Refusal &r : refusals())
            QTest::newRow(r.name) << r.json << r.place << r.reason << r.secret;
    }

    void refused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, place);
        QFETCH(QString, reason);
        QFETCH(QString, secret);
        const auto file = EndpointFile::parse(json, u"endpoints.json"_s);
        QVERIFY2(!file.ok(), json.constData());
        const QString message = file.error().message;
        QVERIFY2(message.startsWith(place), qPrintable(message));
        QVERIFY2(message.contains(reason), qPrintable(message));
        if (!secret.isEmpty())
            QVERIFY2(!message.contains(secret), qPrintable(message));
    }

    void schemaRefusesThemToo()
    {
        QTemporaryDir dir;
        QStringList files;
        for (const Refusal &r : refusals()) {
            if (!r.schemaRefuses)
                continue;
            QFile out(dir.filePath(QString::fromLatin1(r.name).replace(u' ', u'-') + u".json"_s));
            QVERIFY(out.open(QIODevice::WriteOnly) && out.write(r.json) == r.json.size());
            files.append(out.fileName());
        }
        QVERIFY(files.size() > 20);
        QByteArray output;
        const int status = schemaCheck(files, true, &output);
        if (status == -1)
            QSKIP("python3-jsonschema is not installed");
        QVERIFY2(status == 0, output.constData());
    }

    void refusedWhole_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("start");
        QTest::newRow("not JSON") << QByteArray("{\n  \"version\": 1,\n  \"endpoints\": [\n    {\"id\": }\n  ]\n}\n") << u"endpoints.json:4: not JSON"_s;
        QTest::newRow("version 2") << QByteArray("{\n  \"version\": 2,\n  \"endpoints\": []\n}\n") << u"endpoints.json:2: version: 2 is outside 1…1"_s;
        QTest::newRow("no endpoints") << QByteArray("{\n  \"version\": 1\n}\n") << u"endpoints.json:1: endpoints: is required"_s;
        QTest::newRow("a typo at the top") << QByteArray("{\n  \"version\": 1,\n  \"endpoint\": []\n}\n") << u"endpoints.json:3: endpoint: is not a member"_s;
        QTest::newRow("an array") << QByteArray("[]") << u"endpoints.json:1: must be an object"_s;
    }

    void refusedWhole()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, start);
        const auto file = EndpointFile::parse(json, u"endpoints.json"_s);
        QVERIFY(!file.ok());
        QVERIFY2(file.error().message.startsWith(start), qPrintable(file.error().message));
    }

    void writesWhatItReads()
    {
        const auto example = EndpointFile::read(sourcePath(u"resources/endpoints/example.json"_s));
        QVERIFY(example.ok());
        EndpointFile file = *example;
        Endpoint &disabled = file.endpoints[1];
        disabled.enabled = false;
        disabled.timeout = std::chrono::seconds(5);
        Endpoint certificate = file.endpoints.first();
        certificate.id = u"with-certificate"_s;
        certificate.auth = {EndpointAuth::Kind::ClientCertificate, {}, {}, sourcePath(u"resources/endpoints/certs/wall.p12"_s), u"WALL_PASSPHRASE"_s, {}};
        certificate.schedule = {};
        file.endpoints.append(certificate);

        QTemporaryDir dir;
        const QString path = dir.filePath(u"sub/endpoints.json"_s);
        QVERIFY(QDir().mkpath(dir.filePath(u"sub"_s)));
        const auto written = file.write(path);
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
        const auto back = EndpointFile::read(path);
        QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message));
        QCOMPARE(back->endpoints, file.endpoints);
        QVERIFY(!back->endpoints.at(1).enabled);
        QCOMPARE(back->endpoints.last().auth.certificateFile, QDir::cleanPath(sourcePath(u"resources/endpoints/certs/wall.p12"_s)));

        QByteArray output;
        const int status = schemaCheck({path}, false, &output);
        if (status != -1)
            QVERIFY2(status == 0, output.constData());

        // What would not read back is not saved, and the file on disk stays as it was.
        file.endpoints[0].url = QUrl(u"http://gso.example/"_s);
        const auto refused = file.write(path);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(u"endpoints[0].url"_s), qPrintable(refused.error().message));
        QCOMPARE(EndpointFile::read(path)->endpoints, back->endpoints);
    }

    void schedules_data()
    {
        QTest::addColumn<EndpointSchedule>("schedule");
        QTest::addColumn<QDateTime>("lastRun");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QDateTime>("next");

        const QTimeZone hcm = EndpointSchedule::zone();
        const auto at = [&](int day, int h, int m) { return QDateTime(QDate(2026, 3, day), QTime(h, m), hcm); };
        const auto utc = [](int day, int h, int m) { return QDateTime(QDate(2026, 3, day), QTime(h, m), Qt::UTC); };
        const EndpointSchedule every30{EndpointSchedule::Kind::Every, 30, {}};
        const EndpointSchedule daily0630{EndpointSchedule::Kind::Daily, 0, QTime(6, 30)};
        const EndpointSchedule daily0015{EndpointSchedule::Kind::Daily, 0, QTime(0, 15)};

        QTest::newRow("manual") << EndpointSchedule{} << at(1, 10, 0) << at(1, 11, 0) << QDateTime();
        QTest::newRow("every, never run") << every30 << QDateTime() << at(1, 10, 0) << at(1, 10, 0);
        QTest::newRow("every") << every30 << at(1, 10, 0) << at(1, 10, 10) << at(1, 10, 30);
        QTest::newRow("every, overdue") << every30 << at(1, 9, 0) << at(1, 10, 10) << at(1, 10, 10);
        QTest::newRow("daily, never run") << daily0630 << QDateTime() << at(1, 14, 0) << at(1, 14, 0);
        QTest::newRow("daily, the next morning") << daily0630 << at(1, 6, 30) << at(1, 14, 0) << at(2, 6, 30);
        QTest::newRow("daily, later the same day") << daily0630 << at(1, 5, 0) << at(1, 5, 10) << at(1, 6, 30);
        QTest::newRow("daily, missed") << daily0630 << at(1, 6, 30) << at(3, 9, 0) << at(3, 9, 0);
        // 23:50 in Hà Nội is 16:50 UTC: the next 00:15 is on the zone's next day, the same UTC day.
        QTest::newRow("daily, across midnight") << daily0015 << at(1, 23, 50) << utc(1, 17, 0) << utc(1, 17, 15);
        // 23:00 UTC on the 1st is 06:00 on the 2nd in Hà Nội: 06:30 comes half an hour later.
        QTest::newRow("daily, times in UTC") << daily0630 << utc(1, 23, 0) << utc(1, 23, 5) << utc(1, 23, 30);
        QTest::newRow("daily, run at the hour") << daily0630 << utc(1, 23, 30) << utc(1, 23, 31) << at(3, 6, 30);
    }

    void schedules()
    {
        QFETCH(EndpointSchedule, schedule);
        QFETCH(QDateTime, lastRun);
        QFETCH(QDateTime, now);
        QFETCH(QDateTime, next);
        const QDateTime actual = schedule.nextRun(lastRun, now);
        QCOMPARE(actual.isValid(), next.isValid());
        if (next.isValid())
            QVERIFY2(actual == next, qPrintable(actual.toString(Qt::ISODate) + u" ≠ "_s + next.toString(Qt::ISODate)));
    }

    void zoneIsUtcPlus7()
    {
        const QTimeZone zone = EndpointSchedule::zone();
        QCOMPARE(zone.offsetFromUtc(QDateTime(QDate(2026, 1, 15), QTime(12, 0), Qt::UTC)), 7 * 3600);
        QCOMPARE(zone.offsetFromUtc(QDateTime(QDate(2026, 7, 15), QTime(12, 0), Qt::UTC)), 7 * 3600);
    }

    void tokenFromTheEnvironment()
    {
        qputenv("DH_TEST_TOKEN", "  abc.DEF-123_~+/=\n");
        const EndpointAuth auth{EndpointAuth::Kind::Bearer, u"DH_TEST_TOKEN"_s, u"never-asked"_s, {}, {}, {}};
        const auto token = Credentials::bearerToken(auth);
        QVERIFY2(token.ok(), token.ok() ? "" : qPrintable(token.error().message));
        QCOMPARE(*token, QByteArray("abc.DEF-123_~+/="));
        qunsetenv("DH_TEST_TOKEN");
    }

    void missingVariable()
    {
        qunsetenv("DH_TEST_ABSENT");
        const auto token = Credentials::bearerToken({EndpointAuth::Kind::Bearer, u"DH_TEST_ABSENT"_s, {}, {}, {}, {}});
        QVERIFY(!token.ok());
        QCOMPARE(token.error().code, Error::Code::NotFound);
        QVERIFY2(token.error().message.contains(u"DH_TEST_ABSENT"_s), qPrintable(token.error().message));
    }

    void unusableSecretNotRepeated()
    {
        qputenv("DH_TEST_PASSPHRASE", "two words-7Q");
        const auto passphrase = Credentials::certificatePassphrase({EndpointAuth::Kind::ClientCertificate, {}, {}, u"/c.p12"_s, u"DH_TEST_PASSPHRASE"_s, {}});
        qunsetenv("DH_TEST_PASSPHRASE");
        QVERIFY(!passphrase.ok());
        QVERIFY2(passphrase.error().message.contains(u"DH_TEST_PASSPHRASE"_s), qPrintable(passphrase.error().message));
        QVERIFY2(!passphrase.error().message.contains(u"words-7Q"_s), qPrintable(passphrase.error().message));

        const auto none = Credentials::certificatePassphrase({EndpointAuth::Kind::ClientCertificate, {}, {}, u"/c.p12"_s, {}, {}});
        QVERIFY(none.ok());
        QVERIFY(none->isEmpty());
        QVERIFY(!Credentials::bearerToken({}).ok());
    }

    // CI has no keychain: only the failure is tested, and that it says where it looked.
    void keychainUnavailable()
    {
        const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/dieuhanh-test-bus");
        qputenv("DH_TEST_EMPTY", "");
        const auto token = Credentials::bearerToken({EndpointAuth::Kind::Bearer, u"DH_TEST_EMPTY"_s, u"dieuhanh-test-no-such-key"_s, {}, {}, {}});
        if (bus.isNull())
            qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        else
            qputenv("DBUS_SESSION_BUS_ADDRESS", bus);
        QVERIFY(!token.ok());
        const QString message = token.error().message;
        QVERIFY2(message.contains(u"DH_TEST_EMPTY"_s), qPrintable(message));
        QVERIFY2(message.contains(u"dieuhanh-test-no-such-key"_s), qPrintable(message));
        QVERIFY2(message.contains(u"keychain"_s), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestEndpointFile)
#include "tst_endpointfile.moc"
