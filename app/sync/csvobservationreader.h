#pragma once

#include "observationbatch.h"

#include "core/observation.h"
#include "core/result.h"

#include <QDateTime>
#include <QString>

#include <functional>

namespace dh {

// Reads the project's CSV observation format (documented in README.md, "Importing observations"):
// a header naming the columns, in any order —
//   indicator, unit, period, value            (required)
//   disaggregation, value_kind, status, revision, measure  (optional)
// — then one observation per row. Decimal point '.', no thousands separators; UTF-8, with or without
// a byte-order mark. Rows that cannot become observations are passed to `rejected` with a reason,
// never dropped. A file without the required columns is refused whole.
class CsvObservationReader
{
public:
    using ObservationSink = std::function<void(const Observation &, qint64 line, QStringView raw)>;
    using RejectSink = std::function<void(qint64 line, QStringView raw, const QString &reason)>;
    // Takes the key of an observation the source deletes.
    using RemovalSink = std::function<void(const Observation &key, qint64 line, QStringView raw)>;
    // Takes each batch in input order; returning false stops the read, which then fails as cancelled.
    using BatchSink = std::function<bool(ObservationBatch &&batch)>;

    // Records per batch: enough that handing a batch to another thread costs nothing per row, few
    // enough that the batches waiting between two threads hold little memory.
    static constexpr qsizetype defaultBatchRecords = 4096;

    CsvObservationReader(QString source, QDateTime retrievedAt);

    // Reads a file in chunks, so a file of millions of rows is never held whole in memory.
    Result<qint64> readFile(const QString &path, const ObservationSink &accepted, const RejectSink &rejected) const;
    // Returns the number of data rows read.
    Result<qint64> readText(QStringView text, const ObservationSink &accepted, const RejectSink &rejected) const;

    // The same reads, handing the records on in batches of at most batchRecords, in input order
    // (a batch never spans two chunks of the file). A file that fails part way (a read error,
    // text that is not UTF-8) fails after the batches before the failure were handed on.
    Result<qint64> readFile(const QString &path, const BatchSink &sink, qsizetype batchRecords = defaultBatchRecords) const;
    Result<qint64> readText(const QString &text, const BatchSink &sink, qsizetype batchRecords = defaultBatchRecords) const;

    // Hands each record of a batch to accepted, rejected or removed, in order. Without a removal
    // sink a removal is rejected: silently keeping a figure its source withdrew would be wrong.
    static void deliver(const ObservationBatch &batch, const ObservationSink &accepted, const RejectSink &rejected,
                        const RemovalSink &removed = {});

    static QStringList header();

private:
    struct Columns;
    Result<Columns> parseHeader(const QList<QStringView> &fields) const;
    QString parseRecord(const QList<QStringView> &fields, bool malformed, const Columns &columns, Observation &o) const;
    // Reads the records of text from offset `from` on (whole records only); false when the sink
    // stopped the read.
    bool readRecords(const QString &text, qsizetype from, qint64 firstLine, const Columns &columns, const BatchSink &sink,
                     qsizetype batchRecords, qint64 &rows) const;

    QString m_source;
    QDateTime m_retrievedAt;
};

} // namespace dh
