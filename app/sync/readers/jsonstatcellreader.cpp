#include "jsonstatcellreader.h"

#include "jsonstatdatasetreader.h"

#include <QCoreApplication>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <optional>
#include <unordered_map>

namespace dh {

namespace {

using json = nlohmann::json;
using Cells = JsonStatParser::Cells;
using Kind = JsonStatParser::Kind;

using JsonStatTree::member;
using JsonStatTree::qs;

// The dataset reader's ways of refusing and of quoting the document, for short.
Error refusal(const char *rule, QString message)
{
    return JsonStatDatasetReader::refusal(rule, std::move(message));
}

QString shown(const std::string &text)
{
    return JsonStatDatasetReader::shown(text);
}

std::optional<double> numberInText(const std::string &text)
{
    double value = 0;
    const char *end = text.data() + text.size();
    const auto [at, ec] = std::from_chars(text.data(), end, value);
    if (ec != std::errc() || at != end || !std::isfinite(value))
        return std::nullopt;
    return value;
}

struct Position
{
    std::uint64_t position;
    std::size_t element;
    bool operator<(const Position &other) const { return position < other.position; }
};

constexpr std::size_t kNoElement = ~std::size_t(0);

// The statuses of a dataset, looked up by flat position in ascending order.
class Statuses
{
public:
    Statuses(const JsonStatParser &parser) : m_parser(parser) {}

    const std::string *all = nullptr;    // one status for every cell
    const Cells *cells = nullptr;        // an array (of one, or one a cell) or an object
    std::vector<Position> sparse;        // an object's elements by position, sorted

