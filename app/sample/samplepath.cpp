#include "samplepath.h"

#include "samplecalendar.h"
#include "samplejson.h"

#include <cmath>

namespace dh {

SamplePath SamplePath::fromJson(const SampleJson &json, const SampleJson &named, const SampleCalendar &calendar,
                                Period::Kind kind)
{
    SamplePath path;
    path.m_calendar = &calendar;
    int bases = 0;
    if (json.has(u"along")) {
        path.m_base = Base::Along;
        path.m_along = json.anchors(u"along", &named);
        ++bases;
    }
    if (json.has(u"values")) {
        path.m_base = Base::Values;
        path.m_values = json.numbers(u"values", SampleSeries::periodCount(kind));
        ++bases;
    }
    if (json.has(u"yearOnYear")) {
        path.m_base = Base::YearOnYear;
        path.m_values = json.numbers(u"yearOnYear", SampleSeries::years);
        path.m_tetLevel = json.number(u"tetLevel");
        path.m_covidLevel = json.number(u"covidLevel");
        if (kind != Period::Kind::Month)
            json.fail(u"yearOnYear", SampleJson::tr("is for monthly indicators."));
        ++bases;
    }
    if (json.has(u"accrual")) {
        path.m_base = Base::Accrual;
        path.m_values = json.numbers(u"accrual", SampleSeries::years);
        path.m_power = json.number(u"power");
        ++bases;
    }
    if (bases != 1)
        json.fail(SampleJson::tr("%1 needs one of along, values, yearOnYear and accrual.").arg(json.where()));

    if (json.has(u"divide"))
        path.m_divide = json.number(u"divide");
    if (json.has(u"tetOffsets")) {
        path.m_tetOffsets = json.numbers(u"tetOffsets");
        if (kind != Period::Kind::Month)
            json.fail(u"tetOffsets", SampleJson::tr("is for monthly indicators."));
    }
    if (json.has(u"bySub")) {
        const SampleJson subs = json.object(u"bySub");
        for (const QString &key : subs.keys()) {
            const int sub = key.toInt();
            if (sub < 1 || sub > std::max(1, Period::periodsPerYear(kind)))
                subs.fail(key, SampleJson::tr("is not a month or quarter of this indicator."));
            path.m_bySub.insert(sub, subs.number(key));
        }
    }
    if (json.has(u"byPeriod")) {
        const SampleJson periods = json.object(u"byPeriod");
        for (const QString &key : periods.keys()) {
            const std::optional<Period> period = Period::parse(key);
            if (!period || period->kind() != kind)
                periods.fail(key, SampleJson::tr("is not a period of this indicator."));
            path.m_byPeriod.append({period.value_or(Period()), periods.number(key)});
        }
    }
    if (json.has(u"offset"))
        path.m_offset = json.number(u"offset");
    return path;
}

double SamplePath::at(const SampleSeries &s, int p) const
{
    const int y = s.year(p);
    const int sub = s.sub(p);
    double v = 0.0;
    switch (m_base) {
    case Base::Along: v = SampleSeries::interpolate(m_along, s.time(p)); break;
    case Base::Values: v = m_values[size_t(p)]; break;
    case Base::YearOnYear: {
        // The comparison month matters: a Tết month against one without Tết, a lockdown against none.
        const auto level = [this, sub](int year) {
            return (sub == m_calendar->tetMonth(year) ? m_tetLevel : 1.0) * (1.0 - m_covidLevel * m_calendar->covidDip(year, sub));
        };
        v = 100.0 * ((1.0 + m_values[size_t(y - SampleSeries::firstYear)] / 100.0) * level(y) / level(y - 1) - 1.0);
        break;
    }
    case Base::Accrual:
        v = m_values[size_t(y - SampleSeries::firstYear)] * std::pow(double(sub) / s.perYear(), m_power);
        break;
    }
    if (m_divide)
        v = v / *m_divide;
    const int afterTet = m_tetOffsets.empty() ? -1 : sub - m_calendar->tetMonth(y);
    if (afterTet >= 0 && afterTet < int(m_tetOffsets.size()))
        v = v + m_tetOffsets[size_t(afterTet)];
    else if (const auto it = m_bySub.constFind(sub); it != m_bySub.cend())
        v = v + *it;
    for (const auto &[period, offset] : m_byPeriod) {
        if (s.period(p) == period)
            v = v + offset;
    }
    if (m_offset)
        v = v + *m_offset;
    return v;
}

} // namespace dh
