#include "samplecalendar.h"

#include "samplejson.h"
#include "sampleseries.h"

namespace dh {

SampleCalendar SampleCalendar::fromJson(const SampleJson &json)
{
    SampleCalendar calendar;
    const SampleJson tet = json.object(u"tetMonth");
    calendar.m_firstTetYear = tet.integer(u"firstYear");
    for (double month : tet.numbers(u"months")) {
        if (month != 1 && month != 2)
            tet.fail(u"months", SampleJson::tr("must each be 1 or 2."));
        calendar.m_tetMonths.push_back(int(month));
    }
    const int lastYear = calendar.m_firstTetYear + int(calendar.m_tetMonths.size()) - 1;
    if (tet.ok() && (calendar.m_firstTetYear > SampleSeries::firstYear - 1 || lastYear < SampleSeries::firstYear + SampleSeries::years))
        tet.fail(SampleJson::tr("%1 must cover the years %2 to %3.")
                     .arg(tet.where()).arg(SampleSeries::firstYear - 1).arg(SampleSeries::firstYear + SampleSeries::years));

    const SampleJson dips = json.object(u"covidDip");
    for (const QString &key : dips.keys()) {
        bool isYear = false;
        const int year = key.toInt(&isYear);
        if (!isYear)
            dips.fail(key, SampleJson::tr("is not a year."));
        const std::vector<double> months = dips.numbers(key, 12);
        if (!dips.ok())
            break;
        std::array<double, 12> &row = calendar.m_covidDips[year];
        std::copy(months.begin(), months.end(), row.begin());
    }
    return calendar;
}

int SampleCalendar::tetMonth(int year) const
{
    const int i = year - m_firstTetYear;
    return i >= 0 && i < int(m_tetMonths.size()) ? m_tetMonths[size_t(i)] : 0;
}

double SampleCalendar::covidDip(int year, int month) const
{
    if (month < 1 || month > 12)
        return 0.0;
    const auto it = m_covidDips.constFind(year);
    return it == m_covidDips.cend() ? 0.0 : (*it)[size_t(month - 1)];
}

} // namespace dh
