// Readers benchmark (not run by CTest; arguments: [observations [runs]]): about 500,000
// observations — indicators × the 63 provinces × the months 2009-01 … 2025-06 — written as the
// project's CSV, as a JSON-stat 2.0 dataset, as an SDMX-JSON 2.0 data message and as a PX file, and
// each imported into a fresh cache through `dieuhanh-sync import`'s path (reader → StatDocument →
// DocumentObservations → Importer → ObservationWriter, one transaction). Each format's run is
// paired with a CSV import of the same observations in the same minutes, the order alternating.
// It prints each format's rate as a ratio of the CSV path's (goal: each ≥ 0.8), and the memory
// reading the document took (the peak once it is read, less the process's before it: the bytes,
// the parser's and the StatDocument) as a multiple of the document's size (goal: < 5).
// Every import runs in a process of its own, so each peak of resident memory is its own.
#include "benchstats.h"

#include "core/unitregistry.h"
#include "store/cache.h"
#include "store/observationwriter.h"
#include "sync/codemapping.h"
#include "sync/csvobservationreader.h"
#include "sync/documentformats.h"
#include "sync/documentobservations.h"
#include "sync/importer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <optional>

using namespace dh;

namespace {

constexpr int kFirstYear = 2009;
const QString kSource = QStringLiteral("bench");

struct Cube
{
    QStringList indicators;
    QStringList units;
    QList<Period> months;
    qint64 size() const { return qint64(indicators.size()) * units.size() * months.size(); }
    // The same pseudo-random value for a cell in every format.
    static QByteArray value(qint64 cell)
    {
        const quint64 state = quint64(cell) * 6364136223846793005ULL + 1442695040888963407ULL;
        return QByteArray::number(double(state >> 40) / 1024.0, 'f', 2);
    }
};

QList<Indicator> catalogue(const Cube &cube)
{
    QList<Indicator> list;
    for (const QString &code : cube.indicators) {
        Indicator ind;
        ind.code = code;
        ind.nameVi = ind.nameEn = code;
        ind.unitVi = ind.unitEn = QStringLiteral("tỷ đồng");
        list.append(ind);
    }
    return list;
}

bool prepareCache(const QString &path, const UnitRegistry &registry, const QList<Indicator> &catalog)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    auto cache = Cache::open(path, registry);
    if (!cache) {
        std::fprintf(stderr, "cannot create %s: %s\n", qPrintable(path), qPrintable(cache.error().message));
        return false;
    }
    return (*cache)->catalogue().upsert(catalog).ok() && (*cache)->observations().internSource(kSource).ok();
}

