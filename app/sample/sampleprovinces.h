#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dh {

class SampleJson;

// Rough, public-knowledge sizes of one of the 63 provinces (2008–2025) that shape the synthetic
// sample: population, GRDP, land and forest, and how much of a few national flows it carries
// (industry, international tourism, air traffic, power generation, expressways, disaster exposure).
struct SampleProvinceProfile
{
    QString code;                // ISO 3166-2, "VN-HN"
    double population = 0.0;     // thousand people, about 2023
    double grdp = 0.0;           // GRDP, trillion VND, about 2023
    double areaKm2 = 0.0;
    double forestPct = 0.0;      // forest cover, %
    double industry = 0.0;       // weight of export-oriented manufacturing, relative to GRDP
    double tourism = 0.0;        // share score of international visitors
    double airport = 0.0;        // share score of airport passengers; 0: no airport
    double power = 0.0;          // share score of power generation
    double expressway2015 = 0.0; // km open at the start of 2015
    double expresswayEnd = 0.0;  // km open by the end of the sample (2026-10)
    double disaster = 0.0;       // exposure to storms, floods, landslides
};

// The province profiles of the sample (provinces.json). The figures are approximate on purpose:
// they make the sample look like Vietnam (HCMC, Hà Nội, Bình Dương, Đồng Nai, Hải Phòng largest),
// not report it. Formulas (SampleFormula) and provinces.json's columns name the fields as the
// struct does.
class SampleProvinces
{
public:
    using Field = double SampleProvinceProfile::*;

    // Records any problem in json.
    static SampleProvinces fromJson(const SampleJson &json);
    static std::optional<Field> field(QStringView name);
    static QStringList fieldNames();

    // The profile of a 2008 province by ISO 3166-2 code, or nullptr.
    const SampleProvinceProfile *find(QStringView code) const;

private:
    QList<SampleProvinceProfile> m_profiles;
};

} // namespace dh
