#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QPainterPath>
#include <QRectF>
#include <QTransform>

namespace dh {

// Where everything of a choropleth goes for one size of the view, computed by
// ChoroplethLayoutBuilder and cached by ChoroplethRenderer until the size, the zoom, the data or
// the texts change. Map geometry is stored once in "cell" coordinates (origin at the top left of a
// frame's map area), since every frame of small multiples has the same size; everything else is in
// the coordinates of the painted rectangle.
struct ChoroplethLayout
{
    struct Frame
    {
        QRectF cell;    // the frame's whole box
        QRectF caption; // empty for a single map
        QRectF map;     // the area the geometry is drawn and clipped to
    };

    struct Label
    {
        int frame = 0;
        int region = -1;  // index into the renderer's regions; −1 for an archipelago label
        QRectF rect;      // absolute
        QStringList lines; // regions: {name, value}, either may be empty; archipelagos: wrapped lines
        bool island = false;
        QColor text;
        QColor halo;
    };

    struct Islet
    {
        int region = -1;
        QPointF centre; // cell coordinates
        bool inset = false;
    };

    struct Inset
    {
        QRectF box;        // cell coordinates: the framed box, or the islands' bounds when in place
        QRectF geoArea;    // the part of a framed box that holds the islands
        QTransform transform; // projected km → cell pixels, for a framed box
        QList<int> regions;
        QList<QPainterPath> fills; // framed only, parallel to regions
        QStringList lines; // the label, wrapped
    };

    QRectF rect;
    QRectF title;
    QRectF subtitle;
    QRectF attribution;
    QRectF legend;
    QList<QRectF> legendSwatches; // the class boxes, then the "no data" box if shown
    // Parallel to each other: one per swatch in rows, or the class edges and then "no data" in a
    // strip (a compact legend, swatches side by side with their bounds under them).
    QList<QString> legendTexts;
    QList<QRectF> legendTextRects;
    bool legendStrip = false;
    bool compactLegend = false; // beside or under the maps, at a text floor above the map's type
    QRectF legendTitle;
    QStringList legendTitleLines;

    QList<Frame> frames;
    // Cell coordinates: where the first frame's labels may go — its map area, or the whole view
    // for a single map whose legend is compact.
    QRectF labelArea;
    double labelRoom = 0.0; // width kept east of a single map for the archipelagos' labels
    bool insetsFramed = false;
    QList<Inset> insets;

    QTransform base;  // projected km → cell pixels, whole view
    QTransform view;  // base with the zoom and pan applied
    QList<QPainterPath> fills; // per region, cell coordinates, the rings outside framed insets
    QPainterPath innerBorders;
    QList<Islet> islets;  // rings too small to see, drawn as dots
    QList<Label> labels;

    double unit = 10.0;      // the type unit, in pixels
    double cellUnit = 10.0;  // the same for one frame of small multiples
    double pixelsPerKm = 0.0; // of view
    QFont titleFont;
    QFont subtitleFont;
    QFont legendTitleFont;
    QFont legendFont;
    QFont captionFont;
    QFont nameFont;
    QFont valueFont;
    QFont islandFont;
    QFont attributionFont;
    int smallestText = 0; // pixel size of the smallest type laid out; 0: no text
};

} // namespace dh
