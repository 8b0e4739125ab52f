#include "sync/readers/sdmxcellbuilder.h"

#include "sync/readers/sdmxerror.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>

namespace dh {

namespace {

using json = nlohmann::json;

// Unit prefixes end at 10^±24; a multiplier beyond is no unit, but a broken message.
constexpr int kMaxUnitMultiplier = 24;
// A double holds about 15 significant decimals; more than that is no precision a source has.
constexpr int kMaxDecimals = 15;

// value × 10^power, from the shortest decimal form of value, so that the product is the number
// the source meant (350.154 × 10³ = 350154) and not the binary product (350153.99999999994).
std::optional<double> scaled(double value, int power)
{
    char text[64];
    const auto written = std::to_chars(text, text + 40, value);
    if (written.ec != std::errc())
        return std::nullopt;
    char *const e = std::find(text, written.ptr, 'e');
    int exponent = 0;
    if (e != written.ptr) {
        const char *digits = e[1] == '+' ? e + 2 : e + 1;
        std::from_chars(digits, written.ptr, exponent);
    }
    *e = 'e';
    const auto end = std::to_chars(e + 1, text + sizeof text, exponent + power);
    double out = 0;
    const auto read = std::from_chars(text, end.ptr, out);
    if (read.ec != std::errc() || !std::isfinite(out))
        return std::nullopt;
    return out;
}

std::optional<double> numberFromText(std::string_view text)
{
    double d = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), d);
    if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(d))
        return std::nullopt;
    return d;
}

SdmxCellBuilder::Element elementOf(const json &v, std::string &storage)
{
    using Type = SdmxCellBuilder::Element::Type;
    SdmxCellBuilder::Element e;
    switch (v.type()) {
    case json::value_t::null:
    case json::value_t::discarded: e.type = Type::Null; break;
    case json::value_t::number_integer:
        e.type = Type::Integer;
        e.integer = v.get<qint64>();
        break;
    case json::value_t::number_unsigned:
        if (v.get<quint64>() <= quint64(std::numeric_limits<qint64>::max())) {
            e.type = Type::Integer;
            e.integer = qint64(v.get<quint64>());
            break;
        }
        [[fallthrough]];
    case json::value_t::number_float: {
        e.type = Type::Number;
        e.number = v.get<double>();
        char text[40];
        const auto written = std::to_chars(text, text + sizeof text, e.number);
        storage.assign(text, written.ptr);
        e.text = storage;
        break;
    }
    case json::value_t::string:
        e.type = Type::Text;
        e.text = v.get_ref<const std::string &>();
        break;
    case json::value_t::boolean:
        e.type = Type::Boolean;
        e.text = v.get<bool>() ? "true" : "false";
        break;
    case json::value_t::object:
    case json::value_t::array:
    case json::value_t::binary: e.type = Type::Nested; break;
    }
    return e;
}

QString fromUtf8(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

} // namespace

SdmxCellBuilder::SdmxCellBuilder(StatDocument &document, SdmxStructure structure)
    : m_doc(document)
    , m_structure(std::move(structure))
    , m_units(m_structure.dimensions)
{
    m_doc.dimensions = m_structure.dimensions;
    m_cellKey.assign(size_t(m_doc.dimensions.size()), 0);
}

SdmxCellBuilder::Refs SdmxCellBuilder::omitted()
{
    Refs r;
    r.fill(kSdmxOmitted);
    return r;
}

bool SdmxCellBuilder::fail(const char *rule, const QString &message)
{
    return fail(SdmxError::refuse(rule, message));
}

bool SdmxCellBuilder::fail(Error error)
{
    if (!m_error)
        m_error = std::move(error);
    return false;
}

bool SdmxCellBuilder::warnedAgain(const QString &kind)
{
    const auto it = m_warnings.find(kind);
    if (it == m_warnings.end())
        return false;
    ++it->second;
    return true;
}

void SdmxCellBuilder::warn(const QString &kind, const QString &message)
{
    m_warnings.insert(kind, {message, 1});
    m_warningOrder.append(kind);
}

QString SdmxCellBuilder::place() const
{
    QString out = QCoreApplication::translate("SdmxJsonReader", "Data set %1").arg(m_dataSet);
    if (!m_groupKey.empty())
        out += QCoreApplication::translate("SdmxJsonReader", ", group %1").arg(SdmxError::quoted(m_groupKey));
    if (m_inSeries)
        out += QCoreApplication::translate("SdmxJsonReader", ", series %1").arg(SdmxError::quoted(m_seriesKey));
    if (m_inObservation) {
        out += QCoreApplication::translate("SdmxJsonReader", ", observation %1").arg(SdmxError::quoted(m_observationKey));
    } else if (m_emitting) {
        // A buffered observation of the series: its key as the message wrote it.
        QStringList parts;
        for (qsizetype i = 0; i < m_structure.dimensionsOf(SdmxLevel::Observation).size(); ++i)
            parts.append(QString::number(m_emitting[i]));
        out += QCoreApplication::translate("SdmxJsonReader", ", observation %1").arg(SdmxError::quoted(parts.join(u':')));
    }
    return out;
}

