#include "commands.h"

#include "opencache.h"

#include "analytics/kpi.h"

#include "core/clock.h"
#include "core/safetext.h"
#include "core/unitregistry.h"
#include "exports/csvwriter.h"
#include "exports/xlsxbookwriter.h"
#include "sample/samplecachewriter.h"
#include "store/cache.h"
#include "store/cachelocation.h"
#include "store/observationwriter.h"
#include "store/reaggregator.h"
#include "store/records.h"
#include "sync/csvobservationreader.h"
#include "sync/importer.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QSet>

#include <algorithm>
#include <memory>

namespace dh {

namespace {

QString dateText(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString optionalNumber(std::optional<double> value)
{
    return value ? CsvWriter::number(*value) : QString();
}

// The columns --derived adds for each figure it names.
QStringList derivedColumns(const QStringList &figures)
{
    QStringList columns;
    for (const QString &figure : figures) {
        if (figure == u"year-to-date")
            columns << QStringLiteral("year_to_date") << QStringLiteral("year_to_date_change");
        else if (figure == u"previous")
            columns << QStringLiteral("previous") << QStringLiteral("change_previous");
        else if (figure == u"last-year")
            columns << QStringLiteral("same_period_last_year") << QStringLiteral("change_last_year");
        else if (figure == u"target")
            columns << QStringLiteral("target") << QStringLiteral("target_percent");
    }
    if (figures.contains(QStringLiteral("previous")) || figures.contains(QStringLiteral("last-year")) || figures.contains(QStringLiteral("year-to-date")))
        columns << QStringLiteral("change_in");
    return columns;
}

// The figures a dashboard tile shows, had its latest period been this one: computeKpi on the
// series up to it, so the command line and the tiles cannot disagree.
QStringList derivedCells(const QStringList &figures, const Indicator &indicator, const KpiFigures &k)
{
    QStringList cells;
    for (const QString &figure : figures) {
        if (figure == u"year-to-date")
            cells << optionalNumber(k.yearToDate) << optionalNumber(k.yearToDateChange);
        else if (figure == u"previous")
            cells << optionalNumber(k.previous) << optionalNumber(k.changeFromPrevious);
        else if (figure == u"last-year")
            cells << optionalNumber(k.sameLastYear) << optionalNumber(k.changeFromLastYear);
        else if (figure == u"target")
            cells << optionalNumber(k.target) << optionalNumber(k.progress ? std::optional(*k.progress * 100.0) : std::nullopt);
    }
    if (figures.contains(QStringLiteral("previous")) || figures.contains(QStringLiteral("last-year")) || figures.contains(QStringLiteral("year-to-date")))
        cells << (indicator.isPercentage() ? QStringLiteral("points") : QStringLiteral("%"));
    return cells;
}

// The query's columns as a sheet: the values and the derived amounts in the indicator's decimals,
// the changes and percentages in one, periods as text.
Table queryTable(const Indicator &indicator, const QStringList &header)
{
    static const QSet<QString> amounts{QStringLiteral("value"), QStringLiteral("year_to_date"), QStringLiteral("previous"),
                                       QStringLiteral("same_period_last_year"), QStringLiteral("target")};
    static const QSet<QString> changes{QStringLiteral("year_to_date_change"), QStringLiteral("change_previous"),
                                       QStringLiteral("change_last_year"), QStringLiteral("target_percent")};
    Table t;
    t.name = indicator.code;
    for (const QString &name : header) {
        if (amounts.contains(name))
            t.columns.append({name, TableColumn::Kind::Number, indicator.decimals});
        else if (changes.contains(name))
            t.columns.append({name, TableColumn::Kind::Number, 1});
        else
            t.columns.append({name, name == u"period" ? TableColumn::Kind::Period : TableColumn::Kind::Text});
    }
    return t;
}

// The CSV cells of a row as the sheet's: a number column's text read back as the double it was
// written from (CsvWriter::number is exact), an empty one a gap.
QVariantList tableRow(const QList<TableColumn> &columns, const QStringList &cells)
{
    QVariantList row;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (columns.value(i).kind == TableColumn::Kind::Number && !cells.at(i).isEmpty())
            row.append(QLocale::c().toDouble(cells.at(i)));
        else if (columns.value(i).kind == TableColumn::Kind::Number)
            row.append(QVariant());
        else
            row.append(cells.at(i));
    }
    return row;
}

} // namespace

CliRunner::CliRunner(QTextStream &out, QTextStream &err, const Clock &clock)
    : m_out(out)
    , m_err(err)
    , m_clock(clock)
{
}

int CliRunner::fail(const QString &message, int code)
{
    m_err << QCoreApplication::translate("dieuhanh-sync", "error: ") << message << Qt::endl;
    return code;
}

int CliRunner::run(const CliOptions &o)
{
    using C = CliOptions::Command;
    switch (o.command) {
    case C::Help: m_out << usage(); return 0;
    case C::Init: return init(o);
    case C::Upgrade: return upgrade(o);
    case C::Info: return info(o);
    case C::Check: return check(o);
    case C::Catalog: return catalog(o);
    case C::Units: return units(o);
    case C::Import: return import(o);
    case C::Query: return query(o);
    case C::Export: return exportObservations(o);
    case C::Quarantine: return quarantine(o);
    case C::Sample: return sample(o);
    case C::Sync: return sync(o);
    case C::Status: return status(o);
    case C::Tasks: return tasks(o);
    case C::ImportTasks: return importTasks(o);
    case C::ExportTasks: return exportTasks(o);
    }
    return 2;
}

int CliRunner::init(const CliOptions &o)
{
    const QString path = o.cachePath.isEmpty() ? CacheLocation::defaultPath() : o.cachePath;
    if (auto r = CacheLocation::create(path); !r)
        return fail(r.error().message);
    m_out << QCoreApplication::translate("dieuhanh-sync", "%1: a new cache, copied from the bundled sample (synthetic figures).").arg(path)
          << '\n';
    m_out.flush();
    return 0;
}

int CliRunner::upgrade(const CliOptions &o)
{
    auto opened = openCache(o, m_clock, Access::Write);
    if (!opened)
        return fail(opened.error().message);
    const Cache &cache = *opened->cache;
    const int before = cache.schemaVersionAtOpen();
    const auto summary = cache.statistics().quickSummary();
    if (!summary)
        return fail(summary.error().message);
    if (before == summary->schemaVersion) {
        m_out << QCoreApplication::translate("dieuhanh-sync", "%1: already at schema %2.").arg(cache.path()).arg(before) << '\n';
    } else {
        m_out << QCoreApplication::translate("dieuhanh-sync", "%1: upgraded from schema %2 to schema %3.")
                     .arg(cache.path()).arg(before).arg(summary->schemaVersion)
              << '\n';
    }
    m_out.flush();
    return 0;
}

int CliRunner::info(const CliOptions &o)
{
    auto opened = openCache(o, m_clock);
    if (!opened)
        return fail(opened.error().message);
    const Cache &cache = *opened->cache;
    const auto summary = cache.statistics().summary();
    if (!summary)
        return fail(summary.error().message);
    const CacheSummary &s = *summary;
    int real = 0;
    int synthetic = 0;
    for (const Indicator &ind : cache.catalogue().all())
        (ind.origin == DataOrigin::Real ? real : synthetic)++;
    m_out << "cache: " << cache.path() << '\n'
          << "schema version: " << s.schemaVersion << '\n'
          << "indicators: " << s.indicators << " (real: " << real << ", synthetic: " << synthetic << ")\n"
          << "observations: " << s.observations << '\n'
          << "units with data: " << s.unitsWithData << '\n'
          << "date range: " << dateText(s.firstDate) << " .. " << dateText(s.lastDate) << '\n'
          << "revisions kept: " << s.revisionsKept << '\n'
          << "quarantined records: " << s.quarantined << '\n'
          << "synthetic: " << (s.synthetic ? "yes" : "no") << '\n';
    if (!s.dataset.isEmpty())
        m_out << "dataset: " << s.dataset << '\n';
    if (s.synthetic) {
        m_out << QCoreApplication::translate("dieuhanh-sync",
                     "note: this cache holds the SYNTHETIC sample (simulated figures, not official statistics);"
                     " indicators marked real carry their source.")
              << '\n';
    }
    m_out.flush();
    return 0;
}

int CliRunner::check(const CliOptions &o)
{
    auto opened = openCache(o, m_clock);
    if (!opened)
        return fail(opened.error().message);
    if (auto r = opened->cache->checkIntegrity(); !r)
        return fail(r.error().message);
    const auto summary = opened->cache->statistics().summary();
    if (!summary)
        return fail(summary.error().message);
    m_out << QCoreApplication::translate("dieuhanh-sync", "%1: ok, %2 observations").arg(opened->cache->path()).arg(summary->observations)
          << '\n';
    m_out.flush();
    return 0;
}

int CliRunner::catalog(const CliOptions &o)
{
    auto opened = openCache(o, m_clock);
    if (!opened)
        return fail(opened.error().message);
    CsvWriter csv(m_out);
    csv.row({QStringLiteral("code"), QStringLiteral("name_vi"), QStringLiteral("name_en"), QStringLiteral("unit_vi"),
             QStringLiteral("unit_en"), QStringLiteral("periodicity"), QStringLiteral("aggregation"), QStringLiteral("polarity"),
             QStringLiteral("kind"), QStringLiteral("field"), QStringLiteral("origin"), QStringLiteral("owner"),
             QStringLiteral("source"), QStringLiteral("dimensions")});
    for (const Indicator &ind : opened->cache->catalogue().all()) {
        // "level=central|local;tax=vat|cit": each dimension with the values an import may use.
        QStringList dimensions;
        for (const QString &dimension : ind.dimensions)
            dimensions.append(dimension + u'=' + ind.dimensionValues.value(dimension).join(u'|'));
        csv.row({ind.code, ind.nameVi, ind.nameEn, ind.unitVi, ind.unitEn, Period::kindName(ind.periodicity),
                 aggregationName(ind.aggregation), polarityName(ind.polarity), indicatorKindName(ind.kind),
                 fieldName(ind.field), originName(ind.origin), ind.owner, ind.sourceAgency, dimensions.join(u';')});
    }
    m_out.flush();
    return 0;
}

int CliRunner::units(const CliOptions &o)
{
    const auto level = levelFromName(o.level);
    if (!level)
        return fail(QCoreApplication::translate("dieuhanh-sync", "Unknown level \"%1\" (province, ministry, nation, country).").arg(o.level));
    auto registry = UnitRegistry::fromResources();
    if (!registry)
        return fail(registry.error().message);
    const QDate at = o.at.isValid() ? o.at : m_clock.now().date();
    CsvWriter csv(m_out);
    csv.row({QStringLiteral("code"), QStringLiteral("name_vi"), QStringLiteral("name_en"), QStringLiteral("valid_from"),
             QStringLiteral("valid_to"), QStringLiteral("successors"), QStringLiteral("predecessors")});
    for (const AdminUnit *u : registry->unitsAt(*level, at)) {
        csv.row({u->code, u->nameVi, u->nameEn, dateText(u->validFrom), dateText(u->validTo), u->successors.join(u' '),
                 u->predecessors.join(u' ')});
    }
    m_out.flush();
    return 0;
}

int CliRunner::import(const CliOptions &o)
{
    if (o.format != u"csv" || o.dryRun || o.print)
        return importDocument(o);
    auto opened = openCache(o, m_clock, Access::Write);
    if (!opened)
        return fail(opened.error().message);
    const QString source = o.source.isEmpty() ? QStringLiteral("file:") + QFileInfo(o.file).fileName() : o.source;
    auto writer = opened->cache->writer(source);
    writer->setOrigin(o.format, QFileInfo(o.file).absoluteFilePath());
    if (auto r = writer->begin(o.rowByRow ? ObservationWriter::Mode::RowByRow : ObservationWriter::Mode::AllOrNothing); !r)
        return fail(r.error().message);
    // The file is read on a thread of its own; the writer stays on this one, which opened the cache.
    const CsvObservationReader reader(source, m_clock.now());
    const auto rows = Importer().importFile(
        reader, o.file, [&](const Observation &obs, qint64 line, QStringView raw) { writer->write(obs, line, raw); },
        [&](qint64 line, QStringView raw, const QString &reason) { writer->reject(line, raw, reason); });
    if (!rows) {
        writer->rollback();
        return fail(rows.error().message);
    }
    const auto report = writer->commit();
    if (!report)
        return fail(report.error().message);

    m_out << QCoreApplication::translate("dieuhanh-sync", "%1: %2 rows read, %3 written, %4 unchanged, %5 quarantined.")
                 .arg(o.file).arg(*rows).arg(report->committed ? report->written : 0).arg(report->unchanged)
                 .arg(report->quarantined.size())
          << '\n';
    const int shown = std::min<int>(20, int(report->quarantined.size()));
    for (int i = 0; i < shown; ++i) {
        const QuarantineRecord &q = report->quarantined.at(i);
        m_err << QCoreApplication::translate("dieuhanh-sync", "line %1: %2").arg(q.line).arg(SafeText::excerpt(q.reason, 1024)) << '\n';
    }
    if (report->quarantined.size() > shown)
        m_err << QCoreApplication::translate("dieuhanh-sync", "… and %1 more (see: dieuhanh-sync quarantine)").arg(report->quarantined.size() - shown) << '\n';
    m_out.flush();
    m_err.flush();
    if (!report->committed)
        return fail(QCoreApplication::translate("dieuhanh-sync", "nothing was imported: the file has bad rows and the mode is all-or-nothing (use --mode rows to import the good rows)."), 1);
    return report->quarantined.isEmpty() ? 0 : 1;
}

int CliRunner::query(const CliOptions &o)
{
    auto opened = openCache(o, m_clock);
    if (!opened)
        return fail(opened.error().message);
    const Cache &cache = *opened->cache;
    const auto indicator = cache.catalogue().find(o.indicator);
    if (!indicator)
        return fail(QCoreApplication::translate("dieuhanh-sync", "Unknown indicator %1 (see: dieuhanh-sync catalog).").arg(o.indicator), 1);
    const auto valueKind = o.valueKind.isEmpty() ? std::optional(indicator->storedAs) : valueKindFromName(o.valueKind);
    if (!valueKind)
        return fail(QCoreApplication::translate("dieuhanh-sync", "Unknown value kind \"%1\" (in-period, cumulative or target).").arg(o.valueKind));
    const auto disagg = DisaggregationKey::canonical(o.disaggregation);
    if (!disagg)
        return fail(QCoreApplication::translate("dieuhanh-sync", "Malformed disaggregation \"%1\".").arg(o.disaggregation));

    SeriesQuery q;
    q.indicator = indicator->code;
    q.disaggregation = *disagg;
    q.valueKind = *valueKind;
    // The cache holds an indicator in its own periods (targets by year): a period of another kind
    // would silently match nothing.
    q.periodKind = *valueKind == ValueKind::Target ? Period::Kind::Year : indicator->periodicity;
    for (const auto &[text, slot] : {std::pair{o.from, &q.from}, std::pair{o.to, &q.to}}) {
        if (text.isEmpty())
            continue;
        const auto p = Period::parse(text);
        if (!p)
            return fail(QCoreApplication::translate("dieuhanh-sync", "Malformed period \"%1\".").arg(text));
        if (p->kind() != q.periodKind) {
            return fail(QCoreApplication::translate("dieuhanh-sync", "%1 is held by %2; \"%3\" is a %4. Give periods like %5.")
                            .arg(indicator->code, Period::kindName(q.periodKind), text, Period::kindName(p->kind()),
                                 Period::containing(q.periodKind, m_clock.now().date()).toString()), 1);
        }
        *slot = *p;
    }
    if (q.from && q.to && *q.from > *q.to)
        return fail(QCoreApplication::translate("dieuhanh-sync", "--from %1 is after --to %2.").arg(o.from, o.to), 1);
    if (!o.derived.isEmpty() && q.valueKind != indicator->storedAs) {
        return fail(QCoreApplication::translate("dieuhanh-sync", "--derived works on the values %1 is held as (%2), as the dashboard does.")
                        .arg(indicator->code, valueKindName(indicator->storedAs)), 1);
    }

    QStringList units;
    if (!o.unit.isEmpty()) {
        const AdminUnit *u = opened->registry.resolve(o.unit, o.at.isValid() ? o.at : m_clock.now().date());
        if (!u)
            return fail(QCoreApplication::translate("dieuhanh-sync", "Unknown unit %1 (see: dieuhanh-sync units).").arg(o.unit), 1);
        units.append(u->code);
    } else {
        const auto level = levelFromName(o.level);
        if (!level)
            return fail(QCoreApplication::translate("dieuhanh-sync", "Unknown level \"%1\".").arg(o.level));
        const QDate at = o.at.isValid() ? o.at : m_clock.now().date();
        // A level none of whose units (nor the units they were formed from) holds the indicator is
        // said once, rather than as one refusal or silence per unit.
        const auto withData = cache.observations().unitsWithData(indicator->code);
        if (!withData)
            return fail(withData.error().message);
        bool any = false;
        for (const AdminUnit *u : opened->registry.unitsAt(*level, at)) {
            units.append(u->code);
            any = any || withData->contains(u->code)
                  || std::any_of(u->predecessors.cbegin(), u->predecessors.cend(), [&](const QString &p) { return withData->contains(p); });
        }
        if (!any) {
            return fail(QCoreApplication::translate("dieuhanh-sync", "%1 has no %2 data: it is reported for %3 only.")
                            .arg(indicator->code, o.level, withData->isEmpty() ? QStringLiteral("—") : withData->join(u' ')),
                        1);
        }
    }

    Reaggregator reaggregator(cache);
    const QStringList header = QStringList{QStringLiteral("indicator"), QStringLiteral("unit"), QStringLiteral("period"),
                                           QStringLiteral("disaggregation"), QStringLiteral("value"), QStringLiteral("value_kind"),
                                           QStringLiteral("status"), QStringLiteral("measure"), QStringLiteral("note")}
                               + derivedColumns(o.derived);
    CsvWriter csv(m_out);
    std::optional<Table> table;
    if (o.xlsx.isEmpty())
        csv.row(header);
    else
        table = queryTable(*indicator, header);
    int problems = 0;
    qint64 rows = 0;
    for (const QString &unit : units) {
        q.unit = unit;
        // The derived figures look back before --from: the whole series is read, and cut when written.
        SeriesQuery read = q;
        if (!o.derived.isEmpty()) {
            read.from.reset();
            read.to.reset();
        }
        const auto s = reaggregator.series(read);
        if (!s) {
            m_err << unit << ": " << s.error().message << '\n';
            ++problems;
            continue;
        }
        QList<Observation> history;
        QList<Observation> targets;
        if (!o.derived.isEmpty()) {
            history = seriesObservations(indicator->code, unit, q.valueKind, s->points);
            const auto t = reaggregator.series({indicator->code, unit, q.disaggregation, ValueKind::Target, Period::Kind::Year});
            if (t) {
                targets = seriesObservations(indicator->code, unit, ValueKind::Target, t->points);
            } else if (t.error().code == Error::Code::Storage) {
                // No targets leave the column empty; a cache that failed to answer is no such thing.
                m_err << unit << ": " << t.error().message << '\n';
                ++problems;
                continue;
            }
        }
        const QString note = s->reaggregated
            ? QStringLiteral("re-aggregated from %1 (%2)").arg(s->members.join(u' '), aggregationName(indicator->aggregation))
            : QString();
        for (qsizetype i = 0; i < s->points.size(); ++i) {
            const SeriesPoint &p = s->points.at(i);
            if ((q.from && p.period < *q.from) || (q.to && *q.to < p.period))
                continue;
            QStringList cells{indicator->code, unit, p.period.toString(), q.disaggregation, CsvWriter::number(p.value),
                              valueKindName(q.valueKind), statusName(p.status), indicator->unitVi, note};
            if (!o.derived.isEmpty())
                cells += derivedCells(o.derived, *indicator, computeKpi(*indicator, history.first(i + 1), targets, 0));
            if (table)
                table->rows.append(tableRow(table->columns, cells));
            else
                csv.row(cells);
            ++rows;
        }
        for (const auto &[period, reason] : s->refused) {
            m_err << QCoreApplication::translate("dieuhanh-sync", "%1 %2: left out, %3").arg(unit, period.toString(), reason) << '\n';
            ++problems;
        }
        for (const Period &missing : s->incomplete)
            m_err << QCoreApplication::translate("dieuhanh-sync", "%1 %2: left out, a merged province has no value").arg(unit, missing.toString()) << '\n';
    }
    if (rows == 0 && problems == 0) {
        m_err << QCoreApplication::translate("dieuhanh-sync", "no %1 values of %2 for these units and periods.")
                     .arg(valueKindName(q.valueKind), indicator->code)
              << '\n';
    }
    if (table) {
        const auto summary = cache.statistics().quickSummary();
        TableBook book;
        book.tables = {*table};
        book.sources = {{indicator->code, indicator->nameVi, indicator->method, indicator->unitVi, indicator->sourceAgency,
                         indicator->origin == DataOrigin::Synthetic}};
        // The figures are the cache's as it stood when they were read.
        book.asOf = m_clock.now();
        book.synthetic = summary && summary->synthetic;
        const auto written = XlsxBookWriter::write(book, o.xlsx);
        if (!written)
            return fail(written.error().message);
    }
    m_out.flush();
    m_err.flush();
    return problems == 0 ? 0 : 1;
}

int CliRunner::exportObservations(const CliOptions &o)
{
    auto opened = openCache(o, m_clock);
    if (!opened)
        return fail(opened.error().message);
    if (!o.indicator.isEmpty() && !opened->cache->catalogue().find(o.indicator))
        return fail(QCoreApplication::translate("dieuhanh-sync", "Unknown indicator %1 (see: dieuhanh-sync catalog).").arg(o.indicator), 1);
    QSaveFile file(o.out);
    QTextStream fileStream;
    QTextStream *stream = &m_out;
    if (!o.out.isEmpty()) {
        if (!file.open(QIODevice::WriteOnly))
            return fail(QCoreApplication::translate("dieuhanh-sync", "Cannot write %1: %2").arg(o.out, file.errorString()));
        fileStream.setDevice(&file);
        stream = &fileStream;
    }
    CsvWriter csv(*stream);
    csv.row(CsvObservationReader::header());
    qint64 count = 0;
    const auto r = opened->cache->observations().forEach(o.indicator, [&](const Observation &obs) {
        csv.row({obs.indicator, obs.unit, obs.period.toString(), obs.disaggregation, CsvWriter::number(obs.value),
                 valueKindName(obs.valueKind), statusName(obs.status), QString::number(obs.provenance.revision), QString()});
        ++count;
        return true;
    });
    if (!r)
        return fail(r.error().message);
    stream->flush();
    if (!o.out.isEmpty()) {
        if (!file.commit())
            return fail(QCoreApplication::translate("dieuhanh-sync", "Cannot write %1: %2").arg(o.out, file.errorString()));
        m_out << QCoreApplication::translate("dieuhanh-sync", "%1 observations written to %2").arg(count).arg(o.out) << '\n';
    }
    m_out.flush();
    return 0;
}

int CliRunner::quarantine(const CliOptions &o)
{
    auto opened = openCache(o, m_clock);
    if (!opened)
        return fail(opened.error().message);
    CsvWriter csv(m_out);
    csv.row({QStringLiteral("received_at"), QStringLiteral("source"), QStringLiteral("line"), QStringLiteral("reason"),
             QStringLiteral("record")});
    const auto records = opened->cache->quarantine().records(o.limit);
    if (!records)
        return fail(records.error().message);
    // A rejected line may hold what a terminal acts on: it is listed with its controls escaped.
    for (const QuarantineRecord &q : *records) {
        csv.row({q.receivedAt.toString(Qt::ISODate), SafeText::excerpt(q.source, 4096), QString::number(q.line), SafeText::excerpt(q.reason, 4096),
                 SafeText::excerpt(q.record, 4096)});
    }
    m_out.flush();
    return 0;
}

int CliRunner::sample(const CliOptions &o)
{
    auto registry = UnitRegistry::fromResources();
    if (!registry)
        return fail(registry.error().message);
    const auto built = SampleCacheWriter(*registry, m_clock).build(o.out, o.seed);
    if (!built)
        return fail(built.error().message);
    m_out << QCoreApplication::translate("dieuhanh-sync", "sample written to %1: %2 indicators, %3 observations, %4 tasks")
                 .arg(o.out).arg(built->indicators).arg(built->observations).arg(built->tasks)
          << '\n';
    m_out.flush();
    return 0;
}

} // namespace dh
