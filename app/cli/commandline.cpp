#include "commandline.h"

#include "core/optionparser.h"
#include "sync/documentformats.h"

#include <QCoreApplication>
#include <QHash>

#include <limits>

namespace dh {

QString usage()
{
    return QCoreApplication::translate("dieuhanh-sync",
        "Usage: dieuhanh-sync [--cache FILE] COMMAND [OPTIONS]\n"
        "\n"
        "Commands:\n"
        "  init                       create the cache (--cache FILE, or the default) from the bundled sample\n"
        "  upgrade                    bring a cache written by an earlier version up to this version's schema\n"
        "  info                       cache path, schema version, counts, date range, synthetic flag\n"
        "  check                      read every page of the cache and report damage (exit 2 if damaged)\n"
        "  catalog                    the indicators as CSV\n"
        "  units --level L --at DATE  units of a level (province, ministry, nation, country) valid on DATE, as CSV\n"
        "  import FILE [--format csv|csv-mapped|jsonstat|sdmx-json|px|pxweb|worldbank|reporting]\n"
        "         [--mapping FILE] [--mode all|rows] [--source NAME] [--revision N] [--dry-run] [--print]\n"
        "                             import observations (README: \"Importing observations\");\n"
        "                             --mode all (default) writes nothing if any row is bad,\n"
        "                             --mode rows writes the good rows; bad rows are quarantined either way;\n"
        "                             --mapping turns a source's codes into the catalogue's;\n"
        "                             --revision N: the publisher's revision of a document's figures\n"
        "                             (a revised table replaces the figures of a lower revision);\n"
        "                             --dry-run checks against the cache and writes nothing;\n"
        "                             --print writes the observations read as CSV and leaves the cache alone\n"
        "  query --indicator X (--unit U | --level province --at DATE) [--from P] [--to P]\n"
        "        [--disaggregation K] [--value-kind in-period|cumulative|target]\n"
        "        [--derived all|year-to-date,previous,last-year,target] [--xlsx FILE]\n"
        "                             values as CSV, in the indicator's own periods (targets: years);\n"
        "                             --xlsx writes them to FILE as a workbook instead, numbers as\n"
        "                             numbers, with a sheet of the indicator's definition and source;\n"
        "                             2025 provinces are re-aggregated from the 63 where needed;\n"
        "                             --derived adds the dashboard tiles' figures for each period: the year\n"
        "                             to date, the change against the previous period and the same period\n"
        "                             last year (%, or points for indicators in %), and the percent of the\n"
        "                             year's plan target\n"
        "  export [--indicator X] [--out FILE]\n"
        "                             observations in the import format\n"
        "  quarantine [--limit N]     the rejected records and their reasons\n"
        "  sample --out FILE [--seed N]\n"
        "                             build the synthetic sample cache\n"
        "  sync [--endpoints FILE] [--endpoint ID]\n"
        "                             pull the endpoints (every enabled one, or ID) into the cache;\n"
        "                             a cache named with --cache is made empty if it does not exist\n"
        "  status [--endpoints FILE]  each endpoint's last run, last success, last error and next run\n"
        "  tasks --at DATE [--by ministry|province|field] [--units 2025|historical]\n"
        "                             the tasks in each of the four states of official reporting at the\n"
        "                             end of DATE (Hà Nội time), and standing tasks, as CSV: one row per\n"
        "                             assignee (or per field) and a total row; overdue_rate is overdue\n"
        "                             in % of the tasks with a deadline. --units 2025 (default) counts a\n"
        "                             task of a unit merged in 2025 under its successor from the merger\n"
        "                             date; historical under the unit it was assigned to\n"
        "  import-tasks FILE [--mode all|rows]\n"
        "                             import tasks from the task CSV (resources/schemas/tasks-csv.md);\n"
        "                             bad rows are quarantined\n"
        "  export-tasks [--at DATE] FILE\n"
        "                             the tasks as the task CSV (UTF-8 with a byte order mark); --at adds\n"
        "                             each task's state and deadline on DATE\n"
        "\n"
        "Without --endpoints the endpoints file is $DIEUHANH_ENDPOINTS, or endpoints.json in the\n"
        "configuration folder (~/.config/dieuhanh/ on Linux).\n"
        "\n"
        "Without --cache the default cache is used ($DIEUHANH_CACHE, or ~/.local/share/dieuhanh/cache.sqlite),\n"
        "made from the bundled sample on first use. A cache named with --cache must exist (see init).\n"
        "Commands that only read never write to the cache.\n");
}

Result<CliOptions> parseCommandLine(const QStringList &arguments)
{
    static const QHash<QString, CliOptions::Command> commands = {
        {QStringLiteral("help"), CliOptions::Command::Help},
        {QStringLiteral("init"), CliOptions::Command::Init},
        {QStringLiteral("upgrade"), CliOptions::Command::Upgrade},
        {QStringLiteral("info"), CliOptions::Command::Info},
        {QStringLiteral("check"), CliOptions::Command::Check},
        {QStringLiteral("catalog"), CliOptions::Command::Catalog},
        {QStringLiteral("units"), CliOptions::Command::Units},
        {QStringLiteral("import"), CliOptions::Command::Import},
        {QStringLiteral("query"), CliOptions::Command::Query},
        {QStringLiteral("export"), CliOptions::Command::Export},
        {QStringLiteral("quarantine"), CliOptions::Command::Quarantine},
        {QStringLiteral("sample"), CliOptions::Command::Sample},
        {QStringLiteral("sync"), CliOptions::Command::Sync},
        {QStringLiteral("status"), CliOptions::Command::Status},
        {QStringLiteral("tasks"), CliOptions::Command::Tasks},
        {QStringLiteral("import-tasks"), CliOptions::Command::ImportTasks},
        {QStringLiteral("export-tasks"), CliOptions::Command::ExportTasks},
    };

    CliOptions o;
    bool haveCommand = false;
    QStringList positional;
    QString mode;
    quint64 limit = quint64(o.limit);
    quint64 revision = 0;
    OptionParser parser;
    parser.addOption(QStringLiteral("cache"), &o.cachePath);
    parser.addOption(QStringLiteral("level"), &o.level);
    parser.addDate(QStringLiteral("at"), &o.at);
    parser.addOption(QStringLiteral("format"), &o.format);
    parser.addChoice(QStringLiteral("mode"), {QStringLiteral("all"), QStringLiteral("rows")}, &mode);
    parser.addOption(QStringLiteral("source"), &o.source);
    parser.addOption(QStringLiteral("mapping"), &o.mapping);
    parser.addFlag(QStringLiteral("dry-run"), &o.dryRun);
    parser.addFlag(QStringLiteral("print"), &o.print);
    parser.addOption(QStringLiteral("indicator"), &o.indicator);
    parser.addOption(QStringLiteral("unit"), &o.unit);
    parser.addOption(QStringLiteral("from"), &o.from);
    parser.addOption(QStringLiteral("to"), &o.to);
    parser.addOption(QStringLiteral("disaggregation"), &o.disaggregation);
    parser.addOption(QStringLiteral("value-kind"), &o.valueKind);
    QString derived;
    parser.addOption(QStringLiteral("derived"), &derived);
    parser.addOption(QStringLiteral("out"), &o.out);
    parser.addOption(QStringLiteral("xlsx"), &o.xlsx);
    parser.addNumber(QStringLiteral("limit"), &limit);
    parser.addNumber(QStringLiteral("revision"), &revision);
    parser.addNumber(QStringLiteral("seed"), &o.seed);
    parser.addOption(QStringLiteral("endpoints"), &o.endpointsFile);
    parser.addOption(QStringLiteral("endpoint"), &o.endpoint);
    parser.addChoice(QStringLiteral("by"), {QStringLiteral("ministry"), QStringLiteral("province"), QStringLiteral("field")}, &o.by);
    QString era;
    parser.addChoice(QStringLiteral("units"), {QStringLiteral("2025"), QStringLiteral("historical")}, &era);
    // The first positional argument is the command; the rest are its operands.
    parser.setPositional([&](const QString &arg) -> Result<void> {
        if (haveCommand) {
            positional.append(arg);
            return {};
        }
        const auto it = commands.constFind(arg);
        if (it == commands.cend())
            return Error::invalid(QCoreApplication::translate("dieuhanh-sync", "Unknown command \"%1\".").arg(arg));
        o.command = *it;
        haveCommand = true;
        return {};
    });
    const auto parsed = parser.parse(arguments);
    if (!parsed)
        return parsed.error();
    if (*parsed == OptionParser::Outcome::HelpRequested) {
        o.command = CliOptions::Command::Help;
        return o;
    }
    o.rowByRow = mode == u"rows";
    o.historicalUnits = era == u"historical";
    o.limit = int(std::min<quint64>(limit, 1000000));
    if (revision > quint64(std::numeric_limits<int>::max()))
        return Error::invalid(QCoreApplication::translate("dieuhanh-sync", "--revision is too large."));
    o.revision = int(revision);

    using C = CliOptions::Command;
    if (!haveCommand)
        return o;
    if (o.command == C::Import) {
        if (positional.size() != 1)
            return Error::invalid(QCoreApplication::translate("dieuhanh-sync", "import needs exactly one FILE."));
        o.file = positional.first();
        if (o.format != u"csv") {
            const DocumentFormat *format = DocumentFormat::find(o.format);
            if (!format) {
                const QString supported = (QStringList{QStringLiteral("csv")} + DocumentFormat::names()).join(QStringLiteral(", "));
                return Error::invalid(QCoreApplication::translate("dieuhanh-sync", "Unknown import format \"%1\" (supported: %2).").arg(o.format, supported));
            }
            if (o.format == u"csv-mapped" && o.mapping.isEmpty())
                return Error::invalid(QCoreApplication::translate("dieuhanh-sync", "--format csv-mapped needs --mapping FILE: the mapping says which column is which."));
        } else if (!o.mapping.isEmpty()) {
            return Error::invalid(QCoreApplication::translate("dieuhanh-sync", "--mapping does not apply to the project's CSV; use --format csv-mapped."));
        } else if (o.revision > 0) {
            return Error::invalid(QCoreApplication::translate("dieuhanh-sync", "--revision does not apply to the project's CSV: its revision column gives each row's."));
        }
        if (o.print && o.dryRun)
            return Error::invalid(QCoreApplication::translate("dieuhanh-sync", "--print already leaves the cache alone; give --print or --dry-run, not both."));
        positional.clear();
    }
    if (o.command == C::ImportTasks || o.command == C::ExportTasks) {
        if (positional.size() != 1) {
            return Error::invalid(QCoreApplication::translate("dieuhanh-sync", "%1 needs exactly one FILE.")
                                      .arg(o.command == C::ImportTasks ? QStringLiteral("import-tasks") : QStringLiteral("export-tasks")));
        }
        o.file = positional.takeFirst();
    }
    if (!positional.isEmpty())
        return OptionParser::unexpectedArgument(positional.first());
    if (o.command == C::Tasks && !o.at.isValid())
        return Error::invalid(QCoreApplication::translate("dieuhanh-sync", "tasks needs --at DATE."));
    if ((!o.by.isEmpty() || !era.isEmpty()) && o.command != C::Tasks)
        return Error::invalid(QCoreApplication::translate("dieuhanh-sync", "--by and --units belong to tasks."));
    if (o.command == C::Units && o.level.isEmpty())
        return Error::invalid(QCoreApplication::translate("dieuhanh-sync", "units needs --level (province, ministry, nation or country)."));
    if (o.command == C::Query) {
        if (o.indicator.isEmpty())
            return Error::invalid(QCoreApplication::translate("dieuhanh-sync", "query needs --indicator."));
        if (o.unit.isEmpty() == o.level.isEmpty())
            return Error::invalid(QCoreApplication::translate("dieuhanh-sync", "query needs either --unit or --level (with --at)."));
    }
    if (!derived.isEmpty()) {
        if (o.command != C::Query)
            return Error::invalid(QCoreApplication::translate("dieuhanh-sync", "--derived belongs to query."));
        const QStringList known = CliOptions::derivedFigures();
        o.derived = derived == u"all" ? known : derived.split(u',', Qt::SkipEmptyParts);
        for (QString &figure : o.derived) {
            figure = figure.trimmed();
            if (!known.contains(figure)) {
                return Error::invalid(QCoreApplication::translate("dieuhanh-sync", "--derived takes all or a list of %1, not \"%2\".")
                                          .arg(known.join(u','), figure));
            }
        }
    }
    if (!o.xlsx.isEmpty() && o.command != C::Query)
        return Error::invalid(QCoreApplication::translate("dieuhanh-sync", "--xlsx belongs to query."));
    if (!o.endpoint.isEmpty() && o.command != C::Sync)
        return Error::invalid(QCoreApplication::translate("dieuhanh-sync", "--endpoint belongs to sync."));
    if (!o.endpointsFile.isEmpty() && o.command != C::Sync && o.command != C::Status)
        return Error::invalid(QCoreApplication::translate("dieuhanh-sync", "--endpoints belongs to sync and status."));
    if (o.command == C::Sample && o.out.isEmpty())
        return Error::invalid(QCoreApplication::translate("dieuhanh-sync", "sample needs --out FILE."));
    return o;
}

} // namespace dh
