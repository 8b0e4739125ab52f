#pragma once

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
    bool cumulative = false;                 // year to date instead of in-period
    std::optional<Period> rankingPeriod;     // default: the latest period of the series

    friend bool operator==(const IndicatorViewRequest &, const IndicatorViewRequest &) = default;
};

// Everything the indicator view draws, computed off the GUI thread: the series in the requested
// kind with last year's values beside it, the plan targets, the ranking of provinces for one
// period, and the breakdown by the indicator's first disaggregation dimension.
struct IndicatorViewData
{
    struct Ranked
    {
        QString unit;
        QString nameVi;
        QString nameEn;
        double value = 0.0;
    };

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

    Period rankingPeriod;
    QList<Ranked> ranking;             // best first, by the indicator's polarity
    QString rankingError;

    QString breakdownDimension;
    QStringList breakdownKeys;         // "level=central", …
    QList<Period> breakdownPeriods;
    QList<QList<double>> breakdown;    // [key][period]

    QDateTime asOf;
    bool cumulativeAvailable = false;  // the rule lets the year to date add up
};

// Rankings already computed, by indicator, map, kind, mode and period: drilling from one province
// to another changes the series but not the ranking, so the view need not read every province
// again. Cleared whenever the cache changes.
class RankingMemo
{
public:
    struct Entry
    {
        QList<IndicatorViewData::Ranked> ranking;
        QString error;
    };

    const Entry *find(const QString &key) const
    {
        const auto it = m_entries.constFind(key);
        return it == m_entries.cend() ? nullptr : &*it;
    }
    void insert(const QString &key, Entry entry)
    {
        if (m_entries.size() > 256)
            m_entries.clear();
        m_entries.insert(key, std::move(entry));
    }
    void clear() { m_entries.clear(); }

private:
    QHash<QString, Entry> m_entries;
};

Result<IndicatorViewData> loadIndicatorView(const Cache &cache, const IndicatorViewRequest &request,
                                            RankingMemo *memo = nullptr);

} // namespace dh

Q_DECLARE_METATYPE(dh::IndicatorViewRequest)
Q_DECLARE_METATYPE(dh::IndicatorViewData)
