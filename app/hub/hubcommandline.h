#pragma once

#include "core/result.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace dh {

// The dieuhanh-hub command line as a plain value (STYLE.md rule 7).
struct HubOptions
{
    enum class Command { Serve, HashToken, Help };

    Command command = Command::Serve;
    QString cachePath;                       // --cache FILE (required to serve)
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 8787;                     // --listen ADDR:PORT; 0: any free port
    QString tlsCertificate;                  // --tls-cert FILE (PEM)
    QString tlsKey;                          // --tls-key FILE (PEM, unencrypted)
    QString tokensFile;                      // --tokens FILE (TokenStore)
    QString sender = QStringLiteral("VPCP"); // --sender CODE: the operator's unit code in every packet
    QString endpointsFile;                   // --endpoints FILE: upstream endpoints the hub pulls itself
    QString tokenName = QStringLiteral("client"); // hash-token --name NAME
    QString tokenRole;                       // hash-token --role wall|presenter

    bool hasTls() const { return !tlsCertificate.isEmpty(); }
    bool hasTokens() const { return !tokensFile.isEmpty(); }
};

// Reads the arguments as QCoreApplication::arguments() gives them, and refuses what cannot run:
// an address the hub would serve the network on without TLS and tokens, half of a TLS pair, a
// sender that is not a unit code.
Result<HubOptions> parseHubCommandLine(const QStringList &arguments);
// Why listening on the address needs more than the options give, or nothing.
Result<void> checkExposure(const HubOptions &options);
QString hubUsage();

} // namespace dh
