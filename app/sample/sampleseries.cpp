#include "sampleseries.h"

#include <limits>

namespace dh {

SampleSeries::SampleSeries(QString indicator, Period::Kind kind, QString disaggregation)
    : m_indicator(std::move(indicator))
    , m_disaggregation(std::move(disaggregation))
    , m_kind(kind)
    , m_periods(periodCount(kind))
    , m_perYear(kind == Period::Kind::Month ? 12 : kind == Period::Kind::Quarter ? 4 : 1)
    , m_values(size_t(units) * size_t(m_periods), std::numeric_limits<double>::quiet_NaN())
{
}

int SampleSeries::periodCount(Period::Kind kind)
{
    switch (kind) {
    case Period::Kind::Month: return 11 * 12 + 10; // 2015-01 … 2026-10
    case Period::Kind::Quarter: return 11 * 4 + 3; // 2015-Q1 … 2026-Q3
    case Period::Kind::Year: return 11;            // 2015 … 2025
    default: return 0;
    }
}

Period SampleSeries::period(int p) const
{
    switch (m_kind) {
    case Period::Kind::Month: return Period::month(year(p), sub(p));
    case Period::Kind::Quarter: return Period::quarter(year(p), sub(p));
    default: return Period::year(year(p));
    }
}

void SampleSeries::sumProvinces(int decimals)
{
    for (int p = 0; p < m_periods; ++p) {
        double sum = 0.0;
        for (int u = 1; u < units; ++u)
            sum += at(u, p);
        // The provinces are already rounded, so this only removes floating-point dust.
        at(0, p) = std::isnan(sum) ? sum : round(sum, decimals);
    }
}

double SampleSeries::interpolate(const Anchors &anchors, double t)
{
    if (anchors.empty())
        return 0.0;
    if (t <= anchors.front().first)
        return anchors.front().second;
    for (size_t i = 1; i < anchors.size(); ++i) {
        if (t <= anchors[i].first) {
            const auto &[t0, v0] = anchors[i - 1];
            const auto &[t1, v1] = anchors[i];
            return v0 + (v1 - v0) * (t - t0) / (t1 - t0);
        }
    }
    return anchors.back().second;
}

SampleSeries::Anchors SampleSeries::yearly(const std::vector<double> &values)
{
    Anchors anchors;
    int y = firstYear;
    for (double v : values)
        anchors.emplace_back(y++ + 0.5, v);
    return anchors;
}

} // namespace dh
