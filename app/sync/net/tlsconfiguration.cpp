#include "tlsconfiguration.h"

#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>

namespace dh {

namespace {

// Every message of this file, under one context: lupdate files TlsText::tr("…") under the context
// named here, which is the one the app looks the text up in.
struct TlsText
{
    Q_DECLARE_TR_FUNCTIONS(dh)
};

Error tlsError(QString message)
{
    return Error{Error::Code::Network, std::move(message), u"TLS"_qs};
}

} // namespace

Result<QSslConfiguration> tlsConfigurationFor(const TlsOptions &options)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    if (!options.caFile.isEmpty()) {
        QFile file(options.caFile);
        if (!file.open(QIODevice::ReadOnly))
            return tlsError(TlsText::tr("Cannot read the CA file %1: %2").arg(options.caFile, file.errorString()));
        const QList<QSslCertificate> cas = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (cas.isEmpty())
            return tlsError(TlsText::tr("The CA file %1 holds no PEM certificate.").arg(options.caFile));
        configuration.addCaCertificates(cas);
    }
    if (!options.clientCertificateFile.isEmpty()) {
        QFile file(options.clientCertificateFile);
        if (!file.open(QIODevice::ReadOnly))
            return tlsError(TlsText::tr("Cannot read the client certificate %1: %2").arg(options.clientCertificateFile, file.errorString()));
        QSslKey key;
        QSslCertificate certificate;
        QList<QSslCertificate> chain;
        if (!QSslCertificate::importPkcs12(&file, &key, &certificate, &chain, options.clientCertificatePassphrase)
            || key.isNull() || certificate.isNull())
            return tlsError(TlsText::tr("Cannot open the client certificate %1: it is not a PKCS#12 file, or the passphrase is wrong.")
                                .arg(options.clientCertificateFile));
        configuration.setPrivateKey(key);
        configuration.setLocalCertificateChain(QList<QSslCertificate>{certificate} + chain);
    }
    return configuration;
}

} // namespace dh
