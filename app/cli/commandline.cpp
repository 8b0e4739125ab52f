#include "commandline.h"

#include <QCoreApplication>
#include <QHash>

namespace dh {

QString usage()
{
    return QCoreApplication::translate("dieuhanh-sync",
        "Usage: dieuhanh-sync [--cache FILE] COMMAND [OPTIONS]\n"
        "\n"
        "Commands:\n"
        "  info                       cache path, schema version, counts, date range, synthetic flag\n"
        "  check                      read every page of the cache and report damage (exit 2 if damaged)\n"
        "  catalog                    the indicators as CSV\n"
        "  units --level L --at DATE  units of a level (province, ministry, nation, country) valid on DATE, as CSV\n"
        "  import FILE [--format csv] [--mode all|rows] [--source NAME]\n"
        "                             import observations (README: \"Importing observations\");\n"
        "                             --mode all (default) writes nothing if any row is bad,\n"
        "                             --mode rows writes the good rows; bad rows are quarantined either way\n"
        "  query --indicator X (--unit U | --level province --at DATE) [--from P] [--to P]\n"
        "        [--disaggregation K] [--value-kind in-period|cumulative|target]\n"
        "                             values as CSV, in the indicator's own periods (targets: years);\n"
        "                             2025 provinces are re-aggregated from the 63 where needed\n"
        "  export [--indicator X] [--out FILE]\n"
        "                             observations in the import format\n"
        "  quarantine [--limit N]     the rejected records and their reasons\n"
        "  sample --out FILE [--seed N]\n"
        "                             build the synthetic sample cache\n"
        "\n"
        "Without --cache the default cache is used ($DIEUHANH_CACHE, or cache.sqlite in the user's data folder).\n");
}

Result<CliOptions> parseCommandLine(const QStringList &arguments)
{
    static const QHash<QString, CliOptions::Command> commands = {
        {QStringLiteral("help"), CliOptions::Command::Help},
        {QStringLiteral("info"), CliOptions::Command::Info},
        {QStringLiteral("check"), CliOptions::Command::Check},
        {QStringLiteral("catalog"), CliOptions::Command::Catalog},
        {QStringLiteral("units"), CliOptions::Command::Units},
        {QStringLiteral("import"), CliOptions::Command::Import},
        {QStringLiteral("query"), CliOptions::Command::Query},
        {QStringLiteral("export"), CliOptions::Command::Export},
        {QStringLiteral("quarantine"), CliOptions::Command::Quarantine},
        {QStringLiteral("sample"), CliOptions::Command::Sample},
    };

    CliOptions o;
    bool haveCommand = false;
    QStringList positional;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == u"-h" || arg == u"--help") {
            o.command = CliOptions::Command::Help;
            return o;
        }
        if (arg.startsWith(u"--")) {
            QString name = arg.mid(2);
            QString value;
            const qsizetype eq = name.indexOf(u'=');
            if (eq >= 0) {
                value = name.mid(eq + 1);
                name.truncate(eq);
            } else {
                if (i + 1 >= arguments.size())
                    return Error::invalid(QCoreApplication::translate("dieuhanh-sync", "Option --%1 needs a value.").arg(name));
                value = arguments.at(++i);
            }
            if (name == u"cache") o.cachePath = value;
            else if (name == u"level") o.level = value;
            else if (name == u"at") {
                o.at = QDate::fromString(value, Qt::ISODate);
                if (!o.at.isValid())
                    return Error::invalid(QCoreApplication::translate("dieuhanh-sync", "--at expects a date like 2025-07-01, not \"%1\".").arg(value));
            }
            else if (name == u"format") o.format = value;
            else if (name == u"mode") {
                if (value != u"all" && value != u"rows")
                    return Error::invalid(QCoreApplication::translate("dieuhanh-sync", "--mode is \"all\" or \"rows\", not \"%1\".").arg(value));
                o.rowByRow = value == u"rows";
            }
            else if (name == u"source") o.source = value;
            else if (name == u"indicator") o.indicator = value;
            else if (name == u"unit") o.unit = value;
            else if (name == u"from") o.from = value;
            else if (name == u"to") o.to = value;
            else if (name == u"disaggregation") o.disaggregation = value;
            else if (name == u"value-kind") o.valueKind = value;
            else if (name == u"out") o.out = value;
            else if (name == u"limit" || name == u"seed") {
                bool ok = false;
                const quint64 n = value.toULongLong(&ok);
                if (!ok)
                    return Error::invalid(QCoreApplication::translate("dieuhanh-sync", "--%1 expects a number, not \"%2\".").arg(name, value));
                if (name == u"limit")
                    o.limit = int(std::min<quint64>(n, 1000000));
                else
                    o.seed = n;
            }
            else
                return Error::invalid(QCoreApplication::translate("dieuhanh-sync", "Unknown option --%1.").arg(name));
            continue;
        }
        if (!haveCommand) {
            const auto it = commands.constFind(arg);
            if (it == commands.cend())
                return Error::invalid(QCoreApplication::translate("dieuhanh-sync", "Unknown command \"%1\".").arg(arg));
            o.command = *it;
            haveCommand = true;
        } else {
            positional.append(arg);
        }
    }

    using C = CliOptions::Command;
    if (!haveCommand)
        return o;
    if (o.command == C::Import) {
        if (positional.size() != 1)
            return Error::invalid(QCoreApplication::translate("dieuhanh-sync", "import needs exactly one FILE."));
        o.file = positional.first();
        if (o.format != u"csv")
            return Error::invalid(QCoreApplication::translate("dieuhanh-sync", "Unknown import format \"%1\" (supported: csv).").arg(o.format));
        positional.clear();
    }
    if (!positional.isEmpty())
        return Error::invalid(QCoreApplication::translate("dieuhanh-sync", "Unexpected argument \"%1\".").arg(positional.first()));
    if (o.command == C::Units && o.level.isEmpty())
        return Error::invalid(QCoreApplication::translate("dieuhanh-sync", "units needs --level (province, ministry, nation or country)."));
    if (o.command == C::Query) {
        if (o.indicator.isEmpty())
            return Error::invalid(QCoreApplication::translate("dieuhanh-sync", "query needs --indicator."));
        if (o.unit.isEmpty() == o.level.isEmpty())
            return Error::invalid(QCoreApplication::translate("dieuhanh-sync", "query needs either --unit or --level (with --at)."));
    }
    if (o.command == C::Sample && o.out.isEmpty())
        return Error::invalid(QCoreApplication::translate("dieuhanh-sync", "sample needs --out FILE."));
    return o;
}

} // namespace dh