bool save(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// The documents, cell order indicator → unit → month everywhere (the last fastest).
QByteArray csv(const Cube &c)
{
    QByteArray out = "indicator,unit,period,value\n";
    qint64 cell = 0;
    for (const QString &ind : c.indicators)
        for (const QString &unit : c.units)
            for (const Period &p : c.months)
                out += ind.toUtf8() + ',' + unit.toUtf8() + ',' + p.toString().toUtf8() + ',' + Cube::value(cell++) + '\n';
    return out;
}

QByteArray jsonIndex(const QStringList &ids)
{
    QByteArray out = "[";
    for (const QString &id : ids)
        out += (out.size() > 1 ? ",\"" : "\"") + id.toUtf8() + '"';
    return out + ']';
}

QStringList periodIds(const Cube &c)
{
    QStringList ids;
    for (const Period &p : c.months)
        ids.append(p.toString());
    return ids;
}

QByteArray jsonStat(const Cube &c)
{
    QByteArray out = R"({"version":"2.0","class":"dataset","label":"bench","id":["indicator","geo","time"],)";
    out += "\"size\":[" + QByteArray::number(c.indicators.size()) + ',' + QByteArray::number(c.units.size()) + ','
        + QByteArray::number(c.months.size()) + "],";
    out += R"("role":{"metric":["indicator"],"geo":["geo"],"time":["time"]},"dimension":{)";
    out += R"("indicator":{"category":{"index":)" + jsonIndex(c.indicators) + "}},";
    out += R"("geo":{"category":{"index":)" + jsonIndex(c.units) + "}},";
    out += R"("time":{"category":{"index":)" + jsonIndex(periodIds(c)) + "}}},\"value\":[";
    for (qint64 cell = 0; cell < c.size(); ++cell)
        out += (cell ? "," : "") + Cube::value(cell);
    return out + "]}";
}

QByteArray sdmxValues(const QStringList &ids)
{
    QByteArray out = "[";
    for (const QString &id : ids)
        out += (out.size() > 1 ? ",{\"id\":\"" : "{\"id\":\"") + id.toUtf8() + "\"}";
    return out + ']';
}

QByteArray sdmxJson(const Cube &c)
{
    QByteArray out = R"({"meta":{"schema":"https://raw.githubusercontent.com/sdmx-twg/sdmx-json/v2.0.0/data-message/tools/schemas/2.0.0/sdmx-json-data-schema.json","id":"bench","prepared":"2025-07-01T00:00:00Z"},)";
    out += R"("data":{"structures":[{"dimensions":{"dataSet":[],"series":[)";
    out += R"({"id":"INDICATOR","keyPosition":0,"values":)" + sdmxValues(c.indicators) + "},";
    out += R"({"id":"REF_AREA","keyPosition":1,"values":)" + sdmxValues(c.units) + "}],";
    out += R"("observation":[{"id":"TIME_PERIOD","keyPosition":2,"roles":["TIME_PERIOD"],"values":)" + sdmxValues(periodIds(c)) + "}]},";
    out += R"("measures":{"observation":[{"id":"OBS_VALUE"}]},"attributes":{"dataSet":[],"series":[],"observation":[]}}],)";
    out += R"("dataSets":[{"structure":0,"action":"Replace","series":{)";
    qint64 cell = 0;
    for (int i = 0; i < c.indicators.size(); ++i) {
        for (int u = 0; u < c.units.size(); ++u) {
            out += (cell ? ",\"" : "\"") + QByteArray::number(i) + ':' + QByteArray::number(u) + "\":{\"observations\":{";
            for (int m = 0; m < c.months.size(); ++m)
                out += (m ? ",\"" : "\"") + QByteArray::number(m) + "\":[" + Cube::value(cell++) + ']';
            out += "}}";
        }
    }
    return out + "}}]}}";
}

QByteArray pxList(const QStringList &ids)
{
    QByteArray out;
    for (const QString &id : ids)
        out += (out.isEmpty() ? "\"" : ",\"") + id.toUtf8() + '"';
    return out;
}

QByteArray px(const Cube &c)
{
    QStringList pxMonths;
    for (const Period &p : c.months)
        pxMonths.append(QStringLiteral("%1M%2").arg(p.startDate().year()).arg(p.startDate().month(), 2, 10, QLatin1Char('0')));
    QByteArray out = "CHARSET=\"ANSI\";\nCODEPAGE=\"utf-8\";\nMATRIX=\"BENCH\";\nTITLE=\"bench\";\n"
                     "CONTENTS=\"bench\";\nUNITS=\"tỷ đồng\";\nDECIMALS=2;\n"
                     "STUB=\"indicator\",\"province\";\nHEADING=\"month\";\nCONTVARIABLE=\"indicator\";\n";
    out += "VALUES(\"indicator\")=" + pxList(c.indicators) + ";\n";
    for (const QString &ind : c.indicators)
        out += "UNITS(\"" + ind.toUtf8() + "\")=\"tỷ đồng\";\n";
    out += "VALUES(\"province\")=" + pxList(c.units) + ";\n";
    out += "VALUES(\"month\")=" + pxList(pxMonths) + ";\n";
    out += "TIMEVAL(\"month\")=TLIST(M1)," + pxList(pxMonths) + ";\nDATA=\n";
    qint64 cell = 0;
    for (int row = 0; row < c.indicators.size() * c.units.size(); ++row) {
        for (int m = 0; m < c.months.size(); ++m)
            out += (m ? " " : "") + Cube::value(cell++);
        out += '\n';
    }
    return out + ";\n";
}

struct Run
{
    double seconds = 0;
    qint64 written = 0;
    qint64 startBytes = 0;
    qint64 readPeakBytes = 0;   // the peak once the document is read, before anything is written
    qint64 peakBytes = 0;
};

// The child: one import, timed from opening the file to the committed transaction. Prints
// "seconds written start-rss read-peak-rss peak-rss".
int importOne(const QString &format, const QString &file, const QString &cachePath)
{
    const auto registry = UnitRegistry::fromResources();
    if (!registry)
        return 1;
    auto cache = Cache::open(cachePath, *registry);
    if (!cache)
        return 1;
    const qint64 start = bench::peakResidentBytes().value_or(0);
    QElapsedTimer timer;
    timer.start();
    auto writer = (*cache)->writer(kSource);
    if (!writer->begin(ObservationWriter::Mode::AllOrNothing))
        return 1;
    const auto accepted = [&](const Observation &o, qint64 line, QStringView raw) { writer->write(o, line, raw); };
    const auto rejected = [&](qint64 line, QStringView raw, const QString &reason) {
        std::fprintf(stderr, "%s record %lld: %s\n", qPrintable(format), line, qPrintable(reason));
        writer->reject(line, raw, reason);
    };
    // SDMX has no role for the indicator's dimension, PX none for the unit's: a mapping names them,
    // as it does for any real source.
    const auto sdmxMapping = CodeMapping::fromJson(R"({"version": 1, "dimensions": {"indicator": "INDICATOR"}})");
    const auto pxMapping = CodeMapping::fromJson(R"({"version": 1, "dimensions": {"unit": "province"}})");
    const CodeMapping *mapping = format == u"sdmx-json" ? &*sdmxMapping : format == u"px" ? &*pxMapping : nullptr;
    qint64 readPeak = 0;
    Result<qint64> read = qint64(0);
    if (format == u"csv") {
        read = Importer().importFile(CsvObservationReader(kSource, QDateTime::currentDateTimeUtc()), file, accepted, rejected);
    } else {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return 1;
        Result<StatDocument> doc = Error::invalid({});
        {
            const QByteArray bytes = f.readAll();
            doc = DocumentFormat::find(format)->read(bytes, mapping);
            readPeak = bench::peakResidentBytes().value_or(0);
        }
        if (!doc) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(format), qPrintable(doc.error().message));
            return 1;
        }
        Result<DocumentObservations> cells = DocumentObservations::create(*doc, mapping, Provenance{kSource, QDateTime::currentDateTimeUtc(), 1});
        if (!cells)
            return 1;
        read = Importer().run([&](const CsvObservationReader::BatchSink &sink) { return cells->produce(sink); }, accepted, rejected);
    }
    if (!read) {
        writer->rollback();
        std::fprintf(stderr, "%s: %s\n", qPrintable(format), qPrintable(read.error().message));
        return 1;
    }
    const auto report = writer->commit();
    if (!report || !report->committed)
        return 1;
    std::printf("%.6f %lld %lld %lld %lld\n", timer.nsecsElapsed() / 1e9, report->written, start, readPeak,
                bench::peakResidentBytes().value_or(0));
    return 0;
}