bool SdmxCellBuilder::beginDataSet(int index, const json &dataSet)
{
    m_dataSet = index;
    m_seriesKey.clear();
    m_observationKey.clear();
    m_groupKey.clear();
    m_inSeries = m_inObservation = false;
    m_deleted = false;
    m_dataSetCells = 0;
    m_dataSetRefs = omitted();
    m_groups.clear();

    const auto member = [&](const char *key) -> const json * {
        if (!dataSet.is_object())
            return nullptr;
        const auto it = dataSet.find(key);
        return it == dataSet.end() || it->is_null() ? nullptr : &*it;
    };
    if (const json *action = member("action")) {
        const QString a = action->is_string() ? fromUtf8(action->get_ref<const std::string &>()) : QString();
        static const QStringList writes{u"information"_qs, u"append"_qs, u"replace"_qs, u"merge"_qs};
        if (a.compare(u"delete", Qt::CaseInsensitive) == 0) {
            m_deleted = true;
        } else if (!writes.contains(a.toLower())) {
            return fail("SDMX_ACTION_UNKNOWN",
                        QCoreApplication::translate("SdmxJsonReader", "%1: the action %2 is none of Information, Append, Replace, Merge and Delete.")
                            .arg(place(), SdmxError::quoted(a)));
        }
    }
    if (const json *attributes = member("attributes")) {
        if (!attributes->is_array())
            return fail("SDMX_ATTRIBUTE_INVALID", QCoreApplication::translate("SdmxJsonReader", "%1: its attributes are not a list.").arg(place()));
        const QList<int> &kinds = m_structure.attributeKindsAt[int(SdmxLevel::DataSet)];
        std::string storage;
        for (size_t p = 0; p < attributes->size() && p < size_t(kinds.size()); ++p) {
            const int kind = kinds[qsizetype(p)];
            if (kind >= 0 && !resolve(SdmxAttributeKind(kind), elementOf((*attributes)[p], storage), m_dataSetRefs[size_t(kind)]))
                return false;
        }
    }
    if (const json *groups = member("dimensionGroupAttributes")) {
        if (!groups->is_object())
            return fail("SDMX_ATTRIBUTE_INVALID",
                        QCoreApplication::translate("SdmxJsonReader", "%1: its dimension-group attributes are not an object.").arg(place()));
        return readGroups(*groups);
    }
    return true;
}

bool SdmxCellBuilder::readGroups(const json &groups)
{
    const QList<int> &kinds = m_structure.attributeKindsAt[int(SdmxLevel::DimensionGroup)];
    if (std::all_of(kinds.begin(), kinds.end(), [](int k) { return k < 0; }))
        return true;
    const QList<int> positions = m_structure.dimensionsInLevelOrder();
    std::string storage;
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        m_groupKey = it.key();
        if (!it->is_array())
            return fail("SDMX_ATTRIBUTE_INVALID",
                        QCoreApplication::translate("SdmxJsonReader", "%1: the group's attributes are not a list.").arg(place()));
        Refs refs = omitted();
        bool mapped = false;
        for (size_t p = 0; p < it->size() && p < size_t(kinds.size()); ++p) {
            const int kind = kinds[qsizetype(p)];
            if (kind < 0)
                continue;
            if (!resolve(SdmxAttributeKind(kind), elementOf((*it)[p], storage), refs[size_t(kind)]))
                return false;
            mapped = true;
        }
        if (!mapped)
            continue;
        if (auto added = m_groups.add(m_groupKey, m_structure, refs, place()); !added)
            return fail(added.error());
    }
    m_groupKey.clear();
    return true;
}

bool SdmxCellBuilder::endDataSet()
{
    if (m_deleted && m_dataSetCells == 0) {
        return fail("SDMX_DELETE_WITHOUT_OBSERVATIONS",
                    QCoreApplication::translate(
                        "SdmxJsonReader",
                        "%1 deletes without naming observations (a whole data set, or its attributes); the reader deletes observations one by one.")
                        .arg(place()));
    }
    return true;
}

