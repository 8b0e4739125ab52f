#include "jsonstatdatasetreader.h"

#include "jsonstatcellreader.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <string_view>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace dh {

namespace {

using json = nlohmann::json;
using Cells = JsonStatParser::Cells;
using Kind = JsonStatParser::Kind;

using JsonStatTree::member;
using JsonStatTree::qs;

QString textOf(const json *node)
{
    return node && node->is_string() ? qs(node->get_ref<const std::string &>()) : QString();
}

// A whole number ≥ 0 (JSON may write 3 as 3.0).
std::optional<std::uint64_t> countOf(const json &node)
{
    if (node.is_number_unsigned())
        return node.get<std::uint64_t>();
    if (node.is_number_integer()) {
        const auto value = node.get<std::int64_t>();
        return value < 0 ? std::nullopt : std::optional<std::uint64_t>(std::uint64_t(value));
    }
    if (node.is_number_float()) {
        const double value = node.get<double>();
        if (value >= 0 && value < 9.0e18 && std::floor(value) == value)
            return std::uint64_t(value);
    }
    return std::nullopt;
}

// A small whole number, for decimals and multipliers.
std::optional<int> smallIntOf(const json *node, int lowest, int highest)
{
    if (!node || !node->is_number())
        return std::nullopt;
    const double value = node->get<double>();
    if (std::floor(value) != value || value < lowest || value > highest)
        return std::nullopt;
    return int(value);
}

QDateTime dateTimeOf(const QString &text)
{
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        return date.isValid() ? QDateTime(date, QTime(0, 0), Qt::UTC) : QDateTime();
    }
    // A time without an offset is read as UTC, so that a document reads the same everywhere.
    return at.timeSpec() == Qt::LocalTime ? QDateTime(at.date(), at.time(), Qt::UTC) : at;
}

} // namespace

Error JsonStatDatasetReader::refusal(const char *rule, QString message)
{
    Error error = Error::invalid(std::move(message));
    error.rule = QString::fromLatin1(rule);
    return error;
}

QString JsonStatDatasetReader::shown(const std::string &text)
{
    return shown(qs(text));
}

QString JsonStatDatasetReader::shown(const QString &full)
{
    // Echoed text is capped, and a terminal shows it without obeying its control characters.
    constexpr qsizetype kMax = 60;
    QString out;
    for (const QChar c : full.left(kMax)) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    if (full.size() > kMax)
        out += QStringLiteral("…");
    return out;
}

JsonStatDatasetReader::JsonStatDatasetReader(const JsonStatParser &parser, const JsonStatOptions &options)
    : m_parser(parser), m_options(options)
{
}

