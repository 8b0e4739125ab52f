#pragma once

#include "core/result.h"
#include "sync/readers/statdocument.h"

#include <QByteArrayView>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace dh {

// How to read a JSON-stat response beyond what it says itself.
struct JsonStatOptions
{
    // The role of a dimension, by its id. A role given here wins over the document's: it is how a
    // source whose documents give no roles (or wrong ones) is configured.
    QHash<QString, DimensionRole> roles;
    // The language of the labels (JSON-stat documents have one). Empty: the language a PX-Web
    // extension names, else none.
    QString language;
};

// A collection item given by reference, to be fetched on its own.
struct JsonStatLink
{
    QString href;
    QString itemClass;  // "dataset", "collection", "dimension"
    QString label;
};

// One dataset of a response, and what the document says of it that a StatDocument has no room
// for. Each of the document's warnings has its rule: warningRules[i] names the rule of
// document.warnings[i] (e.g. METRIC_UNIT_MISSING).
struct JsonStatDataset
{
    StatDocument document;
    QStringList warningRules;
    QString href;
    QStringList notes;
    QJsonObject extension;
    // The hierarchy of each dimension's categories (JSON-stat's child), by dimension position:
    // a parent's category position → its children's, in the document's order. A category may
    // have more than one parent (a country in two country groups).
    QList<QHash<int, QList<int>>> children;
    // Values the document writes as text that is not a number (read as missing), by cell.
    QHash<qsizetype, QString> textValues;
};

// What a JSON-stat response holds: its datasets in document order (one for a dataset response;
// the embedded ones of a collection; every one of a 1.0 bundle), the items a collection only
// links, and the warnings on the response as a whole with their rules (BUNDLE_DEPRECATED,
// COLLECTION_ITEM_LINKED).
struct JsonStatResponse
{
    QString responseClass;  // "dataset", "collection" or "bundle"
    LocalizedText label;
    QList<JsonStatDataset> datasets;
    QList<JsonStatLink> links;
    QStringList warnings;
    QStringList warningRules;
};

// Reads JSON-stat 2.0 (class dataset or collection) and 1.0 (a bundle of datasets; dimension.id,
// dimension.size and dimension.role) into StatDocuments in the source's own codes. A document that
// breaks the format is refused with an Error naming the place (dataset, dimension, key, index)
// and, in Error::rule, the rule broken — the names of the JSON-stat validator (VALUE_LEN_MISMATCH,
// DIM_KEY_ID_MISMATCH …), and for what it does not name: JSON_INVALID, NOT_JSONSTAT,
// RESPONSE_ERROR, CLASS_UNSUPPORTED, REQUIRED_MISSING, TYPE_INVALID, ID_DUPLICATE, SIZE_OVERFLOW,
// INDEX_MISSING, SPARSE_KEY_DUPLICATE, VALUE_TYPE_INVALID, STATUS_KEY_OUT_OF_RANGE. What is read but doubtful is a warning: METRIC_UNIT_MISSING,
// BUNDLE_DEPRECATED, COLLECTION_ITEM_LINKED, VALUE_NOT_NUMBER, UPDATED_INVALID.
//
// Values: a number, or missing (null, and text that is not a number) — never zero. Dense values
// give a cell at every position of the cube, sparse ones at the positions they name. Status
// codes: a string for every cell, an array (of one, for every cell) or an object by position.
// Units: a category's unit label (or base), symbol, decimals and multiplier. Nothing is fetched.
class JsonStatReader
{
public:
    static Result<JsonStatResponse> read(QByteArrayView bytes, const JsonStatOptions &options = {});
};

} // namespace dh
