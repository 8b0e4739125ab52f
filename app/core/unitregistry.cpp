#include "unitregistry.h"

#include "csvparser.h"
#include "logging.h"

#include <QCoreApplication>
#include <QFile>

namespace dh {

namespace {

Result<QString> readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::notFound(QCoreApplication::translate("UnitRegistry", "Reference table %1 is missing from the application.").arg(path));
    return QString::fromUtf8(file.readAll());
}

// Maps each header name to its column, and checks the columns this table needs are there.
Result<QHash<QString, qsizetype>> columns(const QList<QStringList> &table, const QStringList &required, const QString &what)
{
    if (table.isEmpty())
        return Error::invalid(QCoreApplication::translate("UnitRegistry", "Reference table %1 is empty.").arg(what));
    QHash<QString, qsizetype> map;
    for (qsizetype i = 0; i < table.first().size(); ++i)
        map.insert(table.first().at(i).trimmed(), i);
    for (const QString &name : required) {
        if (!map.contains(name))
            return Error::invalid(QCoreApplication::translate("UnitRegistry", "Reference table %1 has no column %2.").arg(what, name));
    }
    return map;
}

QString cell(const QStringList &row, qsizetype column)
{
    return column < row.size() ? row.at(column).trimmed() : QString();
}

QDate dateCell(const QStringList &row, qsizetype column)
{
    return QDate::fromString(cell(row, column), Qt::ISODate);
}

QString newProvinceCode(const QString &gso)
{
    return QStringLiteral("VN25-") + gso;
}

} // namespace

QString levelName(AdminUnit::Level level)
{
    switch (level) {
    case AdminUnit::Level::Nation: return QStringLiteral("nation");
    case AdminUnit::Level::Province: return QStringLiteral("province");
    case AdminUnit::Level::Commune: return QStringLiteral("commune");
    case AdminUnit::Level::Ministry: return QStringLiteral("ministry");
    case AdminUnit::Level::Country: return QStringLiteral("country");
    }
    return {};
}

std::optional<AdminUnit::Level> levelFromName(QStringView name)
{
    for (int l = int(AdminUnit::Level::Nation); l <= int(AdminUnit::Level::Country); ++l) {
        if (levelName(AdminUnit::Level(l)) == name)
            return AdminUnit::Level(l);
    }
    return std::nullopt;
}

Result<UnitRegistry> UnitRegistry::fromResources()
{
    const auto p2008 = readResource(QStringLiteral(":/admin/provinces-2008.csv"));
    const auto p2025 = readResource(QStringLiteral(":/admin/provinces-2025.csv"));
    const auto ministries = readResource(QStringLiteral(":/admin/ministries.csv"));
    const auto countries = readResource(QStringLiteral(":/admin/countries.csv"));
    for (const auto *r : {&p2008, &p2025, &ministries, &countries}) {
        if (!r->ok())
            return r->error();
    }
    return fromCsv(*p2008, *p2025, *ministries, *countries);
}

