#pragma once

#include <QList>

#include <algorithm>

namespace dh::bench {

// Order statistics of timings; benchmarks report medians and tails, never means, because a noisy
// machine adds outliers on one side only.
inline double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0.0;
    std::sort(v.begin(), v.end());
    return v.at(std::min<qsizetype>(v.size() - 1, qsizetype(p * v.size())));
}

inline double median(const QList<double> &v)
{
    return percentile(v, 0.5);
}

} // namespace dh::bench
