#pragma once

#include <QColor>
#include <QList>
#include <QString>

#include <optional>

namespace dh {

// The ColorBrewer colour schemes for maps (Cynthia Brewer, Mark Harrower, Penn State; Apache 2.0,
// colorbrewer2.org), with their exact published colours for 3 to 9 classes. Only schemes marked
// colour-blind safe are offered: sequential for quantities, diverging for departures from a
// midpoint (growth around zero, a target). Reversing flips the order, for indicators where lower
// is better, so the darkest class stays the one that needs attention.
class ColorBrewer
{
public:
    enum class Scheme {
        // Sequential, light to dark.
        Blues, Greens, Greys, Oranges, Purples, Reds, BuGn, OrRd, PuBu, YlGn, YlGnBu, YlOrRd,
        // Diverging, first hue to second through a light midpoint.
        BrBG, PiYG, PRGn, PuOr, RdBu,
    };

    static constexpr int minClasses = 3;
    static constexpr int maxClasses = 9;

    static QList<Scheme> schemes();
    static bool isDiverging(Scheme scheme);
    // ColorBrewer's own name, e.g. "YlGnBu".
    static QString name(Scheme scheme);
    static std::optional<Scheme> fromName(QStringView name);

    // The scheme's colours for the number of classes. Fewer than 3 classes take colours of the
    // 3-class scheme (one: its middle, two: its ends); more than 9 are clamped to 9.
    static QList<QColor> colors(Scheme scheme, int classes, bool reversed = false);
};

} // namespace dh
