#include "csvmappedreader.h"

#include "core/csvparser.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <cmath>

namespace dh {

namespace {

Error refused(const QString &message, const char *rule)
{
    Error e = Error::invalid(message);
    e.rule = QString::fromLatin1(rule);
    return e;
}

std::optional<double> number(QStringView text, bool decimalComma)
{
    QString plain = text.trimmed().toString();
    if (decimalComma) {
        if (plain.contains(u'.'))
            return std::nullopt;
        plain.replace(u',', u'.');
    }
    bool ok = false;
    const double v = plain.toDouble(&ok);
    return ok && std::isfinite(v) ? std::optional(v) : std::nullopt;
}

} // namespace

Result<StatDocument> CsvMappedReader::read(QByteArrayView bytes, const CodeMapping &mapping)
{
    const CodeMapping::CsvColumns &c = mapping.csv;
    if (!c.present)
        return refused(QCoreApplication::translate("CsvMappedReader", "The code mapping has no csv section: it does not say which column is which."), "MAPPING_NO_CSV");
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return refused(QCoreApplication::translate("CsvMappedReader", "The file is not valid UTF-8."), "CSV_NOT_UTF8");

    CsvParser parser(text, c.delimiter);
    QList<QStringView> fields;
    if (!parser.next(fields))
        return refused(QCoreApplication::translate("CsvMappedReader", "The file is empty."), "CSV_EMPTY");
    const qsizetype fieldCount = fields.size();

    StatDocument doc;
    doc.format = QStringLiteral("csv-mapped");
    doc.source = mapping.source;
    struct Column
    {
        qsizetype field = -1;
        QHash<QString, int> categories;
    };
    // The dimensions, in this order: indicator, unit, period, then the disaggregations.
    QList<Column> columns;
    auto find = [&](const QString &name) -> qsizetype {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (fields.at(i).trimmed() == name)
                return i;
        }
        return -1;
    };
    auto missingColumn = [&](const QString &name) {
        QStringList header;
        for (QStringView f : std::as_const(fields))
            header.append(f.trimmed().toString());
        return refused(QCoreApplication::translate("CsvMappedReader", "The header has no column \"%1\" (it has: %2).")
                           .arg(name, header.join(QStringLiteral(", "))), "CSV_COLUMN_MISSING");
    };
    auto addDimension = [&](const QString &column, DimensionRole role) -> Result<void> {
        const qsizetype at = find(column);
        if (at < 0)
            return missingColumn(column);
        StatDimension dim;
        dim.id = column;
        dim.label.insert(QString(), column);
        dim.role = role;
        doc.dimensions.append(dim);
        columns.append(Column{at, {}});
        return {};
    };
    for (const auto &[column, role] : {std::pair{c.indicator, DimensionRole::Metric}, std::pair{c.unit, DimensionRole::Geo},
                                       std::pair{c.period, DimensionRole::Time}}) {
        if (!column.isEmpty()) {
            if (auto r = addDimension(column, role); !r)
                return r.error();
        }
    }
    for (const CodeMapping::Disaggregation &d : c.disaggregations) {
        if (auto r = addDimension(d.source, DimensionRole::Other); !r)
            return r.error();
    }
    const qsizetype valueField = find(c.value);
    if (valueField < 0)
        return missingColumn(c.value);
    qsizetype statusField = -1;
    if (!c.status.isEmpty() && (statusField = find(c.status)) < 0)
        return missingColumn(c.status);

    QList<int> key(columns.size());
    while (parser.next(fields)) {
        const qsizetype line = parser.lineNumber();
        if (parser.malformed())
            return refused(QCoreApplication::translate("CsvMappedReader", "Line %1: unterminated quoted field.").arg(line), "CSV_MALFORMED");
        if (fields.size() != fieldCount)
            return refused(QCoreApplication::translate("CsvMappedReader", "Line %1: expected %2 fields, found %3.").arg(line).arg(fieldCount).arg(fields.size()),
                           "CSV_FIELD_COUNT");
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const QString code = CsvCell::restored(fields.at(columns.at(i).field).trimmed()).toString();
            if (code.isEmpty())
                return refused(QCoreApplication::translate("CsvMappedReader", "Line %1, column %2: empty.").arg(line).arg(doc.dimensions.at(i).id), "CSV_CODE_EMPTY");
            auto &categories = columns[i].categories;
            auto it = categories.constFind(code);
            if (it == categories.cend()) {
                it = categories.insert(code, int(doc.dimensions.at(i).categories.size()));
                StatCategory category;
                category.id = code;
                doc.dimensions[i].categories.append(category);
            }
            key[i] = *it;
        }
        const QStringView valueText = fields.at(valueField).trimmed();
        std::optional<double> value;
        if (!valueText.isEmpty()) {
            value = number(valueText, c.decimalComma);
            if (!value)
                return refused(QCoreApplication::translate("CsvMappedReader", "Line %1, column %2: \"%3\" is not a number.")
                                   .arg(line).arg(c.value, valueText.left(64)), "CSV_NOT_A_NUMBER");
        }
        const QStringView status = statusField >= 0 ? fields.at(statusField).trimmed() : QStringView();
        doc.addCell(key, value, status);
    }
    return doc;
}

} // namespace dh
