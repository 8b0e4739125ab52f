#pragma once

#include "core/period.h"

#include <QString>

#include <cmath>
#include <utility>
#include <vector>

namespace dh {

// One synthetic series of the sample: the values of one indicator (and one disaggregation) for the
// nation (unit 0) and the 63 provinces (units 1…63) over a fixed time axis — months 2015-01…2026-10,
// quarters 2015-Q1…2026-Q3 or years 2015…2025. NaN marks "no value". Also the piecewise-linear
// paths (anchors) the sample's models follow.
class SampleSeries
{
public:
    using Anchors = std::vector<std::pair<double, double>>; // (fractional year, value)

    static constexpr int firstYear = 2015;
    static constexpr int years = 12; // 2015…2026, the years a model's annual figures cover
    static constexpr int units = 64;

    SampleSeries() = default;
    SampleSeries(QString indicator, Period::Kind kind, QString disaggregation = {});

    const QString &indicator() const { return m_indicator; }
    const QString &disaggregation() const { return m_disaggregation; }
    Period::Kind kind() const { return m_kind; }
    int periods() const { return m_periods; }
    int perYear() const { return m_perYear; }

    double &at(int unit, int p) { return m_values[size_t(unit) * size_t(m_periods) + size_t(p)]; }
    double at(int unit, int p) const { return m_values[size_t(unit) * size_t(m_periods) + size_t(p)]; }

    int year(int p) const { return firstYear + p / m_perYear; }
    int sub(int p) const { return p % m_perYear + 1; } // month, quarter, or 1
    double time(int p) const { return year(p) + (sub(p) - 0.5) / m_perYear; }
    Period period(int p) const;
    static int periodCount(Period::Kind kind);

    // Sets the nation to the sum of the provinces, per period (NaN if any province is NaN).
    void sumProvinces(int decimals);

    static double round(double value, int decimals)
    {
        const double f = std::pow(10.0, decimals);
        return std::round(value * f) / f;
    }
    static double interpolate(const Anchors &anchors, double t);
    // Annual values from 2015 on, placed at mid-year.
    static Anchors yearly(const std::vector<double> &values);

private:
    QString m_indicator;
    QString m_disaggregation;
    Period::Kind m_kind = Period::Kind::Month;
    int m_periods = 0;
    int m_perYear = 12;
    std::vector<double> m_values;
};

} // namespace dh
