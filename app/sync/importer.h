#pragma once

#include "csvobservationreader.h"

#include "core/result.h"

#include <QString>

#include <functional>

namespace dh {

// Imports an input through two threads: a thread of its own reads and validates the records into
// batches while the calling thread hands the batches before them to the sinks — typically an
// ObservationWriter, which stays on the thread that opened its cache. On two cores the reading of
// one batch overlaps the writing of the one before. At most queueDepth batches wait in between, so
// memory does not grow with the input and a slow writer holds the reader back. The sinks see every
// record once, in input order, with its line and raw text, exactly as the reader's own callbacks
// would; a read that fails part way returns its error after the records before the failure were
// delivered, so the caller rolls back the whole batch. Used by `dieuhanh-sync import`.
class Importer
{
public:
    // Runs on the reading thread and hands its batches to the sink, in order.
    using Producer = std::function<Result<qint64>(const CsvObservationReader::BatchSink &sink)>;

    explicit Importer(qsizetype queueDepth = 4);

    // Reads the file with the reader (see CsvObservationReader::readFile); returns the rows read.
    Result<qint64> importFile(const CsvObservationReader &reader, const QString &path,
                              const CsvObservationReader::ObservationSink &accepted,
                              const CsvObservationReader::RejectSink &rejected) const;
    // The same for any producer of batches.
    Result<qint64> run(const Producer &produce, const CsvObservationReader::ObservationSink &accepted,
                       const CsvObservationReader::RejectSink &rejected,
                       const CsvObservationReader::RemovalSink &removed = {}) const;

private:
    qsizetype m_queueDepth;
};

} // namespace dh
