#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrl>

#include <memory>
#include <utility>

class QTcpServer;
class QTcpSocket;

namespace dh::test {

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

// One scripted answer of the FaultServer: a status, headers and a body, and how to misbehave
// while sending them. Built by chaining: FaultReply(503).header("Retry-After", "1").
struct FaultReply
{
    int status = 200;
    HeaderList headers;
    QByteArray body;
    qint64 stallAfterBytes = -1;  // send the head and that many body bytes, then nothing
    qint64 cutAfterBytes = -1;    // announce the whole body, send that many bytes, then close
    bool closeAtOnce = false;     // read the request, close without a word
    bool chunked = false;         // Transfer-Encoding: chunked instead of Content-Length
    int delayMs = 0;              // wait that long after the request before answering

    FaultReply(int status = 200, QByteArray body = {}, QByteArray contentType = "text/plain");
    FaultReply &header(QByteArray name, QByteArray value);
    FaultReply &stallAfter(qint64 bytes);
    FaultReply &cutAfter(qint64 bytes);
    FaultReply &closeWithoutAnswer();
    FaultReply &sendChunked();
    FaultReply &delay(int ms);
};

// A request as the FaultServer read it.
struct RecordedRequest
{
    QByteArray method;
    QByteArray target;  // path and query as sent
    HeaderList headers;
    QByteArray body;

    // The first header of that name (case-insensitive), or empty.
    QByteArray header(QByteArrayView name) const;
};

// An HTTP/1.1 server on 127.0.0.1 (a random port) that answers each path from a script, so
// tests can make the client meet every fault a real network has: errors, stalls, cut bodies,
// connections closed at once, slow answers. Optionally TLS with a given certificate, and a client
// certificate required. One request per connection (every answer says Connection: close), so the
// number of simultaneous connections is the number of requests in flight. Runs in the thread's
// event loop, never listens beyond loopback, and closes everything when destroyed.
class FaultServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FaultServer)

public:
    struct Tls
    {
        QSslCertificate certificate;
        QSslKey key;
        // When not empty, a client certificate signed by one of these is required.
        QList<QSslCertificate> clientCas;
    };

    explicit FaultServer(QObject *parent = nullptr);
    ~FaultServer() override;

    bool listen();
    bool listenTls(const Tls &tls);
    // Loads the PEM certificate and key of files; false when either cannot be read.
    static bool loadTls(const QString &certificateFile, const QString &keyFile, Tls *tls);

    quint16 port() const;
    // http(s)://127.0.0.1:port + pathAndQuery.
    QUrl url(const QString &pathAndQuery) const;

    // Replies for a path (without its query), served in order; the last one repeats. A path
    // with no script gets 404.
    void enqueue(const QString &path, FaultReply reply);

    const QList<RecordedRequest> &requests() const { return m_requests; }
    int requestCount(const QString &path) const;
    int maxConcurrentConnections() const { return m_maxOpen; }
    int openConnections() const { return m_open; }

private:
    struct Connection;

    void accept();
    void readFrom(Connection *connection);
    void answer(Connection *connection, const FaultReply &reply);
    void closed(Connection *connection);

    std::unique_ptr<QTcpServer> m_server;
    bool m_tls = false;
    QHash<QString, QQueue<FaultReply>> m_script;
    QList<RecordedRequest> m_requests;
    QList<Connection *> m_connections;
    int m_open = 0;
    int m_maxOpen = 0;
};

} // namespace dh::test
