#include "jsonstatreader.h"

#include "jsonstatdatasetreader.h"
#include "jsonstatparser.h"

#include <QCoreApplication>

#include <new>
#include <set>

namespace dh {

namespace {

using json = nlohmann::json;

// Collections may hold collections; this many levels are read, which real ones never reach.
constexpr int kMaxCollectionDepth = 8;

QString textOf(const json &object, const char *key)
{
    const auto it = object.is_object() ? object.find(key) : object.end();
    return it != object.end() && it->is_string() ? QString::fromStdString(it->get_ref<const std::string &>()) : QString();
}

Error placed(const Error &error, const QString &place)
{
    Error out = error;
    out.message = QCoreApplication::translate("JsonStatReader", "%1: %2").arg(place, error.message);
    return out;
}

void warn(JsonStatResponse &response, const char *rule, const QString &message)
{
    response.warnings.append(message);
    response.warningRules.append(QString::fromLatin1(rule));
}

// The items of a collection: embedded datasets are read, the rest listed as links.
Result<void> readCollection(const json &node, const JsonStatDatasetReader &reader, const QString &place, int depth,
                            JsonStatResponse &response)
{
    const auto link = node.find("link");
    if (link == node.end())
        return {};
    const auto items = link->is_object() ? link->find("item") : link->end();
    if (!link->is_object() || (items != link->end() && !items->is_array())) {
        return JsonStatDatasetReader::refusal("TYPE_INVALID", QCoreApplication::translate("JsonStatReader", "%1: \"link.item\" is not an array.")
                                                                  .arg(place));
    }
    if (items == link->end())
        return {};
    for (std::size_t i = 0; i < items->size(); ++i) {
        const json &item = (*items)[i];
        const QString where = QCoreApplication::translate("JsonStatReader", "%1, item %2").arg(place).arg(i + 1);
        if (!item.is_object())
            return JsonStatDatasetReader::refusal("TYPE_INVALID", QCoreApplication::translate("JsonStatReader", "%1 is not an object.").arg(where));
        const QString itemClass = textOf(item, "class");
        if (itemClass == u"dataset" && (item.contains("value") || item.contains("dimension"))) {
            Result<JsonStatDataset> dataset = reader.read(item, QString());
            if (!dataset)
                return placed(dataset.error(), where);
            response.datasets.append(std::move(dataset).value());
        } else if (itemClass == u"collection" && item.contains("link") && depth < kMaxCollectionDepth) {
            if (Result<void> nested = readCollection(item, reader, where, depth + 1, response); !nested)
                return nested;
        } else {
            response.links.append({textOf(item, "href"), itemClass, textOf(item, "label")});
        }
    }
    return {};
}

Result<JsonStatResponse> readResponse(const JsonStatParser &parser, const JsonStatOptions &options)
{
    const json &root = parser.root();
    if (!root.is_object()) {
        return JsonStatDatasetReader::refusal("NOT_JSONSTAT", QCoreApplication::translate("JsonStatReader", "The document is not a JSON-stat response: it is not a JSON object."));
    }
    if (const auto error = root.find("error"); error != root.end())
        return JsonStatDatasetReader::responseError(*error);

    const JsonStatDatasetReader reader(parser, options);
    JsonStatResponse response;
    const QString responseClass = textOf(root, "class");
    const QString label = textOf(root, "label");

    if (responseClass == u"dataset" || (responseClass.isEmpty() && root.contains("dimension") && root.contains("value"))) {
        response.responseClass = QStringLiteral("dataset");
        Result<JsonStatDataset> dataset = reader.read(root, QString());
        if (!dataset)
            return dataset.error();
        response.datasets.append(std::move(dataset).value());
    } else if (responseClass == u"collection") {
        response.responseClass = QStringLiteral("collection");
        const QString place = QCoreApplication::translate("JsonStatReader", "Collection");
        if (Result<void> read = readCollection(root, reader, place, 0, response); !read)
            return read.error();
        if (!response.links.isEmpty()) {
            warn(response, "COLLECTION_ITEM_LINKED",
                 QCoreApplication::translate("JsonStatReader", "%n item(s) of the collection are linked, not embedded: fetch them from their href.",
                                             nullptr, int(response.links.size())));
        }
    } else if (!responseClass.isEmpty()) {
        return JsonStatDatasetReader::refusal("CLASS_UNSUPPORTED", QCoreApplication::translate("JsonStatReader", "A JSON-stat response of class \"%1\" holds no data to read.")
                                                                       .arg(JsonStatDatasetReader::shown(responseClass)));
    } else {
        // A 1.0 bundle: every member that is an object is a dataset, in the document's order.
        response.responseClass = QStringLiteral("bundle");
        std::set<std::string> seen;
        for (const std::string &key : parser.rootKeys()) {
            const json &member = root.at(key);
            if (!member.is_object() || !seen.insert(key).second)
                continue;
            const QString id = QString::fromStdString(key);
            Result<JsonStatDataset> dataset = reader.read(member, id);
            if (!dataset) {
                return placed(dataset.error(), QCoreApplication::translate("JsonStatReader", "Dataset \"%1\"").arg(JsonStatDatasetReader::shown(key)));
            }
            response.datasets.append(std::move(dataset).value());
        }
        if (response.datasets.isEmpty()) {
            return JsonStatDatasetReader::refusal("NOT_JSONSTAT", QCoreApplication::translate("JsonStatReader", "The document is not a JSON-stat response: it has no class and no dataset."));
        }
        // Said on the response and on each dataset, which is all an importer may look at.
        const QString deprecated = QCoreApplication::translate("JsonStatReader", "The response is a JSON-stat 1.0 bundle, a form 2.0 replaces with collections.");
        warn(response, "BUNDLE_DEPRECATED", deprecated);
        for (JsonStatDataset &dataset : response.datasets) {
            dataset.document.warnings.prepend(deprecated);
            dataset.warningRules.prepend(QStringLiteral("BUNDLE_DEPRECATED"));
        }
    }
    if (!label.isEmpty())
        response.label.insert(options.language, label);
    return response;
}

} // namespace

Result<JsonStatResponse> JsonStatReader::read(QByteArrayView bytes, const JsonStatOptions &options)
{
    try {
        JsonStatParser parser;
        if (!parser.parse(bytes))
            return JsonStatDatasetReader::refusal("JSON_INVALID", parser.errorMessage());
        return readResponse(parser, options);
    } catch (const std::bad_alloc &) {
        return JsonStatDatasetReader::refusal("SIZE_OVERFLOW", QCoreApplication::translate("JsonStatReader", "The document is too large to read in the memory available."));
    }
}

} // namespace dh