Result<JsonStatDataset> JsonStatDatasetReader::read(const nlohmann::json &node, const QString &id) const
{
    if (!node.is_object())
        return refusal("TYPE_INVALID", QCoreApplication::translate("JsonStatReader", "The dataset is not a JSON object."));
    if (const json *error = member(node, "error"))
        return responseError(*error);

    JsonStatDataset out;
    StatDocument &doc = out.document;
    doc.id = id;

    const json *dimensions = member(node, "dimension");
    if (!dimensions || !dimensions->is_object())
        return refusal("REQUIRED_MISSING", QCoreApplication::translate("JsonStatReader", "The dataset has no \"dimension\" object."));
    // 2.0 puts id, size and role beside dimension; 1.0 inside it.
    const bool v1 = !member(node, "id") && member(*dimensions, "id");
    const json &frame = v1 ? *dimensions : node;
    doc.format = v1 ? QStringLiteral("json-stat 1.0") : QStringLiteral("json-stat 2.0");

    const json *ids = member(frame, "id");
    const json *sizes = member(frame, "size");
    if (!ids || !sizes)
        return refusal("REQUIRED_MISSING", QCoreApplication::translate("JsonStatReader", "The dataset lacks \"id\" or \"size\"."));
    if (!ids->is_array() || !sizes->is_array())
        return refusal("TYPE_INVALID", QCoreApplication::translate("JsonStatReader", "\"id\" and \"size\" must be arrays."));
    if (ids->size() != sizes->size()) {
        return refusal("ID_SIZE_LEN_MISMATCH",
                       QCoreApplication::translate("JsonStatReader", "\"id\" names %1 dimensions but \"size\" gives %2 sizes.")
                           .arg(ids->size()).arg(sizes->size()));
    }

    Frame cube;
    for (std::size_t d = 0; d < ids->size(); ++d) {
        const json &dimensionId = (*ids)[d];
        if (!dimensionId.is_string()) {
            return refusal("TYPE_INVALID",
                           QCoreApplication::translate("JsonStatReader", "\"id\" holds something other than a text at position %1.").arg(d));
        }
        const std::optional<std::uint64_t> size = countOf((*sizes)[d]);
        if (!size) {
            return refusal("TYPE_INVALID", QCoreApplication::translate("JsonStatReader", "\"size\" at position %1 is not a whole number ≥ 0.").arg(d));
        }
        const std::string &name = dimensionId.get_ref<const std::string &>();
        if (!cube.positions.emplace(name, d).second)
            return refusal("ID_DUPLICATE", QCoreApplication::translate("JsonStatReader", "\"id\" names dimension \"%1\" twice.").arg(shown(name)));
        cube.ids.push_back(&name);
        cube.sizes.push_back(*size);
    }

    for (const std::string *name : cube.ids) {
        if (!dimensions->contains(*name)) {
            return refusal("DIM_KEY_ID_MISMATCH",
                           QCoreApplication::translate("JsonStatReader", "\"id\" names dimension \"%1\", which \"dimension\" does not describe.")
                               .arg(shown(*name)));
        }
    }
    for (auto it = dimensions->begin(); it != dimensions->end(); ++it) {
        if (v1 && (it.key() == "id" || it.key() == "size" || it.key() == "role"))
            continue;
        if (!cube.positions.count(it.key())) {
            return refusal("DIM_KEY_ID_MISMATCH",
                           QCoreApplication::translate("JsonStatReader", "\"dimension\" describes \"%1\", which \"id\" does not name.")
                               .arg(shown(it.key())));
        }
    }

    // The number of cells, kept below 2^63 so that every position is a whole number.
    cube.count = 1;
    for (std::size_t d = 0; d < cube.sizes.size(); ++d) {
        const std::uint64_t size = cube.sizes[d];
        if (size != 0 && cube.count > std::uint64_t(std::numeric_limits<std::int64_t>::max()) / size) {
            return refusal("SIZE_OVERFLOW", QCoreApplication::translate("JsonStatReader", "The product of \"size\" is too large (at dimension \"%1\").")
                                                .arg(shown(*cube.ids[d])));
        }
        cube.count *= size;
    }

    const json *extension = member(node, "extension");
    QString language = m_options.language;
    if (extension && extension->is_object()) {
        out.extension = m_parser.toQJson(*extension).toObject();
        if (language.isEmpty())
            language = out.extension.value(u"px").toObject().value(u"language").toString();
    }

    if (Result<void> roles = readRoles(member(frame, "role"), cube); !roles)
        return roles.error();

    doc.dimensions.reserve(qsizetype(cube.ids.size()));
    out.children.resize(qsizetype(cube.ids.size()));
    for (std::size_t d = 0; d < cube.ids.size(); ++d) {
        const std::string &name = *cube.ids[d];
        StatDimension dimension;
        dimension.id = qs(name);
        dimension.role = cube.roles.at(d);
        if (const auto it = m_options.roles.constFind(dimension.id); it != m_options.roles.cend())
            dimension.role = *it;
        Result<void> read = readDimension(dimensions->at(name), name, cube.sizes[d], language, dimension, out.children[qsizetype(d)]);
        if (!read)
            return read.error();
        doc.dimensions.append(std::move(dimension));
    }
    // A metric dimension says in what each of its categories is measured.
    for (std::size_t d = 0; d < cube.ids.size(); ++d) {
        const StatDimension &dimension = doc.dimensions.at(qsizetype(d));
        if (dimension.role != DimensionRole::Metric)
            continue;
        const json *units = member(*member(dimensions->at(*cube.ids[d]), "category"), "unit");
        const auto lacking = std::count_if(dimension.categories.cbegin(), dimension.categories.cend(),
                                           [&](const StatCategory &c) { return !units || !units->contains(c.id.toStdString()); });
        if (lacking > 0) {
            warn(out, "METRIC_UNIT_MISSING",
                 QCoreApplication::translate("JsonStatReader", "Dimension \"%1\" has the metric role but no unit for %n of its categories.",
                                             nullptr, int(lacking))
                     .arg(dimension.id));
        }
    }

    const QString label = textOf(member(node, "label"));
    if (!label.isEmpty())
        doc.label.insert(language, label);
    doc.source = textOf(member(node, "source"));
    out.href = textOf(member(node, "href"));
    if (const json *updated = member(node, "updated"); updated && updated->is_string()) {
        doc.updated = dateTimeOf(textOf(updated));
        if (!doc.updated.isValid()) {
            warn(out, "UPDATED_INVALID",
                 QCoreApplication::translate("JsonStatReader", "\"updated\" is not an ISO 8601 date: \"%1\".")
                     .arg(shown(updated->get_ref<const std::string &>())));
        }
    }
    if (const json *notes = member(node, "note")) {
        if (notes->is_string())
            out.notes.append(textOf(notes));
        for (const json &note : notes->is_array() ? *notes : json::array()) {
            if (note.is_string())
                out.notes.append(textOf(&note));
        }
    }
    // Eurostat names its status codes in extension.status.label.
    const QJsonObject statusLabels = out.extension.value(u"status").toObject().value(u"label").toObject();
    for (auto it = statusLabels.begin(); it != statusLabels.end(); ++it) {
        if (it->isString())
            doc.statusLabels[it.key()].insert(language, it->toString());
    }

    if (Result<void> cells = JsonStatCellReader(m_parser).read(node, cube.sizes, cube.count, out); !cells)
        return cells.error();
    return out;
}