    // The status at a position, or null. Positions must come in ascending order.
    const std::string *at(std::uint64_t position)
    {
        if (all)
            return all;
        if (!cells)
            return nullptr;
        std::size_t element = kNoElement;
        if (!cells->sparse) {
            element = cells->size() == 1 ? 0 : std::size_t(position);
        } else {
            while (m_cursor < sparse.size() && sparse[m_cursor].position < position)
                ++m_cursor;
            if (m_cursor < sparse.size() && sparse[m_cursor].position == position)
                element = sparse[m_cursor].element;
        }
        if (element == kNoElement || cells->kinds[element] != Kind::Text)
            return nullptr;
        return &m_parser.text(cells->numbers[element]);
    }

private:
    const JsonStatParser &m_parser;
    std::size_t m_cursor = 0;
};

} // namespace

JsonStatCellReader::JsonStatCellReader(const JsonStatParser &parser) : m_parser(parser)
{
}

Result<void> JsonStatCellReader::read(const nlohmann::json &node, const std::vector<std::uint64_t> &sizes, std::uint64_t count,
                                      JsonStatDataset &out) const
{
    StatDocument &doc = out.document;
    const json *valueNode = member(node, "value");
    if (!valueNode)
        return refusal("REQUIRED_MISSING", QCoreApplication::translate("JsonStatReader", "The dataset has no \"value\"."));
    const Cells *values = m_parser.cells(*valueNode);
    if (!values) {
        return refusal("VALUE_TYPE_INVALID",
                       QCoreApplication::translate("JsonStatReader", "\"value\" is neither an array nor an object of numbers."));
    }

    // Sparse elements by position, sorted, each position once.
    const auto sorted = [&](const Cells &cells, const char *what, std::vector<Position> &into) -> Result<void> {
        into.reserve(cells.size());
        for (std::size_t i = 0; i < cells.size(); ++i) {
            if (cells.keys[i] >= count) {
                return refusal(values == &cells ? "SPARSE_KEY_OUT_OF_RANGE" : "STATUS_KEY_OUT_OF_RANGE",
                               QCoreApplication::translate("JsonStatReader", "\"%1\" has the key \"%2\", which is not a position from 0 to %3.")
                                   .arg(QLatin1StringView(what), shown(cells.keyText(i)), QString::number(qint64(count) - 1)));
            }
            into.push_back({cells.keys[i], i});
        }
        std::sort(into.begin(), into.end());
        const auto twice = std::adjacent_find(into.begin(), into.end(),
                                              [](const Position &a, const Position &b) { return a.position == b.position; });
        if (twice != into.end()) {
            return refusal("SPARSE_KEY_DUPLICATE", QCoreApplication::translate("JsonStatReader", "\"%1\" names the position %2 twice.")
                                                       .arg(QLatin1StringView(what)).arg(twice->position));
        }
        return {};
    };

    Statuses statuses(m_parser);
    if (const json *status = member(node, "status"); status && !status->is_null()) {
        statuses.cells = m_parser.cells(*status);
        if (status->is_string()) {
            statuses.all = &status->get_ref<const std::string &>();
        } else if (!statuses.cells) {
            return refusal("TYPE_INVALID", QCoreApplication::translate("JsonStatReader", "\"status\" is neither a text, an array nor an object of texts."));
        } else {
            const Cells &cells = *statuses.cells;
            for (std::size_t i = 0; i < cells.size(); ++i) {
                if (cells.kinds[i] != Kind::Text && cells.kinds[i] != Kind::Null) {
                    return refusal("TYPE_INVALID", QCoreApplication::translate("JsonStatReader", "\"status\" holds something other than a text at \"%1\".")
                                                       .arg(cells.sparse ? shown(cells.keyText(i)) : QString::number(i)));
                }
            }
            if (!cells.sparse && cells.size() != 1 && cells.size() != count) {
                return refusal("STATUS_LEN_MISMATCH", QCoreApplication::translate("JsonStatReader", "\"status\" has %1 entries; it needs one, or one for each of the %2 cells.")
                                                          .arg(cells.size()).arg(count));
            }
            if (cells.sparse) {
                if (Result<void> checked = sorted(cells, "status", statuses.sparse); !checked)
                    return checked.error();
            }
        }
    }

    // The positions that become cells: every one for dense values; for sparse ones, those with a
    // value and those with only a status (a confidential cell, say).
    std::vector<Position> positions;
    if (values->sparse) {
        if (Result<void> checked = sorted(*values, "value", positions); !checked)
            return checked.error();
        std::vector<Position> statusOnly;
        const auto valued = [&](std::uint64_t p) {
            return std::binary_search(positions.begin(), positions.end(), Position{p, 0});
        };
        if (statuses.cells && statuses.cells->sparse) {
            for (const Position &s : statuses.sparse) {
                if (statuses.cells->kinds[s.element] == Kind::Text && !valued(s.position))
                    statusOnly.push_back({s.position, kNoElement});
            }
        } else if (statuses.cells && statuses.cells->size() == count && count > 1) {
            for (std::size_t p = 0; p < statuses.cells->size(); ++p) {
                if (statuses.cells->kinds[p] == Kind::Text && !valued(p))
                    statusOnly.push_back({p, kNoElement});
            }
        }
        if (!statusOnly.empty()) {
            positions.insert(positions.end(), statusOnly.begin(), statusOnly.end());
            std::sort(positions.begin(), positions.end());
        }
    } else if (values->size() != count) {
        return refusal("VALUE_LEN_MISMATCH", QCoreApplication::translate("JsonStatReader", "\"value\" has %1 values but the sizes make %2 cells.")
                                                 .arg(values->size()).arg(count));
    }

    const std::size_t rank = sizes.size();
    std::vector<std::uint64_t> strides(rank, 1);
    for (std::size_t d = rank; d-- > 1;)
        strides[d - 1] = strides[d] * sizes[d];
    std::vector<int> key(rank, 0);
    std::unordered_map<const std::string *, QString> statusTexts;
    int notNumbers = 0;

    // A cell at the key; a position without a value (only a status) comes as a Null.
    const auto addCell = [&](std::uint64_t position, Kind kind, double number) -> Result<void> {
        std::optional<double> value;
        switch (kind) {
        case Kind::Number: // finite: the parser refuses 1e999
            value = number;
            break;
        case Kind::Null:
            break;
        case Kind::Text: {
            const std::string &text = m_parser.text(number);
            value = numberInText(text);
            if (!value) {
                out.textValues.insert(doc.cellCount(), qs(text));
                ++notNumbers;
            }
            break;
        }
        case Kind::False:
        case Kind::True:
            return refusal("VALUE_TYPE_INVALID", QCoreApplication::translate("JsonStatReader", "\"value\" at position %1 is true or false, not a number.")
                                                     .arg(position));
        }
        QStringView status;
        if (const std::string *code = statuses.at(position)) {
            auto it = statusTexts.find(code);
            if (it == statusTexts.end())
                it = statusTexts.emplace(code, qs(*code)).first;
            status = it->second;
        }
        doc.addCell(key, value, status);
        return {};
    };

    if (values->sparse) {
        doc.reserve(qsizetype(positions.size()));
        for (const Position &p : positions) {
            std::uint64_t rest = p.position;
            for (std::size_t d = 0; d < rank; ++d) {
                key[d] = int(rest / strides[d]);
                rest %= strides[d];
            }
            const bool valued = p.element != kNoElement;
            Result<void> added = addCell(p.position, valued ? values->kinds[p.element] : Kind::Null, valued ? values->numbers[p.element] : 0);
            if (!added)
                return added.error();
        }
    } else {
        // Row-major: the last dimension moves fastest.
        doc.reserve(qsizetype(count));
        std::optional<Error> refused;
        m_parser.forEach(*values, [&](std::size_t p, Kind kind, double number) {
            if (refused)
                return;
            if (Result<void> added = addCell(p, kind, number); !added)
                refused = added.error();
            for (std::size_t d = rank; d-- > 0;) {
                if (std::uint64_t(++key[d]) < sizes[d])
                    break;
                key[d] = 0;
            }
        });
        if (refused)
            return *refused;
    }
    if (notNumbers > 0) {
        JsonStatDatasetReader::warn(out, "VALUE_NOT_NUMBER", QCoreApplication::translate("JsonStatReader", "%n values are text that is not a number; they are read as missing.",
                                                                  nullptr, notNumbers));
    }
    return {};
}

} // namespace dh