bool SdmxCellBuilder::parseKey(std::string_view key, SdmxLevel level, std::vector<int> &indices)
{
    const QList<int> &dims = m_structure.dimensionsOf(level);
    indices.clear();
    if (dims.isEmpty()) {
        if (key.empty())
            return true;
        return fail("SDMX_KEY_INVALID",
                    QCoreApplication::translate("SdmxJsonReader", "%1: the key has positions, but the structure has no dimensions at that level.")
                        .arg(place()));
    }
    for (qsizetype i = 0;; ++i) {
        const size_t colon = key.find(':');
        const std::string_view part = key.substr(0, colon);
        if (i >= dims.size()) {
            return fail("SDMX_KEY_INVALID",
                        QCoreApplication::translate("SdmxJsonReader", "%1: the key has more positions than the %2 dimensions it indexes.")
                            .arg(place())
                            .arg(dims.size()));
        }
        const StatDimension &d = m_doc.dimensions.at(dims[i]);
        const auto index = SdmxStructure::keyIndex(part);
        if (!index)
            return fail("SDMX_KEY_INVALID",
                        QCoreApplication::translate("SdmxJsonReader", "%1: position %2 of the key is not a number.").arg(place()).arg(i));
        if (*index >= d.categories.size()) {
            return fail("SDMX_KEY_OUT_OF_RANGE",
                        QCoreApplication::translate("SdmxJsonReader", "%1: index %2 of dimension %3 is beyond its %4 values.")
                            .arg(place())
                            .arg(*index)
                            .arg(SdmxError::quoted(d.id))
                            .arg(d.categories.size()));
        }
        indices.push_back(int(*index));
        if (colon == std::string_view::npos)
            break;
        key.remove_prefix(colon + 1);
    }
    if (indices.size() != size_t(dims.size())) {
        return fail("SDMX_KEY_INVALID",
                    QCoreApplication::translate("SdmxJsonReader", "%1: the key has %2 positions for %3 dimensions.")
                        .arg(place())
                        .arg(indices.size())
                        .arg(dims.size()));
    }
    return true;
}

bool SdmxCellBuilder::beginSeries(std::string_view key)
{
    m_seriesKey = key;
    m_inSeries = true;
    m_seriesRefs = omitted();
    m_seriesObservations = 0;
    const QList<int> &kinds = m_structure.attributeKindsAt[int(SdmxLevel::Series)];
    m_seriesAttributesRead = std::all_of(kinds.begin(), kinds.end(), [](int k) { return k < 0; });
    m_pending.clear();
    m_pendingKeys.clear();
    return parseKey(key, SdmxLevel::Series, m_seriesIndices);
}

bool SdmxCellBuilder::seriesAttribute(int position, const Element &element)
{
    const QList<int> &kinds = m_structure.attributeKindsAt[int(SdmxLevel::Series)];
    if (position >= kinds.size() || kinds[position] < 0)
        return true;
    return resolve(SdmxAttributeKind(kinds[position]), element, m_seriesRefs[size_t(kinds[position])]);
}

bool SdmxCellBuilder::endSeriesAttributes()
{
    m_seriesAttributesRead = true;
    return addPending();
}

bool SdmxCellBuilder::addPending()
{
    for (const Pending &p : m_pending) {
        m_emitting = m_pendingKeys.data() + p.keyOffset;
        if (!addCell(m_emitting, p.hasValue ? std::optional(p.value) : std::nullopt, p.refs))
            return false;
    }
    m_emitting = nullptr;
    m_pending.clear();
    m_pendingKeys.clear();
    return true;
}

bool SdmxCellBuilder::endSeries()
{
    if (m_deleted && m_seriesObservations == 0) {
        return fail("SDMX_DELETE_WITHOUT_OBSERVATIONS",
                    QCoreApplication::translate(
                        "SdmxJsonReader", "%1: a Delete without observations deletes the whole series, which the reader cannot name cell by cell.")
                        .arg(place()));
    }
    if (!addPending())
        return false;
    m_inSeries = false;
    m_seriesKey.clear();
    return true;
}

bool SdmxCellBuilder::beginFlatObservations()
{
    const QList<int> &series = m_structure.dimensionsOf(SdmxLevel::Series);
    if (!series.isEmpty()) {
        return fail(
            "SDMX_LAYOUT_MISMATCH",
            QCoreApplication::translate("SdmxJsonReader", "%1 gives its observations flat, but the structure presents %2 at the series level.")
                .arg(place(), SdmxError::quoted(m_doc.dimensions.at(series.first()).id)));
    }
    m_seriesIndices.clear();
    return true;
}

bool SdmxCellBuilder::beginObservation(std::string_view key)
{
    m_observationKey = key;
    m_inObservation = true;
    m_value.reset();
    m_observationRefs = omitted();
    return parseKey(key, SdmxLevel::Observation, m_observationIndices);
}

