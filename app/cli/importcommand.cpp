// `dieuhanh-sync import` of every format but the project's CSV, and --dry-run and --print of any:
// the file is read into a StatDocument by the format table, turned into observation batches by
// the one path (DocumentObservations), and handed to the same Importer and ObservationWriter as
// the CSV import.
#include "commands.h"

#include "exports/csvwriter.h"
#include "opencache.h"

#include "core/clock.h"
#include "core/safetext.h"
#include "core/unitregistry.h"
#include "store/cache.h"
#include "store/cachelocation.h"
#include "store/observationwriter.h"
#include "sync/codemapping.h"
#include "sync/csvobservationreader.h"
#include "sync/documentformats.h"
#include "sync/documentobservations.h"
#include "sync/importer.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <memory>

namespace dh {

namespace {

// The largest document read whole: a .px or JSON-stat file of a few million values.
constexpr qint64 kMaxDocumentBytes = qint64(1) << 30;

} // namespace

int CliRunner::importDocument(const CliOptions &o)
{
    const bool projectCsv = o.format == u"csv";
    std::optional<CodeMapping> mapping;
    if (!o.mapping.isEmpty()) {
        auto loaded = CodeMapping::load(o.mapping);
        if (!loaded)
            return fail(loaded.error().message);
        mapping = std::move(*loaded);
    }
    QString source = o.source;
    if (source.isEmpty())
        source = mapping && !mapping->source.isEmpty() ? mapping->source : QStringLiteral("file:") + QFileInfo(o.file).fileName();
    // --revision wins over the mapping's, which wins over 1.
    if (mapping && o.revision > 0)
        mapping->revision = o.revision;
    const Provenance provenance{source, m_clock.now(), o.revision > 0 ? o.revision : 1, o.format, QFileInfo(o.file).absoluteFilePath()};

    // The producer of batches, and what it read besides them.
    StatDocument document;
    std::optional<DocumentObservations> cells;
    Importer::Producer produce;
    if (projectCsv) {
        if (!QFileInfo(o.file).isFile())
            return fail(QCoreApplication::translate("dieuhanh-sync", "Cannot open %1: no such file.").arg(o.file));
        auto reader = std::make_shared<CsvObservationReader>(source, provenance.retrievedAt);
        produce = [reader, file = o.file](const CsvObservationReader::BatchSink &sink) { return reader->readFile(file, sink); };
    } else {
        QFile file(o.file);
        if (!file.open(QIODevice::ReadOnly))
            return fail(QCoreApplication::translate("dieuhanh-sync", "Cannot open %1: %2").arg(o.file, file.errorString()));
        if (file.size() > kMaxDocumentBytes)
            return fail(QCoreApplication::translate("dieuhanh-sync", "%1 is larger than 1 GB.").arg(o.file));
        const QByteArray bytes = file.readAll();
        if (file.error() != QFileDevice::NoError)
            return fail(QCoreApplication::translate("dieuhanh-sync", "Cannot read %1: %2").arg(o.file, file.errorString()));
        const DocumentFormat *format = DocumentFormat::find(o.format);
        Q_ASSERT(format);
        auto read = format->read(bytes, mapping ? &*mapping : nullptr);
        if (!read)
            return fail(QCoreApplication::translate("dieuhanh-sync", "%1 refused: %2").arg(o.file, read.error().message), 1);
        document = std::move(*read);
        for (const QString &warning : std::as_const(document.warnings))
            m_err << QCoreApplication::translate("dieuhanh-sync", "warning: %1").arg(warning) << '\n';
        auto plan = DocumentObservations::create(document, mapping ? &*mapping : nullptr, provenance);
        if (!plan)
            return fail(QCoreApplication::translate("dieuhanh-sync", "%1 refused: %2").arg(o.file, plan.error().message), 1);
        cells.emplace(std::move(*plan));
        produce = [&cells](const CsvObservationReader::BatchSink &sink) { return cells->produce(sink); };
    }

    // What was read besides the records, once the producer has run.
    auto reportCells = [&] {
        if (!cells)
            return;
        const DocumentSummary &s = cells->summary();
        m_err << QCoreApplication::translate("dieuhanh-sync", "%1: %2 cells, %3 observations, %4 refused, %5 missing values skipped, %6 left out by the mapping.")
                     .arg(o.file).arg(s.cells).arg(s.observations).arg(s.rejected).arg(s.missing).arg(s.leftOut)
              << '\n';
        if (s.deleted > 0)
            m_err << QCoreApplication::translate("dieuhanh-sync", "%1 observations deleted by the source.").arg(s.deleted) << '\n';
        for (auto it = s.unknownStatuses.cbegin(); it != s.unknownStatuses.cend(); ++it)
            m_err << QCoreApplication::translate("dieuhanh-sync", "warning: status \"%1\" (%2 values) read as final; map it under \"status\" in the mapping.").arg(SafeText::excerpt(it.key())).arg(it.value()) << '\n';
    };
    // A refusal as the terminal shows it: what it quotes of the input may be long or hold controls.
    // A document's records are its cells, numbered in the document's order; a CSV's are its lines.
    auto refusal = [&](qint64 line, QStringView reason, QStringView raw) {
        const QString where = cells ? QCoreApplication::translate("dieuhanh-sync", "cell %1").arg(line)
                                    : QCoreApplication::translate("dieuhanh-sync", "line %1").arg(line);
        m_err << where << ": " << SafeText::excerpt(reason, 400) << " (" << SafeText::excerpt(raw, 200) << ")\n";
    };

    if (o.print) {
        CsvWriter csv(m_out);
        csv.row({QStringLiteral("indicator"), QStringLiteral("unit"), QStringLiteral("period"), QStringLiteral("disaggregation"),
                 QStringLiteral("value"), QStringLiteral("status"), QStringLiteral("value_kind"), QStringLiteral("revision")});
        qint64 refused = 0;
        const auto rows = Importer().run(
            produce,
            [&](const Observation &obs, qint64, QStringView) {
                csv.row({obs.indicator, obs.unit, obs.period.toString(), obs.disaggregation, CsvWriter::number(obs.value),
                         statusName(obs.status), valueKindName(obs.valueKind), QString::number(obs.provenance.revision)});
            },
            [&](qint64 line, QStringView raw, const QString &reason) {
                if (++refused <= 20)
                    refusal(line, reason, raw);
            },
            [](const Observation &, qint64, QStringView) {});
        m_out.flush();
        if (!rows)
            return fail(rows.error().message, projectCsv ? 2 : 1);
        reportCells();
        if (refused > 20)
            m_err << QCoreApplication::translate("dieuhanh-sync", "… and %1 more refused.").arg(refused - 20) << '\n';
        m_err.flush();
        return refused == 0 ? 0 : 1;
    }

    // A dry run checks against an existing cache and never creates one: without --cache and
    // before the default cache exists, it checks the file alone.
    std::unique_ptr<Cache> cache;
    if (!o.dryRun || !o.cachePath.isEmpty() || QFileInfo::exists(CacheLocation::defaultPath())) {
        // A dry run on a cache of an older schema would upgrade it: opened for reading first, it
        // says so rather than write.
        if (o.dryRun) {
            if (auto probe = openCache(o, m_clock, Access::Read); !probe)
                return fail(probe.error().message);
        }
        auto opened = openCache(o, m_clock, Access::Write);
        if (!opened)
            return fail(opened.error().message);
        cache = std::move(opened->cache);
    }
    std::unique_ptr<ObservationWriter> writer;
    if (cache) {
        writer = cache->writer(source);
        writer->setOrigin(o.format, QFileInfo(o.file).absoluteFilePath());
        if (auto r = writer->begin(o.rowByRow ? ObservationWriter::Mode::RowByRow : ObservationWriter::Mode::AllOrNothing); !r)
            return fail(r.error().message);
    }
    QList<QuarantineRecord> readerRefusals; // a dry run without a cache
    const auto rows = Importer().run(
        produce,
        [&](const Observation &obs, qint64 line, QStringView raw) {
            if (writer)
                writer->write(obs, line, raw);
        },
        [&](qint64 line, QStringView raw, const QString &reason) {
            if (writer)
                writer->reject(line, raw, reason);
            else
                readerRefusals.append({provenance.retrievedAt, source, line, raw.toString(), reason});
        },
        [&](const Observation &key, qint64 line, QStringView raw) {
            if (writer)
                writer->remove(key, line, raw);
        });
    if (!rows) {
        if (writer)
            writer->rollback();
        return fail(rows.error().message, projectCsv ? 2 : 1);
    }
    ImportReport report;
    if (o.dryRun) {
        // What the writer would commit; the transaction, quarantine records included, is undone.
        if (writer) {
            report = writer->report();
            report.committed = o.rowByRow || report.quarantined.isEmpty();
            writer->rollback();
        } else {
            report.quarantined = readerRefusals;
            report.committed = o.rowByRow || report.quarantined.isEmpty();
        }
    } else {
        const auto committed = writer->commit();
        if (!committed)
            return fail(committed.error().message);
        report = *committed;
    }
    reportCells();
    // A document's cells include missing values and what the mapping leaves out: records are what
    // became an observation, a refusal or a removal.
    const qint64 records = cells ? cells->summary().observations + cells->summary().rejected + cells->summary().deleted : *rows;
    if (o.dryRun) {
        m_out << (cache ? QCoreApplication::translate("dieuhanh-sync", "%1: dry run, nothing written: %2 records read, %3 would be written, %4 unchanged, %5 would be quarantined.")
                        : QCoreApplication::translate("dieuhanh-sync", "%1: dry run without a cache (nothing checked against a catalogue): %2 records read, %3 observations, %4 unchanged, %5 refused."))
                     .arg(o.file).arg(records)
                     .arg(cache ? report.written : cells ? cells->summary().observations : records - report.quarantined.size())
                     .arg(report.unchanged)
                     .arg(report.quarantined.size())
              << '\n';
    } else {
        m_out << QCoreApplication::translate("dieuhanh-sync", "%1: %2 records read, %3 written, %4 unchanged, %5 quarantined.")
                     .arg(o.file).arg(records).arg(report.committed ? report.written : 0).arg(report.unchanged).arg(report.quarantined.size())
              << '\n';
        if (report.committed && report.removed > 0)
            m_out << QCoreApplication::translate("dieuhanh-sync", "%1 observations removed as the source deleted them (their values are kept in the history).").arg(report.removed) << '\n';
    }
    const int shown = std::min<int>(20, int(report.quarantined.size()));
    for (int i = 0; i < shown; ++i) {
        const QuarantineRecord &q = report.quarantined.at(i);
        refusal(q.line, q.reason, q.record);
    }
    if (report.quarantined.size() > shown)
        m_err << QCoreApplication::translate("dieuhanh-sync", "… and %1 more (see: dieuhanh-sync quarantine)").arg(report.quarantined.size() - shown) << '\n';
    m_out.flush();
    m_err.flush();
    if (!report.committed) {
        return fail(o.dryRun ? QCoreApplication::translate("dieuhanh-sync", "nothing would be imported: the file has bad records and the mode is all-or-nothing.")
                             : QCoreApplication::translate("dieuhanh-sync", "nothing was imported: the file has bad records and the mode is all-or-nothing (use --mode rows to import the good ones)."),
                    1);
    }
    return report.quarantined.isEmpty() ? 0 : 1;
}

} // namespace dh
