#include "sync/credentials.h"

#include "sync/logging.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <optional>

namespace dh {

namespace {

const QString kService = QStringLiteral("dieuhanh");

Result<QByteArray> fromKeychain(const QString &key)
{
    // The job deletes itself when it finishes, even after a timeout has given up on it; the loop
    // is the context of the connection, so a late answer finds nobody to tell.
    auto *job = new QKeychain::ReadPasswordJob(kService);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    QEventLoop loop;
    std::optional<Result<QByteArray>> result;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job *) {
        switch (job->error()) {
        case QKeychain::NoError:
            result = job->binaryData();
            break;
        case QKeychain::EntryNotFound:
            result = Error::notFound(QCoreApplication::translate("Credentials", "The keychain has no entry %1 under the service %2.").arg(key, kService));
            break;
        case QKeychain::AccessDenied:
        case QKeychain::AccessDeniedByUser:
            result = Error{Error::Code::Unsupported,
                           QCoreApplication::translate("Credentials", "The keychain refused to give the entry %1 (service %2): %3").arg(key, kService, job->errorString())};
            break;
        default:
            // Without a session bus or a Secret Service (a wall started by systemd, CI), the
            // backend's own text is often just "Unknown error": say what is likely missing.
            result = Error{Error::Code::Unsupported,
                           QCoreApplication::translate("Credentials", "The keychain entry %1 (service %2) cannot be read: %3 (error %4). Is a keychain "
                                                                      "service (GNOME Keyring, KWallet) running in this session?")
                               .arg(key, kService, job->errorString())
                               .arg(int(job->error()))};
        }
        loop.quit();
    });
    QTimer::singleShot(Credentials::keychainTimeout, &loop, &QEventLoop::quit);
    job->start();
    if (!result)
        loop.exec();
    if (!result)
        return Error{Error::Code::Unsupported, QCoreApplication::translate("Credentials", "The keychain did not answer within %1 seconds for the entry %2 (service %3).")
                                                   .arg(std::chrono::duration_cast<std::chrono::seconds>(Credentials::keychainTimeout).count())
                                                   .arg(key, kService)};
    return std::move(*result);
}

// A secret goes into an HTTP header or a TLS library as it is, so a stray line break (a file read
// into a variable with its newline) is trimmed, and any other space or control character refused.
Result<QByteArray> usable(QByteArray secret, const QString &where)
{
    secret = secret.trimmed();
    if (std::any_of(secret.cbegin(), secret.cend(), [](char c) { return uchar(c) <= 0x20 || uchar(c) == 0x7f; }))
        return Error::invalid(QCoreApplication::translate("Credentials", "The secret in %1 holds spaces or control characters.").arg(where));
    return secret;
}

Result<QByteArray> secret(const QString &environment, const QString &keychainKey)
{
    if (!environment.isEmpty()) {
        const QByteArray value = qgetenv(environment.toLocal8Bit().constData());
        if (!value.isEmpty()) {
            qCDebug(lcSync) << "secret read from the environment variable" << environment;
            return usable(value, QCoreApplication::translate("Credentials", "the environment variable %1").arg(environment));
        }
    }
    if (keychainKey.isEmpty())
        return Error::notFound(QCoreApplication::translate("Credentials", "The environment variable %1 is not set (or is empty): set it to the secret before syncing.").arg(environment));
    auto stored = fromKeychain(keychainKey);
    if (!stored) {
        if (environment.isEmpty())
            return stored.error();
        return Error{stored.error().code, QCoreApplication::translate("Credentials", "The environment variable %1 is not set (or is empty), and the keychain fails too: %2")
                                              .arg(environment, stored.error().message)};
    }
    qCDebug(lcSync) << "secret read from the keychain entry" << keychainKey;
    return usable(*stored, QCoreApplication::translate("Credentials", "the keychain entry %1").arg(keychainKey));
}

} // namespace

Result<QByteArray> Credentials::bearerToken(const EndpointAuth &auth)
{
    if (auth.kind != EndpointAuth::Kind::Bearer)
        return Error::invalid(QCoreApplication::translate("Credentials", "The endpoint's auth is not a bearer token."));
    return secret(auth.tokenEnvironment, auth.keychainKey);
}

Result<QByteArray> Credentials::certificatePassphrase(const EndpointAuth &auth)
{
    if (auth.kind != EndpointAuth::Kind::ClientCertificate)
        return Error::invalid(QCoreApplication::translate("Credentials", "The endpoint's auth is not a client certificate."));
    if (auth.passphraseEnvironment.isEmpty() && auth.passphraseKeychainKey.isEmpty())
        return QByteArray();
    return secret(auth.passphraseEnvironment, auth.passphraseKeychainKey);
}

} // namespace dh
