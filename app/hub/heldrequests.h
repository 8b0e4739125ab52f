#pragma once

#include "hubgate.h"

#include <QDeadlineTimer>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>

#include <list>
#include <memory>
#include <optional>

namespace dh {

// One long poll the hub holds: answered later through its connection's responder. Not a QFuture:
// QHttpServer 6.4 answers a future on the socket the request came on, even once that socket has
// been deleted because its client left (a crash), so the socket is watched here instead.
struct HeldRequest
{
    explicit HeldRequest(QHttpServerResponder &&r) : responder(std::move(r)), socket(responder.socket()) {}
    virtual ~HeldRequest() = default;
    Q_DISABLE_COPY_MOVE(HeldRequest)

    bool isConnected() const { return socket && socket->state() == QAbstractSocket::ConnectedState; }
    // Writes the response if the client is still there.
    void answer(QHttpServerResponse response);

    QHttpServerResponder responder;
    QPointer<QTcpSocket> socket;
    QDeadlineTimer deadline;
    HubAccess access;
};

// The long polls a part of the hub holds (Held derives from HeldRequest). A client that leaves is
// forgotten at once, so it holds no place among the waiters and is never answered.
template <typename Held>
class HeldRequests
{
public:
    HeldRequests() = default;
    Q_DISABLE_COPY_MOVE(HeldRequests)

    qsizetype size() const { return qsizetype(m_held.size()); }
    bool empty() const { return m_held.empty(); }

    void hold(std::unique_ptr<Held> held)
    {
        if (!held->isConnected())
            return;
        HeldRequest *request = held.get();
        QObject::connect(request->socket, &QTcpSocket::disconnected, &m_context, [this, request] {
            m_held.remove_if([request](const std::unique_ptr<Held> &h) { return h.get() == request; });
        });
        m_held.push_back(std::move(held));
    }

    // answerOf(held) gives each request's answer, or nothing while it stays held; an answered
    // request is forgotten.
    template <typename AnswerOf>
    void answerWhere(AnswerOf &&answerOf)
    {
        for (auto it = m_held.begin(); it != m_held.end();) {
            std::optional<QHttpServerResponse> response = answerOf(**it);
            if (!response) {
                ++it;
                continue;
            }
            // Before writing: a write that fails may say "disconnected" at once, which would
            // forget the request under this loop.
            if ((*it)->socket)
                (*it)->socket->disconnect(&m_context);
            (*it)->answer(std::move(*response));
            it = m_held.erase(it);
        }
    }

    template <typename Predicate>
    bool any(Predicate &&predicate) const
    {
        for (const auto &held : m_held) {
            if (predicate(*held))
                return true;
        }
        return false;
    }

private:
    QObject m_context; // the connections to the sockets end with the requests
    std::list<std::unique_ptr<Held>> m_held;
};

} // namespace dh
