#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace dh {

// A unit of the administrative or organisational hierarchy, valid over a span of dates: the nation,
// a province of the 63 (until 2025-06-30) or of the 34 (from 2025-07-01), a commune, a ministry
// before or after the 2025 restructuring, or a country for international comparison.
struct AdminUnit
{
    enum class Level : quint8 { Nation, Province, Commune, Ministry, Country };

    QString code;       // stable id: "VN", "VN-HN" (2008 provinces, ISO 3166-2), "VN25-01", "BTC", "THA"
    Level level = Level::Province;
    QString nameVi;
    QString nameEn;
    QString gsoCode;    // provinces: the statistics office's two-digit code
    QString isoCode;    // 2008 provinces: ISO 3166-2; countries: ISO 3166-1 alpha-2
    QDate validFrom;    // null: since before any data
    QDate validTo;      // inclusive; null: still valid
    QString parent;     // "VN" for provinces and ministries
    QStringList successors;
    QStringList predecessors;
    QStringList groups; // countries: ASEAN, G20

    bool validAt(QDate date) const
    {
        return (validFrom.isNull() || validFrom <= date) && (validTo.isNull() || date <= validTo);
    }
};

QString levelName(AdminUnit::Level level);
std::optional<AdminUnit::Level> levelFromName(QStringView name);

} // namespace dh
