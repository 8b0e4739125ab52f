#include "csvobservationreader.h"

#include "core/csvparser.h"
#include "core/safetext.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

#include <charconv>
#include <cmath>
#include <cstring>

namespace dh {

struct CsvObservationReader::Columns
{
    qsizetype indicator = -1;
    qsizetype unit = -1;
    qsizetype period = -1;
    qsizetype value = -1;
    qsizetype disaggregation = -1;
    qsizetype valueKind = -1;
    qsizetype status = -1;
    qsizetype revision = -1;
    qsizetype measure = -1;
    qsizetype count = 0;
};

namespace {

// A field as written: a cell neutralised against spreadsheet formulas (CsvCell) reads back as the
// text it was, so an export imports again unchanged.
QStringView field(const QList<QStringView> &fields, qsizetype column)
{
    return column >= 0 && column < fields.size() ? CsvCell::restored(fields.at(column).trimmed()) : QStringView();
}

// A finite number, or nothing. std::from_chars reads the usual spelling without a locale or a
// temporary string and rounds correctly, as toDouble() does, so every double round-trips; a field
// it does not take whole (a leading '+', non-ASCII text) goes to toDouble(), so every spelling
// toDouble() takes is taken.
std::optional<double> parseNumber(QStringView text)
{
#if defined(__cpp_lib_to_chars)
    char ascii[64];
    const qsizetype n = text.size();
    if (n > 0 && n <= qsizetype(sizeof ascii)) {
        char16_t seen = 0;
        for (qsizetype i = 0; i < n; ++i) {
            const char16_t c = text[i].unicode();
            seen |= c;
            ascii[i] = char(c);
        }
        double value = 0.0;
        if (seen < 0x80) {
            const auto [end, error] = std::from_chars(ascii, ascii + n, value);
            if (error == std::errc() && end == ascii + n && std::isfinite(value))
                return value;
        }
    }
#endif
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok && std::isfinite(value) ? std::optional(value) : std::nullopt;
}

Error cancelled()
{
    return Error::cancelled(QCoreApplication::translate("CsvObservationReader", "The reading was stopped."));
}

// Where a chunk of the file can end: after its last line break outside quotes, so no record is
// split between two chunks; -1 when there is none yet.
qsizetype lastRecordEnd(QByteArrayView bytes)
{
    // Without a quote in the chunk every line break ends a record.
    if (!std::memchr(bytes.data(), '"', size_t(bytes.size()))) {
        const qsizetype last = bytes.lastIndexOf('\n');
        return last < 0 ? -1 : last + 1;
    }
    qsizetype cut = -1;
    bool quoted = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char ch = bytes[i];
        if (ch == '"')
            quoted = !quoted;
        else if (ch == '\n' && !quoted)
            cut = i + 1;
    }
    return cut;
}

} // namespace

CsvObservationReader::CsvObservationReader(QString source, QDateTime retrievedAt)
    : m_source(std::move(source))
    , m_retrievedAt(std::move(retrievedAt))
{
}

QStringList CsvObservationReader::header()
{
    return {QStringLiteral("indicator"), QStringLiteral("unit"), QStringLiteral("period"), QStringLiteral("disaggregation"),
            QStringLiteral("value"), QStringLiteral("value_kind"), QStringLiteral("status"), QStringLiteral("revision"),
            QStringLiteral("measure")};
}

Result<CsvObservationReader::Columns> CsvObservationReader::parseHeader(const QList<QStringView> &fields) const
{
    Columns c;
    c.count = fields.size();
    // A header of column names is printable text: control characters or bytes that are not UTF-8
    // (read as U+FFFD) mean a binary file, which is said as such rather than echoed as a column.
    for (const QStringView f : fields) {
        if (SafeText::hasControl(f.trimmed()) || f.contains(QChar::ReplacementCharacter)) {
            return Error::invalid(QCoreApplication::translate("CsvObservationReader", "This is not a CSV file: its first line holds binary data, "
                                                                                      "not column names. Expected a header such as: %1.")
                                      .arg(header().join(u',')));
        }
    }
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const QString name = fields.at(i).trimmed().toString().toLower();
        qsizetype *slot = nullptr;
        if (name == u"indicator") slot = &c.indicator;
        else if (name == u"unit") slot = &c.unit;
        else if (name == u"period") slot = &c.period;
        else if (name == u"value") slot = &c.value;
        else if (name == u"disaggregation") slot = &c.disaggregation;
        else if (name == u"value_kind") slot = &c.valueKind;
        else if (name == u"status") slot = &c.status;
        else if (name == u"revision") slot = &c.revision;
        else if (name == u"measure") slot = &c.measure;
        else
            return Error::invalid(QCoreApplication::translate("CsvObservationReader", "Unknown column \"%1\" in the header.").arg(SafeText::excerpt(name)));
        if (*slot >= 0)
            return Error::invalid(QCoreApplication::translate("CsvObservationReader", "Column \"%1\" appears twice in the header.").arg(SafeText::excerpt(name)));
        *slot = i;
    }
    QStringList missing;
    if (c.indicator < 0) missing << QStringLiteral("indicator");
    if (c.unit < 0) missing << QStringLiteral("unit");
    if (c.period < 0) missing << QStringLiteral("period");
    if (c.value < 0) missing << QStringLiteral("value");
    if (!missing.isEmpty())
        return Error::invalid(QCoreApplication::translate("CsvObservationReader", "The header lacks the required column(s): %1. Expected: %2.")
                                  .arg(missing.join(QStringLiteral(", ")), header().join(u',')));
    return c;
}

