#pragma once

#include <QList>

namespace dh {

// Class breaks for choropleth maps, as pure functions. Every method returns the full list of class
// edges, ascending: for k classes, k + 1 values e0 = min … ek = max. Class i holds the values v with
// e(i) < v ≤ e(i+1) — upper bounds included, as in the classic Jenks tables — and class 0 also
// holds e0. NaN values are ignored. Fewer classes than asked come back when the data cannot fill
// them (fewer distinct values than classes, ties across a quantile); one value repeated gives the
// single class [v, v]; no values give an empty list.
namespace ClassBreaks {

enum class Method { Quantiles, EqualIntervals, NaturalBreaks };

constexpr int minClasses = 1;
constexpr int maxClasses = 9;

QList<double> compute(Method method, const QList<double> &values, int classes);

// Edges at the quantiles j/k, interpolated linearly between order statistics (Hyndman & Fan type
// 7, the default of R and NumPy); equal edges from ties are merged.
QList<double> quantiles(const QList<double> &values, int classes);
// min + j (max − min) / k.
QList<double> equalIntervals(const QList<double> &values, int classes);
// Jenks natural breaks by Fisher's exact dynamic programming over the distinct values (weighted by
// their counts, so ties never straddle a break): the partition with the least total squared
// deviation from the class means. O(k·d²) for d distinct values — instant for the 63 provinces.
QList<double> naturalBreaks(const QList<double> &values, int classes);

// The class index of the value under the edges, −1 for NaN or no classes; values beyond the ends
// fall in the first or last class.
int classOf(double value, const QList<double> &edges);

} // namespace ClassBreaks

} // namespace dh
