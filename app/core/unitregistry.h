#pragma once

#include "adminunit.h"
#include "result.h"

#include <QHash>
#include <QList>

namespace dh {

// The versioned registry of units and organisations (DESIGN.md §2), built from the reference tables
// in resources/admin: the nation, the 63 provinces valid until 2025-06-30 and the 34 valid from
// 2025-07-01 with successor links, the ministries before and after 2025-03-01, and countries by ISO
// 3166-1 code. Immutable once loaded; cheap to copy (shared data).
class UnitRegistry
{
public:
    // The date the 34 provinces took effect.
    static QDate provinceReformDate() { return QDate(2025, 7, 1); }
    // The date a province map shows: the first day of the 34, or the last day of the 63.
    static QDate provinceMapDate(bool map34) { return map34 ? provinceReformDate() : provinceReformDate().addDays(-1); }
    static QString nationCode() { return QStringLiteral("VN"); }

    UnitRegistry() = default;

    // Loads from the application's embedded resources.
    static Result<UnitRegistry> fromResources();
    // Loads from the CSV texts (same columns as shared/data/admin and resources/admin/countries.csv).
    static Result<UnitRegistry> fromCsv(QStringView provinces2008, QStringView provinces2025,
                                        QStringView ministries, QStringView countries);

    const AdminUnit *find(QStringView code) const;
    // Resolves what a person types: a unit code, an ISO 3166-2 code, or a GSO province code read at
    // the date (GSO codes were reused for the 34 provinces).
    const AdminUnit *resolve(QStringView text, QDate at = QDate()) const;

    QList<const AdminUnit *> units(AdminUnit::Level level) const;
    QList<const AdminUnit *> unitsAt(AdminUnit::Level level, QDate date) const;
    QList<const AdminUnit *> all() const;

    QStringList successors(QStringView code) const;
    QStringList predecessors(QStringView code) const;
    QString parent(QStringView code) const;
    // Children valid at the date (all children if the date is null).
    QStringList children(QStringView code, QDate at = QDate()) const;

    // The units of `level` valid at `at` that together cover `code`'s territory: for a 2025 province
    // and an earlier date, the 2008 provinces merged into it; for a unit valid at that date, itself.
    QStringList coveringUnitsAt(QStringView code, QDate at) const;

    qsizetype size() const { return m_units.size(); }

private:
    void add(AdminUnit unit);
    void link();

    QList<AdminUnit> m_units;
    QHash<QString, qsizetype> m_index;
    QHash<QString, qsizetype> m_byIso;
};

} // namespace dh
