#pragma once

#include "choroplethdata.h"
#include "georegion.h"

#include <QList>
#include <QStringList>

#include <functional>

namespace dh {

// Everything a choropleth draws, as one plain value: the regions and the archipelagos kept on the
// map, the values of one map or of small multiples, the classes and their colours, the texts
// (title, legend, labels, attribution) and the look. A caller builds it and hands it over whole —
// to ChoroplethMap, or to ChoroplethRenderer, which keeps it and lays out from it — so what a map
// shows is one value that can be made, compared and passed on, not the sum of a dozen setter
// calls. Zoom, pan and the hovered region are not part of it: they are the viewer's, and survive
// new data.
struct ChoroplethInput
{
    enum class LabelMode { None, Names, Values, NamesAndValues };

    QList<GeoRegion> regions;
    QList<MapInset> insets;
    // One frame is a single map (its caption unused); several are small multiples sharing the
    // classes and one legend. None: the regions without values.
    QList<ChoroplethFrame> frames;
    QList<double> edges;  // k + 1 ascending values for k classes, upper bounds included
    QList<QColor> colors; // one per class
    // Formats values for labels and legend ("1.234,5"); empty: the current locale's.
    std::function<QString(double)> format;
    QString legendTitle;
    QString noDataLabel; // empty: "No data" in the interface's language
    QString title;
    QString subtitle;
    QString attribution;
    LabelMode labelMode = LabelMode::NamesAndValues;
    QStringList labelPriority; // region ids labelled first, before the largest regions
    bool innerBorders = true;  // the faint borders inside dissolved regions
    ChoroplethStyle style;
};

} // namespace dh