std::optional<Run> runChild(const QString &format, const QString &file, const QString &cachePath)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--one"), format, file, cachePath});
    if (!child.waitForFinished(-1) || child.exitCode() != 0)
        return std::nullopt;
    const QList<QByteArray> f = child.readAllStandardOutput().trimmed().split(' ');
    if (f.size() != 5)
        return std::nullopt;
    return Run{f[0].toDouble(), f[1].toLongLong(), f[2].toLongLong(), f[3].toLongLong(), f[4].toLongLong()};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 5 && qstrcmp(argv[1], "--one") == 0)
        return importOne(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]), QString::fromLocal8Bit(argv[4]));
    const qint64 wanted = argc > 1 ? std::atoll(argv[1]) : 500000;
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;

    QTemporaryDir dir;
    const auto registry = UnitRegistry::fromResources();
    if (!dir.isValid() || !registry) {
        std::fprintf(stderr, "setup failed\n");
        return 1;
    }
    Cube cube;
    for (const AdminUnit *u : registry->unitsAt(AdminUnit::Level::Province, QDate(2025, 6, 30)))
        cube.units.append(u->code);
    for (Period p = Period::month(kFirstYear, 1); p <= Period::month(2025, 6); p = p.next())
        cube.months.append(p);
    const qint64 perIndicator = qint64(cube.units.size()) * cube.months.size();
    for (qint64 i = 0; i < std::max<qint64>(1, (wanted + perIndicator / 2) / perIndicator); ++i)
        cube.indicators.append(QStringLiteral("BENCH.%1").arg(i, 3, 10, QLatin1Char('0')));
    const QList<Indicator> catalog = catalogue(cube);

    struct Document
    {
        QString format;
        QByteArray (*make)(const Cube &);
        QString file;
        qint64 bytes = 0;
    };
    QList<Document> documents{{QStringLiteral("csv"), csv},
                              {QStringLiteral("jsonstat"), jsonStat},
                              {QStringLiteral("sdmx-json"), sdmxJson},
                              {QStringLiteral("px"), px}};
    for (Document &d : documents) {
        const QByteArray bytes = d.make(cube);
        d.file = dir.filePath(QStringLiteral("bench.") + d.format);
        d.bytes = bytes.size();
        if (!save(d.file, bytes))
            return 1;
    }
    std::printf("readers: %lld observations (%lld indicators x %lld provinces x %lld months), %d runs per format\n", cube.size(),
                qint64(cube.indicators.size()), qint64(cube.units.size()), qint64(cube.months.size()), runs);
    for (const Document &d : documents)
        std::printf("  %-9s %6.1f MB\n", qPrintable(d.format), d.bytes / 1048576.0);

    const QString cachePath = dir.filePath(QStringLiteral("cache.sqlite"));
    const Document &reference = documents.first();
    for (const Document &d : documents.sliced(1)) {
        QList<double> ratios;
        QList<double> memory;
        for (int run = 0; run < runs; ++run) {
            std::optional<Run> mine;
            std::optional<Run> csvRun;
            const auto time = [&](const Document &doc, std::optional<Run> &out) {
                if (prepareCache(cachePath, *registry, catalog))
                    out = runChild(doc.format, doc.file, cachePath);
                return out.has_value() && out->written == cube.size();
            };
            const bool mineFirst = run % 2 == 0;
            const bool ok = mineFirst ? time(d, mine) && time(reference, csvRun) : time(reference, csvRun) && time(d, mine);
            if (!ok) {
                std::fprintf(stderr, "%s: run %d failed (%lld of %lld written; csv %lld)\n", qPrintable(d.format), run + 1,
                             mine ? mine->written : -1, cube.size(), csvRun ? csvRun->written : -1);
                return 1;
            }
            ratios.append(csvRun->seconds / mine->seconds);
            memory.append(double(mine->readPeakBytes - mine->startBytes) / d.bytes);
            std::printf("  %-9s run %d: %.2f s (%.0f obs/s) vs csv %.2f s; ratio %.2f; reading took %.2f x the document;"
                        " peak of the import %.0f MB (csv's %.0f MB)\n",
                        qPrintable(d.format), run + 1, mine->seconds, mine->written / mine->seconds, csvRun->seconds, ratios.last(),
                        memory.last(), mine->peakBytes / 1048576.0, csvRun->peakBytes / 1048576.0);
        }
        std::printf("  %-9s ratio to csv: median %.2f, lowest %.2f (goal >= 0.8); reading: at most %.2f x the document (goal < 5)\n",
                    qPrintable(d.format), bench::median(ratios), *std::min_element(ratios.cbegin(), ratios.cend()),
                    *std::max_element(memory.cbegin(), memory.cend()));
    }
    return 0;
}
