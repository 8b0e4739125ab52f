#include "codemapping.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>

namespace dh {

namespace {

const QString kRule = QStringLiteral("MAPPING_INVALID");

// A JSON pointer's reference token (RFC 6901): '~' and '/' escaped.
QString token(QString key)
{
    key.replace(u'~', QStringLiteral("~0"));
    key.replace(u'/', QStringLiteral("~1"));
    return u'/' + key;
}

Error refused(const QString &pointer, const QString &why)
{
    Error e = Error::invalid(QCoreApplication::translate("CodeMapping", "Code mapping, %1: %2").arg(pointer.isEmpty() ? QStringLiteral("/") : pointer, why));
    e.rule = kRule;
    return e;
}

// Reads one JSON object field by field, remembering where it is, so every refusal names its pointer
// and a field the format does not have (a misspelt "indicator") is refused rather than ignored.
class Reader
{
public:
    Reader(QJsonObject object, QString pointer, QSet<QString> known)
        : m_object(std::move(object)), m_pointer(std::move(pointer)), m_known(std::move(known)) {}

    std::optional<Error> unknownField() const
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (!m_known.contains(it.key()))
                return refused(m_pointer + token(it.key()), QCoreApplication::translate("CodeMapping", "unknown field."));
        }
        return std::nullopt;
    }
    QString at(const QString &key) const { return m_pointer + token(key); }
    bool has(const QString &key) const { return m_object.contains(key); }
    QJsonValue value(const QString &key) const { return m_object.value(key); }

    Result<QString> text(const QString &key) const
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined())
            return QString();
        if (!v.isString() || v.toString().trimmed().isEmpty())
            return refused(at(key), QCoreApplication::translate("CodeMapping", "expected a non-empty string."));
        return v.toString();
    }
    Result<QJsonObject> object(const QString &key) const
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined())
            return QJsonObject();
        if (!v.isObject())
            return refused(at(key), QCoreApplication::translate("CodeMapping", "expected an object."));
        return v.toObject();
    }

private:
    QJsonObject m_object;
    QString m_pointer;
    QSet<QString> m_known;
};

QSet<QString> names(std::initializer_list<const char *> list)
{
    QSet<QString> out;
    for (const char *n : list)
        out.insert(QString::fromLatin1(n));
    return out;
}

Result<ValueKind> valueKind(const QJsonValue &v, const QString &pointer)
{
    const auto kind = v.isString() ? valueKindFromName(v.toString()) : std::nullopt;
    if (!kind)
        return refused(pointer, QCoreApplication::translate("CodeMapping", "expected in-period, cumulative or target."));
    return *kind;
}

Result<ObservationStatus> statusValue(const QJsonValue &v, const QString &pointer)
{
    const auto s = v.isString() && !v.toString().isEmpty() ? statusFromName(v.toString()) : std::nullopt;
    if (!s)
        return refused(pointer, QCoreApplication::translate("CodeMapping", "expected final, provisional or estimate."));
    return *s;
}

// A code table: every value a string (a catalogue code) or null (left out); "" where allowed.
Result<CodeMapping::CodeTable> codeTable(const QJsonObject &object, const QString &pointer, bool emptyAllowed)
{
    CodeMapping::CodeTable table;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it->isNull()) {
            table.insert(it.key(), std::nullopt);
        } else if (it->isString() && (emptyAllowed || !it->toString().trimmed().isEmpty())) {
            table.insert(it.key(), it->toString());
        } else {
            return refused(pointer + token(it.key()), emptyAllowed ? QCoreApplication::translate("CodeMapping", "expected a code, \"\" (the total) or null (left out).")
                                                                  : QCoreApplication::translate("CodeMapping", "expected a code or null (left out)."));
        }
    }
    return table;
}

// "source dimension or column" → "catalogue dimension name".
Result<QList<CodeMapping::Disaggregation>> renames(const QJsonObject &object, const QString &pointer)
{
    QList<CodeMapping::Disaggregation> out;
    QSet<QString> targets;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString name = it->toString();
        if (!it->isString() || name.trimmed().isEmpty() || name.contains(u'=') || name.contains(u';'))
            return refused(pointer + token(it.key()), QCoreApplication::translate("CodeMapping", "expected the catalogue's name of the dimension."));
        if (targets.contains(name))
            return refused(pointer + token(it.key()), QCoreApplication::translate("CodeMapping", "dimension %1 is named twice.").arg(name));
        targets.insert(name);
        out.append({it.key(), name});
    }
    return out;
}

