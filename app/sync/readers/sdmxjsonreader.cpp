#include "sync/readers/sdmxjsonreader.h"

#include "sync/readers/sdmxerror.h"
#include "sync/readers/sdmxsaxhandler.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <nlohmann/json.hpp>

namespace dh::SdmxJsonReader {

namespace {

using json = nlohmann::json;

const json *member(const json &object, const char *key)
{
    if (!object.is_object())
        return nullptr;
    const auto it = object.find(key);
    return it == object.end() || it->is_null() ? nullptr : &*it;
}

QString text(const json *object, const char *key)
{
    const json *v = object ? member(*object, key) : nullptr;
    if (!v || !v->is_string())
        return {};
    const auto &s = v->get_ref<const std::string &>();
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

bool parse(QByteArrayView message, SdmxSaxHandler &handler)
{
    return json::sax_parse(message.begin(), message.end(), &handler);
}

// The first of the errors a message carries instead of data, as its sender wrote it.
Error errorMessage(const json &errors)
{
    const json &first = errors.front();
    QString said = text(&first, "title");
    if (const QString detail = text(&first, "detail"); !detail.isEmpty())
        said += said.isEmpty() ? detail : u" — "_qs + detail;
    if (const json *code = member(first, "code"); code && code->is_number())
        said = QCoreApplication::translate("SdmxJsonReader", "code %1").arg(QString::fromStdString(code->dump()))
            + (said.isEmpty() ? QString() : u": "_qs + said);
    return SdmxError::refuse(
        "SDMX_ERROR_MESSAGE",
        QCoreApplication::translate("SdmxJsonReader", "The message carries an error instead of data: %1.").arg(SdmxError::quoted(said)));
}

// "sdmx-json 2.1" from the schema a 2.x message names; 1.0 has `structure`, not `structures`.
QString format(const json &root, const json &container)
{
    if (!member(container, "structures"))
        return u"sdmx-json 1.0"_qs;
    const json *meta = member(root, "meta");
    QString schema = text(&root, "$schema");
    if (schema.isEmpty())
        schema = text(meta, "schema");
    static const QRegularExpression version(uR"((\d+)\.(\d+)(?:\.\d+)?/(?:[^/]*/)*sdmx-json)"_qs);
    const auto m = version.match(schema);
    return m.hasMatch() ? u"sdmx-json %1.%2"_qs.arg(m.captured(1), m.captured(2)) : u"sdmx-json 2"_qs;
}

void describe(StatDocument &doc, const json &root, const json &container, const SdmxCellBuilder &builder)
{
    doc.format = format(root, container);
    const json *meta = member(root, "meta");
    if (!meta)
        meta = member(root, "header");
    doc.id = text(meta, "id");
    doc.updated = QDateTime::fromString(text(meta, "prepared"), Qt::ISODateWithMs);
    const json *sender = meta ? member(*meta, "sender") : nullptr;
    doc.source = text(sender, "name");
    if (doc.source.isEmpty())
        doc.source = text(sender, "id");
    doc.label = builder.structure().label;
}

} // namespace

Result<StatDocument> read(QByteArrayView message)
{
    StatDocument doc;
    SdmxSaxHandler first(doc);
    if (!parse(message, first))
        return first.error();
    std::optional<SdmxSaxHandler> second;
    SdmxSaxHandler *handler = &first;
    if (first.needsSecondPass()) {
        doc = StatDocument();
        second.emplace(doc, first.takeSkeleton());
        if (!parse(message, *second))
            return second->error();
        handler = &*second;
    }

    const json &root = handler->skeleton();
    if (!root.is_object())
        return SdmxError::refuse("SDMX_NOT_A_MESSAGE",
                                 QCoreApplication::translate("SdmxJsonReader", "The message is not SDMX-JSON: its top level is not an object."));
    const json *data = member(root, "data");
    const json &container = data && data->is_object() ? *data : root;
    const json *dataSets = member(container, "dataSets");
    if (!dataSets || !dataSets->is_array()) {
        if (const json *errors = member(root, "errors"); errors && errors->is_array() && !errors->empty())
            return errorMessage(*errors);
        return SdmxError::refuse("SDMX_NO_DATASETS", QCoreApplication::translate("SdmxJsonReader", "The message has no list of data sets."));
    }
    SdmxCellBuilder *builder = handler->builder();
    if (!builder)
        return handler->error();
    builder->finish();
    describe(doc, root, container, *builder);
    return doc;
}

} // namespace dh::SdmxJsonReader
