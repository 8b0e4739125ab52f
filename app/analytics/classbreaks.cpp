#include "classbreaks.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace dh::ClassBreaks {

namespace {

QList<double> sortedFinite(const QList<double> &values)
{
    QList<double> out;
    out.reserve(values.size());
    for (double v : values) {
        if (std::isfinite(v))
            out.append(v);
    }
    std::sort(out.begin(), out.end());
    return out;
}

// Merges equal edges; a single remaining value becomes the one class [v, v].
QList<double> normalised(QList<double> edges)
{
    edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
    if (edges.size() == 1)
        edges.append(edges.first());
    return edges;
}

int clampClasses(int classes)
{
    return std::clamp(classes, minClasses, maxClasses);
}

} // namespace

QList<double> compute(Method method, const QList<double> &values, int classes)
{
    switch (method) {
    case Method::Quantiles:
        return quantiles(values, classes);
    case Method::EqualIntervals:
        return equalIntervals(values, classes);
    case Method::NaturalBreaks:
        return naturalBreaks(values, classes);
    }
    return {};
}

QList<double> quantiles(const QList<double> &values, int classes)
{
    const QList<double> x = sortedFinite(values);
    if (x.isEmpty())
        return {};
    const int k = clampClasses(classes);
    const qsizetype n = x.size();
    QList<double> edges{x.first()};
    for (int j = 1; j < k; ++j) {
        const double h = double(n - 1) * j / k;
        const auto lo = qsizetype(std::floor(h));
        const qsizetype hi = std::min(lo + 1, n - 1);
        edges.append(x.at(lo) + (h - double(lo)) * (x.at(hi) - x.at(lo)));
    }
    edges.append(x.last());
    return normalised(edges);
}

QList<double> equalIntervals(const QList<double> &values, int classes)
{
    const QList<double> x = sortedFinite(values);
    if (x.isEmpty())
        return {};
    const double lo = x.first();
    const double hi = x.last();
    if (hi == lo)
        return {lo, hi};
    const int k = clampClasses(classes);
    QList<double> edges{lo};
    for (int j = 1; j < k; ++j)
        edges.append(lo + (hi - lo) * j / k);
    edges.append(hi);
    return edges;
}

QList<double> naturalBreaks(const QList<double> &values, int classes)
{
    const QList<double> x = sortedFinite(values);
    if (x.isEmpty())
        return {};
    QList<double> u;      // distinct values
    QList<double> weight; // their counts
    for (double v : x) {
        if (u.isEmpty() || u.last() != v) {
            u.append(v);
            weight.append(1.0);
        } else {
            weight.last() += 1.0;
        }
    }
    const qsizetype d = u.size();
    const int k = int(std::min<qsizetype>(clampClasses(classes), d));
    if (k <= 1)
        return normalised({u.first(), u.last()});

    // Prefix sums of weights, weighted values and weighted squares: the squared deviation of
    // u[i..j] from its mean in O(1).
    QList<double> w(d + 1, 0.0), s(d + 1, 0.0), s2(d + 1, 0.0);
    for (qsizetype i = 0; i < d; ++i) {
        w[i + 1] = w[i] + weight[i];
        s[i + 1] = s[i] + weight[i] * u[i];
        s2[i + 1] = s2[i] + weight[i] * u[i] * u[i];
    }
    const auto ssd = [&](qsizetype i, qsizetype j) {
        const double ww = w[j + 1] - w[i];
        const double ss = s[j + 1] - s[i];
        return std::max(0.0, s2[j + 1] - s2[i] - ss * ss / ww);
    };

    // cost[c][j]: the best partition of u[0..j] into c + 1 classes; first[c][j]: where its last
    // class starts.
    constexpr double inf = std::numeric_limits<double>::infinity();
    QList<QList<double>> cost(k, QList<double>(d, inf));
    QList<QList<qsizetype>> first(k, QList<qsizetype>(d, 0));
    for (qsizetype j = 0; j < d; ++j)
        cost[0][j] = ssd(0, j);
    for (int c = 1; c < k; ++c) {
        for (qsizetype j = c; j < d; ++j) {
            for (qsizetype i = c; i <= j; ++i) {
                const double candidate = cost[c - 1][i - 1] + ssd(i, j);
                if (candidate < cost[c][j]) {
                    cost[c][j] = candidate;
                    first[c][j] = i;
                }
            }
        }
    }

    QList<double> edges(k + 1);
    edges[0] = u.first();
    edges[k] = u.last();
    qsizetype end = d - 1;
    for (int c = k - 1; c >= 1; --c) {
        const qsizetype start = first[c][end];
        edges[c] = u[start - 1]; // the upper bound of the class before
        end = start - 1;
    }
    return edges;
}

int classOf(double value, const QList<double> &edges)
{
    if (std::isnan(value) || edges.size() < 2)
        return -1;
    // The first upper bound at or above the value.
    const auto it = std::lower_bound(edges.cbegin() + 1, edges.cend(), value);
    if (it == edges.cend())
        return int(edges.size()) - 2;
    return int(it - (edges.cbegin() + 1));
}

} // namespace dh::ClassBreaks