Result<void> readIndicators(const QJsonObject &object, const QString &pointer, CodeMapping &m)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString at = pointer + token(it.key());
        if (it->isNull()) {
            m.indicators.insert(it.key(), std::nullopt);
            continue;
        }
        CodeMapping::IndicatorTarget target;
        if (it->isString() && !it->toString().trimmed().isEmpty()) {
            target.code = it->toString();
            m.indicators.insert(it.key(), target);
            continue;
        }
        if (!it->isObject())
            return refused(at, QCoreApplication::translate("CodeMapping", "expected a code, null (left out) or an object with code, scale, measure, valueKind."));
        const Reader r(it->toObject(), at, names({"code", "scale", "measure", "valueKind"}));
        if (auto e = r.unknownField())
            return *e;
        const auto code = r.text(QStringLiteral("code"));
        if (!code)
            return code.error();
        if (code->isEmpty())
            return refused(r.at(QStringLiteral("code")), QCoreApplication::translate("CodeMapping", "required."));
        target.code = *code;
        if (r.has(QStringLiteral("scale"))) {
            const QJsonValue s = r.value(QStringLiteral("scale"));
            if (!s.isDouble() || !std::isfinite(s.toDouble()) || s.toDouble() == 0.0)
                return refused(r.at(QStringLiteral("scale")), QCoreApplication::translate("CodeMapping", "expected a finite number other than zero."));
            target.scale = s.toDouble();
        }
        const auto measure = r.text(QStringLiteral("measure"));
        if (!measure)
            return measure.error();
        target.measure = *measure;
        if (r.has(QStringLiteral("valueKind"))) {
            const auto kind = valueKind(r.value(QStringLiteral("valueKind")), r.at(QStringLiteral("valueKind")));
            if (!kind)
                return kind.error();
            target.valueKind = *kind;
        }
        m.indicators.insert(it.key(), target);
    }
    return {};
}

Result<void> readDimensions(const Reader &top, CodeMapping &m)
{
    const auto object = top.object(QStringLiteral("dimensions"));
    if (!object)
        return object.error();
    const Reader r(*object, top.at(QStringLiteral("dimensions")), names({"indicator", "unit", "period", "disaggregations", "fixed"}));
    if (auto e = r.unknownField())
        return *e;
    for (const auto &[key, slot] : {std::pair{"indicator", &m.indicatorDimension}, std::pair{"unit", &m.unitDimension},
                                    std::pair{"period", &m.periodDimension}}) {
        const auto t = r.text(QString::fromLatin1(key));
        if (!t)
            return t.error();
        *slot = *t;
    }
    const auto disagg = r.object(QStringLiteral("disaggregations"));
    if (!disagg)
        return disagg.error();
    const auto list = renames(*disagg, r.at(QStringLiteral("disaggregations")));
    if (!list)
        return list.error();
    m.disaggregations = *list;
    const auto fixed = r.object(QStringLiteral("fixed"));
    if (!fixed)
        return fixed.error();
    for (auto it = fixed->begin(); it != fixed->end(); ++it) {
        if (!it->isString())
            return refused(r.at(QStringLiteral("fixed")) + token(it.key()), QCoreApplication::translate("CodeMapping", "expected the id of the category kept."));
        m.fixed.insert(it.key(), it->toString());
    }
    for (const CodeMapping::Disaggregation &d : std::as_const(m.disaggregations)) {
        if (m.fixed.contains(d.source))
            return refused(r.at(QStringLiteral("fixed")) + token(d.source), QCoreApplication::translate("CodeMapping", "a dimension cannot be both fixed and a disaggregation."));
    }
    return {};
}

Result<void> readConstants(const Reader &top, CodeMapping &m)
{
    const auto object = top.object(QStringLiteral("constants"));
    if (!object)
        return object.error();
    const Reader r(*object, top.at(QStringLiteral("constants")), names({"indicator", "unit", "period", "valueKind", "status", "revision"}));
    if (auto e = r.unknownField())
        return *e;
    for (const auto &[key, slot] : {std::pair{"indicator", &m.constantIndicator}, std::pair{"unit", &m.constantUnit},
                                    std::pair{"period", &m.constantPeriod}}) {
        const auto t = r.text(QString::fromLatin1(key));
        if (!t)
            return t.error();
        *slot = *t;
    }
    if (r.has(QStringLiteral("valueKind"))) {
        const auto kind = valueKind(r.value(QStringLiteral("valueKind")), r.at(QStringLiteral("valueKind")));
        if (!kind)
            return kind.error();
        m.constantValueKind = *kind;
    }
    if (r.has(QStringLiteral("status"))) {
        const auto s = statusValue(r.value(QStringLiteral("status")), r.at(QStringLiteral("status")));
        if (!s)
            return s.error();
        m.constantStatus = *s;
    }
    if (r.has(QStringLiteral("revision"))) {
        const QJsonValue v = r.value(QStringLiteral("revision"));
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 0 || d != std::floor(d) || d > 1e9)
            return refused(r.at(QStringLiteral("revision")), QCoreApplication::translate("CodeMapping", "expected a whole number ≥ 0."));
        m.revision = int(d);
    }
    return {};
}