Error JsonStatDatasetReader::responseError(const nlohmann::json &error)
{
    // JSON-stat's error is an array of objects with a status, a label and an id.
    QStringList said;
    for (const json &entry : error.is_array() ? error : json::array({error})) {
        const QString text = textOf(member(entry, "label"));
        const json *code = member(entry, "status");
        const QString status = !code ? QString() : code->is_string() ? textOf(code) : qs(code->dump());
        if (!text.isEmpty() || !status.isEmpty())
            said.append(status.isEmpty() ? text : status + u' ' + text);
        if (entry.is_string())
            said.append(qs(entry.get_ref<const std::string &>()));
    }
    return refusal("RESPONSE_ERROR", QCoreApplication::translate("JsonStatReader", "The source answered with an error: %1")
                                         .arg(said.isEmpty() ? QCoreApplication::translate("JsonStatReader", "(no reason given)")
                                                             : shown(said.join(u"; "_s))));
}

Result<void> JsonStatDatasetReader::readRoles(const nlohmann::json *roles, Frame &cube) const
{
    cube.roles.assign(cube.ids.size(), DimensionRole::Other);
    if (!roles)
        return {};
    if (!roles->is_object())
        return refusal("TYPE_INVALID", QCoreApplication::translate("JsonStatReader", "\"role\" is not an object."));
    const std::pair<const char *, DimensionRole> kinds[] = {
        {"time", DimensionRole::Time}, {"geo", DimensionRole::Geo}, {"metric", DimensionRole::Metric}};
    for (const auto &[kind, role] : kinds) {
        const json *named = member(*roles, kind);
        if (!named)
            continue;
        if (!named->is_array()) {
            return refusal("TYPE_INVALID", QCoreApplication::translate("JsonStatReader", "\"role.%1\" is not an array.")
                                               .arg(QLatin1StringView(kind)));
        }
        for (const json &name : *named) {
            const auto it = name.is_string() ? cube.positions.find(name.get_ref<const std::string &>()) : cube.positions.end();
            if (it == cube.positions.end()) {
                return refusal("ROLE_ID_UNKNOWN", QCoreApplication::translate("JsonStatReader", "\"role.%1\" names \"%2\", which is not a dimension.")
                                                      .arg(QLatin1StringView(kind), shown(name.is_string() ? name.get_ref<const std::string &>() : name.dump())));
            }
            cube.roles[it->second] = role;
        }
    }
    return {};
}

