#pragma once

#include "core/cancellation.h"
#include "core/indicator.h"
#include "core/observation.h"
#include "core/result.h"

#include <QDateTime>
#include <QMetaType>

#include <optional>

namespace dh {

class Cache;

// What the indicator view asks for: an indicator at a scope, on one of the two province maps, in
// a period kind (the indicator's own or coarser), in-period or year to date.
struct IndicatorViewRequest
{
    QString indicator;
    QString unit = QStringLiteral("VN");
    bool map34 = true;                       // the 34 provinces of 1 July 2025, or the 63 before
    std::optional<Period::Kind> kind;        // default: the indicator's periodicity
    std::optional<bool> cumulative;          // year to date instead of in-period; default: as stored
    std::optional<Period> rankingPeriod;     // default: the latest period of the series
    QString breakdownDimension;              // default: the indicator's first dimension

    friend bool operator==(const IndicatorViewRequest &, const IndicatorViewRequest &) = default;
};

// One province of a map, ranked at a period.
struct RankedProvince
{
    QString unit;
    QString nameVi;
    QString nameEn;
    double value = 0.0;
};

// Every province of one map over every period of the series, in the requested kind and mode: the
// ranking and the map read any period from it without another query.
struct ProvinceTable
{
    struct Row
    {
        QString unit;
        QString nameVi;
        QString nameEn;
        QList<double> values; // aligned with periods; NaN where missing
    };

    QList<Period> periods; // ascending
    QList<Row> rows;       // the provinces the indicator's rule can produce
    QStringList refused;   // the provinces it cannot (e.g. a merger of a not-additive indicator)
    QString refusal;       // why, in the words of the first refusal

    qsizetype periodIndex(const Period &period) const { return periods.indexOf(period); }
    // The periods as people read them, for a slider over them.
    QStringList periodLabels(const QLocale &locale) const;
    // The provinces with a value at the period, best first by the polarity.
    QList<RankedProvince> rankedAt(const Period &period, Polarity polarity) const;
    // What the view should say about the provinces left out, or nothing.
    QString notice(int mapSize) const;
};

// Everything the indicator view draws, computed off the GUI thread: the series in the requested
// kind with last year's values beside it, the plan targets, every province of the chosen map, the
// ranking for one period, and the breakdown by one disaggregation dimension.
struct IndicatorViewData
{
    using Ranked = RankedProvince;

    IndicatorViewRequest request;
    Indicator indicator;
    Period::Kind kind = Period::Kind::Month;
    QList<Period> periods;
    QList<double> values;
    QList<ObservationStatus> statuses;
    QList<double> lastYear;            // aligned with periods; NaN where missing
    QMap<int, double> targets;         // by year
    QString seriesError;               // why the series is empty (e.g. not additive on the 34)
    bool reaggregated = false;
    QStringList members;

    ProvinceTable provinces;
    int mapSize = 34;                  // provinces on the chosen map
    Period rankingPeriod;
    QList<Ranked> ranking;             // best first, by the indicator's polarity
    QString rankingError;

    QString breakdownDimension;
    QStringList breakdownKeys;         // "level=central", …
    QList<Period> breakdownPeriods;
    QList<QList<double>> breakdown;    // [key][period]

    QDateTime asOf;
    bool cumulativeAvailable = false;  // the rule lets the year to date add up, so the user may switch
    bool cumulative = false;           // the values are years to date (asked for, or as stored)
};

// Province tables already read, by indicator, map, kind and mode: drilling from one province to
// another, or moving through the periods, changes the series but not the table, so the view need
// not read every province again. Cleared whenever the cache changes.
class RankingMemo
{
public:
    const ProvinceTable *find(const QString &key) const
    {
        const auto it = m_entries.constFind(key);
        return it == m_entries.cend() ? nullptr : &*it;
    }
    void insert(const QString &key, ProvinceTable table)
    {
        if (m_entries.size() > 64)
            m_entries.clear();
        m_entries.insert(key, std::move(table));
    }
    void clear() { m_entries.clear(); }

private:
    QHash<QString, ProvinceTable> m_entries;
};

// Stops early with an Error::Code::Cancelled when the cancellation is triggered: a drill-down
// superseded by another is not computed to the end.
Result<IndicatorViewData> loadIndicatorView(const Cache &cache, const IndicatorViewRequest &request,
                                            RankingMemo *memo = nullptr, const Cancellation &cancellation = {});

} // namespace dh

Q_DECLARE_METATYPE(dh::IndicatorViewRequest)
Q_DECLARE_METATYPE(dh::IndicatorViewData)
