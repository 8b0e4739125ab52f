#pragma once

#include "codemapping.h"
#include "sync/readers/statdocument.h"

#include "core/result.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace dh {

// The wire formats `dieuhanh-sync import --format` reads into a StatDocument, in one table: a
// format is a name and a function from the file's bytes (and the code mapping, which the CSV of
// any layout needs) to a document. The project's own CSV is not here: it has its own reader
// (CsvObservationReader), which streams files of millions of rows.
struct DocumentFormat
{
    using Read = Result<StatDocument> (*)(QByteArrayView bytes, const CodeMapping *mapping);

    QString name;
    Read read = nullptr;

    static const QList<DocumentFormat> &all();
    static const DocumentFormat *find(QStringView name);
    static QStringList names();
};

} // namespace dh
