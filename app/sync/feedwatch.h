#pragma once

#include "endpointfile.h"
#include "net/httpclient.h"

#include "core/synctarget.h"

#include <QElapsedTimer>
#include <QObject>

namespace dh {

// Waits on a reporting API's KPI feed for the next change: one long poll
// (`kpi-data?since=N&wait=30` with the ETag of the feed's last empty page, README §11) held open at
// a time, asked again when it ends with nothing new. So a wall or laptop syncs within a second of
// its hub having new figures, at the cost of one request per wait, instead of waiting for its
// schedule. It writes nothing: it says changed() and the worker runs the endpoint's sync. A server
// that answers at once, rather than holding the query (no long polling), or an error, ends the
// watch with stopped(): the schedule takes over. Lives on the sync thread.
class FeedWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedWatch)

public:
    static constexpr int waitSeconds = 30;

    FeedWatch(const Endpoint &endpoint, HttpClient &http, SyncTarget &target, QObject *parent = nullptr);
    ~FeedWatch() override;

    const Endpoint &endpoint() const { return m_endpoint; }
    void start();
    // Withdraws the question; nothing is said after it.
    void stop();

Q_SIGNALS:
    void changed(const QString &endpoint);
    void stopped(const QString &endpoint, const QString &reason);

private:
    void ask();

    Endpoint m_endpoint;
    HttpClient &m_http;
    SyncTarget &m_target;
    QByteArray m_token;
    QByteArray m_passphrase;
    quint64 m_pending = 0;
    QElapsedTimer m_asked;
};

} // namespace dh
