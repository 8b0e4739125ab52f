#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <chrono>
#include <utility>

namespace dh {

using HttpHeaders = QList<std::pair<QByteArray, QByteArray>>;

// How a request proves who it talks to and who it is. Certificates are always verified: the CA
// file only adds to the system's trusted list.
struct TlsOptions
{
    QString caFile;                         // PEM CA certificates trusted in addition to the system's
    QString clientCertificateFile;          // PKCS#12 (.p12/.pfx)
    QByteArray clientCertificatePassphrase;
};

// How long to wait and how often to try again.
struct RequestPolicy
{
    std::chrono::milliseconds connectTimeout{10000};  // until the answer's headers arrive
    std::chrono::milliseconds readTimeout{30000};     // no byte of the body for that long
    int maxAttempts = 4;
    std::chrono::milliseconds backoffBase{500};
    std::chrono::milliseconds backoffCap{30000};
    std::chrono::milliseconds maxRetryAfter{300000};  // a longer Retry-After fails at once
    qint64 maxBodyBytes = 1LL << 30;
};

struct HttpRequest
{
    QUrl url;
    QByteArray method = "GET";
    QByteArray body;
    QByteArray contentType;
    HttpHeaders headers;
    QString ifNoneMatch;      // an ETag from a previous answer
    QString ifModifiedSince;  // a Last-Modified from a previous answer, as the server wrote it
    QByteArray bearerToken;   // sent as Authorization; never logged, never in an error
    TlsOptions tls;
    RequestPolicy policy;
};

struct HttpResponse
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QString etag;
    QString lastModified;
    QUrl finalUrl;            // after redirects
    bool notModified = false; // a 304 to a conditional request: nothing new, no body
    int attempts = 1;
    HttpHeaders headers;
};

// The HTTP status of an error the server answered with (rule HTTP_STATUS), or 0.
inline int httpStatusOf(const Error &error)
{
    return error.httpStatus;
}

} // namespace dh
