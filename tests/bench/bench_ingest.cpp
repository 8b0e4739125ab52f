// Ingest benchmark (not run by CTest): 4.5 million observations — 400 indicators × 63 provinces ×
// 180 months — imported through the project's path (CSV reader → validation → ObservationWriter),
// and, in the same run, the same rows loaded with the sqlite3 shell's .import into the same schema.
// Prints both rates and their ratio (goal: ≥ 0.5).
#include "core/clock.h"
#include "core/unitregistry.h"
#include "store/cache.h"
#include "store/observationwriter.h"
#include "sync/csvobservationreader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace dh;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int indicators = argc > 1 ? std::atoi(argv[1]) : 400;
    const int months = argc > 2 ? std::atoi(argv[2]) : 180;

    QTemporaryDir dir;
    const auto registry = UnitRegistry::fromResources();
    if (!dir.isValid() || !registry) {
        std::fprintf(stderr, "setup failed\n");
        return 1;
    }
    QStringList units;
    for (const AdminUnit *u : registry->unitsAt(AdminUnit::Level::Province, QDate(2025, 6, 30)))
        units.append(u->code);

    QList<Indicator> catalog;
    for (int i = 0; i < indicators; ++i) {
        Indicator ind;
        ind.code = QStringLiteral("BENCH.%1").arg(i, 3, 10, QLatin1Char('0'));
        ind.nameVi = ind.nameEn = ind.code;
        ind.unitVi = ind.unitEn = QStringLiteral("tỷ đồng");
        catalog.append(ind);
    }

    const QString projectCache = dir.filePath(QStringLiteral("project.sqlite"));
    const QString referenceCache = dir.filePath(QStringLiteral("reference.sqlite"));
    for (const QString &path : {projectCache, referenceCache}) {
        auto cache = Cache::open(path, *registry);
        if (!cache) {
            std::fprintf(stderr, "cannot create %s: %s\n", qPrintable(path), qPrintable(cache.error().message));
            return 1;
        }
        if (auto r = (*cache)->catalogue().upsert(catalog); !r) {
            std::fprintf(stderr, "cannot write the catalogue: %s\n", qPrintable(r.error().message));
            return 1;
        }
        if (!(*cache)->observations().internSource(QStringLiteral("bench")))
            return 1;
    }

    // The project file (codes, text periods) and the reference file (the table's own integer
    // columns) hold the same observations.
    const QString projectCsv = dir.filePath(QStringLiteral("observations.csv"));
    const QString referenceCsv = dir.filePath(QStringLiteral("observations-ids.csv"));
    qint64 rows = 0;
    {
        auto cache = Cache::open(referenceCache, *registry);
        QFile pf(projectCsv);
        QFile rf(referenceCsv);
        if (!cache || !pf.open(QIODevice::WriteOnly) || !rf.open(QIODevice::WriteOnly))
            return 1;
        QTextStream p(&pf);
        QTextStream r(&rf);
        p << "indicator,unit,period,value\n";
        const int source = *(*cache)->observations().internSource(QStringLiteral("bench"));
        const qint64 stamp = QDateTime::currentMSecsSinceEpoch();
        quint64 state = 42;
        for (const Indicator &ind : catalog) {
            const int indId = (*cache)->catalogue().id(ind.code);
            for (const QString &unit : units) {
                const int unitId = (*cache)->units().id(unit);
                Period period = Period::month(2011, 1);
                for (int m = 0; m < months; ++m, period = period.next()) {
                    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
                    const double value = double(state >> 40) / 1024.0;
                    const QString v = QString::number(value, 'f', 2);
                    p << ind.code << ',' << unit << ',' << period.toString() << ',' << v << '\n';
                    r << indId << ',' << unitId << ",0,0," << int(period.kind()) << ',' << period.ordinal() << ',' << v
                      << ",0," << source << ',' << stamp << ",1\n";
                    ++rows;
                }
            }
        }
    }

    // The project's path, timed from file to committed transaction.
    QElapsedTimer timer;
    timer.start();
    qint64 written = 0;
    {
        auto cache = Cache::open(projectCache, *registry);
        if (!cache)
            return 1;
        auto writer = (*cache)->writer(QStringLiteral("bench"));
        if (!writer->begin(ObservationWriter::Mode::AllOrNothing))
            return 1;
        CsvObservationReader reader(QStringLiteral("bench"), QDateTime::currentDateTimeUtc());
        const auto read = reader.readFile(
            projectCsv, [&](const Observation &o, qint64 line, QStringView raw) { writer->write(o, line, raw); },
            [&](qint64 line, QStringView, const QString &reason) {
                std::fprintf(stderr, "line %lld: %s\n", line, qPrintable(reason));
            });
        const auto report = writer->commit();
        if (!read || !report || !report->committed) {
            std::fprintf(stderr, "project import failed\n");
            return 1;
        }
        written = report->written;
    }
    const double projectSeconds = timer.nsecsElapsed() / 1e9;

    // The reference: the sqlite3 shell's CSV import into the same schema, same synchronous level.
    timer.restart();
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"), {referenceCache});
    shell.write(QStringLiteral("PRAGMA synchronous=NORMAL;\n.mode csv\n.import %1 observation\n").arg(referenceCsv).toUtf8());
    shell.closeWriteChannel();
    if (!shell.waitForFinished(-1) || shell.exitCode() != 0) {
        std::fprintf(stderr, "sqlite3 failed: %s\n", shell.readAllStandardError().constData());
        return 1;
    }
    const double referenceSeconds = timer.nsecsElapsed() / 1e9;

    const double projectRate = written / projectSeconds;
    const double referenceRate = rows / referenceSeconds;
    std::printf("ingest: %lld observations (%d indicators x %lld units x %d months)\n", rows, indicators,
                qint64(units.size()), months);
    std::printf("  project path (CSV -> validate -> cache): %.2f s, %.0f rows/s\n", projectSeconds, projectRate);
    std::printf("  sqlite3 .import (same schema):          %.2f s, %.0f rows/s\n", referenceSeconds, referenceRate);
    std::printf("  ratio project/sqlite3: %.2f (goal >= 0.5)\n", projectRate / referenceRate);
    return written == rows ? 0 : 1;
}
