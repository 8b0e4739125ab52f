#pragma once

#include "viewstate.h"

#include "core/result.h"

#include <QJsonObject>
#include <QList>
#include <QRect>
#include <QSize>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace dh {

class UnitRegistry;

// One panel of a wall: a view with its scope, period and options, placed on the wall's cell grid.
// Cells are counted across the whole wall (screen grid × cell grid), so a panel may span screens.
struct WallPanel
{
    enum class Kind : quint8 {
        KpiTiles,    // a group of KPI tiles (indicators, or the scope's dashboard when empty)
        BigKpi,      // one KPI, large
        Chart,       // an indicator's time series
        Map,         // the province map of an indicator (34 or 63)
        Ranking,     // provinces ranked by an indicator
        Breakdown,   // an indicator's breakdown by a disaggregation
        Clock,       // the time now and the data's "as of"
        Text,        // a headline or a text block
        TaskSummary, // the scope's tasks in their four states
    };

    QString id;                 // unique in the layout
    Kind kind = Kind::KpiTiles;
    QRect cells;                // x = column, y = row, in wall cells; width/height = span
    QString title;              // empty: the view's own title; Vietnamese when titleEn is set
    QString titleEn;
    QString indicator;          // BigKpi, Chart, Map, Ranking, Breakdown
    QStringList indicators;     // KpiTiles; empty = the scope's dashboard
    QString scope;              // empty: the page's scope (a playlist may set it), else "VN"
    bool followsPage = true;    // false when the file pins the scope
    QString period;             // empty: the latest
    std::optional<bool> map34;  // Map; unset: 34
    QString text;               // Text
    QJsonObject options;        // kind-specific: "limit", "order", "breakdown", "periods", "columns"…

    friend bool operator==(const WallPanel &, const WallPanel &) = default;
    // The panel's own title in the wall's language, or an empty string.
    QString titleIn(bool vietnamese) const { return vietnamese || titleEn.isEmpty() ? title : titleEn; }
    // The view a panel shows, as a ViewState for a view controller.
    ViewState viewState(const QString &pageScope) const;
};

// Where one physical screen sits in the wall, and how the layout finds it among the QScreens.
struct WallScreen
{
    int row = 0;
    int column = 0;
    QString name;     // a QScreen::name() to match first, if any
    int index = -1;   // else the index in QGuiApplication::screens(), if >= 0

    friend bool operator==(const WallScreen &, const WallScreen &) = default;
};

// A wall layout as data (resources/schemas/wall-layout.md): the screens that make the wall, each a
// grid of cells, and the panels on them. "screens" mode gives one full-screen window per screen;
// "canvas" mode gives one window over a single large display driven by a video-wall controller
// (its screen grid is then only the way the canvas is cut into cells).
struct WallLayout
{
    enum class Mode : quint8 { Screens, Canvas };

    QString id;
    QString titleVi;
    QString titleEn;
    Mode mode = Mode::Screens;
    QString scope;                    // the scope of the panels that follow the page; empty: "VN"
    int screenRows = 1;
    int screenColumns = 1;
    QSize screenSize { 3840, 2160 };  // pixels of one screen, for rendering offscreen and screenshots
    int cellRows = 2;                 // cells per screen
    int cellColumns = 3;
    QList<WallScreen> screens;        // screenRows × screenColumns entries, row-major
    QList<WallPanel> panels;
    QString fileName;                 // where it was read from, for messages

    friend bool operator==(const WallLayout &, const WallLayout &) = default;

    int totalRows() const { return screenRows * cellRows; }
    int totalColumns() const { return screenColumns * cellColumns; }
    QSize canvasSize() const { return { screenSize.width() * screenColumns, screenSize.height() * screenRows }; }
    // The pixel rectangle of a screen on the canvas.
    QRect screenRect(int row, int column) const;
    // The same layout with every panel that follows the page on `scope`.
    WallLayout withScope(const QString &scope) const;

    // Errors name the file, the line and the field: "north.json:12: panels[3].cell: …". Scopes are
    // checked against the registry when one is given, else only for their form.
    static Result<WallLayout> fromJson(const QByteArray &json, const QString &fileName = {},
                                       const UnitRegistry *registry = nullptr);
    QByteArray toJson() const;
    static Result<WallLayout> load(const QString &path, const UnitRegistry *registry = nullptr);
};

// One page of a playlist once expanded: a layout on a scope, shown for a duration.
struct WallPage
{
    WallLayout layout;
    QString scope;     // the scope the page's following panels show; empty = their own
    QString label;     // for the progress bar and the presenter's list
    std::chrono::milliseconds duration { 30000 };

    friend bool operator==(const WallPage &, const WallPage &) = default;
};

// A playlist as data (resources/schemas/wall-playlist.md): an ordered list of entries, each a
// layout (a path relative to the playlist) with a duration, optionally repeated over scopes — a
// list of units, or "provinces-34" / "provinces-63" / "ministries" for each of them in turn.
// A layout file given where a playlist is expected is a playlist of one page that never advances.
struct WallPlaylist
{
    QString id;
    QString titleVi;
    QString titleEn;
    QList<WallPage> pages;   // expanded, in order
    bool loop = true;

    // Layout paths are resolved against the playlist's folder; the layouts are read and checked.
    // The registry expands the scope lists.
    static Result<WallPlaylist> load(const QString &path, const class UnitRegistry &registry);
    static Result<WallPlaylist> fromJson(const QByteArray &json, const QString &fileName,
                                         const UnitRegistry &registry);
    // What `--wall FILE` names: a playlist, or a single layout.
    static Result<WallPlaylist> loadLayoutOrPlaylist(const QString &path, const UnitRegistry &registry);
};

QString wallPanelKindName(WallPanel::Kind kind); // stable: "kpi-tiles", "big-kpi", …
std::optional<WallPanel::Kind> wallPanelKindFromName(QStringView name);

} // namespace dh
