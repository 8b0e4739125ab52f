#include "pxwebtable.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QHash>
#include <QSet>
#include <QUrl>

#include <optional>

namespace dh {

namespace {

Error refusal(const char *rule, QString message)
{
    Error error = Error::invalid(std::move(message));
    error.rule = QString::fromLatin1(rule);
    return error;
}

Error invalidMetadata(QString message)
{
    return refusal("PXWEB_METADATA_INVALID", std::move(message));
}

// A list of texts, or nothing when the member is not one.
std::optional<QStringList> textsOf(const QJsonValue &value)
{
    if (!value.isArray())
        return std::nullopt;
    QStringList out;
    const QJsonArray array = value.toArray();
    out.reserve(array.size());
    for (const QJsonValue &v : array) {
        if (!v.isString())
            return std::nullopt;
        out.append(v.toString());
    }
    return out;
}

} // namespace

Result<PxWebTable> PxWebTable::fromJson(QByteArrayView bytes, const QString &language)
{
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(bytes.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return invalidMetadata(QCoreApplication::translate("PxWebTable", "The table's metadata is not valid JSON (%1 near byte %2).")
                                   .arg(parseError.errorString()).arg(parseError.offset));
    }
    const QJsonObject root = json.object();
    if (!json.isObject() || !root.value(u"variables").isArray()) {
        return invalidMetadata(QCoreApplication::translate("PxWebTable", "The document is not a PX-Web table's metadata: it has no \"variables\" array."));
    }

    PxWebTable table;
    table.title = root.value(u"title").toString();
    table.language = language;
    const QJsonArray variables = root.value(u"variables").toArray();
    QSet<QString> codes;
    for (qsizetype i = 0; i < variables.size(); ++i) {
        const QJsonObject v = variables.at(i).toObject();
        PxWebVariable variable;
        variable.code = v.value(u"code").toString();
        variable.text = v.value(u"text").toString();
        if (variable.code.isEmpty()) {
            return invalidMetadata(QCoreApplication::translate("PxWebTable", "Variable %1 of the table has no code.").arg(i + 1));
        }
        if (codes.contains(variable.code)) {
            return invalidMetadata(QCoreApplication::translate("PxWebTable", "The table names the variable \"%1\" twice.").arg(variable.code));
        }
        codes.insert(variable.code);
        const std::optional<QStringList> values = textsOf(v.value(u"values"));
        // Texts may be missing; they are then the codes.
        const std::optional<QStringList> texts = v.contains(u"valueTexts") ? textsOf(v.value(u"valueTexts")) : values;
        if (!values || !texts) {
            return invalidMetadata(QCoreApplication::translate("PxWebTable", "Variable \"%1\": \"values\" and \"valueTexts\" must be arrays of texts.")
                                       .arg(variable.code));
        }
        if (values->size() != texts->size()) {
            return invalidMetadata(QCoreApplication::translate("PxWebTable", "Variable \"%1\" has %2 values but %3 value texts.")
                                       .arg(variable.code).arg(values->size()).arg(texts->size()));
        }
        variable.values = *values;
        variable.valueTexts = *texts;
        variable.time = v.value(u"time").toBool();
        variable.elimination = v.value(u"elimination").toBool();
        table.variables.append(std::move(variable));
    }
    return table;
}

QString PxWebTable::languageOf(const QUrl &url)
{
    const QStringList segments = url.path().split(u'/', Qt::SkipEmptyParts);
    const qsizetype v1 = segments.indexOf(QStringLiteral("v1"));
    if (v1 < 0)
        return {};
    // Right after v1 (GSO: /PXWeb/api/v1/vi/…), or after a database name (SCB: /v1/doris/sv/…).
    for (qsizetype i = v1 + 1; i < segments.size() && i <= v1 + 2; ++i) {
        const QString &s = segments.at(i);
        if (s.size() == 2 && s.at(0).isLetter() && s.at(1).isLetter())
            return s.toLower();
    }
    return {};
}

int PxWebTable::variableIndex(QStringView code) const
{
    for (int i = 0; i < variables.size(); ++i) {
        if (variables.at(i).code == code)
            return i;
    }
    return -1;
}

int PxWebTable::timeVariable() const
{
    for (int i = 0; i < variables.size(); ++i) {
        if (variables.at(i).time)
            return i;
    }
    return -1;
}

JsonStatOptions PxWebTable::jsonStatOptions() const
{
    JsonStatOptions options;
    options.language = language;
    if (const int time = timeVariable(); time >= 0)
        options.roles.insert(variables.at(time).code, DimensionRole::Time);
    return options;
}

Result<JsonStatDataset> PxWebTable::readData(QByteArrayView bytes) const
{
    Result<JsonStatResponse> response = JsonStatReader::read(bytes, jsonStatOptions());
    if (!response)
        return response.error();
    if (response->datasets.size() != 1) {
        return refusal("PXWEB_TABLE_MISMATCH", QCoreApplication::translate("PxWebTable", "The answer holds %1 datasets; a query on a table gives one.")
                                                   .arg(response->datasets.size()));
    }
    JsonStatDataset dataset = std::move(response->datasets.first());
    const QJsonObject px = dataset.extension.value(u"px").toObject();
    const QString lang = language.isEmpty() ? px.value(u"language").toString() : language;
    QHash<QString, int> byCode;
    for (int v = 0; v < variables.size(); ++v)
        byCode.insert(variables.at(v).code, v);
    for (StatDimension &dimension : dataset.document.dimensions) {
        const int v = byCode.value(dimension.id, -1);
        if (v < 0) {
            return refusal("PXWEB_TABLE_MISMATCH", QCoreApplication::translate("PxWebTable", "The answer has the dimension \"%1\", which is not a variable of the table \"%2\".")
                                                       .arg(dimension.id, title));
        }
        // The metadata's texts stand in for labels the answer leaves out.
        const PxWebVariable &variable = variables.at(v);
        if (dimension.label.isEmpty() && !variable.text.isEmpty())
            dimension.label.insert(lang, variable.text);
        QHash<QString, qsizetype> texts;
        for (qsizetype i = 0; i < variable.values.size(); ++i)
            texts.insert(variable.values.at(i), i);
        for (StatCategory &category : dimension.categories) {
            const qsizetype at = texts.value(category.id, -1);
            if (category.label.isEmpty() && at >= 0)
                category.label.insert(lang, variable.valueTexts.at(at));
        }
    }
    if (dataset.document.label.isEmpty() && !title.isEmpty())
        dataset.document.label.insert(lang, title);
    // A 1.0 answer names its one dataset "dataset"; the table's own id says more.
    if (const QString tableId = px.value(u"tableid").toString(); !tableId.isEmpty())
        dataset.document.id = tableId;
    return dataset;
}

} // namespace dh