Result<UnitRegistry> UnitRegistry::fromCsv(QStringView provinces2008, QStringView provinces2025,
                                           QStringView ministries, QStringView countries)
{
    UnitRegistry registry;
    const QDate reform = provinceReformDate();

    registry.add({.code = nationCode(), .level = AdminUnit::Level::Nation,
                  .nameVi = QStringLiteral("Toàn quốc"), .nameEn = QStringLiteral("Viet Nam (national)")});

    const auto old = readCsvTable(provinces2008);
    const auto oldCols = columns(old, {QStringLiteral("gso_code"), QStringLiteral("iso_3166_2"), QStringLiteral("name_vi"),
                                       QStringLiteral("name_en"), QStringLiteral("successor_2025_gso_code")},
                                 QStringLiteral("provinces-2008"));
    if (!oldCols)
        return oldCols.error();
    const auto &oc = *oldCols;
    for (qsizetype r = 1; r < old.size(); ++r) {
        const QStringList &row = old.at(r);
        const QString iso = cell(row, oc[QStringLiteral("iso_3166_2")]);
        if (iso.isEmpty())
            return Error::invalid(QCoreApplication::translate("UnitRegistry", "provinces-2008: row %1 has no ISO code.").arg(r + 1));
        registry.add({.code = iso, .level = AdminUnit::Level::Province,
                      .nameVi = cell(row, oc[QStringLiteral("name_vi")]), .nameEn = cell(row, oc[QStringLiteral("name_en")]),
                      .gsoCode = cell(row, oc[QStringLiteral("gso_code")]), .isoCode = iso,
                      .validTo = reform.addDays(-1), .parent = nationCode(),
                      .successors = {newProvinceCode(cell(row, oc[QStringLiteral("successor_2025_gso_code")]))}});
    }

    const auto fresh = readCsvTable(provinces2025);
    const auto newCols = columns(fresh, {QStringLiteral("gso_code"), QStringLiteral("name_vi"), QStringLiteral("name_en"),
                                         QStringLiteral("merged_from_2008_gso_codes")},
                                 QStringLiteral("provinces-2025"));
    if (!newCols)
        return newCols.error();
    const auto &nc = *newCols;
    for (qsizetype r = 1; r < fresh.size(); ++r) {
        const QStringList &row = fresh.at(r);
        const QString gso = cell(row, nc[QStringLiteral("gso_code")]);
        QStringList members;
        for (const QString &oldGso : cell(row, nc[QStringLiteral("merged_from_2008_gso_codes")]).split(u' ', Qt::SkipEmptyParts)) {
            const AdminUnit *member = registry.resolve(oldGso, reform.addDays(-1));
            if (!member)
                return Error::invalid(QCoreApplication::translate("UnitRegistry", "provinces-2025: %1 merges unknown province %2.").arg(gso, oldGso));
            members.append(member->code);
        }
        registry.add({.code = newProvinceCode(gso), .level = AdminUnit::Level::Province,
                      .nameVi = cell(row, nc[QStringLiteral("name_vi")]), .nameEn = cell(row, nc[QStringLiteral("name_en")]),
                      .gsoCode = gso, .validFrom = reform, .parent = nationCode(), .predecessors = members});
    }

    const auto mins = readCsvTable(ministries);
    const auto minCols = columns(mins, {QStringLiteral("code"), QStringLiteral("name_vi"), QStringLiteral("name_en"),
                                        QStringLiteral("valid_from"), QStringLiteral("valid_to"), QStringLiteral("successor_codes")},
                                 QStringLiteral("ministries"));
    if (!minCols)
        return minCols.error();
    const auto &mc = *minCols;
    for (qsizetype r = 1; r < mins.size(); ++r) {
        const QStringList &row = mins.at(r);
        registry.add({.code = cell(row, mc[QStringLiteral("code")]), .level = AdminUnit::Level::Ministry,
                      .nameVi = cell(row, mc[QStringLiteral("name_vi")]), .nameEn = cell(row, mc[QStringLiteral("name_en")]),
                      .validFrom = dateCell(row, mc[QStringLiteral("valid_from")]), .validTo = dateCell(row, mc[QStringLiteral("valid_to")]),
                      .parent = nationCode(),
                      .successors = cell(row, mc[QStringLiteral("successor_codes")]).split(u' ', Qt::SkipEmptyParts)});
    }

    const auto ctry = readCsvTable(countries);
    const auto ctryCols = columns(ctry, {QStringLiteral("iso3"), QStringLiteral("iso2"), QStringLiteral("name_vi"),
                                         QStringLiteral("name_en"), QStringLiteral("groups")},
                                  QStringLiteral("countries"));
    if (!ctryCols)
        return ctryCols.error();
    const auto &cc = *ctryCols;
    for (qsizetype r = 1; r < ctry.size(); ++r) {
        const QStringList &row = ctry.at(r);
        registry.add({.code = cell(row, cc[QStringLiteral("iso3")]), .level = AdminUnit::Level::Country,
                      .nameVi = cell(row, cc[QStringLiteral("name_vi")]), .nameEn = cell(row, cc[QStringLiteral("name_en")]),
                      .isoCode = cell(row, cc[QStringLiteral("iso2")]),
                      .groups = cell(row, cc[QStringLiteral("groups")]).split(u' ', Qt::SkipEmptyParts)});
    }

    registry.link();
    for (const AdminUnit &unit : std::as_const(registry.m_units)) {
        for (const QString &s : unit.successors) {
            if (!registry.find(s))
                return Error::invalid(QCoreApplication::translate("UnitRegistry", "%1 names an unknown successor %2.").arg(unit.code, s));
        }
    }
    qCDebug(lcCore) << "unit registry loaded:" << registry.size() << "units";
    return registry;
}