Result<void> JsonStatDatasetReader::readDimension(const nlohmann::json &node, const std::string &name, std::uint64_t size,
                                                  const QString &language, StatDimension &dimension, QHash<int, QList<int>> &children) const
{
    const QString place = shown(name);
    if (!node.is_object())
        return refusal("TYPE_INVALID", QCoreApplication::translate("JsonStatReader", "Dimension \"%1\" is not an object.").arg(place));
    if (const QString label = textOf(member(node, "label")); !label.isEmpty())
        dimension.label.insert(language, label);
    const json *category = member(node, "category");
    if (!category || !category->is_object())
        return refusal("REQUIRED_MISSING", QCoreApplication::translate("JsonStatReader", "Dimension \"%1\" has no \"category\" object.").arg(place));

    // The categories' ids by position, and their positions by id.
    std::vector<const std::string *> ids;
    std::unordered_map<std::string_view, int> positions;
    const json *index = member(*category, "index");
    const json *labels = member(*category, "label");
    if (index && index->is_array()) {
        for (std::size_t i = 0; i < index->size(); ++i) {
            const json &id = (*index)[i];
            if (!id.is_string()) {
                return refusal("TYPE_INVALID", QCoreApplication::translate("JsonStatReader", "Dimension \"%1\": category.index holds something other than a text at position %2.")
                                                   .arg(place).arg(i));
            }
            ids.push_back(&id.get_ref<const std::string &>());
        }
    } else if (index && index->is_object()) {
        ids.assign(index->size(), nullptr);
        for (auto it = index->begin(); it != index->end(); ++it) {
            const std::optional<std::uint64_t> position = countOf(it.value());
            if (!position || *position >= ids.size() || ids[std::size_t(*position)]) {
                return refusal("INDEX_POSITIONS_INVALID",
                               QCoreApplication::translate("JsonStatReader", "Dimension \"%1\": category.index gives \"%2\" the position %3; %4 categories take the positions 0 to %5, each once.")
                                   .arg(place, shown(it.key()), qs(it.value().dump()))
                                   .arg(ids.size()).arg(qsizetype(ids.size()) - 1));
            }
            ids[std::size_t(*position)] = &it.key();
        }
    } else if (index) {
        return refusal("TYPE_INVALID", QCoreApplication::translate("JsonStatReader", "Dimension \"%1\": category.index is neither an array nor an object.").arg(place));
    } else {
        // Only a dimension of one category may leave out the index; its label names the category.
        if (!labels || !labels->is_object() || labels->size() != 1) {
            return refusal("INDEX_MISSING", QCoreApplication::translate("JsonStatReader", "Dimension \"%1\" has no category.index, which only a dimension of one category named by its category.label may leave out.")
                                                .arg(place));
        }
        ids.push_back(&labels->begin().key());
    }
    if (ids.size() > std::size_t(std::numeric_limits<int>::max()))
        return refusal("INDEX_COUNT_MISMATCH", QCoreApplication::translate("JsonStatReader", "Dimension \"%1\" has too many categories.").arg(place));
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (!positions.emplace(*ids[i], int(i)).second) {
            return refusal("INDEX_POSITIONS_INVALID", QCoreApplication::translate("JsonStatReader", "Dimension \"%1\": category \"%2\" appears twice in category.index.")
                                                          .arg(place, shown(*ids[i])));
        }
    }
    if (ids.size() != size) {
        return refusal("INDEX_COUNT_MISMATCH", QCoreApplication::translate("JsonStatReader", "Dimension \"%1\" has %2 categories but \"size\" says %3.")
                                                   .arg(place).arg(ids.size()).arg(size));
    }

    dimension.categories.resize(qsizetype(ids.size()));
    for (std::size_t i = 0; i < ids.size(); ++i)
        dimension.categories[qsizetype(i)].id = qs(*ids[i]);

    // Each keyed member of category names categories only.
    const auto keyedBy = [&](const char *key, const char *rule, const json *&object) -> Result<void> {
        object = member(*category, key);
        if (!object)
            return {};
        if (!object->is_object()) {
            return refusal("TYPE_INVALID", QCoreApplication::translate("JsonStatReader", "Dimension \"%1\": category.%2 is not an object.")
                                               .arg(place, QLatin1StringView(key)));
        }
        for (auto it = object->begin(); it != object->end(); ++it) {
            if (!positions.count(it.key())) {
                return refusal(rule, QCoreApplication::translate("JsonStatReader", "Dimension \"%1\": category.%2 names \"%3\", which is not a category.")
                                         .arg(place, QLatin1StringView(key), shown(it.key())));
            }
        }
        return {};
    };
    const json *units = nullptr;
    const json *unused = nullptr;
    for (const auto &[key, rule, object] : {std::tuple{"label", "LABEL_KEY_UNKNOWN", &labels}, std::tuple{"unit", "UNIT_KEY_UNKNOWN", &units},
                                           std::tuple{"coordinates", "COORD_KEY_UNKNOWN", &unused}, std::tuple{"note", "NOTE_KEY_UNKNOWN", &unused}}) {
        if (Result<void> checked = keyedBy(key, rule, *object); !checked)
            return checked.error();
    }
    for (auto it = labels ? labels->begin() : json::const_iterator(); labels && it != labels->end(); ++it) {
        if (it.value().is_string())
            dimension.categories[positions.at(it.key())].label.insert(language, qs(it.value().get_ref<const std::string &>()));
    }
    for (auto it = units ? units->begin() : json::const_iterator(); units && it != units->end(); ++it) {
        const json unit = m_parser.materialize(it.value());
        if (!unit.is_object()) {
            return refusal("TYPE_INVALID", QCoreApplication::translate("JsonStatReader", "Dimension \"%1\": the unit of \"%2\" is not an object.")
                                               .arg(place, shown(it.key())));
        }
        StatCategory &c = dimension.categories[positions.at(it.key())];
        // label names the unit; PX-Web gives only its base ("number", "SEK").
        QString text = textOf(member(unit, "label"));
        if (text.isEmpty())
            text = textOf(member(unit, "base"));
        if (!text.isEmpty())
            c.unit.insert(language, text);
        c.unitSymbol = textOf(member(unit, "symbol"));
        if (const json *decimals = member(unit, "decimals")) {
            c.decimals = smallIntOf(decimals, 0, 30);
            if (!c.decimals) {
                return refusal("TYPE_INVALID", QCoreApplication::translate("JsonStatReader", "Dimension \"%1\": the decimals of \"%2\" are not a whole number from 0 to 30.")
                                                   .arg(place, shown(it.key())));
            }
        }
        if (const json *multiplier = member(unit, "multiplier")) {
            const std::optional<int> power = smallIntOf(multiplier, -30, 30);
            if (!power) {
                return refusal("TYPE_INVALID", QCoreApplication::translate("JsonStatReader", "Dimension \"%1\": the multiplier of \"%2\" is not a whole number from -30 to 30.")
                                                   .arg(place, shown(it.key())));
            }
            c.unitMultiplier = *power;
        }
    }
    return readChildren(member(*category, "child"), place, positions, ids, children);
}