Result<void> readCsv(const Reader &top, CodeMapping &m)
{
    if (!top.has(QStringLiteral("csv")))
        return {};
    const auto object = top.object(QStringLiteral("csv"));
    if (!object)
        return object.error();
    const Reader r(*object, top.at(QStringLiteral("csv")), names({"delimiter", "decimalComma", "columns"}));
    if (auto e = r.unknownField())
        return *e;
    CodeMapping::CsvColumns &c = m.csv;
    c.present = true;
    if (r.has(QStringLiteral("delimiter"))) {
        const QString d = r.value(QStringLiteral("delimiter")).toString();
        if (d.size() != 1 || d == u"\"" || d == u"\n" || d == u"\r")
            return refused(r.at(QStringLiteral("delimiter")), QCoreApplication::translate("CodeMapping", "expected one character other than a quote or a line break."));
        c.delimiter = d.at(0);
    }
    if (r.has(QStringLiteral("decimalComma"))) {
        if (!r.value(QStringLiteral("decimalComma")).isBool())
            return refused(r.at(QStringLiteral("decimalComma")), QCoreApplication::translate("CodeMapping", "expected true or false."));
        c.decimalComma = r.value(QStringLiteral("decimalComma")).toBool();
    }
    if (c.decimalComma && c.delimiter == u',')
        return refused(r.at(QStringLiteral("delimiter")), QCoreApplication::translate("CodeMapping", "a decimal comma needs another delimiter (\";\" or a tab)."));
    const auto columns = r.object(QStringLiteral("columns"));
    if (!columns)
        return columns.error();
    const Reader cr(*columns, r.at(QStringLiteral("columns")), names({"indicator", "unit", "period", "value", "status", "disaggregations"}));
    if (auto e = cr.unknownField())
        return *e;
    for (const auto &[key, slot] : {std::pair{"indicator", &c.indicator}, std::pair{"unit", &c.unit}, std::pair{"period", &c.period},
                                    std::pair{"value", &c.value}, std::pair{"status", &c.status}}) {
        const auto t = cr.text(QString::fromLatin1(key));
        if (!t)
            return t.error();
        *slot = *t;
    }
    if (c.value.isEmpty())
        return refused(cr.at(QStringLiteral("value")), QCoreApplication::translate("CodeMapping", "required: the column of the values."));
    for (const auto &[column, constant, key] : {std::tuple{&c.indicator, &m.constantIndicator, "indicator"},
                                                std::tuple{&c.unit, &m.constantUnit, "unit"},
                                                std::tuple{&c.period, &m.constantPeriod, "period"}}) {
        if (column->isEmpty() && constant->isEmpty())
            return refused(cr.at(QString::fromLatin1(key)), QCoreApplication::translate("CodeMapping", "required: a column, or a constant under /constants/%1.").arg(QString::fromLatin1(key)));
    }
    const auto disagg = cr.object(QStringLiteral("disaggregations"));
    if (!disagg)
        return disagg.error();
    const auto list = renames(*disagg, cr.at(QStringLiteral("disaggregations")));
    if (!list)
        return list.error();
    c.disaggregations = *list;
    return {};
}

} // namespace

