#pragma once

#include "feedrequest.h"
#include "heldrequests.h"
#include "hubgate.h"

#include "core/result.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QHttpServer>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <memory>
#include <optional>

namespace dh {

class Cache;
class Clock;
class WallControl;

// How a hub answers: the operator's code it signs packets with, who may ask, and the bounds that
// keep many waiting clients cheap.
struct HubServerOptions
{
    QString sender = QStringLiteral("VPCP");
    std::optional<TokenStore> tokens;        // none: every request is answered (loopback only)
    int maxWaiting = 500;                    // long polls held at once; more are answered 503
    std::chrono::milliseconds pollInterval{200};
    FailureLimiter::Limits failureLimits;
    QString version;                         // for /version and /health
};

// The hub's HTTP side: serves one cache over the reporting API (resources/reporting/README.md) on
// QHttpServer. Catalogue-type packets are built once per change of the cache and answered with an
// ETag (304 to a matching If-None-Match); KPI pages carry an ETag of the changes they hold and of
// the catalogues. A "since" query with wait=N whose page is empty and still what the client has
// (no If-None-Match, or a matching one) is held (HeldRequests) and answered as soon as its page
// would differ: the feed moves past it, or a catalogue changes (the cache's feed position and data
// version are watched on a timer, and notifyChanged() says so at once for a writer in this
// process); or after N seconds, with the empty page (304 to a matching If-None-Match). The
// server thread never blocks. Wall control (WallControl) is relayed under /control/walls. Everything runs on the thread the server lives in, on the one Cache it is given,
// which must belong to that thread. Each request is logged on dieuhanh.hub.access without a token.
class HubServer final : public QObject
{
    Q_OBJECT

public:
    HubServer(Cache &cache, const Clock &clock, HubServerOptions options, QObject *parent = nullptr);
    ~HubServer() override;
    Q_DISABLE_COPY_MOVE(HubServer)

    // Serves HTTPS with the PEM certificate chain and unencrypted PEM key; before listen().
    Result<void> setupTls(const QString &certificateFile, const QString &keyFile);
    // The port listened on (the one asked, or the one chosen for 0).
    Result<quint16> listen(const QHostAddress &address, quint16 port);

    // The cache was written by this process: answer the waiting clients now, not at the next tick.
    void notifyChanged();
    // Long polls held, of the reporting API and of wall control.
    qsizetype waitingCount() const;

private:
    enum class Packet { IndicatorCatalogue, DisaggregationCatalogue, Units, KpiData, ReportStatus, Tasks };

    using Access = HubAccess;

    struct Snapshot
    {
        QByteArray contentHash;
        QByteArray etag;
        QByteArray body;
    };

    struct Waiter : HeldRequest
    {
        using HeldRequest::HeldRequest;
        Packet packet = Packet::KpiData;
        FeedRequest request;
        QByteArray ifNoneMatch;
        QByteArray etag; // of the empty page held: the waiter is answered once its page's differs
    };

    void addRoutes();
    void serve(Packet packet, const QHttpServerRequest &request, QHttpServerResponder &&responder);
    QHttpServerResponse serveSnapshot(Packet packet, const QHttpServerRequest &request);
    // A catalogue-type packet as built at the cache's last change.
    const Snapshot &snapshot(Packet packet);
    // The answer to a "since" query, or nothing while it is held: with a hold, an empty page is
    // held when its ETag matches the hold's tags, or whatever its ETag when they are empty.
    // *etag receives the page's ETag.
    Result<std::optional<QHttpServerResponse>> feedPage(Packet packet, const FeedRequest &request, const QByteArray &ifNoneMatch,
                                                        const std::optional<QByteArray> &hold, QByteArray *etag = nullptr);
    Result<std::optional<QHttpServerResponse>> statusPage(const FeedRequest &request, const QByteArray &ifNoneMatch,
                                                          const std::optional<QByteArray> &hold, QByteArray *etag);
    Result<std::optional<QHttpServerResponse>> taskPage(const FeedRequest &request, const QByteArray &ifNoneMatch,
                                                        const std::optional<QByteArray> &hold, QByteArray *etag);
    QHttpServerResponse health();
    QHttpServerResponse version() const;

    QHttpServerResponse logged(const Access &access, QHttpServerResponse response) const { return m_gate.logged(access, std::move(response)); }

    void tick();
    void answerWaiters(bool deadlinesOnly);
    void refreshIfChanged();

    Cache *m_cache;
    const Clock *m_clock;
    HubServerOptions m_options;
    HubGate m_gate;
    QHttpServer m_http;
    std::unique_ptr<WallControl> m_wallControl;
    QTimer m_timer;
    HeldRequests<Waiter> m_waiters;
    QHash<int, Snapshot> m_snapshots; // by Packet
    qint64 m_position = -1;           // the feed position last seen
    qint64 m_taskPosition = -1;       // the task feed's, as a task written on this connection moves no data version
    qint64 m_dataVersion = -1;        // the cache's data version last seen
    bool m_stale = false;             // told of a write this connection made: rebuild what was built
    bool m_changed = false;           // something changed since the waiters were last answered
};

} // namespace dh
