#include "sync/importer.h"

#include <QFile>
#include <QTemporaryDir>
#include <QDeadlineTimer>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace dh;

// The import pipeline: a reading thread hands batches to the calling thread; what the sinks see
// must be exactly what the reader's own callbacks give, in the same order.
class TestImporter : public QObject
{
    Q_OBJECT

private:
    // One record as a sink saw it.
    struct Seen
    {
        qint64 line = 0;
        QString raw;
        QString reason; // empty when accepted
        double value = 0.0;
        bool operator==(const Seen &) const = default;
    };

    static QString writeFile(const QTemporaryDir &dir, const QByteArray &bytes)
    {
        const QString path = dir.filePath(QStringLiteral("input.csv"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return path;
    }

    // Several read chunks of rows, a bad one every 997 rows.
    static QByteArray bigFile(int rows)
    {
        QByteArray text = "indicator,unit,period,value\n";
        for (int i = 0; i < rows; ++i) {
            text += "ind." + QByteArray::number(i % 400) + ",VN-HN," + Period::month(2011, 1).next(i % 180).toString().toUtf8() + ','
                    + (i % 997 == 0 ? QByteArray("bad") : QByteArray::number(i * 0.5, 'f', 1)) + '\n';
        }
        return text;
    }

    static QList<Seen> collect(const std::function<Result<qint64>(const CsvObservationReader::ObservationSink &,
                                                                  const CsvObservationReader::RejectSink &)> &read,
                               Result<qint64> *outcome = nullptr)
    {
        QList<Seen> seen;
        const auto r = read([&](const Observation &o, qint64 line, QStringView raw) { seen.append({line, raw.toString(), QString(), o.value}); },
                            [&](qint64 line, QStringView raw, const QString &reason) { seen.append({line, raw.toString(), reason, 0.0}); });
        if (outcome)
            *outcome = r;
        return seen;
    }

private slots:
    void deliversEveryRecordInOrder()
    {
        QTemporaryDir dir;
        const int rows = 120000; // several read chunks, some thirty batches
        const QString path = writeFile(dir, bigFile(rows));
        QVERIFY(!path.isEmpty());
        const CsvObservationReader reader(u"test"_qs, QDateTime());

        const QList<Seen> serial = collect([&](const auto &accepted, const auto &rejected) { return reader.readFile(path, accepted, rejected); });
        QCOMPARE(serial.size(), rows);
        Result<qint64> outcome = qint64(0);
        const QList<Seen> piped = collect(
            [&](const auto &accepted, const auto &rejected) { return Importer(2).importFile(reader, path, accepted, rejected); }, &outcome);
        QVERIFY(outcome.ok());
        QCOMPARE(*outcome, rows);
        QCOMPARE(piped.size(), serial.size());
        QVERIFY(piped == serial);

        // Rejects keep their line and text.
        qsizetype rejects = 0;
        for (qsizetype i = 0; i < piped.size(); ++i) {
            QCOMPARE(piped.at(i).line, qint64(i + 2));
            if (!piped.at(i).reason.isEmpty()) {
                ++rejects;
                QCOMPARE(i % 997, 0);
                QVERIFY(piped.at(i).raw.endsWith(u",bad"));
                QVERIFY(piped.at(i).reason.contains(u"Malformed number"));
            }
        }
        QCOMPARE(rejects, (rows + 996) / 997);
    }

    // A file that turns out bad part way: the records before the failure arrive, then the error;
    // nothing after it.
    void aReadErrorPartWayComesAfterTheRecordsBefore()
    {
        QTemporaryDir dir;
        QByteArray bytes = bigFile(100000);
        const qsizetype goodRows = 100000;
        bytes += "ind.1,VN-HN,2011-01,\xC3\x28\n"; // not UTF-8
        bytes += bigFile(1000).mid(sizeof("indicator,unit,period,value\n") - 1);
        const QString path = writeFile(dir, bytes);
        QVERIFY(!path.isEmpty());
        const CsvObservationReader reader(u"test"_qs, QDateTime());
        Result<qint64> outcome = qint64(0);
        const QList<Seen> seen = collect(
            [&](const auto &accepted, const auto &rejected) { return Importer().importFile(reader, path, accepted, rejected); }, &outcome);
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error().code, Error::Code::Invalid);
        QVERIFY2(outcome.error().message.contains(u"UTF-8"), qPrintable(outcome.error().message));
        QVERIFY(!seen.isEmpty());
        QVERIFY(seen.size() <= goodRows);
        for (qsizetype i = 0; i < seen.size(); ++i)
            QCOMPARE(seen.at(i).line, qint64(i + 2));
    }

    void aMissingFileFails()
    {
        const CsvObservationReader reader(u"test"_qs, QDateTime());
        Result<qint64> outcome = qint64(0);
        const QList<Seen> seen = collect(
            [&](const auto &accepted, const auto &rejected) {
                return Importer().importFile(reader, u"/nonexistent/file.csv"_qs, accepted, rejected);
            },
            &outcome);
        QVERIFY(seen.isEmpty());
        QCOMPARE(outcome.error().code, Error::Code::NotFound);
    }

    // The producer runs on a thread of its own, the sinks on the caller's, and the reader is never
    // more than the queue's depth ahead of the writer.
    void theQueueIsBounded()
    {
        constexpr int depth = 3;
        constexpr int batches = 60;
        std::atomic<int> produced = 0;
        int consumed = 0;
        int mostAhead = 0;
        QThread *producerThread = nullptr;
        QThread *const caller = QThread::currentThread();
        bool sinksOnCaller = true;
        const auto produce = [&](const CsvObservationReader::BatchSink &sink) -> Result<qint64> {
            producerThread = QThread::currentThread();
            for (int i = 0; i < batches; ++i) {
                ObservationBatch batch;
                batch.text = QString::number(i);
                ObservationBatch::Record &record = batch.records.emplace_back();
                record.line = i + 2;
                record.rawLength = batch.text.size();
                record.observation.value = i;
                ++produced;
                if (!sink(std::move(batch)))
                    return Error{Error::Code::Cancelled, QString()};
            }
            return qint64(batches);
        };
        QList<double> values;
        const auto r = Importer(depth).run(
            produce,
            [&](const Observation &o, qint64 line, QStringView raw) {
                sinksOnCaller &= QThread::currentThread() == caller;
                // Before the first record is written, the producer fills the queue and blocks on it.
                if (consumed == 0) {
                    const QDeadlineTimer deadline(60000);
                    while (produced.load() < depth + 1 && !deadline.hasExpired())
                        QThread::yieldCurrentThread();
                }
                mostAhead = std::max(mostAhead, produced.load() - consumed);
                ++consumed;
                values.append(o.value);
                QCOMPARE(line, qint64(o.value) + 2);
                QCOMPARE(raw, QString::number(o.value));
            },
            [](qint64, QStringView, const QString &) { QFAIL("no record is rejected"); });
        QVERIFY(r.ok());
        QCOMPARE(*r, batches);
        QCOMPARE(consumed, batches);
        QVERIFY(sinksOnCaller);
        QVERIFY(producerThread && producerThread != caller);
        // In the queue, one being pushed, and the one being written.
        QVERIFY2(mostAhead <= depth + 2, qPrintable(QString::number(mostAhead)));
        QVERIFY(mostAhead >= depth); // the producer did run ahead
        for (int i = 0; i < batches; ++i)
            QCOMPARE(values.at(i), double(i));
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