Result<CodeMapping> CodeMapping::fromJson(QByteArrayView bytes)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        Error e = Error::invalid(QCoreApplication::translate("CodeMapping", "The code mapping is not JSON (at byte %1: %2).")
                                     .arg(parseError.offset).arg(parseError.errorString()));
        e.rule = kRule;
        return e;
    }
    if (!doc.isObject())
        return refused({}, QCoreApplication::translate("CodeMapping", "expected an object."));
    const Reader top(doc.object(), {}, names({"$schema", "name", "description", "source", "version", "dimensions", "constants",
                                              "indicators", "units", "values", "status", "csv"}));
    if (auto e = top.unknownField())
        return *e;
    if (top.value(QStringLiteral("version")).toInt(-1) != 1 || !top.value(QStringLiteral("version")).isDouble())
        return refused(top.at(QStringLiteral("version")), QCoreApplication::translate("CodeMapping", "required, and must be 1."));

    CodeMapping m;
    for (const auto &[key, slot] : {std::pair{"name", &m.name}, std::pair{"source", &m.source}}) {
        const auto t = top.text(QString::fromLatin1(key));
        if (!t)
            return t.error();
        *slot = *t;
    }
    if (auto r = readDimensions(top, m); !r)
        return r.error();
    if (auto r = readConstants(top, m); !r)
        return r.error();
    const auto indicators = top.object(QStringLiteral("indicators"));
    if (!indicators)
        return indicators.error();
    if (auto r = readIndicators(*indicators, top.at(QStringLiteral("indicators")), m); !r)
        return r.error();
    const auto units = top.object(QStringLiteral("units"));
    if (!units)
        return units.error();
    const auto unitTable = codeTable(*units, top.at(QStringLiteral("units")), false);
    if (!unitTable)
        return unitTable.error();
    m.units = *unitTable;
    const auto values = top.object(QStringLiteral("values"));
    if (!values)
        return values.error();
    for (auto it = values->begin(); it != values->end(); ++it) {
        const QString at = top.at(QStringLiteral("values")) + token(it.key());
        if (!it->isObject())
            return refused(at, QCoreApplication::translate("CodeMapping", "expected an object of codes."));
        const auto table = codeTable(it->toObject(), at, true);
        if (!table)
            return table.error();
        m.values.insert(it.key(), *table);
    }
    const auto statuses = top.object(QStringLiteral("status"));
    if (!statuses)
        return statuses.error();
    for (auto it = statuses->begin(); it != statuses->end(); ++it) {
        const auto s = statusValue(*it, top.at(QStringLiteral("status")) + token(it.key()));
        if (!s)
            return s.error();
        m.statuses.insert(it.key(), *s);
    }
    if (auto r = readCsv(top, m); !r)
        return r.error();
    return m;
}

Result<CodeMapping> CodeMapping::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::notFound(QCoreApplication::translate("CodeMapping", "Cannot open the code mapping %1: %2").arg(path, file.errorString()));
    constexpr qint64 limit = 64 << 20;
    if (file.size() > limit)
        return Error::invalid(QCoreApplication::translate("CodeMapping", "The code mapping %1 is larger than 64 MB.").arg(path));
    auto mapping = fromJson(file.readAll());
    if (!mapping)
        return Error{mapping.error().code, path + QStringLiteral(": ") + mapping.error().message, mapping.error().rule};
    return mapping;
}

namespace {

CodeMapping::Lookup lookup(const CodeMapping::CodeTable &table, const QString &code, QString &out)
{
    if (table.isEmpty()) {
        out = code;
        return CodeMapping::Lookup::Mapped;
    }
    const auto it = table.constFind(code);
    if (it == table.cend())
        return CodeMapping::Lookup::Unmapped;
    if (!*it)
        return CodeMapping::Lookup::Dropped;
    out = **it;
    return CodeMapping::Lookup::Mapped;
}

} // namespace

CodeMapping::Lookup CodeMapping::unit(const QString &code, QString &out) const
{
    return lookup(units, code, out);
}

CodeMapping::Lookup CodeMapping::value(const QString &dimension, const QString &code, QString &out) const
{
    static const CodeTable none;
    const auto it = values.constFind(dimension);
    return lookup(it == values.cend() ? none : *it, code, out);
}

CodeMapping::Lookup CodeMapping::indicator(const QString &code, IndicatorTarget &out) const
{
    if (indicators.isEmpty()) {
        out = {code};
        return Lookup::Mapped;
    }
    const auto it = indicators.constFind(code);
    if (it == indicators.cend())
        return Lookup::Unmapped;
    if (!*it)
        return Lookup::Dropped;
    out = **it;
    return Lookup::Mapped;
}

std::optional<ObservationStatus> CodeMapping::status(const QString &code) const
{
    if (const auto it = statuses.constFind(code); it != statuses.cend())
        return *it;
    // SDMX's OBS_STATUS (A normal, P provisional, E estimated, F forecast), JSON-stat's usual
    // letters, PX's nil "-" (a value zero by its nature) and the project's own names (the
    // reporting API's final, provisional, estimate); the statistics offices' own codes belong in
    // the mapping.
    static const QHash<QString, ObservationStatus> usual = {
        {QString(), ObservationStatus::Final},          {QStringLiteral("A"), ObservationStatus::Final},
        {QStringLiteral("-"), ObservationStatus::Final},
        {QStringLiteral("P"), ObservationStatus::Provisional}, {QStringLiteral("p"), ObservationStatus::Provisional},
        {QStringLiteral("E"), ObservationStatus::Estimate},    {QStringLiteral("e"), ObservationStatus::Estimate},
        {QStringLiteral("F"), ObservationStatus::Estimate},    {QStringLiteral("f"), ObservationStatus::Estimate},
    };
    if (const auto it = usual.constFind(code); it != usual.cend())
        return *it;
    return statusFromName(code);
}

} // namespace dh
