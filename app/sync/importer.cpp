#include "importer.h"

#include "logging.h"

#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#include <deque>
#include <memory>
#include <optional>

namespace dh {

namespace {

// The batches between the reading thread and the writing one.
class BatchQueue
{
public:
    explicit BatchQueue(qsizetype depth) : m_depth(std::max<qsizetype>(1, depth)) {}

    // Reading side: waits while the queue is full.
    void push(ObservationBatch &&batch)
    {
        QMutexLocker lock(&m_mutex);
        while (qsizetype(m_batches.size()) >= m_depth)
            m_notFull.wait(&m_mutex);
        m_batches.push_back(std::move(batch));
        m_notEmpty.wakeOne();
    }

    void finish(Result<qint64> outcome)
    {
        QMutexLocker lock(&m_mutex);
        m_outcome = std::move(outcome);
        m_notEmpty.wakeOne();
    }

    // Writing side: the next batch, or nothing once the reader has finished and every batch was taken.
    std::optional<ObservationBatch> pop()
    {
        QMutexLocker lock(&m_mutex);
        while (m_batches.empty() && !m_outcome)
            m_notEmpty.wait(&m_mutex);
        if (m_batches.empty())
            return std::nullopt;
        ObservationBatch batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_notFull.wakeOne();
        return batch;
    }

    Result<qint64> outcome() const
    {
        QMutexLocker lock(&m_mutex);
        return *m_outcome;
    }

private:
    const qsizetype m_depth;
    mutable QMutex m_mutex;
    QWaitCondition m_notEmpty;
    QWaitCondition m_notFull;
    std::deque<ObservationBatch> m_batches;
    std::optional<Result<qint64>> m_outcome;
};

} // namespace

Importer::Importer(qsizetype queueDepth)
    : m_queueDepth(queueDepth)
{
}

Result<qint64> Importer::importFile(const CsvObservationReader &reader, const QString &path,
                                    const CsvObservationReader::ObservationSink &accepted,
                                    const CsvObservationReader::RejectSink &rejected) const
{
    return run([&](const CsvObservationReader::BatchSink &sink) { return reader.readFile(path, sink); }, accepted, rejected);
}

Result<qint64> Importer::run(const Producer &produce, const CsvObservationReader::ObservationSink &accepted,
                             const CsvObservationReader::RejectSink &rejected,
                             const CsvObservationReader::RemovalSink &removed) const
{
    BatchQueue queue(m_queueDepth);
    std::unique_ptr<QThread> reading(QThread::create([&] {
        queue.finish(produce([&](ObservationBatch &&batch) {
            queue.push(std::move(batch));
            return true;
        }));
    }));
    reading->setObjectName(QStringLiteral("dieuhanh import reader"));
    reading->start();
    qint64 batches = 0;
    while (const auto batch = queue.pop()) {
        CsvObservationReader::deliver(*batch, accepted, rejected, removed);
        ++batches;
    }
    reading->wait();
    qCDebug(lcSync) << "import:" << batches << "batches handed from the reading thread";
    return queue.outcome();
}

} // namespace dh
