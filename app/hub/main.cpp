// dieuhanh-hub: serves a cache over the reporting API to the walls and laptops of an operations centre.
#include "hubcommandline.h"
#include "hubserver.h"
#include "logging.h"
#include "stopsignals.h"
#include "tokenstore.h"

#include "core/clock.h"
#include "core/unitregistry.h"
#include "store/cache.h"
#include "store/cachelocation.h"
#include "store/cachesynctarget.h"
#include "sync/endpointfile.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace {

int hashToken(const dh::HubOptions &options, QTextStream &out, QTextStream &err)
{
    QTextStream in(stdin);
    const QString token = in.readLine().trimmed();
    if (token.isEmpty()) {
        err << QCoreApplication::translate("dieuhanh-hub", "error: no token on standard input (e.g. openssl rand -hex 32 | tee token | dieuhanh-hub hash-token)") << '\n';
        return 2;
    }
    out << dh::TokenStore::hashLine(options.tokenName, token.toUtf8(), options.tokenRole) << '\n';
    return 0;
}

int serve(const dh::HubOptions &options, QTextStream &out, QTextStream &err)
{
    const auto fail = [&err](const QString &message) {
        err << QCoreApplication::translate("dieuhanh-hub", "error: ") << message << '\n';
        return 1;
    };
    dh::HubServerOptions serverOptions;
    serverOptions.sender = options.sender;
    serverOptions.version = QStringLiteral(DIEUHANH_VERSION);
    if (options.hasTokens()) {
        auto tokens = dh::TokenStore::fromFile(options.tokensFile);
        if (!tokens)
            return fail(tokens.error().message);
        serverOptions.tokens = std::move(*tokens);
    }
    auto registry = dh::UnitRegistry::fromResources();
    if (!registry)
        return fail(registry.error().message);
    // A hub that pulls upstream may start from nothing; one that only serves needs its cache.
    if (options.endpointsFile.isEmpty()) {
        if (auto exists = dh::CacheLocation::requireExisting(options.cachePath); !exists)
            return fail(exists.error().message);
    }
    // Read-write: the hub brings an older cache's schema up to date, as its own sync will write it.
    auto cache = dh::Cache::open(options.cachePath, *registry, dh::Cache::OpenMode::ReadWrite, &dh::Clock::system());
    if (!cache)
        return fail(cache.error().message);

    std::optional<dh::EndpointFile> upstream;
    if (!options.endpointsFile.isEmpty()) {
        auto file = dh::EndpointFile::read(options.endpointsFile);
        if (!file)
            return fail(file.error().message);
        upstream = std::move(*file);
    }

    dh::HubServer server(**cache, dh::Clock::system(), std::move(serverOptions));
    if (options.hasTls()) {
        if (auto tls = server.setupTls(options.tlsCertificate, options.tlsKey); !tls)
            return fail(tls.error().message);
    }
    const auto port = server.listen(options.address, options.port);
    if (!port)
        return fail(port.error().message);
    const QString host = options.address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + options.address.toString() + u']'
                                                                                      : options.address.toString();
    out << QCoreApplication::translate("dieuhanh-hub", "dieuhanh-hub: serving %1 on %2://%3:%4/v1/ (tokens: %5)")
               .arg(options.cachePath, options.hasTls() ? u"https"_qs : u"http"_qs, host)
               .arg(*port)
               .arg(options.hasTokens() ? QCoreApplication::translate("dieuhanh-hub", "required") : QCoreApplication::translate("dieuhanh-hub", "none, loopback only"))
        << Qt::endl;

    // The hub's own pulls write through a connection of the sync thread; the server notices the
    // commits through the cache's data version, and is told at once as well.
    std::unique_ptr<dh::SyncEngine> engine;
    if (upstream) {
        const QString path = options.cachePath;
        engine = std::make_unique<dh::SyncEngine>([path, registry = *registry]() -> dh::Result<std::unique_ptr<dh::SyncTarget>> {
            auto opened = dh::Cache::open(path, registry, dh::Cache::OpenMode::ReadWrite, &dh::Clock::system());
            if (!opened)
                return opened.error();
            return std::unique_ptr<dh::SyncTarget>(std::make_unique<dh::CacheSyncTarget>(std::move(*opened)));
        });
        QObject::connect(engine.get(), &dh::SyncEngine::runFinished, &server, [&server, &out](const dh::SyncRun &run) {
            out << QCoreApplication::translate("dieuhanh-hub", "dieuhanh-hub: upstream %1: %2, %3 written%4")
                       .arg(run.endpoint, dh::syncOutcomeName(run.outcome))
                       .arg(run.written)
                       .arg(run.error.isEmpty() ? QString() : u" — "_qs + run.error)
                << Qt::endl;
            if (run.written > 0 || run.removed > 0)
                server.notifyChanged();
        });
        engine->setEndpoints(upstream->endpoints);
        engine->setScheduled(true);
        engine->syncNow();
        out << QCoreApplication::translate("dieuhanh-hub", "dieuhanh-hub: pulling %n upstream endpoint(s) from %1", nullptr, int(upstream->endpoints.size()))
                   .arg(options.endpointsFile)
            << Qt::endl;
    }

    dh::quitOnStopSignals();
    const int code = QCoreApplication::exec();
    out << QCoreApplication::translate("dieuhanh-hub", "dieuhanh-hub: stopped") << Qt::endl;
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("dieuhanh"));
    QCoreApplication::setApplicationName(QStringLiteral("dieuhanh-hub"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DIEUHANH_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto options = dh::parseHubCommandLine(QCoreApplication::arguments());
    if (!options) {
        err << QCoreApplication::translate("dieuhanh-hub", "error: ") << options.error().message << "\n\n" << dh::hubUsage();
        return 2;
    }
    switch (options->command) {
    case dh::HubOptions::Command::Help:
        out << dh::hubUsage();
        return 0;
    case dh::HubOptions::Command::HashToken:
        return hashToken(*options, out, err);
    case dh::HubOptions::Command::Serve:
        break;
    }
    return serve(*options, out, err);
}
