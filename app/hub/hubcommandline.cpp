#include "hubcommandline.h"

#include "core/optionparser.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dh {

namespace {

// "127.0.0.1:8787", "[::1]:8787", "0.0.0.0:443".
bool parseListen(const QString &text, QHostAddress *address, quint16 *port)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    else if (host.contains(u':'))
        return false; // an IPv6 address without brackets: where its port starts is a guess
    bool ok = false;
    const uint number = text.mid(colon + 1).toUInt(&ok);
    QHostAddress parsed;
    if (!ok || number > 65535 || !parsed.setAddress(host))
        return false;
    *address = parsed;
    *port = quint16(number);
    return true;
}

} // namespace

QString hubUsage()
{
    return QCoreApplication::translate("dieuhanh-hub", "Usage: dieuhanh-hub --cache FILE [--listen ADDR:PORT] [--tls-cert FILE --tls-key FILE]\n"
              "                    [--tokens FILE] [--sender CODE] [--endpoints FILE]\n"
              "       dieuhanh-hub hash-token [--name NAME] [--role wall|presenter] < token\n"
              "\n"
              "Serves the cache over the reporting API (resources/reporting/README.md): /v1/indicator-catalogue,\n"
              "/v1/disaggregation-catalogue, /v1/units, /v1/kpi-data, /v1/report-status, /health and /version;\n"
              "and relays wall control under /control/walls (resources/schemas/wall-control.md), which needs --tokens.\n"
              "\n"
              "  --listen ADDR:PORT   where to listen (default 127.0.0.1:8787; [::1]:8787 for IPv6). An address\n"
              "                       other than loopback needs --tls-cert, --tls-key and --tokens.\n"
              "  --tls-cert FILE      the server's certificate chain (PEM)\n"
              "  --tls-key FILE       its private key (PEM, not encrypted)\n"
              "  --tokens FILE        the clients allowed: one \"NAME SHA256-HEX [wall|presenter]\" line each; every\n"
              "                       /v1 request then needs \"Authorization: Bearer TOKEN\"; the role lets a wall\n"
              "                       listen to its commands, or a presenter command walls\n"
              "  --sender CODE        the operator's unit code in every packet (default VPCP)\n"
              "  --endpoints FILE     also pull these upstream endpoints into the cache on their schedules\n"
              "                       (resources/schemas/endpoints.md), and serve what they bring\n"
              "\n"
              "hash-token reads a token on standard input and prints its line for the tokens file.\n");
}

Result<HubOptions> parseHubCommandLine(const QStringList &arguments)
{
    HubOptions o;
    bool haveCommand = false;
    OptionParser parser;
    parser.addOption(QStringLiteral("cache"), &o.cachePath);
    parser.addOption(QStringLiteral("listen"), QCoreApplication::translate("dieuhanh-hub", "ADDRESS:PORT"),
                     [&o](const QString &value) { return parseListen(value, &o.address, &o.port); });
    parser.addOption(QStringLiteral("tls-cert"), &o.tlsCertificate);
    parser.addOption(QStringLiteral("tls-key"), &o.tlsKey);
    parser.addOption(QStringLiteral("tokens"), &o.tokensFile);
    parser.addOption(QStringLiteral("sender"), &o.sender);
    parser.addOption(QStringLiteral("endpoints"), &o.endpointsFile);
    parser.addOption(QStringLiteral("name"), &o.tokenName);
    parser.addOption(QStringLiteral("role"), &o.tokenRole);
    parser.setPositional([&](const QString &arg) -> Result<void> {
        if (haveCommand || arg != u"hash-token")
            return OptionParser::unexpectedArgument(arg);
        o.command = HubOptions::Command::HashToken;
        haveCommand = true;
        return {};
    });
    const auto parsed = parser.parse(arguments);
    if (!parsed)
        return parsed.error();
    if (*parsed == OptionParser::Outcome::HelpRequested) {
        o.command = HubOptions::Command::Help;
        return o;
    }
    if (o.command == HubOptions::Command::HashToken) {
        if (!QRegularExpression(QStringLiteral("^[A-Za-z0-9._@-]+$")).match(o.tokenName).hasMatch())
            return Error::invalid(QCoreApplication::translate("dieuhanh-hub", "--name takes letters, digits and . _ @ - only, not \"%1\".").arg(o.tokenName));
        if (!o.tokenRole.isEmpty() && o.tokenRole != u"wall" && o.tokenRole != u"presenter")
            return Error::invalid(QCoreApplication::translate("dieuhanh-hub", "--role is wall or presenter, not \"%1\".").arg(o.tokenRole));
        return o;
    }
    if (o.cachePath.isEmpty())
        return Error::invalid(QCoreApplication::translate("dieuhanh-hub", "--cache FILE is required: the cache the hub serves."));
    if (o.tlsCertificate.isEmpty() != o.tlsKey.isEmpty())
        return Error::invalid(QCoreApplication::translate("dieuhanh-hub", "--tls-cert and --tls-key go together: give both or neither."));
    static const QRegularExpression unitCode(QStringLiteral("^[A-Z0-9]+(-[A-Z0-9]+)*$"));
    if (o.sender.size() > 32 || !unitCode.match(o.sender).hasMatch())
        return Error::invalid(QCoreApplication::translate("dieuhanh-hub", "--sender expects a unit code such as VPCP or VN25-01, not \"%1\".").arg(o.sender));
    if (auto exposure = checkExposure(o); !exposure)
        return exposure.error();
    return o;
}

Result<void> checkExposure(const HubOptions &options)
{
    if (options.address.isLoopback())
        return {};
    QStringList missing;
    if (!options.hasTls())
        missing.append(QStringLiteral("--tls-cert/--tls-key"));
    if (!options.hasTokens())
        missing.append(QStringLiteral("--tokens"));
    if (missing.isEmpty())
        return {};
    return Error::unsupported(QCoreApplication::translate("dieuhanh-hub", "Refusing to listen on %1: an address other than loopback serves the network, "
                                 "and that needs TLS and tokens (missing: %2).")
                                  .arg(options.address.toString(), missing.join(QStringLiteral(", "))));
}

} // namespace dh
