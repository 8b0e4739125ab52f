#pragma once

#include <QByteArrayView>
#include <QJsonValue>
#include <QString>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <functional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace dh {

// What the JSON-stat reader's files read of the metadata tree.
namespace JsonStatTree {

// nlohmann's strings are UTF-8.
inline QString qs(const std::string &utf8)
{
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}

// The member of an object, or null where the node is no object or has no such member.
inline const nlohmann::json *member(const nlohmann::json &object, const char *key)
{
    if (!object.is_object())
        return nullptr;
    const auto it = object.find(key);
    return it == object.end() ? nullptr : &*it;
}

} // namespace JsonStatTree

// Parses the JSON text of a JSON-stat response into what the reader interprets: a tree of
// everything but the data, and the data — each array or object under a "value" or "status" key —
// held apart. A "value" array of numbers and nulls (the bulk of a document) is only checked and
// counted, and left in the text to be read again straight into the cube; other data is kept as
// flat columns. A tree of half a million numbers would cost several times the document; this
// costs next to nothing beyond it. Parsing is event-driven, so nothing recurses on the input's
// nesting, which is bounded all the same.
class JsonStatParser
{
public:
    enum class Kind : std::uint8_t { Null, Number, Text, False, True };

    // The elements of one "value" or "status" array or object, in document order.
    struct Cells
    {
        static constexpr std::uint64_t kBadKey = ~std::uint64_t(0);

        bool sparse = false;                  // an object, whose keys are flat positions
        // An array of numbers and nulls left in the text: its elements are the bytes from
        // textBegin (after "[") up to textEnd (the "]"), count of them; forEach() reads them.
        bool inText = false;
        std::size_t textBegin = 0;
        std::size_t textEnd = 0;
        std::size_t count = 0;
        // Otherwise, the elements themselves.
        std::vector<Kind> kinds;
        std::vector<double> numbers;          // the number; for Text, the text's index (text())
        std::vector<std::uint64_t> keys;      // sparse only: the position, or kBadKey
        // Sparse keys that are not written as a plain position ("007", "-1", "x"), as written.
        std::vector<std::pair<std::size_t, std::string>> oddKeys;

        std::size_t size() const { return inText ? count : kinds.size(); }
        std::string keyText(std::size_t element) const;
    };

    // At most this many nested arrays and objects; JSON-stat needs six.
    static constexpr int kMaxDepth = 128;

    // False when the bytes are not JSON; errorMessage() then says why and where. The bytes must
    // outlive the parser: the values left in the text are read from them.
    bool parse(QByteArrayView bytes);

    const nlohmann::json &root() const { return m_root; }
    // The members of the root object in document order (the tree's objects are sorted by key).
    const std::vector<std::string> &rootKeys() const { return m_rootKeys; }
    // The cells a node of the tree stands for, or null when it is not a "value" or "status" that
    // was held apart.
    const Cells *cells(const nlohmann::json &node) const;
    const std::string &text(double index) const { return m_texts.at(std::size_t(index)); }
    // Calls visit(element, kind, number) for each element of the cells, in order.
    void forEach(const Cells &cells, const std::function<void(std::size_t, Kind, double)> &visit) const;
    // A node of the tree as Qt JSON, its cells put back (an extension, kept as the document wrote it).
    QJsonValue toQJson(const nlohmann::json &node) const;
    // A node as the document wrote it when it was held apart as cells, else a copy: a category
    // may be called "value" too, and its unit or children are then no data.
    nlohmann::json materialize(const nlohmann::json &node) const;
    QString errorMessage() const { return m_error; }

private:
    class Handler;

    QByteArrayView m_bytes;
    nlohmann::json m_root;
    std::vector<std::string> m_rootKeys;
    std::vector<Cells> m_cells;
    std::vector<std::string> m_texts;
    std::unordered_map<std::string, std::uint32_t> m_textIndex;
    QString m_error;
};

} // namespace dh
