#pragma once

#include "core/result.h"
#include "sync/readers/jsonstatreader.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

class QUrl;

namespace dh {

// A variable of a PX-Web table: its code, its text, the codes of its values and their texts (in
// the same order), whether it is the time variable and whether a query may leave it out
// (elimination: the server then sums it or takes its default).
struct PxWebVariable
{
    QString code;
    QString text;
    QStringList values;
    QStringList valueTexts;
    bool time = false;
    bool elimination = false;
};

// The metadata of a PX-Web API (v1) table, as a GET on the table's URL returns it (title and
// variables). The statistics office's tables are read in three steps: this metadata, a query
// for a selection of its values (PxWebQuery, POSTed by the sync engine), and the answer — a
// JSON-stat document, read by readData with the time variable given the Time role.
class PxWebTable
{
public:
    QString title;
    QString language;                 // of the texts: the table URL's, e.g. "vi" in /api/v1/vi/…
    QList<PxWebVariable> variables;

    // Refuses what is not a table's metadata (a folder listing, say) with the rule
    // PXWEB_METADATA_INVALID and the variable at fault.
    static Result<PxWebTable> fromJson(QByteArrayView bytes, const QString &language = {});
    // The language segment of a PX-Web API v1 URL (…/api/v1/vi/…, …/v1/doris/sv/…), or empty.
    static QString languageOf(const QUrl &url);

    int variableIndex(QStringView code) const;
    // The variable the metadata marks as time, or -1.
    int timeVariable() const;

    // How to read this table's answers: the time variable as Time, the table's language.
    JsonStatOptions jsonStatOptions() const;
    // Reads the answer to a query on this table (response format json-stat2, or json-stat 1.0).
    // An answer with a dimension that is not a variable of the table is refused
    // (PXWEB_TABLE_MISMATCH): it answers another table.
    Result<JsonStatDataset> readData(QByteArrayView bytes) const;
};

} // namespace dh