bool SdmxCellBuilder::observationElement(int position, const Element &element)
{
    if (position == 0) {
        switch (element.type) {
        case Element::Type::Null: m_value.reset(); return true;
        case Element::Type::Integer: m_value = double(element.integer); return true;
        case Element::Type::Number: m_value = element.number; return true;
        case Element::Type::Text:
            // SDMX writes a missing value as NaN where the format has no null.
            if (element.text == "NaN") {
                m_value.reset();
                return true;
            }
            if ((m_value = numberFromText(element.text)))
                return true;
            return fail(
                "SDMX_VALUE_NOT_NUMBER",
                QCoreApplication::translate("SdmxJsonReader", "%1: the value %2 is not a number.").arg(place(), SdmxError::quoted(element.text)));
        case Element::Type::Boolean:
        case Element::Type::Nested:
            return fail("SDMX_VALUE_NOT_NUMBER", QCoreApplication::translate("SdmxJsonReader", "%1: the value is not a number.").arg(place()));
        }
    }
    const QList<int> &kinds = m_structure.attributeKindsAt[int(SdmxLevel::Observation)];
    const int attribute = position - 1;
    // Past the observation's attributes come its annotations, which the reader passes over.
    if (attribute >= kinds.size() || kinds[attribute] < 0)
        return true;
    return resolve(SdmxAttributeKind(kinds[attribute]), element, m_observationRefs[size_t(kinds[attribute])]);
}

bool SdmxCellBuilder::endObservation()
{
    bool ok = true;
    if (m_inSeries)
        ++m_seriesObservations;
    if (m_inSeries && !m_seriesAttributesRead) {
        // Held until the series' attributes are read, which may come after its observations.
        m_pending.push_back({qsizetype(m_pendingKeys.size()), m_value.value_or(0.0), m_value.has_value(), m_observationRefs});
        m_pendingKeys.insert(m_pendingKeys.end(), m_observationIndices.begin(), m_observationIndices.end());
    } else {
        ok = addCell(m_observationIndices.data(), m_value, m_observationRefs);
    }
    m_inObservation = false;
    return ok;
}

bool SdmxCellBuilder::resolve(SdmxAttributeKind kind, const Element &element, int &ref)
{
    SdmxStructure::Attribute &a = *m_structure.attributes[size_t(kind)];
    // Without the unit or its power of ten the value cannot be read; a status or a number of
    // decimals the message cannot give is read as not given, and said.
    const bool essential = kind == SdmxAttributeKind::Unit || kind == SdmxAttributeKind::UnitMultiplier;
    switch (element.type) {
    case Element::Type::Null: ref = -1; return true;
    case Element::Type::Integer:
        if (a.listed == 0) {
            ref = a.intern(QString::number(element.integer));
            return true;
        }
        if (element.integer >= 0 && element.integer < a.listed) {
            ref = int(element.integer);
            return true;
        }
        ref = -1;
        if (essential || !warnedAgain(u"range "_qs + a.id)) {
            const QString message = QCoreApplication::translate("SdmxJsonReader", "%1: index %2 of attribute %3 is beyond its %4 values.")
                                        .arg(place())
                                        .arg(element.integer)
                                        .arg(SdmxError::quoted(a.id))
                                        .arg(a.listed);
            if (essential)
                return fail("SDMX_ATTRIBUTE_OUT_OF_RANGE", message);
            warn(u"range "_qs + a.id, message + u' ' + QCoreApplication::translate("SdmxJsonReader", "It is read as not given."));
        }
        return true;
    case Element::Type::Number:
    case Element::Type::Text:
    case Element::Type::Boolean: ref = a.intern(fromUtf8(element.text)); return true;
    case Element::Type::Nested:
        ref = -1;
        if (essential || !warnedAgain(u"nested "_qs + a.id)) {
            const QString message = QCoreApplication::translate("SdmxJsonReader", "%1: the value of attribute %2 is an object or a list, not a code.")
                                        .arg(place(), SdmxError::quoted(a.id));
            if (essential)
                return fail("SDMX_ATTRIBUTE_INVALID", message);
            warn(u"nested "_qs + a.id, message + u' ' + QCoreApplication::translate("SdmxJsonReader", "It is read as not given."));
        }
        return true;
    }
    return true;
}

