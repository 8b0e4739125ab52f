#pragma once

#include <QFile>
#include <QList>
#include <QString>

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

// The process's peak resident memory, as text: where the system tells it (Linux's VmHWM), else
// a note that it is not measured here.
inline QString peakMemoryText()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                return QStringLiteral("%1 MB").arg(line.mid(6).trimmed().split(' ').first().toLongLong() / 1024);
        }
    }
    return QStringLiteral("not measured on this system");
}

} // namespace dh::bench
