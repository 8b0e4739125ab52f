#pragma once

#include <QHash>

#include <array>
#include <vector>

namespace dh {

class SampleJson;

// The calendar the sample's models share (models.json, "calendar"): the month in which the Lunar
// New Year (Tết) falls, which moves economic activity between January and February, and how hard
// the COVID-19 restrictions hit activity in each month of 2020–2022.
class SampleCalendar
{
public:
    // Records any problem in json; the Tết months must cover 2014…2027, the years the models look at.
    static SampleCalendar fromJson(const SampleJson &json);

    // 1 or 2; 0 outside the table.
    int tetMonth(int year) const;
    // 0…1; 0 in the years the table does not list.
    double covidDip(int year, int month) const;

private:
    int m_firstTetYear = 0;
    std::vector<int> m_tetMonths;
    QHash<int, std::array<double, 12>> m_covidDips;
};

} // namespace dh
