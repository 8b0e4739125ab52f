#pragma once

#include "sampleseries.h"

#include "core/period.h"

#include <QHash>
#include <QList>

#include <optional>
#include <utility>
#include <vector>

namespace dh {

class SampleCalendar;
class SampleJson;

// The national path of a rate (models.json, a rate's "path"): a base curve, then additive offsets.
// The base is one of: a path of anchors ("along"), one value per period ("values"), the
// year-on-year change of a level with a Tết dip and COVID-19 dips ("yearOnYear": the annual
// changes), or a change since the end of last year that accrues over the year as a power of the
// elapsed part ("accrual": the annual changes). The offsets: the base divided by "divide", then
// plus an offset for the Tết month and the months after it ("tetOffsets"), or else for the month or
// quarter of the year ("bySub"), plus one for single periods ("byPeriod"), plus a constant
// ("offset"). Each step is one double operation in this order, so a path written as data gives the
// doubles the same arithmetic written in C++ gives.
class SamplePath
{
public:
    // Records any problem in json; named holds the paths "along" may name.
    static SamplePath fromJson(const SampleJson &json, const SampleJson &named, const SampleCalendar &calendar,
                               Period::Kind kind);

    double at(const SampleSeries &s, int p) const;

private:
    enum class Base : quint8 { Along, Values, YearOnYear, Accrual };

    const SampleCalendar *m_calendar = nullptr;
    Base m_base = Base::Along;
    SampleSeries::Anchors m_along;
    std::vector<double> m_values; // per period, or per year from 2015
    double m_tetLevel = 1.0;
    double m_covidLevel = 0.0;
    double m_power = 1.0;
    std::optional<double> m_divide;
    std::vector<double> m_tetOffsets;
    QHash<int, double> m_bySub;
    QList<std::pair<Period, double>> m_byPeriod;
    std::optional<double> m_offset;
};

} // namespace dh
