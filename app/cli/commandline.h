#pragma once

#include "core/result.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace dh {

// The dieuhanh-sync command line as a plain value (STYLE.md rule 7).
struct CliOptions
{
    enum class Command { Help, Init, Upgrade, Info, Check, Catalog, Units, Import, Query, Export, Quarantine, Sample, Sync, Status, Tasks, ImportTasks, ExportTasks };

    Command command = Command::Help;
    QString cachePath;          // --cache; empty = the default cache
    // units / query
    QString level;              // --level province|ministry|nation|country
    QDate at;                   // --at DATE
    // import
    QString file;
    QString format = QStringLiteral("csv");
    bool rowByRow = false;      // --mode rows (default: all-or-nothing)
    QString source;             // --source NAME (default: the mapping's source, else the file name)
    QString mapping;            // --mapping FILE: the code mapping (resources/schemas/code-mapping.md)
    bool dryRun = false;        // --dry-run: validate against the cache, write nothing to it
    bool print = false;         // --print: the parsed observations as CSV on standard output, no cache
    int revision = 0;           // --revision N: the publisher's revision of a document (0: the mapping's, else 1)
    // query / export
    QString indicator;
    QString unit;
    QString from;
    QString to;
    QString disaggregation;
    QString valueKind;          // --value-kind; default: the kind the indicator is stored as
    QStringList derived;        // --derived: some of derivedFigures(), in the order given
    static QStringList derivedFigures()
    {
        return {QStringLiteral("year-to-date"), QStringLiteral("previous"), QStringLiteral("last-year"), QStringLiteral("target")};
    }
    QString out;                // --out FILE; empty = standard output
    QString xlsx;               // query --xlsx FILE: the values as a workbook instead of CSV
    int limit = 100;            // quarantine --limit
    quint64 seed = 0;           // sample --seed; 0 = the generator's default
    // sync / status
    QString endpointsFile;      // --endpoints FILE; empty = EndpointFile::defaultPath()
    QString endpoint;           // sync --endpoint ID; empty = every enabled endpoint
    // tasks
    QString by;                 // --by ministry|province|field; empty = every assignee
    bool historicalUnits = false; // --units historical (default 2025)
};

Result<CliOptions> parseCommandLine(const QStringList &arguments);
QString usage();

} // namespace dh
