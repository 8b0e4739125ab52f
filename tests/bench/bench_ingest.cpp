// Ingest benchmark (not run by CTest; arguments: [indicators [months [runs]]]): 4.5 million
// observations — 400 indicators × 63 provinces × 180 months — imported through the project's path,
// exactly as `dieuhanh-sync import FILE --format csv` runs it (the Importer: CSV reader → validation
// on a reading thread, ObservationWriter in one transaction on this one), and the same rows loaded
// with the sqlite3 shell's .import into the same schema. The comparison runs three times, the order
// alternating, each time into fresh caches; it prints the three ratios (goal: each ≥ 1.0) and the
// process's peak resident memory.
#include "benchstats.h"

#include "core/unitregistry.h"
#include "store/cache.h"
#include "store/observationwriter.h"
#include "sync/csvobservationreader.h"
#include "sync/importer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <optional>

using namespace dh;

namespace {

// A cache with the bench's catalogue and source, as both paths find it before the import.
bool prepareCache(const QString &path, const UnitRegistry &registry, const QList<Indicator> &catalog)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    auto cache = Cache::open(path, registry);
    if (!cache) {
        std::fprintf(stderr, "cannot create %s: %s\n", qPrintable(path), qPrintable(cache.error().message));
        return false;
    }
    if (auto r = (*cache)->catalogue().upsert(catalog); !r) {
        std::fprintf(stderr, "cannot write the catalogue: %s\n", qPrintable(r.error().message));
        return false;
    }
    return (*cache)->observations().internSource(QStringLiteral("bench")).ok();
}

// The project's path, timed from opening the cache to the committed transaction; the rows written,
// or nothing when the import failed.
std::optional<qint64> importProject(const QString &cachePath, const QString &csv, const UnitRegistry &registry)
{
    auto cache = Cache::open(cachePath, registry);
    if (!cache)
        return std::nullopt;
    auto writer = (*cache)->writer(QStringLiteral("bench"));
    if (!writer->begin(ObservationWriter::Mode::AllOrNothing))
        return std::nullopt;
    const CsvObservationReader reader(QStringLiteral("bench"), QDateTime::currentDateTimeUtc());
    const auto read = Importer().importFile(
        reader, csv, [&](const Observation &o, qint64 line, QStringView raw) { writer->write(o, line, raw); },
        [&](qint64 line, QStringView raw, const QString &reason) {
            std::fprintf(stderr, "line %lld: %s\n", line, qPrintable(reason));
            writer->reject(line, raw, reason);
        });
    if (!read) {
        writer->rollback();
        std::fprintf(stderr, "project import failed: %s\n", qPrintable(read.error().message));
        return std::nullopt;
    }
    const auto report = writer->commit();
    if (!report || !report->committed) {
        std::fprintf(stderr, "project import failed\n");
        return std::nullopt;
    }
    return report->written;
}

// The reference: the sqlite3 shell's CSV import into the same schema, same synchronous level.
bool importReference(const QString &cachePath, const QString &csv)
{
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"), {cachePath});
    shell.write(QStringLiteral("PRAGMA synchronous=NORMAL;\n.mode csv\n.import %1 observation\n").arg(csv).toUtf8());
    shell.closeWriteChannel();
    if (!shell.waitForFinished(-1) || shell.exitCode() != 0) {
        std::fprintf(stderr, "sqlite3 failed: %s\n", shell.readAllStandardError().constData());
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int indicators = argc > 1 ? std::atoi(argv[1]) : 400;
    const int months = argc > 2 ? std::atoi(argv[2]) : 180;
    const int runs = argc > 3 ? std::max(1, std::atoi(argv[3])) : 3; // fewer to profile it

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
    if (!prepareCache(projectCache, *registry, catalog) || !prepareCache(referenceCache, *registry, catalog))
        return 1;

    // The project file (codes, text periods) and the reference file (the table's own integer
    // columns) hold the same observations. Every fresh cache is made the same way, so the ids of the
    // reference file hold for each.
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
                    ++rows;
                    // The last column is the row's feed position, as the writer numbers them.
                    r << indId << ',' << unitId << ",0,0," << int(period.kind()) << ',' << period.ordinal() << ',' << v
                      << ",0," << source << ',' << stamp << ",1," << rows << '\n';
                }
            }
        }
    }

    std::printf("ingest: %lld observations (%d indicators x %lld units x %d months), %d runs\n", rows, indicators,
                qint64(units.size()), months, runs);
    QList<double> ratios;
    for (int run = 0; run < runs; ++run) {
        if (run > 0 && (!prepareCache(projectCache, *registry, catalog) || !prepareCache(referenceCache, *registry, catalog)))
            return 1;
        double projectSeconds = 0.0;
        double referenceSeconds = 0.0;
        qint64 written = 0;
        auto timeProject = [&] {
            QElapsedTimer timer;
            timer.start();
            const auto n = importProject(projectCache, projectCsv, *registry);
            projectSeconds = timer.nsecsElapsed() / 1e9;
            written = n.value_or(-1);
            return n.has_value();
        };
        auto timeReference = [&] {
            QElapsedTimer timer;
            timer.start();
            const bool ok = importReference(referenceCache, referenceCsv);
            referenceSeconds = timer.nsecsElapsed() / 1e9;
            return ok;
        };
        // Alternating which goes first, so neither always runs on a machine the other has warmed
        // or left busy writing back its file.
        const bool projectFirst = run % 2 == 0;
        const bool ok = projectFirst ? timeProject() && timeReference() : timeReference() && timeProject();
        if (!ok || written != rows) {
            std::fprintf(stderr, "run %d failed (%lld of %lld rows written)\n", run + 1, written, rows);
            return 1;
        }
        const double ratio = (written / projectSeconds) / (rows / referenceSeconds);
        ratios.append(ratio);
        std::printf("  run %d (%s first): project %.2f s, %.0f rows/s; sqlite3 .import %.2f s, %.0f rows/s; ratio %.2f\n",
                    run + 1, projectFirst ? "project" : "sqlite3", projectSeconds, written / projectSeconds,
                    referenceSeconds, rows / referenceSeconds, ratio);
    }
    QStringList ratioTexts;
    for (double r : ratios)
        ratioTexts.append(QString::number(r, 'f', 2));
    const double worst = *std::min_element(ratios.cbegin(), ratios.cend());
    std::printf("  ratios project/sqlite3: %s (goal: each >= 1.0; lowest %.2f)\n", qPrintable(ratioTexts.join(QStringLiteral(", "))),
                worst);
    std::printf("  peak resident memory of the bench process: %s\n", qPrintable(bench::peakMemoryText()));
    return 0;
}
