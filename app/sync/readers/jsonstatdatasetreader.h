#pragma once

#include "core/result.h"
#include "sync/readers/jsonstatparser.h"
#include "sync/readers/jsonstatreader.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace dh {

// Reads one JSON-stat dataset — of a 2.0 response or collection, or a member of a 1.0 bundle —
// from a parsed document, checking it against the format's rules in the order the validator
// does: ids and sizes, the dimensions they name, roles, each dimension's categories (index,
// label, unit, coordinates, note, child), then the values and the statuses (JsonStatCellReader).
// JsonStatReader finds the datasets of a response and hands each here.
class JsonStatDatasetReader
{
public:
    JsonStatDatasetReader(const JsonStatParser &parser, const JsonStatOptions &options);

    // id: the dataset's key in a 1.0 bundle, else empty.
    Result<JsonStatDataset> read(const nlohmann::json &node, const QString &id) const;

    // A refusal under a rule's name.
    static Error refusal(const char *rule, QString message);
    // The refusal of a response that is a JSON-stat error (its "error" member).
    static Error responseError(const nlohmann::json &error);
    // A document's text as a message shows it: short, control characters escaped.
    static QString shown(const std::string &text);
    static QString shown(const QString &text);
    // Adds a warning to the dataset under a rule's name.
    static void warn(JsonStatDataset &dataset, const char *rule, const QString &message);

private:
    // The cube's frame: dimension ids, sizes and roles by position, and the number of cells.
    struct Frame
    {
        std::vector<const std::string *> ids;
        std::unordered_map<std::string_view, std::size_t> positions; // of the ids
        std::vector<std::uint64_t> sizes;
        std::vector<DimensionRole> roles;
        std::uint64_t count = 0;
    };

    Result<void> readRoles(const nlohmann::json *roles, Frame &cube) const;
    Result<void> readDimension(const nlohmann::json &node, const std::string &name, std::uint64_t size,
                               const QString &language, StatDimension &dimension, QHash<int, QList<int>> &children) const;
    Result<void> readChildren(const nlohmann::json *child, const QString &place,
                              const std::unordered_map<std::string_view, int> &positions,
                              const std::vector<const std::string *> &ids, QHash<int, QList<int>> &children) const;

    const JsonStatParser &m_parser;
    const JsonStatOptions &m_options;
};

} // namespace dh
