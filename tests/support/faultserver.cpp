#include "faultserver.h"

#include <QFile>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace dh::test {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 204: return "No Content";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 304: return "Not Modified";
    case 307: return "Temporary Redirect";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 410: return "Gone";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

bool hasHeader(const HeaderList &headers, QByteArrayView name)
{
    return std::any_of(headers.cbegin(), headers.cend(),
                       [name](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
}

QByteArray chunk(QByteArrayView data)
{
    return QByteArray::number(data.size(), 16) + "\r\n" + data.toByteArray() + "\r\n";
}

} // namespace

FaultReply::FaultReply(int status, QByteArray body, QByteArray contentType)
    : status(status), body(std::move(body))
{
    if (!this->body.isEmpty())
        headers.append({"Content-Type", std::move(contentType)});
}

FaultReply &FaultReply::header(QByteArray name, QByteArray value)
{
    headers.append({std::move(name), std::move(value)});
    return *this;
}

FaultReply &FaultReply::stallAfter(qint64 bytes)
{
    stallAfterBytes = bytes;
    return *this;
}

FaultReply &FaultReply::cutAfter(qint64 bytes)
{
    cutAfterBytes = bytes;
    return *this;
}

FaultReply &FaultReply::closeWithoutAnswer()
{
    closeAtOnce = true;
    return *this;
}

FaultReply &FaultReply::sendChunked()
{
    chunked = true;
    return *this;
}

FaultReply &FaultReply::delay(int ms)
{
    delayMs = ms;
    return *this;
}

QByteArray RecordedRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

struct FaultServer::Connection
{
    QPointer<QTcpSocket> socket;
    QByteArray buffer;
    bool answered = false;
    bool open = true;
};

FaultServer::FaultServer(QObject *parent) : QObject(parent) {}

FaultServer::~FaultServer()
{
    if (m_server)
        m_server->close();
    for (Connection *connection : std::as_const(m_connections)) {
        if (connection->socket) {
            connection->socket->disconnect(this);
            connection->socket->abort();
            delete connection->socket;
        }
        delete connection;
    }
}

bool FaultServer::listen()
{
    m_server = std::make_unique<QTcpServer>();
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, &FaultServer::accept);
    return m_server->listen(QHostAddress::LocalHost, 0);
}

bool FaultServer::listenTls(const Tls &tls)
{
    auto server = std::make_unique<QSslServer>();
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(tls.certificate);
    configuration.setPrivateKey(tls.key);
    if (!tls.clientCas.isEmpty()) {
        configuration.setCaCertificates(tls.clientCas);
        configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    }
    server->setSslConfiguration(configuration);
    server->setHandshakeTimeout(5000);
    m_server = std::move(server);
    m_tls = true;
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, &FaultServer::accept);
    return m_server->listen(QHostAddress::LocalHost, 0);
}

bool FaultServer::loadTls(const QString &certificateFile, const QString &keyFile, Tls *tls)
{
    QFile certificate(certificateFile);
    QFile key(keyFile);
    if (!certificate.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
        return false;
    tls->certificate = QSslCertificate(certificate.readAll(), QSsl::Pem);
    tls->key = QSslKey(key.readAll(), QSsl::Ec, QSsl::Pem);
    return !tls->certificate.isNull() && !tls->key.isNull();
}

quint16 FaultServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QUrl FaultServer::url(const QString &pathAndQuery) const
{
    return QUrl(u"%1://127.0.0.1:%2%3"_qs.arg(m_tls ? u"https"_qs : u"http"_qs).arg(port()).arg(pathAndQuery));
}

void FaultServer::enqueue(const QString &path, FaultReply reply)
{
    m_script[path].enqueue(std::move(reply));
}

int FaultServer::requestCount(const QString &path) const
{
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(), [&path](const RecordedRequest &r) {
        return QUrl(QString::fromLatin1(r.target)).path() == path;
    }));
}

void FaultServer::accept()
{
    while (m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        socket->setParent(nullptr);
        auto *connection = new Connection{socket, {}, false, true};
        m_connections.append(connection);
        m_maxOpen = std::max(m_maxOpen, ++m_open);
        connect(socket, &QTcpSocket::readyRead, this, [this, connection] { readFrom(connection); });
        connect(socket, &QTcpSocket::disconnected, this, [this, connection] { closed(connection); });
        readFrom(connection);
    }
}

void FaultServer::readFrom(Connection *connection)
{
    if (!connection->socket || connection->answered)
        return;
    connection->buffer += connection->socket->readAll();
    const qsizetype headEnd = connection->buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return;
    RecordedRequest request;
    const QList<QByteArray> lines = connection->buffer.left(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    qint64 length = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon <= 0)
            continue;
        request.headers.append({lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed()});
        if (request.headers.last().first.compare("Content-Length", Qt::CaseInsensitive) == 0)
            length = request.headers.last().second.toLongLong();
    }
    if (connection->buffer.size() < headEnd + 4 + length)
        return;
    request.body = connection->buffer.mid(headEnd + 4, length);
    connection->answered = true;
    const QString path = QUrl(QString::fromLatin1(request.target)).path();
    m_requests.append(request);

    QQueue<FaultReply> &queue = m_script[path];
    const FaultReply reply = queue.isEmpty() ? FaultReply(404, "no script for this path")
                             : queue.size() == 1 ? queue.head()
                                                 : queue.dequeue();
    if (reply.delayMs > 0)
        QTimer::singleShot(reply.delayMs, connection->socket, [this, connection, reply] { answer(connection, reply); });
    else
        answer(connection, reply);
}

void FaultServer::answer(Connection *connection, const FaultReply &reply)
{
    QTcpSocket *socket = connection->socket;
    if (!socket)
        return;
    if (reply.closeAtOnce) {
        socket->disconnectFromHost();
        return;
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    for (const auto &[name, value] : reply.headers)
        head += name + ": " + value + "\r\n";
    if (reply.chunked)
        head += "Transfer-Encoding: chunked\r\n";
    else if (!hasHeader(reply.headers, "Content-Length"))
        head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    head += "Connection: close\r\n\r\n";

    const qint64 limit = reply.stallAfterBytes >= 0 ? reply.stallAfterBytes
                         : reply.cutAfterBytes >= 0 ? reply.cutAfterBytes
                                                    : reply.body.size();
    const QByteArray part = reply.body.left(limit);
    QByteArray payload = head;
    if (reply.chunked) {
        // The whole body in two chunks, then the byte stream cut where the reply says: a cut
        // falls inside a chunk, as when a server dies in the middle of one.
        const qsizetype half = reply.body.size() / 2;
        QByteArray stream = chunk(reply.body.left(half)) + chunk(reply.body.mid(half)) + "0\r\n\r\n";
        if (limit < reply.body.size()) {
            const qsizetype firstHead = QByteArray::number(half, 16).size() + 2;
            const qsizetype secondHead = QByteArray::number(reply.body.size() - half, 16).size() + 2;
            stream.truncate(limit <= half ? firstHead + limit : firstHead + half + 2 + secondHead + (limit - half));
        }
        payload += stream;
    } else {
        payload += part;
    }
    socket->write(payload);
    if (reply.stallAfterBytes >= 0)
        socket->flush();
    else
        socket->disconnectFromHost();
}

void FaultServer::closed(Connection *connection)
{
    if (!connection->open)
        return;
    connection->open = false;
    --m_open;
}

} // namespace dh::test
