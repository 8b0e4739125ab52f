#include "fuzztargets.h"

#include "sync/codemapping.h"
#include "sync/csvmappedreader.h"
#include "sync/csvobservationreader.h"
#include "sync/documentobservations.h"
#include "sync/readers/jsonstatreader.h"
#include "sync/readers/pxreader.h"
#include "sync/readers/pxwebquery.h"
#include "sync/readers/pxwebtable.h"
#include "sync/readers/reportingreader.h"
#include "sync/readers/sdmxjsonreader.h"
#include "sync/readers/sourceperiod.h"
#include "sync/readers/worldbankapireader.h"

#include <QByteArrayView>
#include <QDateTime>

namespace dh::fuzz {

namespace {

QByteArrayView bytes(const std::uint8_t *data, std::size_t size)
{
    return {reinterpret_cast<const char *>(data), qsizetype(size)};
}

// Reads back every cell of a document, and makes observations of it as an import does, so that a
// cube the reader built wrong is read out of its bounds under the sanitizers.
void touch(const StatDocument &doc, const CodeMapping *mapping = nullptr)
{
    volatile double sink = 0;
    const int rank = int(doc.dimensions.size());
    for (qsizetype cell = 0; cell < doc.cellCount(); ++cell) {
        for (int d = 0; d < rank; ++d) {
            const int at = doc.category(cell, d);
            if (at < 0 || at >= doc.dimensions.at(d).categories.size())
                std::abort();
            sink = sink + doc.dimensions.at(d).categories.at(at).id.size();
        }
        sink = sink + doc.value(cell).value_or(0.0) + doc.status(cell).size() + (doc.isDeleted(cell) ? 1 : 0);
    }
    Result<DocumentObservations> observations = DocumentObservations::create(doc, mapping, Provenance{});
    if (!observations)
        return;
    (void)observations->produce([&](ObservationBatch &&batch) {
        for (const ObservationBatch::Record &record : std::as_const(batch.records))
            sink = sink + batch.raw(record).size() + record.observation.value;
        return true;
    });
}

// A mapping of every kind of section, for the CSV of any layout.
const CodeMapping &csvMapping()
{
    static const CodeMapping mapping = *CodeMapping::fromJson(R"({"version": 1, "constants": {"indicator": "pop"},
        "units": {"Hà Nội": "VN-HN", "Hà Tây": null}, "status": {"Sơ bộ": "provisional"},
        "values": {"Giới tính": {"Nam": "male", "Nữ": "female", "Tổng": ""}},
        "csv": {"delimiter": ";", "decimalComma": true,
                "columns": {"unit": "Tỉnh", "period": "Năm", "value": "Giá trị", "status": "Ghi chú",
                            "disaggregations": {"Giới tính": "sex"}}}})");
    return mapping;
}

void px(const std::uint8_t *data, std::size_t size)
{
    if (const Result<StatDocument> doc = PxReader::read(bytes(data, size)))
        touch(*doc);
}

void jsonstat(const std::uint8_t *data, std::size_t size)
{
    if (const Result<JsonStatResponse> response = JsonStatReader::read(bytes(data, size))) {
        for (const JsonStatDataset &dataset : response->datasets)
            touch(dataset.document);
    }
}

void pxwebtable(const std::uint8_t *data, std::size_t size)
{
    if (const Result<PxWebTable> table = PxWebTable::fromJson(bytes(data, size))) {
        // The same bytes as the table's answer: a metadata document is no JSON-stat, and must be
        // refused cleanly.
        if (const Result<JsonStatDataset> dataset = table->readData(bytes(data, size)))
            touch(dataset->document);
    }
}

void pxwebquery(const std::uint8_t *data, std::size_t size)
{
    if (const Result<PxWebQuery> query = PxWebQuery::fromJson(bytes(data, size)))
        (void)PxWebQuery::fromJson(query->toJson());
}

void worldbank(const std::uint8_t *data, std::size_t size)
{
    if (const Result<WorldBankResponse> response = WorldBankApiReader::read(bytes(data, size)))
        touch(response->document);
}

void reporting(const std::uint8_t *data, std::size_t size)
{
    if (const Result<ReportingPacket> packet = ReportingReader::read(bytes(data, size))) {
        if (const StatDocument *doc = packet->kpiData()) {
            touch(*doc);
            volatile int sink = 0;
            for (qsizetype cell = 0; cell < doc->cellCount(); ++cell)
                sink = sink + doc->revision(cell);
        }
    }
}

void codemapping(const std::uint8_t *data, std::size_t size)
{
    (void)CodeMapping::fromJson(bytes(data, size));
}

void csvmapped(const std::uint8_t *data, std::size_t size)
{
    if (const Result<StatDocument> doc = CsvMappedReader::read(bytes(data, size), csvMapping()))
        touch(*doc, &csvMapping());
}

void sdmxjson(const std::uint8_t *data, std::size_t size)
{
    if (const Result<StatDocument> doc = SdmxJsonReader::read(bytes(data, size)))
        touch(*doc);
}

void csv(const std::uint8_t *data, std::size_t size)
{
    const CsvObservationReader reader(QStringLiteral("fuzz"), QDateTime::fromSecsSinceEpoch(0, Qt::UTC));
    volatile qsizetype sink = 0;
    (void)reader.readText(
        QString::fromUtf8(bytes(data, size)), [&](const Observation &o, qint64, QStringView raw) { sink = sink + o.indicator.size() + raw.size(); },
        [&](qint64, QStringView raw, const QString &reason) { sink = sink + raw.size() + reason.size(); });
}

void period(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(bytes(data, size));
    (void)SourcePeriod::parse(text);
    (void)SourcePeriod::parsePx(text, u"M1");
}

} // namespace

const QList<Target> &targets()
{
    static const QList<Target> all{
        {"codemapping", codemapping},
        {"csv", csv},
        {"csvmapped", csvmapped},
        {"jsonstat", jsonstat},
        {"period", period},
        {"px", px},
        {"pxwebquery", pxwebquery},
        {"pxwebtable", pxwebtable},
        {"reporting", reporting},
        {"sdmxjson", sdmxjson},
        {"worldbank", worldbank},
    };
    return all;
}

const Target *target(const QString &name)
{
    for (const Target &t : targets()) {
        if (name == QLatin1String(t.name))
            return &t;
    }
    return nullptr;
}

} // namespace dh::fuzz
