#include "sync/readers/sdmxstructure.h"

#include "sync/readers/sdmxerror.h"
#include "sync/readers/sourceperiod.h"

#include <QCoreApplication>
#include <QSet>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <numeric>

namespace dh {

namespace {

using json = nlohmann::json;

QString fromUtf8(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

const json *member(const json &object, const char *key)
{
    if (!object.is_object())
        return nullptr;
    const auto it = object.find(key);
    return it == object.end() || it->is_null() ? nullptr : &*it;
}

QString text(const json &object, const char *key)
{
    const json *v = member(object, key);
    return v && v->is_string() ? fromUtf8(v->get_ref<const std::string &>()) : QString();
}

void addLocalized(LocalizedText &out, const json *byLanguage)
{
    if (!byLanguage || !byLanguage->is_object())
        return;
    for (auto it = byLanguage->begin(); it != byLanguage->end(); ++it) {
        if (it->is_string())
            out.insert(fromUtf8(it.key()), fromUtf8(it->get_ref<const std::string &>()));
    }
}

// `names` by language, or `name`: a text in the message's language, or (in 1.0 drafts and some
// servers' 1.0) an object by language like `names`.
LocalizedText labels(const json &object, const QString &language)
{
    LocalizedText out;
    addLocalized(out, member(object, "names"));
    if (out.isEmpty())
        addLocalized(out, member(object, "name"));
    if (out.isEmpty()) {
        if (const QString name = text(object, "name"); !name.isEmpty())
            out.insert(language, name);
    }
    return out;
}

// Roles as 1.0 (`role`, a string or an array) and 2.x (`roles`) write them, in capitals.
QStringList roles(const json &component)
{
    QStringList out;
    for (const char *key : {"role", "roles"}) {
        const json *r = member(component, key);
        if (!r)
            continue;
        if (r->is_string())
            out.append(fromUtf8(r->get_ref<const std::string &>()).toUpper());
        for (const json &item : r->is_array() ? *r : json::array()) {
            if (item.is_string())
                out.append(fromUtf8(item.get_ref<const std::string &>()).toUpper());
        }
    }
    return out;
}

// The components of a level: 1.0 messages write the data-set level `dataset` as well as `dataSet`.
const json *levelArray(const json &group, SdmxLevel level)
{
    switch (level) {
    case SdmxLevel::DataSet:
        if (const json *a = member(group, "dataSet"))
            return a;
        return member(group, "dataset");
    case SdmxLevel::DimensionGroup: return member(group, "dimensionGroup");
    case SdmxLevel::Series: return member(group, "series");
    case SdmxLevel::Observation: return member(group, "observation");
    }
    return nullptr;
}

QString levelName(SdmxLevel level)
{
    switch (level) {
    case SdmxLevel::DataSet: return QCoreApplication::translate("SdmxJsonReader", "data-set");
    case SdmxLevel::DimensionGroup: return QCoreApplication::translate("SdmxJsonReader", "dimension-group");
    case SdmxLevel::Series: return QCoreApplication::translate("SdmxJsonReader", "series");
    case SdmxLevel::Observation: return QCoreApplication::translate("SdmxJsonReader", "observation");
    }
    return {};
}

// The text of a value given as a JSON scalar; empty for anything else.
QString scalarText(const json &v)
{
    if (v.is_string())
        return fromUtf8(v.get_ref<const std::string &>());
    if (v.is_number_integer())
        return QString::number(v.get<qint64>());
    if (v.is_number())
        return QString::number(v.get<double>(), 'g', 17);
    if (v.is_boolean())
        return v.get<bool>() ? u"true"_qs : u"false"_qs;
    return {};
}

std::optional<int> wholeNumber(const QString &text)
{
    const QByteArray utf8 = text.trimmed().toUtf8();
    double d = 0;
    const auto [end, ec] = std::from_chars(utf8.constData(), utf8.constData() + utf8.size(), d);
    if (ec != std::errc() || end != utf8.constData() + utf8.size() || !std::isfinite(d) || std::abs(d) > 1e6 || d != std::trunc(d))
        return std::nullopt;
    return int(d);
}

std::optional<SdmxAttributeKind> kindOf(const QString &id, const QStringList &roles)
{
    const auto is = [&](QLatin1StringView name) { return id.compare(name, Qt::CaseInsensitive) == 0 || roles.contains(name); };
    if (is(QLatin1StringView("OBS_STATUS")))
        return SdmxAttributeKind::Status;
    if (is(QLatin1StringView("UNIT_MULT")))
        return SdmxAttributeKind::UnitMultiplier;
    if (is(QLatin1StringView("UNIT_MEASURE")))
        return SdmxAttributeKind::Unit;
    if (is(QLatin1StringView("DECIMALS")))
        return SdmxAttributeKind::Decimals;
    return std::nullopt;
}

struct Dimension
{
    StatDimension dimension;
    SdmxLevel level;
    std::optional<qint64> keyPosition;
    QStringList roles;
};

Result<QList<Dimension>> readDimensions(const json &group, const QString &language)
{
    QList<Dimension> out;
    for (SdmxLevel level : {SdmxLevel::DataSet, SdmxLevel::Series, SdmxLevel::Observation}) {
        const json *list = levelArray(group, level);
        if (!list)
            continue;
        if (!list->is_array()) {
            return SdmxError::refuse(
                "SDMX_DIMENSION_INVALID",
                QCoreApplication::translate("SdmxJsonReader", "The %1-level dimensions of the structure are not a list.").arg(levelName(level)));
        }
        for (size_t i = 0; i < list->size(); ++i) {
            const json &c = (*list)[i];
            Dimension d{{text(c, "id")}, level, std::nullopt, roles(c)};
            if (d.dimension.id.isEmpty()) {
                return SdmxError::refuse("SDMX_DIMENSION_INVALID",
                                         QCoreApplication::translate("SdmxJsonReader", "Dimension %1 at the %2 level of the structure has no id.")
                                             .arg(i)
                                             .arg(levelName(level)));
            }
            if (out.size() == SdmxStructure::kMaxDimensions) {
                return SdmxError::refuse(
                    "SDMX_TOO_MANY_DIMENSIONS",
                    QCoreApplication::translate("SdmxJsonReader", "The structure has more than %1 dimensions.").arg(SdmxStructure::kMaxDimensions));
            }
            for (const Dimension &other : std::as_const(out)) {
                if (other.dimension.id == d.dimension.id) {
                    return SdmxError::refuse("SDMX_DIMENSION_INVALID",
                                             QCoreApplication::translate("SdmxJsonReader", "The structure has dimension %1 twice.")
                                                 .arg(SdmxError::quoted(d.dimension.id)));
                }
            }
            d.dimension.label = labels(c, language);
            if (const json *kp = member(c, "keyPosition"); kp && kp->is_number_integer() && kp->get<qint64>() >= 0)
                d.keyPosition = kp->get<qint64>();
            const json *values = member(c, "values");
            if (values && !values->is_array()) {
                return SdmxError::refuse("SDMX_DIMENSION_INVALID",
                                         QCoreApplication::translate("SdmxJsonReader", "The values of dimension %1 are not a list.")
                                             .arg(SdmxError::quoted(d.dimension.id)));
            }
            QSet<QString> seen;
            for (size_t v = 0; values && v < values->size(); ++v) {
                StatCategory category{text((*values)[v], "id"), labels((*values)[v], language)};
                if (category.id.isEmpty()) {
                    return SdmxError::refuse("SDMX_DIMENSION_INVALID",
                                             QCoreApplication::translate("SdmxJsonReader", "Value %1 of dimension %2 has no id.")
                                                 .arg(v)
                                                 .arg(SdmxError::quoted(d.dimension.id)));
                }
                if (seen.contains(category.id)) {
                    return SdmxError::refuse("SDMX_DIMENSION_INVALID",
                                             QCoreApplication::translate("SdmxJsonReader", "Dimension %1 has the value %2 twice.")
                                                 .arg(SdmxError::quoted(d.dimension.id), SdmxError::quoted(category.id)));
                }
                seen.insert(category.id);
                d.dimension.categories.append(std::move(category));
            }
            if (level == SdmxLevel::DataSet && d.dimension.categories.size() != 1) {
                return SdmxError::refuse("SDMX_DIMENSION_INVALID",
                                         QCoreApplication::translate(
                                             "SdmxJsonReader", "Dimension %1 is given for the whole data set, so it must have one value; it has %2.")
                                             .arg(SdmxError::quoted(d.dimension.id))
                                             .arg(d.dimension.categories.size()));
            }
            out.append(std::move(d));
        }
    }
    return out;
}

// TIME_PERIOD by its id, else by its role; REF_AREA likewise.
void assignRoles(QList<Dimension> &dims)
{
    const auto pick = [&](QLatin1StringView name, QLatin1StringView otherRole) -> Dimension * {
        for (Dimension &d : dims) {
            if (d.dimension.id == name)
                return &d;
        }
        for (Dimension &d : dims) {
            if (d.roles.contains(name) || (!otherRole.isEmpty() && d.roles.contains(otherRole)))
                return &d;
        }
        return nullptr;
    };
    if (Dimension *time = pick(QLatin1StringView("TIME_PERIOD"), QLatin1StringView("TIME")))
        time->dimension.role = DimensionRole::Time;
    if (Dimension *geo = pick(QLatin1StringView("REF_AREA"), QLatin1StringView()); geo && geo->dimension.role == DimensionRole::Other)
        geo->dimension.role = DimensionRole::Geo;
}

Result<void> checkPeriods(const StatDimension &time)
{
    for (qsizetype i = 0; i < time.categories.size(); ++i) {
        const auto period = SourcePeriod::parse(time.categories.at(i).id);
        if (!period.ok()) {
            Error e = period.error();
            e.message =
                QCoreApplication::translate("SdmxJsonReader", "Value %1 of dimension %2: %3").arg(i).arg(SdmxError::quoted(time.id), e.message);
            return e;
        }
    }
    return {};
}

Result<SdmxStructure::Attribute> readAttribute(const json &c, const QString &id, SdmxLevel level, const QString &language)
{
    SdmxStructure::Attribute a;
    a.id = id;
    a.level = level;
    const json *values = member(c, "values");
    if (values && !values->is_array()) {
        return SdmxError::refuse(
            "SDMX_ATTRIBUTE_INVALID",
            QCoreApplication::translate("SdmxJsonReader", "The values of attribute %1 are not a list.").arg(SdmxError::quoted(id)));
    }
    for (size_t v = 0; values && v < values->size(); ++v) {
        const json &value = (*values)[v];
        QString code = text(value, "id");
        if (code.isEmpty()) {
            const json *direct = member(value, "value");
            code = direct ? scalarText(*direct) : text(value, "name");
        }
        a.integers.append(wholeNumber(code));
        a.codes.append(std::move(code));
        a.labels.append(labels(value, language));
    }
    a.listed = int(a.codes.size());
    if (const json *d = member(c, "default")) {
        const QString def = scalarText(*d);
        const qsizetype listedIndex = a.codes.indexOf(def);
        a.fallback = listedIndex >= 0 ? int(listedIndex) : a.intern(def);
    } else if (level == SdmxLevel::DataSet && a.listed == 1) {
        // SDMX-JSON 1.0: a data-set-level attribute has one value, which a data set need not repeat.
        a.fallback = 0;
    }
    return a;
}

} // namespace

int SdmxStructure::Attribute::intern(const QString &text)
{
    const auto it = m_direct.constFind(text);
    if (it != m_direct.cend())
        return *it;
    const int index = int(codes.size());
    codes.append(text);
    labels.append(LocalizedText());
    integers.append(wholeNumber(text));
    m_direct.insert(text, index);
    return index;
}

std::optional<qint64> SdmxStructure::keyIndex(std::string_view position)
{
    // Nine digits: no message this reader takes has a dimension of a billion values.
    constexpr size_t maxDigits = 9;
    if (position.empty() || !std::all_of(position.begin(), position.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    if (position.size() > maxDigits)
        return std::numeric_limits<qint64>::max();
    qint64 n = 0;
    std::from_chars(position.data(), position.data() + position.size(), n);
    return n;
}

QList<int> SdmxStructure::dimensionsInLevelOrder() const
{
    return dimensionsOf(SdmxLevel::DataSet) + dimensionsOf(SdmxLevel::Series) + dimensionsOf(SdmxLevel::Observation);
}

Result<SdmxStructure> SdmxStructure::read(const json &structure, const QString &language)
{
    const json *dimensionGroup = member(structure, "dimensions");
    if (!dimensionGroup || !dimensionGroup->is_object())
        return SdmxError::refuse("SDMX_NO_STRUCTURE",
                                 QCoreApplication::translate("SdmxJsonReader", "The structure of the message lists no dimensions."));
    auto dims = readDimensions(*dimensionGroup, language);
    if (!dims)
        return dims.error();
    assignRoles(*dims);

    SdmxStructure s;
    s.label = labels(structure, language);
    QList<int> order(dims->size());
    std::iota(order.begin(), order.end(), 0);
    // Key order, so every layout of the same data gives the same dimensions; a dimension without a
    // keyPosition keeps its place after those with one.
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const auto ka = dims->at(a).keyPosition.value_or(std::numeric_limits<qint64>::max());
        const auto kb = dims->at(b).keyPosition.value_or(std::numeric_limits<qint64>::max());
        return ka < kb;
    });
    QList<int> documentIndex(dims->size());
    for (int i = 0; i < order.size(); ++i) {
        documentIndex[order[i]] = i;
        s.dimensions.append(dims->at(order[i]).dimension);
    }
    for (int i = 0; i < dims->size(); ++i)
        s.dimensionsAt[int(dims->at(i).level)].append(documentIndex[i]);
    for (const StatDimension &d : std::as_const(s.dimensions)) {
        if (d.role == DimensionRole::Time) {
            if (auto r = checkPeriods(d); !r)
                return r.error();
        }
    }

    if (const json *measures = member(structure, "measures")) {
        const json *list = member(*measures, "observation");
        if (list && list->is_array() && list->size() > 1) {
            return SdmxError::refuse(
                "SDMX_MANY_MEASURES",
                QCoreApplication::translate("SdmxJsonReader", "The structure has %1 measures; the reader takes messages with one.")
                    .arg(list->size()));
        }
    }

    const json *attributeGroup = member(structure, "attributes");
    if (attributeGroup && !attributeGroup->is_object())
        return SdmxError::refuse("SDMX_ATTRIBUTE_INVALID",
                                 QCoreApplication::translate("SdmxJsonReader", "The attributes of the structure are not an object."));
    for (SdmxLevel level : {SdmxLevel::DataSet, SdmxLevel::DimensionGroup, SdmxLevel::Series, SdmxLevel::Observation}) {
        const json *list = attributeGroup ? levelArray(*attributeGroup, level) : nullptr;
        if (!list)
            continue;
        if (!list->is_array()) {
            return SdmxError::refuse(
                "SDMX_ATTRIBUTE_INVALID",
                QCoreApplication::translate("SdmxJsonReader", "The %1-level attributes of the structure are not a list.").arg(levelName(level)));
        }
        QList<int> &kinds = s.attributeKindsAt[int(level)];
        for (size_t i = 0; i < list->size(); ++i) {
            const json &c = (*list)[i];
            const QString id = text(c, "id");
            if (id.isEmpty()) {
                return SdmxError::refuse("SDMX_ATTRIBUTE_INVALID",
                                         QCoreApplication::translate("SdmxJsonReader", "Attribute %1 at the %2 level of the structure has no id.")
                                             .arg(i)
                                             .arg(levelName(level)));
            }
            const auto kind = kindOf(id, roles(c));
            // An attribute the reader maps counts once, at the first place the structure gives it.
            if (!kind || s.attributes[int(*kind)]) {
                kinds.append(-1);
                continue;
            }
            auto a = readAttribute(c, id, level, language);
            if (!a)
                return a.error();
            s.attributes[int(*kind)] = std::move(*a);
            kinds.append(int(*kind));
        }
    }
    return s;
}

} // namespace dh
