#include "testcertificates.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>

namespace dh::test {

namespace {

// Elliptic-curve keys: quick to make, so every TLS test can have its own.
const QStringList kNewKey{u"-newkey"_qs, u"ec"_qs, u"-pkeyopt"_qs, u"ec_paramgen_curve:prime256v1"_qs, u"-nodes"_qs};

} // namespace

bool TestCertificates::run(const QStringList &arguments, QString *error) const
{
    QProcess openssl;
    openssl.setWorkingDirectory(m_dir.path());
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(u"openssl"_qs, arguments);
    if (!openssl.waitForFinished(30000) || openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0) {
        *error = u"openssl %1 failed: %2"_qs.arg(arguments.join(u' '), QString::fromLocal8Bit(openssl.readAll()));
        return false;
    }
    return true;
}

bool TestCertificates::make(QString *error)
{
    if (QStandardPaths::findExecutable(u"openssl"_qs).isEmpty()) {
        *error = u"the openssl command is not installed (packaging/install-deps.sh installs it)"_qs;
        return false;
    }
    if (!m_dir.isValid()) {
        *error = u"cannot make a temporary folder: %1"_qs.arg(m_dir.errorString());
        return false;
    }
    QFile server(path(u"server.ext"));
    QFile client(path(u"client.ext"));
    if (!server.open(QIODevice::WriteOnly) || !client.open(QIODevice::WriteOnly)) {
        *error = u"cannot write the openssl extension files"_qs;
        return false;
    }
    server.write("subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n");
    client.write("basicConstraints=CA:FALSE\nextendedKeyUsage=clientAuth\n");
    server.close();
    client.close();

    const QString days = u"2"_qs;
    const QString passphrase = u"pass:"_qs + QString::fromUtf8(clientPassphrase());
    return run(QStringList{u"req"_qs, u"-x509"_qs} + kNewKey
                   + QStringList{u"-keyout"_qs, u"ca.key"_qs, u"-out"_qs, u"ca.pem"_qs, u"-days"_qs, days,
                                 u"-subj"_qs, u"/CN=Dieu hanh test CA"_qs,
                                 u"-addext"_qs, u"basicConstraints=critical,CA:TRUE"_qs,
                                 u"-addext"_qs, u"keyUsage=critical,keyCertSign,cRLSign"_qs},
               error)
        && run(QStringList{u"req"_qs} + kNewKey
                   + QStringList{u"-keyout"_qs, u"server.key"_qs, u"-out"_qs, u"server.csr"_qs, u"-subj"_qs, u"/CN=127.0.0.1"_qs},
               error)
        && run({u"x509"_qs, u"-req"_qs, u"-in"_qs, u"server.csr"_qs, u"-CA"_qs, u"ca.pem"_qs, u"-CAkey"_qs, u"ca.key"_qs,
                u"-CAcreateserial"_qs, u"-out"_qs, u"server.pem"_qs, u"-days"_qs, days, u"-extfile"_qs, u"server.ext"_qs},
               error)
        && run(QStringList{u"req"_qs, u"-x509"_qs} + kNewKey
                   + QStringList{u"-keyout"_qs, u"untrusted.key"_qs, u"-out"_qs, u"untrusted.pem"_qs, u"-days"_qs, days,
                                 u"-subj"_qs, u"/CN=127.0.0.1"_qs, u"-addext"_qs, u"subjectAltName=IP:127.0.0.1"_qs},
               error)
        && run(QStringList{u"req"_qs} + kNewKey
                   + QStringList{u"-keyout"_qs, u"client.key"_qs, u"-out"_qs, u"client.csr"_qs, u"-subj"_qs, u"/CN=wall-01"_qs},
               error)
        && run({u"x509"_qs, u"-req"_qs, u"-in"_qs, u"client.csr"_qs, u"-CA"_qs, u"ca.pem"_qs, u"-CAkey"_qs, u"ca.key"_qs,
                u"-CAcreateserial"_qs, u"-out"_qs, u"client.pem"_qs, u"-days"_qs, days, u"-extfile"_qs, u"client.ext"_qs},
               error)
        && run({u"pkcs12"_qs, u"-export"_qs, u"-in"_qs, u"client.pem"_qs, u"-inkey"_qs, u"client.key"_qs, u"-out"_qs,
                u"client.p12"_qs, u"-passout"_qs, passphrase},
               error);
}

} // namespace dh::test
