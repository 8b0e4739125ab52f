#include "samplecachewriter.h"

#include "core/clock.h"
#include "store/cache.h"
#include "store/observationwriter.h"
#include "samplegenerator.h"
#include "sampletasks.h"
#include "sync/wdicsvreader.h"

#include <QCoreApplication>
#include <QFile>

namespace dh {

namespace {

Result<qint64> writeAll(Cache &cache, const QString &source, const QList<Observation> &observations)
{
    auto writer = cache.writer(source);
    if (auto r = writer->begin(ObservationWriter::Mode::AllOrNothing); !r)
        return r.error();
    for (const Observation &o : observations)
        writer->write(o);
    const auto report = writer->commit();
    if (!report)
        return report.error();
    if (!report->committed) {
        return Error::invalid(QCoreApplication::translate("SampleCacheWriter", "The sample from %1 has %2 bad rows; the first: %3")
                                  .arg(source).arg(report->quarantined.size()).arg(report->quarantined.first().reason));
    }
    return report->written;
}

} // namespace

SampleCacheWriter::SampleCacheWriter(const UnitRegistry &registry, const Clock &clock)
    : m_registry(registry)
    , m_clock(clock)
{
}

Result<SampleStats> SampleCacheWriter::build(const QString &path, quint64 seed) const
{
    // The parameters first: a malformed file leaves no half-built cache behind.
    const auto created = SampleGenerator::create(m_registry, seed == 0 ? SampleGenerator::defaultSeed : seed);
    if (!created)
        return created.error();
    const SampleGenerator &generator = *created;
    const auto tasks = SampleTasks::create(m_registry, seed == 0 ? SampleGenerator::defaultSeed : seed);
    if (!tasks)
        return tasks.error();

    const QString partial = path + QStringLiteral(".building");
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(partial + suffix);

    SampleStats stats;
    {
        auto opened = Cache::open(partial, m_registry, Cache::OpenMode::ReadWrite, &m_clock);
        if (!opened)
            return opened.error();
        Cache &cache = **opened;

        QFile wdiFile(QStringLiteral(":/stats/worldbank_wdi_vietnam_2010_2024_long.csv"));
        if (!wdiFile.open(QIODevice::ReadOnly))
            return Error::notFound(QCoreApplication::translate("SampleCacheWriter", "The World Bank series are missing from the application."));
        const auto wdi = WdiCsvReader(&m_registry).read(QString::fromUtf8(wdiFile.readAll()), generator.generatedAt());
        if (!wdi)
            return wdi.error();

        QList<Indicator> catalog = generator.catalog();
        catalog += wdi->indicators;
        if (auto r = cache.catalogue().upsert(catalog); !r)
            return r.error();
        stats.indicators = catalog.size();

        auto writer = cache.writer(QStringLiteral("synthetic:dieuhanh-sample"));
        if (auto r = writer->begin(ObservationWriter::Mode::AllOrNothing); !r)
            return r.error();
        generator.generate([&writer](const QList<Observation> &batch) {
            for (const Observation &o : batch)
                writer->write(o);
        });
        const auto report = writer->commit();
        if (!report)
            return report.error();
        if (!report->committed) {
            return Error::invalid(QCoreApplication::translate("SampleCacheWriter", "The generator produced %1 bad rows; the first: %2")
                                      .arg(report->quarantined.size()).arg(report->quarantined.first().reason));
        }
        stats.observations = report->written;

        const QList<Task> synthetic = tasks->generate();
        if (auto r = cache.tasks().upsert(synthetic); !r)
            return r.error();
        stats.tasks = synthetic.size();

        const auto real = writeAll(cache, QStringLiteral("World Bank WDI"), wdi->observations);
        if (!real)
            return real.error();
        stats.observations += *real;

        const QString seedText = QString::number(seed == 0 ? SampleGenerator::defaultSeed : seed);
        for (const auto &[key, value] : {
                 std::pair{QStringLiteral("synthetic"), QStringLiteral("1")},
                 std::pair{QStringLiteral("dataset"),
                           QStringLiteral("Dữ liệu mẫu — mô phỏng (synthetic sample, seed %1); "
                                          "World Bank WDI 2010–2024 (real, CC BY 4.0)").arg(seedText)},
                 std::pair{QStringLiteral("sample_seed"), seedText},
                 std::pair{QStringLiteral("generated_at"), generator.generatedAt().toString(Qt::ISODate)},
             }) {
            if (auto r = cache.meta().setValue(key, value); !r)
                return r.error();
        }
        if (auto r = cache.checkpoint(); !r)
            return r.error();
    }

    QFile::remove(path);
    if (!QFile::rename(partial, path))
        return Error::storage(QCoreApplication::translate("SampleCacheWriter", "Cannot move the sample into place at %1.").arg(path));
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(partial + suffix);
    return stats;
}

} // namespace dh
