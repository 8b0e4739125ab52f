#pragma once

#include "core/result.h"
#include "sync/readers/statdocument.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QTimeZone>
#include <QUrl>

#include <chrono>

namespace dh {

// How the sync engine proves who it is to an endpoint. The file names where a secret is kept (an
// environment variable, a key in the OS keychain), never the secret: Credentials reads it at sync
// time.
struct EndpointAuth
{
    enum class Kind { None, Bearer, ClientCertificate };
    Kind kind = Kind::None;
    QString tokenEnvironment;       // the environment variable holding the bearer token
    QString keychainKey;            // or the key under service "dieuhanh" in the OS keychain
    QString certificateFile;        // PKCS#12, an absolute path once read
    QString passphraseEnvironment;  // the certificate's passphrase, where it has one
    QString passphraseKeychainKey;

    bool operator==(const EndpointAuth &) const = default;
};

// When an endpoint is pulled without being asked: never, every N minutes, or daily at a time of
// day in Asia/Ho_Chi_Minh, whatever the zone of the machine (a wall PC set to UTC still pulls at
// 06:30 in Hà Nội).
struct EndpointSchedule
{
    enum class Kind { Manual, Every, Daily };
    Kind kind = Kind::Manual;
    int everyMinutes = 0;
    QTime dailyAt;

    // The time of the next run after one at lastRun (invalid: never run), never before now; an
    // invalid QDateTime for a manual endpoint. A run that is due or was missed is due now.
    QDateTime nextRun(const QDateTime &lastRun, const QDateTime &now) const;
    // Asia/Ho_Chi_Minh; a fixed UTC+07:00 where the zone database lacks it (Windows without ICU
    // data), which is the same: Vietnam has kept UTC+07:00 without daylight saving since 1975.
    static QTimeZone zone();

    bool operator==(const EndpointSchedule &) const = default;
};

// One source the sync engine pulls (resources/schemas/endpoints.md).
struct Endpoint
{
    QString id;
    LocalizedText label;                 // by language; "vi" always there
    QString format;                      // one of formats()
    QUrl url;
    QByteArray pxwebQuery;               // pxweb only: the POST body, compact JSON
    QString mappingFile;                 // an absolute path once read; empty: none
    QString caFile;                      // extra trusted CAs (PEM), an absolute path once read
    EndpointAuth auth;
    EndpointSchedule schedule;
    std::chrono::seconds timeout{30};
    bool enabled = true;
    int pageSize = 0;                    // reporting and worldbank; 0 = the format's default

    // The DocumentFormat names an endpoint may have.
    static const QStringList &formats();
    // The label in a language, else in Vietnamese.
    QString labelIn(const QString &language) const;

    bool operator==(const Endpoint &) const = default;
};

// The endpoints file: read whole or refused whole, with the file, the line and the field at fault
// (`endpoints.json:14: endpoints[1].schedule.dailyAt: "25:00" is not a time (HH:MM).`), since a
// typo that silently dropped an auth member or a schedule would go unnoticed on a wall.
struct EndpointFile
{
    QString path;
    QList<Endpoint> endpoints;

    static Result<EndpointFile> read(const QString &path);
    // Reads the text of a file at path (which names it in refusals and resolves relative files).
    static Result<EndpointFile> parse(QByteArrayView json, const QString &path);
    // Saves atomically, with the files relative to the folder of path where they are below it.
    Result<void> write(const QString &path) const;
    QByteArray toJson(const QString &path) const;

    const Endpoint *find(QStringView id) const;
    // $DIEUHANH_ENDPOINTS, else dieuhanh/endpoints.json in the user's configuration folder
    // (~/.config/dieuhanh/ on Linux, %LOCALAPPDATA%\dieuhanh\ on Windows).
    static QString defaultPath();
};

} // namespace dh
