#pragma once

#include "period.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace dh {

// How values of an indicator combine across units (re-aggregation onto merged provinces) and across
// periods (month → quarter → year). The time reading of each rule is in aggregation.h.
enum class AggregationRule : quint8 {
    Sum,          // flows: revenue, exports, new enterprises
    Mean,         // unweighted mean of members
    WeightedMean, // mean weighted by another indicator (weightIndicator), e.g. CPI by population
    RatioOfSums,  // recomputed from numerator and denominator indicators, e.g. debt / GDP
    LastValue,    // stocks: the last value of the period in time; summed across units
    NotAdditive,  // indices, ranks: never combined
};

enum class Polarity : quint8 { HigherIsBetter, LowerIsBetter, Neutral };

enum class IndicatorKind : quint8 { Statistical, Operational };

// The nine fields of the national indicator set.
enum class IndicatorField : quint8 {
    Growth,
    PublicFinance,
    MacroStability,
    BusinessEnvironment,
    Labour,
    Social,
    Environment,
    PublicAdministration,
    InfrastructureScience,
};

// Where the numbers of an indicator come from: the synthetic sample or a real, citable source.
enum class DataOrigin : quint8 { Synthetic, Real };

// How an observation's value relates to its period.
enum class ValueKind : quint8 {
    InPeriod,   // the value of the period alone
    Cumulative, // from the start of the year to the end of the period
    Target,     // the plan target for the period
};

// One indicator of the framework with the attributes the framework names (DESIGN.md §2).
struct Indicator
{
    QString code;
    QString nameVi;
    QString nameEn;
    QString unitVi;    // unit of measure as shown: "tỷ đồng", "%", "nghìn người"
    QString unitEn;
    Period::Kind periodicity = Period::Kind::Month;
    IndicatorKind kind = IndicatorKind::Statistical;
    AggregationRule aggregation = AggregationRule::Sum;
    QString weightIndicator;      // for WeightedMean
    QString numeratorIndicator;   // for RatioOfSums
    QString denominatorIndicator; // for RatioOfSums
    double ratioFactor = 1.0;     // RatioOfSums: value = factor × Σnumerator / Σdenominator
    Polarity polarity = Polarity::HigherIsBetter;
    QStringList dimensions;       // disaggregation dimensions, e.g. {"level", "tax"}
    QMap<QString, QStringList> dimensionValues; // the values each dimension takes: level → {central, local}
    IndicatorField field = IndicatorField::Growth;
    QString sourceAgency;
    QString owner;                // organisation code of the ministry that owns it
    QString method;
    DataOrigin origin = DataOrigin::Synthetic;
    ValueKind storedAs = ValueKind::InPeriod;
    int decimals = 1;
    // The values the indicator can take (counts and amounts are never negative, a share lies in
    // 0–100; a balance has no floor); unset: no bound that side.
    std::optional<double> validMin;
    std::optional<double> validMax;

    // Measured in percent of something (%, % GDP, % dân số…): its changes read in percentage
    // points, not as a percent of a percent.
    bool isPercentage() const { return unitEn.trimmed().startsWith(u'%') || unitVi.trimmed().startsWith(u'%'); }
    // A period of this indicator's periodicity, or a coarser one it can be aggregated to.
    bool fitsPeriodicity(const Period &period) const { return period.isValid() && period.kind() == periodicity; }
    // Why a disaggregation key (canonical, "level=central;tax=vat") is not one of this indicator's
    // breakdowns, or an empty string: every dimension must be one of its dimensions and every value
    // one the catalogue lists for it; names and values with control characters, or starting as a
    // spreadsheet formula would, are refused before that.
    QString disaggregationProblem(QStringView key) const;
    // Why a value lies outside the indicator's valid range, or an empty string.
    QString rangeProblem(double value) const;
};

QString aggregationName(AggregationRule rule);
std::optional<AggregationRule> aggregationFromName(QStringView name);
QString polarityName(Polarity polarity);
std::optional<Polarity> polarityFromName(QStringView name);
QString indicatorKindName(IndicatorKind kind);
std::optional<IndicatorKind> indicatorKindFromName(QStringView name);
QString fieldName(IndicatorField field);
std::optional<IndicatorField> fieldFromName(QStringView name);
QString fieldLabelVi(IndicatorField field);
QString originName(DataOrigin origin);
std::optional<DataOrigin> originFromName(QStringView name);
QString valueKindName(ValueKind kind);
std::optional<ValueKind> valueKindFromName(QStringView name);

} // namespace dh
