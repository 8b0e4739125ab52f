#include "jsonstatparser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <charconv>
#include <cstring>
#include <iterator>

namespace dh {

namespace {

using json = nlohmann::json;
using Kind = JsonStatParser::Kind;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

const char *skipSpace(const char *p, const char *end)
{
    while (p < end && isSpace(*p))
        ++p;
    return p;
}

const char *skipDigits(const char *p, const char *end)
{
    while (p < end && isDigit(*p))
        ++p;
    return p;
}

// A number as JSON writes it (RFC 8259), read; null where there is none, or one out of range.
const char *readNumber(const char *p, const char *end, double &value)
{
    const char *start = p;
    if (p < end && *p == '-')
        ++p;
    if (p >= end || !isDigit(*p))
        return nullptr;
    p = *p == '0' ? p + 1 : skipDigits(p, end);
    if (p < end && *p == '.') {
        if (++p >= end || !isDigit(*p))
            return nullptr;
        p = skipDigits(p, end);
    }
    if (p < end && (*p == 'e' || *p == 'E')) {
        if (++p < end && (*p == '+' || *p == '-'))
            ++p;
        if (p >= end || !isDigit(*p))
            return nullptr;
        p = skipDigits(p, end);
    }
    const auto [at, ec] = std::from_chars(start, p, value);
    return ec == std::errc() && at == p ? p : nullptr;
}

// Reads an array of numbers and nulls from just after its "[", calling visit(element, kind,
// number) for each; returns where its "]" is, or null when it holds anything else or is not
// well-formed (the general parser then reads it, and says what is wrong).
template<typename Visit>
const char *readNumberArray(const char *p, const char *end, Visit &&visit)
{
    p = skipSpace(p, end);
    if (p < end && *p == ']')
        return p;
    for (std::size_t i = 0;; ++i) {
        if (end - p >= 4 && std::memcmp(p, "null", 4) == 0) {
            p += 4;
            visit(i, Kind::Null, 0.0);
        } else {
            double value = 0;
            if (!(p = readNumber(p, end, value)))
                return nullptr;
            visit(i, Kind::Number, value);
        }
        p = skipSpace(p, end);
        if (p >= end || (*p != ',' && *p != ']'))
            return nullptr;
        if (*p == ']')
            return p;
        p = skipSpace(p + 1, end);
    }
}

// Where the parser reads: an input iterator whose copies share one position, so that the
// handler of a parse event can move it past an array it read itself.
struct Cursor
{
    const char *at;
};

class CursorIterator
{
public:
    using iterator_category = std::input_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char *;
    using reference = const char &;

    CursorIterator(Cursor *cursor, const char *fixed) : m_cursor(cursor), m_fixed(fixed) {}

    reference operator*() const { return *m_cursor->at; }
    CursorIterator &operator++()
    {
        ++m_cursor->at;
        return *this;
    }
    CursorIterator operator++(int)
    {
        CursorIterator before = *this;
        ++m_cursor->at;
        return before;
    }
    bool operator==(const CursorIterator &other) const { return position() == other.position(); }

private:
    const char *position() const { return m_fixed ? m_fixed : m_cursor->at; }

    Cursor *m_cursor;
    const char *m_fixed; // the end, which does not move
};

// A position written the one way JSON-stat writes it: digits, no sign, no leading zero.
std::uint64_t positionOf(std::string_view key)
{
    if (key.empty() || key.size() > 19 || (key.size() > 1 && key.front() == '0'))
        return JsonStatParser::Cells::kBadKey;
    std::uint64_t position = 0;
    const auto [end, ec] = std::from_chars(key.data(), key.data() + key.size(), position);
    if (ec != std::errc() || end != key.data() + key.size())
        return JsonStatParser::Cells::kBadKey;
    return position;
}

} // namespace

std::string JsonStatParser::Cells::keyText(std::size_t element) const
{
    if (keys.at(element) != kBadKey)
        return std::to_string(keys.at(element));
    for (const auto &[at, text] : oddKeys) {
        if (at == element)
            return text;
    }
    return {};
}

// The events of nlohmann's SAX parser, building the tree and the cells. The tree's open
// containers are a stack of pointers, as in nlohmann's own DOM builder: a container only gains
// members while it is the innermost open one, so the pointers to its ancestors stay valid.
class JsonStatParser::Handler
{
public:
    Handler(JsonStatParser &parser, Cursor &cursor) : m_parser(parser), m_cursor(cursor) {}

