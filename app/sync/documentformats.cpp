#include "documentformats.h"

#include "csvmappedreader.h"
#include "sync/readers/jsonstatreader.h"
#include "sync/readers/pxreader.h"
#include "sync/readers/reportingreader.h"
#include "sync/readers/sdmxjsonreader.h"
#include "sync/readers/worldbankapireader.h"

#include <QCoreApplication>

namespace dh {

namespace {

// A JSON-stat response of one dataset; a collection or bundle of several is refused, since one
// mapping describes one dataset's dimensions.
Result<StatDocument> readJsonStat(QByteArrayView bytes, const CodeMapping *)
{
    auto response = JsonStatReader::read(bytes);
    if (!response)
        return response.error();
    if (response->datasets.size() != 1) {
        Error e = Error::invalid(QCoreApplication::translate("DocumentFormat", "The JSON-stat response holds %1 datasets; import one dataset at a time.")
                                     .arg(response->datasets.size()));
        e.rule = QStringLiteral("DATASET_COUNT");
        return e;
    }
    StatDocument doc = std::move(response->datasets.first().document);
    doc.warnings += response->warnings;
    return doc;
}

Result<StatDocument> readPx(QByteArrayView bytes, const CodeMapping *)
{
    return PxReader::read(bytes);
}

Result<StatDocument> readSdmxJson(QByteArrayView bytes, const CodeMapping *)
{
    return SdmxJsonReader::read(bytes);
}

// One page of the World Bank API; the sync engine follows the pages, a file holds the one saved.
Result<StatDocument> readWorldBank(QByteArrayView bytes, const CodeMapping *)
{
    auto page = WorldBankApiReader::read(bytes);
    if (!page)
        return page.error();
    return std::move(page->document);
}

// The reporting API's KPI data; its other packets carry no observations.
Result<StatDocument> readReporting(QByteArrayView bytes, const CodeMapping *)
{
    auto packet = ReportingReader::read(bytes);
    if (!packet)
        return packet.error();
    if (StatDocument *doc = std::get_if<StatDocument>(&packet->payload))
        return std::move(*doc);
    Error e = Error::invalid(QCoreApplication::translate("DocumentFormat", "This is a %1 packet, which holds no observations: import takes the kpi-data packets of the reporting API.")
                                 .arg(reportingPacketName(packet->envelope.type)));
    e.rule = QStringLiteral("PACKET_NOT_DATA");
    return e;
}

// The command line refuses csv-mapped without a mapping; a caller that has none gets the reason.
Result<StatDocument> readCsvMapped(QByteArrayView bytes, const CodeMapping *mapping)
{
    if (!mapping)
        return Error::invalid(QCoreApplication::translate("DocumentFormat", "--format csv-mapped needs --mapping FILE: the mapping says which column is which."));
    return CsvMappedReader::read(bytes, *mapping);
}

} // namespace

const QList<DocumentFormat> &DocumentFormat::all()
{
    static const QList<DocumentFormat> formats = {
        {QStringLiteral("csv-mapped"), readCsvMapped},
        {QStringLiteral("jsonstat"), readJsonStat},
        // A PX-Web API answer is a JSON-stat 2 document with the time variable's role set.
        {QStringLiteral("pxweb"), readJsonStat},
        {QStringLiteral("px"), readPx},
        {QStringLiteral("sdmx-json"), readSdmxJson},
        {QStringLiteral("worldbank"), readWorldBank},
        {QStringLiteral("reporting"), readReporting},
    };
    return formats;
}

const DocumentFormat *DocumentFormat::find(QStringView name)
{
    for (const DocumentFormat &f : all()) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

QStringList DocumentFormat::names()
{
    QStringList names;
    for (const DocumentFormat &f : all())
        names.append(f.name);
    return names;
}

} // namespace dh
