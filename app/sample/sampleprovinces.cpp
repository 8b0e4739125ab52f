#include "sampleprovinces.h"

#include "samplejson.h"

#include <QSet>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace dh {

namespace {

constexpr std::array<std::pair<const char16_t *, SampleProvinces::Field>, 11> kFields = {{
    {u"population", &SampleProvinceProfile::population},
    {u"grdp", &SampleProvinceProfile::grdp},
    {u"areaKm2", &SampleProvinceProfile::areaKm2},
    {u"forestPct", &SampleProvinceProfile::forestPct},
    {u"industry", &SampleProvinceProfile::industry},
    {u"tourism", &SampleProvinceProfile::tourism},
    {u"airport", &SampleProvinceProfile::airport},
    {u"power", &SampleProvinceProfile::power},
    {u"expressway2015", &SampleProvinceProfile::expressway2015},
    {u"expresswayEnd", &SampleProvinceProfile::expresswayEnd},
    {u"disaster", &SampleProvinceProfile::disaster},
}};

} // namespace

std::optional<SampleProvinces::Field> SampleProvinces::field(QStringView name)
{
    for (const auto &[n, f] : kFields) {
        if (name == QStringView(n))
            return f;
    }
    return std::nullopt;
}

QStringList SampleProvinces::fieldNames()
{
    QStringList names;
    for (const auto &entry : kFields)
        names.append(QString::fromUtf16(entry.first));
    return names;
}

SampleProvinces SampleProvinces::fromJson(const SampleJson &json)
{
    SampleProvinces provinces;
    const QStringList columns = json.texts(u"columns");
    if (!json.ok())
        return provinces;
    QList<std::optional<Field>> fields;
    for (const QString &column : columns) {
        fields.append(field(column));
        if (column != u"code" && !fields.last())
            json.fail(u"columns", SampleJson::tr("names %1, which is not a field of a province (%2).").arg(column, fieldNames().join(u", ")));
    }
    const qsizetype codeColumn = columns.indexOf(u"code");
    QStringList names = fieldNames();
    names.append(QStringLiteral("code"));
    for (const QString &name : std::as_const(names)) {
        if (columns.count(name) != 1)
            json.fail(u"columns", SampleJson::tr("must name %1 once.").arg(name));
    }

    QSet<QString> seen;
    const QJsonArray rows = json.array(u"provinces");
    for (qsizetype r = 0; r < rows.size() && json.ok(); ++r) {
        const QString where = u"provinces["_s + QString::number(r) + u']';
        const QJsonArray row = rows.at(r).toArray();
        if (row.size() != columns.size() || !row.at(codeColumn).isString()) {
            json.fail(where, SampleJson::tr("must be a list of %1 values, the code first as text.").arg(columns.size()));
            break;
        }
        SampleProvinceProfile profile;
        profile.code = row.at(codeColumn).toString();
        for (qsizetype c = 0; c < columns.size(); ++c) {
            if (!fields.at(c))
                continue;
            const QJsonValue v = row.at(c);
            // Population and area divide; nothing may be negative.
            const bool divides = columns.at(c) == u"population" || columns.at(c) == u"areaKm2";
            if (!v.isDouble() || v.toDouble() < 0 || (divides && v.toDouble() <= 0))
                json.fail(where, SampleJson::tr("has %1 = %2; it must be a number, not negative (population and area above 0).")
                                     .arg(columns.at(c), v.toVariant().toString()));
            profile.*(*fields.at(c)) = v.toDouble();
        }
        if (seen.contains(profile.code))
            json.fail(where, SampleJson::tr("repeats the province %1.").arg(profile.code));
        seen.insert(profile.code);
        provinces.m_profiles.append(profile);
    }
    return provinces;
}

const SampleProvinceProfile *SampleProvinces::find(QStringView code) const
{
    for (const SampleProvinceProfile &p : m_profiles) {
        if (p.code == code)
            return &p;
    }
    return nullptr;
}

} // namespace dh