    bool null() { return scalar(Kind::Null, 0, nullptr); }
    bool boolean(bool value) { return scalar(value ? Kind::True : Kind::False, 0, json(value)); }
    bool number_integer(json::number_integer_t value) { return scalar(Kind::Number, double(value), json(value)); }
    bool number_unsigned(json::number_unsigned_t value) { return scalar(Kind::Number, double(value), json(value)); }
    bool number_float(json::number_float_t value, const json::string_t &) { return scalar(Kind::Number, value, json(value)); }

    bool string(json::string_t &value)
    {
        if (m_cells)
            return addCell(Kind::Text, double(intern(std::move(value))));
        insert(json(std::move(value)));
        return true;
    }

    bool binary(json::binary_t &) { return false; } // JSON text has none

    bool start_object(std::size_t) { return open(json::value_t::object); }
    bool start_array(std::size_t) { return open(json::value_t::array); }

    bool key(json::string_t &key)
    {
        if (m_cells) {
            const std::uint64_t position = positionOf(key);
            if (position == Cells::kBadKey)
                m_cells->oddKeys.emplace_back(m_cells->size(), key);
            m_pendingKey = position;
            return true;
        }
        if (m_stack.size() == 1)
            m_parser.m_rootKeys.push_back(key);
        m_key = std::move(key);
        return true;
    }

    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool parse_error(std::size_t, const std::string &, const nlohmann::detail::exception &)
    {
        // The parser's own count of bytes misses those read here; the cursor has them all.
        if (m_parser.m_error.isEmpty()) {
            m_parser.m_error = QCoreApplication::translate("JsonStatReader", "Not valid JSON near byte %1.")
                                   .arg(qlonglong(m_cursor.at - m_parser.m_bytes.data()));
        }
        return false;
    }

private:
    bool scalar(Kind kind, double number, json node)
    {
        if (m_cells)
            return addCell(kind, number);
        insert(std::move(node));
        return true;
    }

    bool addCell(Kind kind, double number)
    {
        m_cells->kinds.push_back(kind);
        m_cells->numbers.push_back(number);
        if (m_cells->sparse)
            m_cells->keys.push_back(m_pendingKey);
        return true;
    }

    std::uint32_t intern(std::string &&text)
    {
        const auto it = m_parser.m_textIndex.find(text);
        if (it != m_parser.m_textIndex.end())
            return it->second;
        const auto index = std::uint32_t(m_parser.m_texts.size());
        m_parser.m_texts.push_back(text);
        m_parser.m_textIndex.emplace(std::move(text), index);
        return index;
    }

    // Adds a member to the innermost open container (or makes it the root) and returns it.
    json *insert(json node)
    {
        if (m_stack.empty()) {
            m_parser.m_root = std::move(node);
            return &m_parser.m_root;
        }
        json &parent = *m_stack.back();
        if (parent.is_array()) {
            parent.push_back(std::move(node));
            return &parent.back();
        }
        json &slot = parent[m_key];
        slot = std::move(node);
        return &slot;
    }

    bool open(json::value_t type)
    {
        if (m_cells)
            spill();
        if (int(m_stack.size()) + 1 > kMaxDepth) {
            m_parser.m_error = QCoreApplication::translate("JsonStatReader", "The JSON is nested more than %1 levels deep.")
                                   .arg(kMaxDepth);
            return false;
        }
        const bool data = !m_stack.empty() && m_stack.back()->is_object() && (m_key == "value" || m_key == "status");
        if (data) {
            // Held apart: the tree keeps a binary node (which JSON text cannot make) naming the cells.
            json *slot = insert(json::binary(json::binary_t::container_type(), m_parser.m_cells.size()));
            m_parser.m_cells.emplace_back();
            m_cells = &m_parser.m_cells.back();
            m_cells->sparse = type == json::value_t::object;
            m_cellsSlot = slot;
            m_cellsIndex = m_parser.m_cells.size() - 1;
            if (type == json::value_t::array && m_key == "value")
                readInText();
            return true;
        }
        m_stack.push_back(insert(json(type)));
        return true;
    }

    bool close()
    {
        if (m_cells) {
            m_cells = nullptr;
            return true;
        }
        if (m_stack.empty())
            return false;
        m_stack.pop_back();
        return true;
    }

    // Values that are all numbers and nulls are read here, faster than the general parser does,
    // and left in the text; the parser is moved on to the "]", so that it sees an empty array.
    void readInText()
    {
        const char *begin = m_cursor.at;
        const char *end = m_parser.m_bytes.data() + m_parser.m_bytes.size();
        std::size_t count = 0;
        const char *close = readNumberArray(begin, end, [&](std::size_t, Kind, double) { ++count; });
        if (!close)
            return;
        m_cells->inText = true;
        m_cells->count = count;
        m_cells->textBegin = std::size_t(begin - m_parser.m_bytes.data());
        m_cells->textEnd = std::size_t(close - m_parser.m_bytes.data());
        m_cursor.at = close;
    }