// Turns one record into o (which keeps the previous record's strings where they repeat); the
// reason it cannot, or an empty string.
QString CsvObservationReader::parseRecord(const QList<QStringView> &fields, bool malformed, const Columns &c,
                                          Observation &o) const
{
    if (malformed)
        return QCoreApplication::translate("CsvObservationReader", "Unterminated quoted field.");
    if (fields.size() != c.count)
        return QCoreApplication::translate("CsvObservationReader", "Expected %1 fields, found %2.").arg(c.count).arg(fields.size());
    const QStringView indicator = field(fields, c.indicator);
    const QStringView unit = field(fields, c.unit);
    if (indicator.isEmpty() || unit.isEmpty())
        return QCoreApplication::translate("CsvObservationReader", "The indicator or unit code is empty.");
    const auto period = Period::parse(field(fields, c.period));
    if (!period)
        return QCoreApplication::translate("CsvObservationReader", "Malformed period \"%1\".").arg(SafeText::excerpt(field(fields, c.period)));
    const QStringView valueText = field(fields, c.value);
    const auto value = parseNumber(valueText);
    if (!value) {
        return valueText.isEmpty() ? QCoreApplication::translate("CsvObservationReader", "The value is missing.")
                                   : QCoreApplication::translate("CsvObservationReader", "Malformed number \"%1\".").arg(SafeText::excerpt(valueText));
    }
    const auto disagg = DisaggregationKey::canonical(field(fields, c.disaggregation));
    if (!disagg) {
        return QCoreApplication::translate("CsvObservationReader", "Malformed disaggregation \"%1\" (expected dim=value;dim=value).")
            .arg(SafeText::excerpt(field(fields, c.disaggregation)));
    }
    const QStringView kindText = field(fields, c.valueKind);
    const auto kind = kindText.isEmpty() ? std::optional(ValueKind::InPeriod) : valueKindFromName(kindText);
    if (!kind)
        return QCoreApplication::translate("CsvObservationReader", "Unknown value kind \"%1\" (in-period, cumulative or target).").arg(SafeText::excerpt(kindText));
    const auto status = statusFromName(field(fields, c.status));
    if (!status) {
        return QCoreApplication::translate("CsvObservationReader", "Unknown status \"%1\" (final, provisional or estimate).")
            .arg(SafeText::excerpt(field(fields, c.status)));
    }
    int revision = 1;
    if (const QStringView r = field(fields, c.revision); !r.isEmpty()) {
        bool ok = false;
        revision = r.toInt(&ok);
        if (!ok || revision < 0)
            return QCoreApplication::translate("CsvObservationReader", "Malformed revision \"%1\".").arg(SafeText::excerpt(r));
    }
    // Files repeat the same codes row after row: keep the strings rather than allocate anew.
    if (o.indicator != indicator)
        o.indicator = indicator.toString();
    if (o.unit != unit)
        o.unit = unit.toString();
    if (const QStringView measure = field(fields, c.measure); o.measure != measure)
        o.measure = measure.toString();
    o.period = *period;
    o.disaggregation = *disagg;
    o.value = *value;
    o.valueKind = *kind;
    o.status = *status;
    o.provenance.revision = revision;
    return QString();
}

bool CsvObservationReader::readRecords(const QString &text, qsizetype from, qint64 firstLine, const Columns &c,
                                       const BatchSink &sink, qsizetype batchRecords, qint64 &rows) const
{
    CsvParser parser(QStringView(text).mid(from));
    QList<QStringView> fields;
    Observation o;
    o.provenance.source = m_source;
    o.provenance.retrievedAt = m_retrievedAt;
    // A record takes at least a few characters: a short text does not reserve a whole batch.
    const qsizetype reserve = std::min(batchRecords, (text.size() - from) / 8 + 1);
    ObservationBatch batch;
    batch.text = text;
    batch.records.reserve(reserve);
    while (parser.next(fields)) {
        ++rows;
        const QStringView raw = parser.rawRecord();
        ObservationBatch::Record &record = batch.records.emplace_back();
        record.line = firstLine + parser.lineNumber() - 1;
        record.rawStart = raw.data() - text.constData();
        record.rawLength = raw.size();
        QString reason = parseRecord(fields, parser.malformed(), c, o);
        if (reason.isEmpty())
            record.observation = o;
        else
            record.reason = std::move(reason);
        if (batch.records.size() == batchRecords) {
            if (!sink(std::move(batch)))
                return false;
            batch = ObservationBatch();
            batch.text = text;
            batch.records.reserve(reserve);
        }
    }
    return batch.records.isEmpty() || sink(std::move(batch));
}