int SdmxCellBuilder::ref(SdmxAttributeKind kind, const Refs &observation) const
{
    const auto &a = m_structure.attributes[size_t(kind)];
    if (!a)
        return -1;
    int r = kSdmxOmitted;
    switch (a->level) {
    case SdmxLevel::Observation: r = observation[size_t(kind)]; break;
    case SdmxLevel::Series: r = m_seriesRefs[size_t(kind)]; break;
    case SdmxLevel::DimensionGroup: r = m_groups.ref(kind, m_cellKey); break;
    case SdmxLevel::DataSet: r = m_dataSetRefs[size_t(kind)]; break;
    }
    return r == kSdmxOmitted ? a->fallback : r;
}

bool SdmxCellBuilder::addCell(const int *observationKey, std::optional<double> value, const Refs &refs)
{
    const QList<int> &series = m_structure.dimensionsOf(SdmxLevel::Series);
    const QList<int> &observation = m_structure.dimensionsOf(SdmxLevel::Observation);
    for (qsizetype i = 0; i < series.size(); ++i)
        m_cellKey[size_t(series[i])] = m_seriesIndices[size_t(i)];
    for (qsizetype i = 0; i < observation.size(); ++i)
        m_cellKey[size_t(observation[i])] = observationKey[i];

    QStringView status;
    if (const int r = ref(SdmxAttributeKind::Status, refs); r >= 0)
        status = m_structure.attributes[size_t(SdmxAttributeKind::Status)]->codes.at(r);

    int power = 0;
    if (const int r = ref(SdmxAttributeKind::UnitMultiplier, refs); r >= 0) {
        const auto &a = *m_structure.attributes[size_t(SdmxAttributeKind::UnitMultiplier)];
        const std::optional<int> n = a.integers.at(r);
        if (!n || std::abs(*n) > kMaxUnitMultiplier) {
            return fail("SDMX_UNIT_MULT_INVALID",
                        QCoreApplication::translate("SdmxJsonReader", "%1: the unit multiplier %2 is not a power of ten from -%3 to %3.")
                            .arg(place(), SdmxError::quoted(a.codes.at(r)))
                            .arg(kMaxUnitMultiplier));
        }
        power = *n;
    }
    if (value && power != 0) {
        value = scaled(*value, power);
        if (!value) {
            return fail("SDMX_VALUE_OUT_OF_RANGE",
                        QCoreApplication::translate("SdmxJsonReader", "%1: the value times 10^%2 (UNIT_MULT) is beyond what a number can hold.")
                            .arg(place())
                            .arg(power));
        }
    }

    int decimals = -1;
    if (const int r = ref(SdmxAttributeKind::Decimals, refs); r >= 0) {
        const auto &a = *m_structure.attributes[size_t(SdmxAttributeKind::Decimals)];
        const std::optional<int> n = a.integers.at(r);
        if (n && *n >= 0 && *n <= kMaxDecimals) {
            decimals = std::clamp(*n - power, 0, kMaxDecimals);
        } else if (const QString kind = u"decimals "_qs + a.codes.at(r); !warnedAgain(kind)) {
            warn(kind,
                 QCoreApplication::translate("SdmxJsonReader", "%1: DECIMALS %2 is not a number of decimals; it is read as not given.")
                     .arg(place(), SdmxError::quoted(a.codes.at(r))));
        }
    }
    const int unit = ref(SdmxAttributeKind::Unit, refs);

    m_doc.addCell(m_cellKey, value, status, m_deleted);
    ++m_dataSetCells;
    if (m_deleted)
        return true;
    m_units.add(m_cellKey, unit, decimals);
    return true;
}

void SdmxCellBuilder::finish()
{
    const auto &unit = m_structure.attributes[size_t(SdmxAttributeKind::Unit)];
    if (!m_units.apply(m_doc.dimensions, unit ? &*unit : nullptr)) {
        warn(u"units"_qs,
             QCoreApplication::translate("SdmxJsonReader",
                                         "The unit of measure (%1) changes within the categories of every dimension, so no category carries it.")
                 .arg(SdmxError::quoted(unit->id)));
    }

    if (const auto &status = m_structure.attributes[size_t(SdmxAttributeKind::Status)]) {
        for (int i = 0; i < status->listed; ++i) {
            if (!status->codes.at(i).isEmpty() && !status->labels.at(i).isEmpty())
                m_doc.statusLabels.insert(status->codes.at(i), status->labels.at(i));
        }
    }
    for (const QString &kind : std::as_const(m_warningOrder)) {
        const auto warning = m_warnings.value(kind);
        QString text = warning.first;
        // lupdate reads a plural's count only as a plain name.
        if (const int more = warning.second - 1; more > 0)
            text += QLatin1Char(' ') + QCoreApplication::translate("SdmxJsonReader", "(%n more like it)", nullptr, more);
        m_doc.warnings.append(text);
    }
}

} // namespace dh
