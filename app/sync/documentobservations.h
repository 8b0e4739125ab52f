#pragma once

#include "codemapping.h"
#include "csvobservationreader.h"
#include "sync/readers/statdocument.h"

#include "core/observation.h"
#include "core/result.h"

#include <QMap>
#include <QString>

#include <memory>

namespace dh {

// What became of a document's cells besides the records handed on.
struct DocumentSummary
{
    qint64 cells = 0;
    qint64 observations = 0;      // accepted records
    qint64 rejected = 0;          // records refused here (an unmapped code, a period that is no period)
    qint64 missing = 0;           // cells without a value (null, PX dots): not observations
    qint64 leftOut = 0;           // cells of a category the mapping fixes away or maps to null
    qint64 deleted = 0;           // cells the source deletes (SDMX action Delete): removal records
    QMap<QString, qint64> unknownStatuses; // status codes neither the mapping nor the usual ones know, read as final
};

// The one path from any reader's StatDocument to observations: each cell of the document becomes
// an ObservationBatch record, as the project's CSV reader makes them, so every format goes through
// Importer::run and the ObservationWriter — the same validation and the same transaction.
//
// Without a code mapping the observations keep the source's own codes (what `import --print`
// shows): the Metric category is the indicator (else the document's id), the Geo category the
// unit, the Time category the period, and every other dimension of more than one category a
// disaggregation under its own id. With one, the mapping says which dimension is which and turns
// the codes into the catalogue's; a code its tables lack is refused with the code, its dimension
// and the cell. The value is the cell's × 10^unitMultiplier of its Metric category × the
// indicator's scale. A dimension of role ValueKind gives each cell its value kind, one of role
// Disaggregation its whole disaggregation key, and a cell's own revision (StatDocument::revision)
// wins over the mapping's. A record's line is the cell's 1-based index and its raw text names the cell
// (time=2024;geo=HN;indicator=GDP;value=12.5). A cell the source deletes becomes a removal record
// of its key (ObservationBatch::Record::removal), mapped like any other.
class DocumentObservations
{
public:
    // Refuses a document the mapping does not fit (a dimension it names that the document lacks,
    // a dimension of several categories it neither maps nor fixes), naming the dimension.
    static Result<DocumentObservations> create(const StatDocument &document, const CodeMapping *mapping, Provenance provenance);

    DocumentObservations(DocumentObservations &&) noexcept;
    DocumentObservations &operator=(DocumentObservations &&) noexcept;
    ~DocumentObservations();

    // Hands the records on in batches, in cell order; returns the number of cells. Runs on the
    // Importer's reading thread; the document must outlive it.
    Result<qint64> produce(const CsvObservationReader::BatchSink &sink,
                           qsizetype batchRecords = CsvObservationReader::defaultBatchRecords);
    // What produce() found; read once it has returned.
    const DocumentSummary &summary() const;

private:
    struct Plan;
    explicit DocumentObservations(std::unique_ptr<Plan> plan);
    std::unique_ptr<Plan> d;
};

} // namespace dh
