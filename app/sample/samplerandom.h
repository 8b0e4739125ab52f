#pragma once

#include <QStringView>
#include <QtGlobal>

#include <cmath>
#include <numbers>

namespace dh {

// A small, fully specified random source for the synthetic sample: splitmix64 for the bits, and its
// own uniform and Box–Muller normal draws. std::*_distribution is not specified bit for bit, so a
// sample drawn with it would differ between standard libraries; this one is the same everywhere.
// Each series draws from its own stream (seed × indicator × unit), so adding an indicator does not
// shift the numbers of the others.
class SampleRandom
{
public:
    explicit SampleRandom(quint64 seed) : m_state(seed) {}

    static quint64 mix(quint64 x)
    {
        x += 0x9E3779B97F4A7C15ull;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
        return x ^ (x >> 31);
    }
    // FNV-1a over the UTF-16 code units: stable across runs and Qt versions, unlike qHash.
    static quint64 hash(QStringView text)
    {
        quint64 h = 14695981039346656037ull;
        for (const QChar c : text) {
            h ^= c.unicode();
            h *= 1099511628211ull;
        }
        return h;
    }
    static SampleRandom stream(quint64 seed, QStringView a, QStringView b = {})
    {
        return SampleRandom(mix(seed ^ mix(hash(a) ^ mix(hash(b) + 1))));
    }

    quint64 next()
    {
        m_state += 0x9E3779B97F4A7C15ull;
        quint64 z = m_state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    // In [0, 1), 53 random bits.
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }
    double normal()
    {
        if (m_hasSpare) {
            m_hasSpare = false;
            return m_spare;
        }
        double u1 = 0.0;
        do {
            u1 = uniform();
        } while (u1 <= 0.0);
        const double u2 = uniform();
        const double r = std::sqrt(-2.0 * std::log(u1));
        const double a = 2.0 * std::numbers::pi * u2;
        m_spare = r * std::sin(a);
        m_hasSpare = true;
        return r * std::cos(a);
    }

private:
    quint64 m_state;
    double m_spare = 0.0;
    bool m_hasSpare = false;
};

} // namespace dh
