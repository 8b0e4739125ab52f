#pragma once

#include "records.h"

#include "core/result.h"

#include <QList>

namespace dh {

namespace sqlite {
class Connection;
}

// What came in and what was refused: a record of every import run, and the quarantine of rejected
// input, each record with its source, line, text and reason, so nothing bad is silently dropped.
class QuarantineRepository
{
public:
    explicit QuarantineRepository(sqlite::Connection &connection);

    // Inside the caller's transaction if one is open, else in a transaction of its own.
    Result<void> add(const QList<QuarantineRecord> &records, qint64 runId = 0);
    // The oldest first.
    Result<QList<QuarantineRecord>> records(int limit = 1000) const;
    Result<qint64> recordRun(const ImportRun &run);

private:
    Result<void> insert(const QList<QuarantineRecord> &records, qint64 runId);

    sqlite::Connection *m_connection;
};

} // namespace dh
