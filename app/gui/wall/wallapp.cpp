#include "wallapp.h"

#include "wallpagehost.h"
#include "wallsession.h"

#include "core/clock.h"
#include "models/cacheservice.h"
#include "store/cachelocation.h"
#include "sync/endpointfile.h"
#include "sync/wallcontrolclient.h"

#include <QImage>
#include <QTimer>

#include <optional>

namespace dh {

namespace {

constexpr int kShotTimeoutMs = 120000;

} // namespace

WallApp::WallApp(const AppOptions &options, const UnitRegistry &registry, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_registry(registry)
{
}

WallApp::~WallApp() = default;

bool WallApp::start(QString *error)
{
    auto playlist = WallPlaylist::loadLayoutOrPlaylist(m_options.wall, m_registry);
    if (!playlist) {
        *error = playlist.error().message;
        return false;
    }
    if (playlist->pages.isEmpty()) {
        *error = tr("%1 has no page to show.").arg(m_options.wall);
        return false;
    }
    const QString path = !m_options.cachePath.isEmpty() ? m_options.cachePath : CacheLocation::defaultPath();
    const auto missing = m_options.cachePath.isEmpty() ? CacheService::Missing::CreateDefault : CacheService::Missing::Fail;
    const QLocale locale = m_options.language == u"en" ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                                      : QLocale(QLocale::Vietnamese, QLocale::Vietnam);
    if (m_options.screenshot.isEmpty()) {
        std::optional<WallControlEndpoint> control;
        if (!m_options.control.isEmpty()) {
            auto endpoint = WallControlEndpoint::withControlToken(m_options.control, m_options.wallId);
            if (!endpoint) {
                *error = endpoint.error().message;
                return false;
            }
            control = std::move(*endpoint);
        }
        WallSessionOptions o;
        o.cachePath = path;
        o.missing = missing;
        o.endpointsPath = !m_options.endpoints.isEmpty() ? m_options.endpoints : EndpointFile::defaultPath();
        o.screen = m_options.screen;
        o.locale = locale;
        m_session = std::make_unique<WallSession>(std::move(*playlist), m_registry, Clock::system(), o);
        connect(m_session.get(), &WallSession::left, this, [this] { emit finished(0); });
        m_session->start();
        if (control)
            m_session->controlFrom(std::make_unique<WallControlClient>(std::move(*control), Clock::system()));
        return true;
    }

    WallPage page = playlist->pages.first();
    // --size is the whole canvas: each screen gets its share, and the type follows the screens.
    if (m_options.size.isValid()) {
        const WallLayout &l = page.layout;
        page.layout.screenSize = QSize(m_options.size.width() / std::max(1, l.screenColumns),
                                       m_options.size.height() / std::max(1, l.screenRows));
    }
    m_service = std::make_unique<CacheService>(m_registry);
    m_service->open(path, missing);
    WallContext context;
    context.service = m_service.get();
    context.clock = &Clock::system();
    context.locale = locale;
    m_page = std::make_unique<WallPageHost>(page, context);
    connect(m_page.get(), &WallPageHost::completed, this, &WallApp::shoot);
    m_page->start();
    QTimer::singleShot(kShotTimeoutMs, this, [this] {
        qWarning("the wall's panels did not all get their data within %d s", kShotTimeoutMs / 1000);
        emit finished(3);
    });
    return true;
}

void WallApp::shoot()
{
    const QImage image = m_page->render();
    if (!image.save(m_options.screenshot, "PNG")) {
        qWarning("cannot write %s", qPrintable(m_options.screenshot));
        emit finished(2);
        return;
    }
    const QStringList failed = m_page->failedPanels();
    if (!failed.isEmpty())
        qWarning("panels in error: %s", qPrintable(failed.join(QStringLiteral(", "))));
    emit finished(failed.isEmpty() ? 0 : 1);
}

} // namespace dh
