#pragma once

#include <QStringView>

namespace dh {

// Rough, public-knowledge sizes of the 63 provinces (2008–2025) that shape the synthetic sample:
// population, GRDP, land and forest, and how much of a few national flows each province carries
// (industry, international tourism, air traffic, power generation, expressways, disaster exposure).
// The figures are approximate on purpose: they make the sample look like Vietnam (HCMC, Hà Nội,
// Bình Dương, Đồng Nai, Hải Phòng largest), not report it.
struct SampleProvinceProfile
{
    const char16_t *isoCode;     // "VN-HN"
    double population;           // thousand people, about 2023
    double grdp;                 // GRDP, trillion VND, about 2023
    double areaKm2;
    double forestPct;            // forest cover, %
    double industry = 1.0;       // weight of export-oriented manufacturing, relative to GRDP
    double tourism = 0.2;        // share score of international visitors
    double airport = 0.0;        // share score of airport passengers; 0: no airport
    double power = 0.15;         // share score of power generation
    double expressway2015 = 0.0; // km open at the start of 2015
    double expresswayEnd = 0.0;  // km open by the end of the sample (2026-10)
    double disaster = 0.5;       // exposure to storms, floods, landslides
};

class SampleProvinces
{
public:
    // The profile of a 2008 province by ISO 3166-2 code, or nullptr.
    static const SampleProvinceProfile *find(QStringView isoCode);
    static int count();
};

} // namespace dh