void CsvObservationReader::deliver(const ObservationBatch &batch, const ObservationSink &accepted, const RejectSink &rejected,
                                   const RemovalSink &removed)
{
    for (const ObservationBatch::Record &record : batch.records) {
        if (record.removal && record.reason.isEmpty()) {
            if (removed)
                removed(record.observation, record.line, batch.raw(record));
            else
                rejected(record.line, batch.raw(record), QCoreApplication::translate("CsvObservationReader", "The source deletes this observation, and this import cannot remove one."));
        } else if (record.reason.isEmpty())
            accepted(record.observation, record.line, batch.raw(record));
        else
            rejected(record.line, batch.raw(record), record.reason);
    }
}

Result<qint64> CsvObservationReader::readText(QStringView text, const ObservationSink &accepted, const RejectSink &rejected) const
{
    return readText(text.toString(), [&](ObservationBatch &&batch) {
        deliver(batch, accepted, rejected);
        return true;
    });
}

Result<qint64> CsvObservationReader::readText(const QString &text, const BatchSink &sink, qsizetype batchRecords) const
{
    CsvParser headerParser(text);
    QList<QStringView> fields;
    if (!headerParser.next(fields))
        return Error::invalid(QCoreApplication::translate("CsvObservationReader", "The file is empty."));
    const auto columns = parseHeader(fields);
    if (!columns)
        return columns.error();
    const qsizetype bodyStart = text.indexOf(u'\n');
    qint64 rows = 0;
    if (bodyStart >= 0 && !readRecords(text, bodyStart + 1, headerParser.lineNumber() + 1, *columns, sink, batchRecords, rows))
        return cancelled();
    return rows;
}

Result<qint64> CsvObservationReader::readFile(const QString &path, const ObservationSink &accepted, const RejectSink &rejected) const
{
    return readFile(path, [&](ObservationBatch &&batch) {
        deliver(batch, accepted, rejected);
        return true;
    });
}

Result<qint64> CsvObservationReader::readFile(const QString &path, const BatchSink &sink, qsizetype batchRecords) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::notFound(QCoreApplication::translate("CsvObservationReader", "Cannot open %1: %2").arg(path, file.errorString()));

    QByteArray headerLine = file.readLine();
    if (headerLine.startsWith("\xEF\xBB\xBF"))
        headerLine.remove(0, 3);
    const QString headerText = QString::fromUtf8(headerLine);
    CsvParser headerParser(headerText);
    QList<QStringView> fields;
    if (!headerParser.next(fields))
        return Error::invalid(QCoreApplication::translate("CsvObservationReader", "%1 is empty.").arg(path));
    const auto columns = parseHeader(fields);
    if (!columns)
        return Error::invalid(QStringLiteral("%1: %2").arg(path, columns.error().message));

    // Small chunks: the batches read from a chunk keep it in memory until they are written.
    constexpr qint64 chunkSize = 1 << 20;
    QStringDecoder decoder(QStringDecoder::Utf8);
    QByteArray pending;
    qint64 line = 2;
    qint64 rows = 0;
    while (!file.atEnd() || !pending.isEmpty()) {
        const QByteArray read = file.read(chunkSize);
        if (read.isEmpty() && !file.atEnd())
            return Error::storage(QCoreApplication::translate("CsvObservationReader", "Cannot read %1 near line %2: %3")
                                      .arg(path).arg(line).arg(file.errorString()));
        pending += read;
        qsizetype cut = pending.size();
        if (!file.atEnd()) {
            cut = lastRecordEnd(pending);
            if (cut < 0)
                continue; // one record longer than a chunk: read more
        }
        const QString text = decoder.decode(QByteArrayView(pending.constData(), cut));
        if (decoder.hasError())
            return Error::invalid(QCoreApplication::translate("CsvObservationReader", "%1 is not valid UTF-8 near line %2.").arg(path).arg(line));
        if (!readRecords(text, 0, line, *columns, sink, batchRecords, rows))
            return cancelled();
        line += QStringView(text).count(u'\n');
        pending.remove(0, cut);
        if (file.atEnd() && pending.isEmpty())
            break;
    }
    return rows;
}

} // namespace dh
