#include "documentformats.h"

#include "csvmappedreader.h"
#include "sync/readers/jsonstatreader.h"
#include "sync/readers/pxreader.h"

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
        {QStringLiteral("sdmx-json"), nullptr},
        {QStringLiteral("worldbank"), nullptr},
        {QStringLiteral("reporting"), nullptr},
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

QStringList DocumentFormat::available()
{
    QStringList names;
    for (const DocumentFormat &f : all()) {
        if (f.read)
            names.append(f.name);
    }
    return names;
}

} // namespace dh
