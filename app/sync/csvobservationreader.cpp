#include "csvobservationreader.h"

#include "core/csvparser.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

#include <cmath>

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

QStringView field(const QList<QStringView> &fields, qsizetype column)
{
    return column >= 0 && column < fields.size() ? fields.at(column).trimmed() : QStringView();
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
            return Error::invalid(QCoreApplication::translate("CsvObservationReader", "Unknown column \"%1\" in the header.").arg(name));
        if (*slot >= 0)
            return Error::invalid(QCoreApplication::translate("CsvObservationReader", "Column \"%1\" appears twice in the header.").arg(name));
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

void CsvObservationReader::readRecords(QStringView text, qint64 firstLine, const Columns &c, const ObservationSink &accepted,
                                       const RejectSink &rejected, qint64 &rows) const
{
    CsvParser parser(text);
    QList<QStringView> fields;
    Observation o;
    o.provenance.source = m_source;
    o.provenance.retrievedAt = m_retrievedAt;
    while (parser.next(fields)) {
        ++rows;
        const qint64 line = firstLine + parser.lineNumber() - 1;
        const QStringView raw = parser.rawRecord();
        auto reject = [&](const QString &reason) { rejected(line, raw, reason); };
        if (parser.malformed()) {
            reject(QCoreApplication::translate("CsvObservationReader", "Unterminated quoted field."));
            continue;
        }
        if (fields.size() != c.count) {
            reject(QCoreApplication::translate("CsvObservationReader", "Expected %1 fields, found %2.").arg(c.count).arg(fields.size()));
            continue;
        }
        const QStringView indicator = field(fields, c.indicator);
        const QStringView unit = field(fields, c.unit);
        if (indicator.isEmpty() || unit.isEmpty()) {
            reject(QCoreApplication::translate("CsvObservationReader", "The indicator or unit code is empty."));
            continue;
        }
        const auto period = Period::parse(field(fields, c.period));
        if (!period) {
            reject(QCoreApplication::translate("CsvObservationReader", "Malformed period \"%1\".").arg(field(fields, c.period)));
            continue;
        }
        const QStringView valueText = field(fields, c.value);
        bool ok = false;
        const double value = valueText.toDouble(&ok);
        if (!ok || !std::isfinite(value)) {
            reject(valueText.isEmpty() ? QCoreApplication::translate("CsvObservationReader", "The value is missing.")
                                       : QCoreApplication::translate("CsvObservationReader", "Malformed number \"%1\".").arg(valueText));
            continue;
        }
        const auto disagg = DisaggregationKey::canonical(field(fields, c.disaggregation));
        if (!disagg) {
            reject(QCoreApplication::translate("CsvObservationReader", "Malformed disaggregation \"%1\" (expected dim=value;dim=value).")
                       .arg(field(fields, c.disaggregation)));
            continue;
        }
        const QStringView kindText = field(fields, c.valueKind);
        const auto kind = kindText.isEmpty() ? std::optional(ValueKind::InPeriod) : valueKindFromName(kindText);
        if (!kind) {
            reject(QCoreApplication::translate("CsvObservationReader", "Unknown value kind \"%1\" (in-period, cumulative or target).").arg(kindText));
            continue;
        }
        const auto status = statusFromName(field(fields, c.status));
        if (!status) {
            reject(QCoreApplication::translate("CsvObservationReader", "Unknown status \"%1\" (final, provisional or estimate).")
                       .arg(field(fields, c.status)));
            continue;
        }
        int revision = 1;
        if (const QStringView r = field(fields, c.revision); !r.isEmpty()) {
            revision = r.toInt(&ok);
            if (!ok || revision < 0) {
                reject(QCoreApplication::translate("CsvObservationReader", "Malformed revision \"%1\".").arg(r));
                continue;
            }
        }
        if (o.indicator != indicator)
            o.indicator = indicator.toString();
        if (o.unit != unit)
            o.unit = unit.toString();
        o.period = *period;
        o.disaggregation = *disagg;
        o.value = value;
        o.valueKind = *kind;
        o.status = *status;
        o.provenance.revision = revision;
        o.measure = field(fields, c.measure).toString();
        accepted(o, line, raw);
    }
}

Result<qint64> CsvObservationReader::readText(QStringView text, const ObservationSink &accepted, const RejectSink &rejected) const
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
    if (bodyStart >= 0)
        readRecords(text.mid(bodyStart + 1), headerParser.lineNumber() + 1, *columns, accepted, rejected, rows);
    return rows;
}

Result<qint64> CsvObservationReader::readFile(const QString &path, const ObservationSink &accepted, const RejectSink &rejected) const
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

    // Chunks end at a line break outside quotes, so no record is split between two chunks.
    constexpr qint64 chunkSize = 8 << 20;
    QStringDecoder decoder(QStringDecoder::Utf8);
    QByteArray pending;
    qint64 line = 2;
    qint64 rows = 0;
    while (!file.atEnd() || !pending.isEmpty()) {
        pending += file.read(chunkSize);
        qsizetype cut = pending.size();
        if (!file.atEnd()) {
            cut = -1;
            bool quoted = false;
            for (qsizetype i = 0; i < pending.size(); ++i) {
                const char ch = pending.at(i);
                if (ch == '"')
                    quoted = !quoted;
                else if (ch == '\n' && !quoted)
                    cut = i + 1;
            }
            if (cut < 0)
                continue; // one record longer than a chunk: read more
        }
        const QString text = decoder.decode(QByteArrayView(pending.constData(), cut));
        if (decoder.hasError())
            return Error::invalid(QCoreApplication::translate("CsvObservationReader", "%1 is not valid UTF-8 near line %2.").arg(path).arg(line));
        readRecords(text, line, *columns, accepted, rejected, rows);
        line += QStringView(text).count(u'\n');
        pending.remove(0, cut);
        if (file.atEnd() && pending.isEmpty())
            break;
    }
    return rows;
}

} // namespace dh