void UnitRegistry::add(AdminUnit unit)
{
    m_index.insert(unit.code, m_units.size());
    if (!unit.isoCode.isEmpty() && unit.level == AdminUnit::Level::Province)
        m_byIso.insert(unit.isoCode, m_units.size());
    m_units.append(std::move(unit));
}

// Makes successor and predecessor links symmetric, whichever side the tables stated.
void UnitRegistry::link()
{
    for (qsizetype i = 0; i < m_units.size(); ++i) {
        for (const QString &s : std::as_const(m_units[i].successors)) {
            const auto it = m_index.constFind(s);
            if (it != m_index.cend() && !m_units[*it].predecessors.contains(m_units[i].code))
                m_units[*it].predecessors.append(m_units[i].code);
        }
        for (const QString &p : std::as_const(m_units[i].predecessors)) {
            const auto it = m_index.constFind(p);
            if (it != m_index.cend() && !m_units[*it].successors.contains(m_units[i].code))
                m_units[*it].successors.append(m_units[i].code);
        }
    }
}

const AdminUnit *UnitRegistry::find(QStringView code) const
{
    const auto it = m_index.constFind(code.toString());
    return it == m_index.cend() ? nullptr : &m_units.at(*it);
}

const AdminUnit *UnitRegistry::resolve(QStringView text, QDate at) const
{
    const QStringView t = text.trimmed();
    if (const AdminUnit *unit = find(t))
        return unit;
    if (const auto it = m_byIso.constFind(t.toString()); it != m_byIso.cend())
        return &m_units.at(*it);
    const QDate date = at.isValid() ? at : QDate::currentDate();
    for (const AdminUnit &unit : m_units) {
        if (unit.level == AdminUnit::Level::Province && unit.gsoCode == t && unit.validAt(date))
            return &unit;
    }
    return nullptr;
}

QList<const AdminUnit *> UnitRegistry::units(AdminUnit::Level level) const
{
    QList<const AdminUnit *> out;
    for (const AdminUnit &unit : m_units) {
        if (unit.level == level)
            out.append(&unit);
    }
    return out;
}

QList<const AdminUnit *> UnitRegistry::unitsAt(AdminUnit::Level level, QDate date) const
{
    QList<const AdminUnit *> out;
    for (const AdminUnit &unit : m_units) {
        if (unit.level == level && unit.validAt(date))
            out.append(&unit);
    }
    return out;
}

QList<const AdminUnit *> UnitRegistry::all() const
{
    QList<const AdminUnit *> out;
    out.reserve(m_units.size());
    for (const AdminUnit &unit : m_units)
        out.append(&unit);
    return out;
}

QStringList UnitRegistry::successors(QStringView code) const
{
    const AdminUnit *unit = find(code);
    return unit ? unit->successors : QStringList();
}

QStringList UnitRegistry::predecessors(QStringView code) const
{
    const AdminUnit *unit = find(code);
    return unit ? unit->predecessors : QStringList();
}

QString UnitRegistry::parent(QStringView code) const
{
    const AdminUnit *unit = find(code);
    return unit ? unit->parent : QString();
}

QStringList UnitRegistry::children(QStringView code, QDate at) const
{
    QStringList out;
    for (const AdminUnit &unit : m_units) {
        if (unit.parent == code && (at.isNull() || unit.validAt(at)))
            out.append(unit.code);
    }
    return out;
}

QStringList UnitRegistry::coveringUnitsAt(QStringView code, QDate at) const
{
    const AdminUnit *unit = find(code);
    if (!unit)
        return {};
    if (unit->validAt(at))
        return {unit->code};
    QStringList out;
    if (!unit->validFrom.isNull() && at < unit->validFrom) {
        for (const QString &p : unit->predecessors)
            out += coveringUnitsAt(p, at);
    }
    return out;
}

} // namespace dh