Result<void> JsonStatDatasetReader::readChildren(const nlohmann::json *child, const QString &place,
                                                 const std::unordered_map<std::string_view, int> &positions,
                                                 const std::vector<const std::string *> &ids, QHash<int, QList<int>> &children) const
{
    if (!child)
        return {};
    if (!child->is_object())
        return refusal("TYPE_INVALID", QCoreApplication::translate("JsonStatReader", "Dimension \"%1\": category.child is not an object.").arg(place));
    for (auto it = child->begin(); it != child->end(); ++it) {
        const auto parent = positions.find(it.key());
        if (parent == positions.end()) {
            return refusal("CHILD_ID_UNKNOWN", QCoreApplication::translate("JsonStatReader", "Dimension \"%1\": category.child has children for \"%2\", which is not a category.")
                                                   .arg(place, shown(it.key())));
        }
        const json kids = m_parser.materialize(it.value());
        if (!kids.is_array()) {
            return refusal("TYPE_INVALID", QCoreApplication::translate("JsonStatReader", "Dimension \"%1\": the children of \"%2\" are not an array.")
                                               .arg(place, shown(it.key())));
        }
        QList<int> &list = children[parent->second];
        for (const json &id : kids) {
            const auto found = id.is_string() ? positions.find(id.get_ref<const std::string &>()) : positions.end();
            if (found == positions.end()) {
                return refusal("CHILD_ID_UNKNOWN", QCoreApplication::translate("JsonStatReader", "Dimension \"%1\": \"%2\" has the child \"%3\", which is not a category.")
                                                       .arg(place, shown(it.key()), shown(id.is_string() ? id.get_ref<const std::string &>() : id.dump())));
            }
            list.append(found->second);
        }
    }

    // A cycle, found by a depth-first walk kept on a stack of its own (a hierarchy may be deep).
    enum : std::uint8_t { Unseen, Open, Done };
    std::vector<std::uint8_t> state(ids.size(), Unseen);
    std::vector<std::pair<int, qsizetype>> stack; // category, next child to visit
    for (auto start = children.cbegin(); start != children.cend(); ++start) {
        if (state[std::size_t(start.key())] != Unseen)
            continue;
        stack.emplace_back(start.key(), 0);
        state[std::size_t(start.key())] = Open;
        while (!stack.empty()) {
            auto &[node, next] = stack.back();
            const QList<int> kids = children.value(node);
            if (next == kids.size()) {
                state[std::size_t(node)] = Done;
                stack.pop_back();
                continue;
            }
            const int kid = kids.at(next++);
            if (state[std::size_t(kid)] == Open) {
                return refusal("CHILD_CYCLE", QCoreApplication::translate("JsonStatReader", "Dimension \"%1\": category.child goes round in a circle through \"%2\".")
                                                  .arg(place, shown(*ids[std::size_t(kid)])));
            }
            if (state[std::size_t(kid)] == Unseen) {
                state[std::size_t(kid)] = Open;
                stack.emplace_back(kid, 0);
            }
        }
    }
    return {};
}

void JsonStatDatasetReader::warn(JsonStatDataset &dataset, const char *rule, const QString &message)
{
    dataset.document.warnings.append(message);
    dataset.warningRules.append(QString::fromLatin1(rule));
}

} // namespace dh
