#pragma once

#include "core/indicator.h"
#include "core/observation.h"
#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace dh {

class UnitRegistry;

// What one WDI file yields: an indicator per WDI code, the observations, and the rows that could not
// be read — kept with their line and reason for the quarantine, never silently dropped.
struct WdiData
{
    struct RejectedRow
    {
        qsizetype line = 0; // 1-based line of the file
        QString raw;        // the record as it stood in the file
        QString reason;     // translated
    };

    QList<Indicator> indicators;
    QList<Observation> observations;
    QList<RejectedRow> rejected;
    int emptyValues = 0; // cells the World Bank leaves empty ("no data"): skipped, but counted
};

// Reads the World Bank's World Development Indicators in the long CSV layout the project ships
// (resources/stats/worldbank_wdi_vietnam_2010_2024_long.csv: indicator_code, indicator_name,
// country_code, year, value). These are the real national annual figures shown beside the synthetic
// sample, so each indicator is marked DataOrigin::Real and carries the World Bank's attribution.
// Codes become "WB.<wdi code>"; VNM maps to the nation "VN", other countries to their ISO3 code.
class WdiCsvReader
{
public:
    // Without a registry any ISO3 country code is accepted; with one, codes it does not know as a
    // country are rejected.
    explicit WdiCsvReader(const UnitRegistry *registry = nullptr);

    Result<WdiData> read(QStringView text, const QDateTime &retrievedAt) const;
    Result<WdiData> readFile(const QString &path, const QDateTime &retrievedAt) const;

    static QString indicatorCode(QStringView wdiCode);
    // The Vietnamese name for a WDI code this project translated; empty for others.
    static QString nameVi(QStringView wdiCode);
    static QString sourceAgency();

private:
    const UnitRegistry *m_registry = nullptr;
};

} // namespace dh
