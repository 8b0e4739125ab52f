#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace dh::test {

// Certificates for TLS tests, made with the openssl command-line tool in a temporary folder that
// lives as long as this object: a CA, a server certificate for IP 127.0.0.1 signed by it, a second
// self-signed certificate for 127.0.0.1 that nothing trusts, and a client certificate signed by
// the CA as PKCS#12 with a passphrase. A missing openssl is an error, not a reason to skip:
// packaging/install-deps.sh installs it.
class TestCertificates
{
public:
    TestCertificates() = default;

    // Makes every file; on failure returns false and says why in *error.
    bool make(QString *error);

    QString caFile() const { return path(u"ca.pem"); }
    QString serverCertificateFile() const { return path(u"server.pem"); }
    QString serverKeyFile() const { return path(u"server.key"); }
    QString untrustedCertificateFile() const { return path(u"untrusted.pem"); }
    QString untrustedKeyFile() const { return path(u"untrusted.key"); }
    QString clientPkcs12File() const { return path(u"client.p12"); }
    QString clientCertificateFile() const { return path(u"client.pem"); }
    static QByteArray clientPassphrase() { return QByteArrayLiteral("correct horse"); }

private:
    QString path(QStringView name) const { return m_dir.filePath(name.toString()); }
    bool run(const QStringList &arguments, QString *error) const;

    QTemporaryDir m_dir;
};

} // namespace dh::test
