#include "sync/readers/sdmxsaxhandler.h"

#include "sync/readers/sdmxerror.h"

#include <QCoreApplication>

#include <limits>

namespace dh {

namespace {

using json = nlohmann::json;
using Element = SdmxCellBuilder::Element;

const json *member(const json &object, const char *key)
{
    if (!object.is_object())
        return nullptr;
    const auto it = object.find(key);
    return it == object.end() || it->is_null() ? nullptr : &*it;
}

} // namespace

SdmxSaxHandler::SdmxSaxHandler(StatDocument &document)
    : m_doc(document)
    , m_firstPass(true)
{
}

SdmxSaxHandler::SdmxSaxHandler(StatDocument &document, json skeleton)
    : m_doc(document)
    , m_firstPass(false)
    , m_skeleton(std::move(skeleton))
    , m_structureComplete(true)
{
}

bool SdmxSaxHandler::fail(Error error)
{
    if (!m_error)
        m_error = std::move(error);
    return false;
}

bool SdmxSaxHandler::fromBuilder(bool ok)
{
    if (!ok)
        fail(m_builder->error());
    return ok;
}

bool SdmxSaxHandler::shape(bool wantObject)
{
    QString where;
    for (auto it = m_frames.rbegin(); it != m_frames.rend() && where.isEmpty(); ++it) {
        if (it->kind == Kind::DataSet)
            where = it->dataBegun && m_builder ? m_builder->place() : QCoreApplication::translate("SdmxJsonReader", "Data set %1").arg(it->dataSet);
    }
    const QString message = wantObject ? QCoreApplication::translate("SdmxJsonReader", "%1: the member %2 is not an object.")
                                       : QCoreApplication::translate("SdmxJsonReader", "%1: the member %2 is not a list.");
    return fail(SdmxError::refuse("SDMX_OBSERVATION_INVALID", message.arg(where, SdmxError::quoted(m_key))));
}

std::optional<SdmxSaxHandler::Kind> SdmxSaxHandler::childKind(const Frame &parent, bool isObject)
{
    const Kind kept = m_firstPass ? Kind::Plain : Kind::Ignored;
    switch (parent.kind) {
    case Kind::Root:
        if (m_key == "data" && isObject)
            return Kind::Container;
        [[fallthrough]];
    case Kind::Container:
        if (m_key == "structure" || m_key == "structures")
            return m_firstPass ? Kind::Structure : Kind::Ignored;
        if (m_key == "dataSets" && !isObject)
            return Kind::DataSets;
        return kept;
    case Kind::Structure:
    case Kind::Plain: return Kind::Plain;
    case Kind::DataSets: return isObject ? Kind::DataSet : kept;
    case Kind::DataSet:
        if (m_key == "series" || m_key == "observations") {
            if (!isObject) {
                shape(true);
                return std::nullopt;
            }
            return m_key == "series" ? Kind::SeriesMap : Kind::Observations;
        }
        return kept;
    case Kind::SeriesMap:
        if (!isObject) {
            shape(true);
            return std::nullopt;
        }
        return Kind::Series;
    case Kind::Series:
        if (m_key == "attributes" && isObject) {
            shape(false);
            return std::nullopt;
        }
        if (m_key == "observations" && !isObject) {
            shape(true);
            return std::nullopt;
        }
        if (m_key == "attributes")
            return Kind::SeriesAttributes;
        return m_key == "observations" ? Kind::Observations : Kind::Ignored;
    case Kind::Observations:
        if (isObject) {
            shape(false);
            return std::nullopt;
        }
        return Kind::Observation;
    case Kind::SeriesAttributes:
    case Kind::Observation:
    case Kind::Ignored: return Kind::Ignored;
    }
    return Kind::Ignored;
}

SdmxSaxHandler::json *SdmxSaxHandler::childNode(Frame &parent, int position, bool isObject)
{
    if (!parent.node)
        return nullptr;
    if (m_firstPass) {
        json value = isObject ? json::object() : json::array();
        if (parent.node->is_array()) {
            parent.node->push_back(std::move(value));
            return &parent.node->back();
        }
        json &slot = (*parent.node)[m_key];
        slot = std::move(value);
        return &slot;
    }
    // The second pass walks the skeleton the first one kept.
    if (parent.node->is_array())
        return size_t(position) < parent.node->size() ? &(*parent.node)[size_t(position)] : nullptr;
    const auto it = parent.node->find(m_key);
    return it == parent.node->end() ? nullptr : &*it;
}

bool SdmxSaxHandler::startContainer(bool isObject)
{
    if (m_frames.size() >= kMaxDepth)
        return fail(SdmxError::refuse("SDMX_TOO_DEEP",
                                      QCoreApplication::translate("SdmxJsonReader", "The message nests deeper than %1 levels.").arg(kMaxDepth)));
    if (m_frames.empty()) {
        if (m_firstPass)
            m_skeleton = isObject ? json::object() : json::array();
        m_frames.push_back({isObject ? Kind::Root : Kind::Ignored, &m_skeleton});
        return true;
    }
    Frame &parent = m_frames.back();
    const int position = parent.count++;
    const auto kind = childKind(parent, isObject);
    if (!kind)
        return false;
    Frame frame{*kind, nullptr};
    switch (*kind) {
    case Kind::Container:
    case Kind::Structure:
    case Kind::Plain: frame.node = childNode(parent, position, isObject); break;
    case Kind::DataSet:
        frame.node = childNode(parent, position, isObject);
        frame.dataSet = position;
        break;
    case Kind::DataSets:
        m_container = parent.node;
        frame.node = childNode(parent, position, isObject);
        break;
    case Kind::SeriesMap:
    case Kind::Observations:
        if (parent.kind != Kind::DataSet)
            break;
        if (!startData(parent))
            return false;
        if (m_dataStopped)
            frame.kind = Kind::Ignored;
        else if (*kind == Kind::Observations && !fromBuilder(m_builder->beginFlatObservations()))
            return false;
        break;
    case Kind::Series:
        if (!fromBuilder(m_builder->beginSeries(m_key)))
            return false;
        break;
    case Kind::Observation:
        if (!fromBuilder(m_builder->beginObservation(m_key)))
            return false;
        break;
    case Kind::Ignored:
        if (parent.kind == Kind::Observation && !fromBuilder(m_builder->observationElement(position, {Element::Type::Nested})))
            return false;
        if (parent.kind == Kind::SeriesAttributes && !fromBuilder(m_builder->seriesAttribute(position, {Element::Type::Nested})))
            return false;
        break;
    case Kind::Root:
    case Kind::SeriesAttributes: break;
    }
    m_frames.push_back(frame);
    return true;
}

bool SdmxSaxHandler::endContainer()
{
    const Frame frame = m_frames.back();
    m_frames.pop_back();
    switch (frame.kind) {
    case Kind::Structure: m_structureComplete = true; return true;
    case Kind::DataSet: {
        if (m_dataStopped)
            return true;
        Frame dataSet = frame;
        if (!dataSet.dataBegun && !startData(dataSet))
            return false;
        return m_dataStopped || fromBuilder(m_builder->endDataSet());
    }
    case Kind::SeriesAttributes: return fromBuilder(m_builder->endSeriesAttributes());
    case Kind::Series: return fromBuilder(m_builder->endSeries());
    case Kind::Observation: return fromBuilder(m_builder->endObservation());
    default: return true;
    }
}

bool SdmxSaxHandler::startData(Frame &dataSet)
{
    if (m_dataStopped || dataSet.dataBegun)
        return true;
    if (!m_structureComplete) {
        // The structure comes after the data: only a second pass can read them.
        m_needsSecondPass = m_dataStopped = true;
        return true;
    }
    dataSet.dataBegun = true;
    static const json none = json::object();
    const json &members = dataSet.node ? *dataSet.node : none;
    if (!makeBuilder(members, dataSet.dataSet))
        return false;
    return fromBuilder(m_builder->beginDataSet(dataSet.dataSet, members));
}

bool SdmxSaxHandler::makeBuilder(const json &dataSet, int index)
{
    const json *structure = nullptr;
    int structureIndex = 0;
    const json *container = m_container ? m_container : &m_skeleton;
    if (const json *list = member(*container, "structures"); list && list->is_array()) {
        structureIndex = -1;
        if (const json *named = member(dataSet, "structure")) {
            if (!named->is_number_integer() || named->get<qint64>() < 0 || named->get<quint64>() >= list->size()) {
                return fail(SdmxError::refuse("SDMX_STRUCTURE_OUT_OF_RANGE",
                                              QCoreApplication::translate("SdmxJsonReader", "Data set %1 names structure %2; the message has %3.")
                                                  .arg(index)
                                                  .arg(SdmxError::quoted(named->dump()))
                                                  .arg(list->size())));
            }
            structureIndex = named->get<int>();
        } else {
            // 2.x: each structure lists the data sets it describes.
            for (size_t k = 0; k < list->size() && structureIndex < 0; ++k) {
                const json *sets = member((*list)[k], "dataSets");
                for (const json &s : sets && sets->is_array() ? *sets : json::array()) {
                    if (s.is_number_integer() && s.get<qint64>() == index)
                        structureIndex = int(k);
                }
            }
            if (structureIndex < 0 && list->size() == 1)
                structureIndex = 0;
        }
        if (structureIndex >= 0)
            structure = &(*list)[size_t(structureIndex)];
    } else if (const json *one = member(*container, "structure"); one && one->is_object()) {
        structure = one;
    }
    if (!structure)
        return fail(SdmxError::refuse("SDMX_NO_STRUCTURE",
                                      QCoreApplication::translate("SdmxJsonReader", "The message has no structure for data set %1.").arg(index)));
    if (m_builder) {
        if (structureIndex == m_structureIndex)
            return true;
        return fail(SdmxError::refuse(
            "SDMX_MANY_STRUCTURES",
            QCoreApplication::translate(
                "SdmxJsonReader", "Data set %1 uses structure %2, another than the data sets before it; the reader takes one structure a message.")
                .arg(index)
                .arg(structureIndex)));
    }
    auto read = SdmxStructure::read(*structure, language());
    if (!read)
        return fail(read.error());
    m_builder.emplace(m_doc, std::move(*read));
    m_structureIndex = structureIndex;
    return true;
}

SdmxCellBuilder *SdmxSaxHandler::builder()
{
    if (!m_builder && !m_error)
        makeBuilder(json::object(), 0);
    return m_builder && !m_error ? &*m_builder : nullptr;
}

QString SdmxSaxHandler::language() const
{
    const json *meta = member(m_skeleton, "meta");
    if (!meta)
        meta = member(m_skeleton, "header");
    const json *languages = meta ? member(*meta, "contentLanguages") : nullptr;
    if (languages && languages->is_array() && !languages->empty() && languages->front().is_string()) {
        const auto &l = languages->front().get_ref<const std::string &>();
        return QString::fromUtf8(l.data(), qsizetype(l.size()));
    }
    return {};
}

template<typename Make> bool SdmxSaxHandler::scalar(const Element &element, Make make)
{
    if (m_frames.empty()) {
        if (m_firstPass)
            m_skeleton = make();
        return true;
    }
    Frame &frame = m_frames.back();
    const int position = frame.count++;
    switch (frame.kind) {
    case Kind::Root:
    case Kind::Container:
    case Kind::Structure:
    case Kind::DataSets:
    case Kind::DataSet:
    case Kind::Plain:
        if (frame.kind == Kind::DataSet && element.type != Element::Type::Null && (m_key == "series" || m_key == "observations"))
            return shape(true);
        if (m_firstPass && frame.node) {
            if (frame.node->is_array())
                frame.node->push_back(make());
            else
                (*frame.node)[m_key] = make();
        }
        return true;
    case Kind::SeriesMap:
    case Kind::Observations:
        // A nulled member is an absent one.
        return element.type == Element::Type::Null || shape(frame.kind == Kind::SeriesMap);
    case Kind::Series:
        if (element.type != Element::Type::Null && (m_key == "attributes" || m_key == "observations"))
            return shape(m_key == "observations");
        return true;
    case Kind::SeriesAttributes: return fromBuilder(m_builder->seriesAttribute(position, element));
    case Kind::Observation: return fromBuilder(m_builder->observationElement(position, element));
    case Kind::Ignored: return true;
    }
    return true;
}

bool SdmxSaxHandler::null()
{
    return scalar({Element::Type::Null}, [] { return json(); });
}

bool SdmxSaxHandler::boolean(bool value)
{
    return scalar({Element::Type::Boolean, 0, 0, value ? "true" : "false"}, [&] { return json(value); });
}

bool SdmxSaxHandler::number_integer(json::number_integer_t value)
{
    return scalar({Element::Type::Integer, value}, [&] { return json(value); });
}

bool SdmxSaxHandler::number_unsigned(json::number_unsigned_t value)
{
    if (value <= json::number_unsigned_t(std::numeric_limits<qint64>::max()))
        return scalar({Element::Type::Integer, qint64(value)}, [&] { return json(value); });
    m_number = std::to_string(value);
    return scalar({Element::Type::Number, 0, double(value), m_number}, [&] { return json(value); });
}

bool SdmxSaxHandler::number_float(json::number_float_t value, const std::string &text)
{
    return scalar({Element::Type::Number, 0, value, text}, [&] { return json(value); });
}

bool SdmxSaxHandler::string(std::string &value)
{
    return scalar({Element::Type::Text, 0, 0, value}, [&] { return json(value); });
}

bool SdmxSaxHandler::binary(json::binary_t &)
{
    return true; // JSON text has none
}

bool SdmxSaxHandler::start_object(std::size_t)
{
    return startContainer(true);
}

bool SdmxSaxHandler::key(std::string &value)
{
    const Frame &frame = m_frames.back();
    // A data set member that says how to read its observations, met after them.
    if (m_firstPass && frame.kind == Kind::DataSet && frame.dataBegun && !m_dataStopped
        && (value == "action" || value == "structure" || value == "attributes" || value == "dimensionGroupAttributes")) {
        m_needsSecondPass = m_dataStopped = true;
    }
    m_key = value;
    return true;
}

bool SdmxSaxHandler::end_object()
{
    return endContainer();
}

bool SdmxSaxHandler::start_array(std::size_t)
{
    return startContainer(false);
}

bool SdmxSaxHandler::end_array()
{
    return endContainer();
}

bool SdmxSaxHandler::parse_error(std::size_t position, const std::string &lastToken, const nlohmann::detail::exception &)
{
    return fail(SdmxError::refuse("SDMX_NOT_JSON",
                                  QCoreApplication::translate("SdmxJsonReader", "The message is not JSON: it cannot be read at byte %1, near %2.")
                                      .arg(position)
                                      .arg(SdmxError::quoted(lastToken))));
}

} // namespace dh
