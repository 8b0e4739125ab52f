#pragma once

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

    CsvObservationReader(QString source, QDateTime retrievedAt);

    // Reads a file in chunks, so a file of millions of rows is never held whole in memory.
    Result<qint64> readFile(const QString &path, const ObservationSink &accepted, const RejectSink &rejected) const;
    // Returns the number of data rows read.
    Result<qint64> readText(QStringView text, const ObservationSink &accepted, const RejectSink &rejected) const;

    static QStringList header();

private:
    struct Columns;
    Result<Columns> parseHeader(const QList<QStringView> &fields) const;
    void readRecords(QStringView text, qint64 firstLine, const Columns &columns, const ObservationSink &accepted,
                     const RejectSink &rejected, qint64 &rows) const;

    QString m_source;
    QDateTime m_retrievedAt;
};

} // namespace dh
