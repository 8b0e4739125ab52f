#pragma once

#include "core/observation.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace dh {

// A run of consecutive records of one input, in input order, as a reader hands them on: each is an
// observation or the reason it could not become one, with its line and its raw text. The batch
// shares the decoded text its records were read from (QString's implicit sharing, no copy), so it
// can cross to another thread and still quote each record exactly for the quarantine.
struct ObservationBatch
{
    struct Record
    {
        Observation observation; // meaningful when reason is empty
        QString reason;          // why the record was rejected (translated); empty when accepted
        bool removal = false;    // the source deletes the observation's key (SDMX action Delete)
        qint64 line = 0;         // 1-based line of the input on which the record starts
        qsizetype rawStart = 0;  // the record's raw text within ObservationBatch::text
        qsizetype rawLength = 0;
    };

    QString text;
    QList<Record> records;

    QStringView raw(const Record &record) const { return QStringView(text).mid(record.rawStart, record.rawLength); }
};

} // namespace dh
