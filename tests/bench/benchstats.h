#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

#if defined(Q_OS_LINUX)
#include <QFile>
#endif

#include <algorithm>
#include <optional>

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

// The process's peak resident memory in bytes, where the system tells it: Linux keeps it as VmHWM
// in /proc/self/status. Elsewhere nothing, rather than a figure measured another way.
inline std::optional<qint64> peakResidentBytes()
{
#if defined(Q_OS_LINUX)
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return std::nullopt;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            bool ok = false;
            const qint64 kib = line.mid(6).trimmed().split(' ').first().toLongLong(&ok); // "VmHWM:  123 kB"
            return ok ? std::optional(kib * 1024) : std::nullopt;
        }
    }
    return std::nullopt;
#else
    return std::nullopt;
#endif
}

// The same as text for a benchmark's report.
inline QString peakMemoryText()
{
    const auto bytes = peakResidentBytes();
    return bytes ? QStringLiteral("%1 MB").arg(double(*bytes) / (1024 * 1024), 0, 'f', 1)
                 : QStringLiteral("not available on this platform");
}

} // namespace dh::bench