    // A "value" or "status" that holds arrays or objects is not data (an extension may name
    // anything so): it goes back into the tree as it was written, and the cells are dropped.
    void spill()
    {
        const Cells &cells = *m_cells;
        // The key of the element being opened, for the tree.
        std::string key;
        if (cells.sparse)
            key = m_pendingKey == Cells::kBadKey && !cells.oddKeys.empty() ? cells.oddKeys.back().second : std::to_string(m_pendingKey);
        *m_cellsSlot = m_parser.materialize(*m_cellsSlot);
        m_parser.m_cells[m_cellsIndex] = Cells();
        m_stack.push_back(m_cellsSlot);
        m_cells = nullptr;
        m_key = std::move(key);
    }

    JsonStatParser &m_parser;
    Cursor &m_cursor;
    std::vector<json *> m_stack;
    std::string m_key;
    Cells *m_cells = nullptr;       // the cells being read, while inside a "value" or "status"
    json *m_cellsSlot = nullptr;
    std::size_t m_cellsIndex = 0;
    std::uint64_t m_pendingKey = 0; // the key of the next sparse element
};

bool JsonStatParser::parse(QByteArrayView bytes)
{
    *this = JsonStatParser();
    m_bytes = bytes;
    Cursor cursor{bytes.data()};
    Handler handler(*this, cursor);
    const bool ok = json::sax_parse(CursorIterator(&cursor, nullptr), CursorIterator(&cursor, bytes.data() + bytes.size()), &handler);
    if (!ok && m_error.isEmpty())
        m_error = QCoreApplication::translate("JsonStatReader", "Not valid JSON.");
    return ok;
}

const JsonStatParser::Cells *JsonStatParser::cells(const nlohmann::json &node) const
{
    if (!node.is_binary())
        return nullptr;
    const auto index = std::size_t(node.get_binary().subtype());
    return index < m_cells.size() ? &m_cells[index] : nullptr;
}

void JsonStatParser::forEach(const Cells &cells, const std::function<void(std::size_t, Kind, double)> &visit) const
{
    if (cells.inText) {
        // The text was read once already, so it reads the same again.
        const char *data = m_bytes.data();
        readNumberArray(data + cells.textBegin, data + cells.textEnd + 1, visit);
        return;
    }
    for (std::size_t i = 0; i < cells.kinds.size(); ++i)
        visit(i, cells.kinds[i], cells.numbers[i]);
}

nlohmann::json JsonStatParser::materialize(const nlohmann::json &node) const
{
    const Cells *held = cells(node);
    if (!held)
        return node;
    json out = held->sparse ? json::object() : json::array();
    forEach(*held, [&](std::size_t i, Kind kind, double number) {
        json element;
        switch (kind) {
        case Kind::Null: break;
        case Kind::Number: element = number; break;
        case Kind::Text: element = text(number); break;
        case Kind::False: element = false; break;
        case Kind::True: element = true; break;
        }
        if (held->sparse)
            out[held->keyText(i)] = std::move(element);
        else
            out.push_back(std::move(element));
    });
    return out;
}

QJsonValue JsonStatParser::toQJson(const nlohmann::json &node) const
{
    // The tree is at most kMaxDepth deep, which bounds the recursion.
    switch (node.type()) {
    case json::value_t::null:
    case json::value_t::discarded:
        return QJsonValue(QJsonValue::Null);
    case json::value_t::boolean:
        return node.get<bool>();
    case json::value_t::number_integer:
        return double(node.get<json::number_integer_t>());
    case json::value_t::number_unsigned:
        return double(node.get<json::number_unsigned_t>());
    case json::value_t::number_float:
        return node.get<double>();
    case json::value_t::string:
        return QString::fromStdString(node.get_ref<const std::string &>());
    case json::value_t::array: {
        QJsonArray array;
        for (const json &element : node)
            array.append(toQJson(element));
        return array;
    }
    case json::value_t::object: {
        QJsonObject object;
        for (auto it = node.begin(); it != node.end(); ++it)
            object.insert(QString::fromStdString(it.key()), toQJson(it.value()));
        return object;
    }
    case json::value_t::binary:
        break;
    }
    // Held apart as cells: as the document wrote it, which holds no more cells.
    return cells(node) ? toQJson(materialize(node)) : QJsonValue(QJsonValue::Null);
}

} // namespace dh
