#include "walllayoutreader.h"

#include "wallfields.h"

#include "core/period.h"
#include "core/unitregistry.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <array>
#include <cmath>

namespace dh {

namespace {

struct KindInfo
{
    WallPanel::Kind kind;
    const char *name;
    bool needsIndicator;   // one "indicator"
    bool showsData;        // takes "period" and "scope"
};

constexpr std::array<KindInfo, 9> kinds{{
    {WallPanel::Kind::KpiTiles, "kpi-tiles", false, true},
    {WallPanel::Kind::BigKpi, "big-kpi", true, true},
    {WallPanel::Kind::Chart, "chart", true, true},
    {WallPanel::Kind::Map, "map", true, true},
    {WallPanel::Kind::Ranking, "ranking", true, true},
    {WallPanel::Kind::Breakdown, "breakdown", true, true},
    {WallPanel::Kind::Clock, "clock", false, false},
    {WallPanel::Kind::Text, "text", false, false},
    {WallPanel::Kind::TaskSummary, "task-summary", false, true},
}};

const KindInfo &info(WallPanel::Kind kind)
{
    return *std::find_if(kinds.begin(), kinds.end(), [&](const KindInfo &k) { return k.kind == kind; });
}

// The options a kind reads (documented in resources/schemas/wall-layout.md): an integer range, a
// boolean, a choice or a free text, so a misspelt option is refused like any other member.
struct OptionSpec
{
    WallPanel::Kind kind;
    const char *name;
    enum Type { Integer, Boolean, Choice, Text, Titles } type;
    int min = 0;
    int max = 0;
    const char *choices = nullptr; // '|'-separated
};

const OptionSpec optionSpecs[] = {
    {WallPanel::Kind::KpiTiles, "columns", OptionSpec::Integer, 1, 12},
    {WallPanel::Kind::KpiTiles, "periods", OptionSpec::Integer, 2, 240},
    {WallPanel::Kind::KpiTiles, "titles", OptionSpec::Titles},
    {WallPanel::Kind::BigKpi, "periods", OptionSpec::Integer, 2, 240},
    {WallPanel::Kind::Chart, "periods", OptionSpec::Integer, 2, 240},
    {WallPanel::Kind::Chart, "style", OptionSpec::Choice, 0, 0, "line|bars"},
    {WallPanel::Kind::Map, "legend", OptionSpec::Boolean},
    {WallPanel::Kind::Ranking, "limit", OptionSpec::Integer, 1, 63},
    {WallPanel::Kind::Ranking, "order", OptionSpec::Choice, 0, 0, "best|worst"},
    {WallPanel::Kind::Breakdown, "breakdown", OptionSpec::Text},
    {WallPanel::Kind::Breakdown, "limit", OptionSpec::Integer, 1, 50},
    {WallPanel::Kind::Clock, "seconds", OptionSpec::Boolean},
    {WallPanel::Kind::Text, "size", OptionSpec::Choice, 0, 0, "headline|body"},
    {WallPanel::Kind::Text, "align", OptionSpec::Choice, 0, 0, "start|center"},
};

class LayoutReader
{
public:
    LayoutReader(const QByteArray &json, const QString &fileName, const UnitRegistry *registry)
        : m_fields(json, fileName), m_registry(registry)
    {
        m_layout.fileName = fileName;
    }

    Result<WallLayout> read()
    {
        const std::optional<QJsonObject> root = m_fields.root();
        if (!root || !readRoot(*root))
            return m_fields.error();
        return m_layout;
    }

private:
    bool readRoot(const QJsonObject &o)
    {
        QString mode = QStringLiteral("screens");
        QJsonObject screens;
        QJsonObject cells;
        QJsonArray panels;
        if (!m_fields.known(o, {}, {"$schema", "description", "version", "id", "title", "mode", "scope", "screens", "cells", "panels"})
            || !m_fields.version(o) || !m_fields.text(o, u"id", {}, true, m_layout.id, &WallFields::idPattern(), 64)
            || !m_fields.localized(o, u"title", {}, true, m_layout.titleVi, m_layout.titleEn)
            || !m_fields.text(o, u"mode", {}, false, mode) || !scope(o, {}, m_layout.scope)
            || !m_fields.object(o, u"screens", {}, false, screens) || !m_fields.object(o, u"cells", {}, false, cells)
            || !m_fields.array(o, u"panels", {}, true, panels, 1, 200))
            return false;
        if (mode == u"canvas")
            m_layout.mode = WallLayout::Mode::Canvas;
        else if (mode != u"screens")
            return m_fields.fail("VALUE_INVALID", QStringLiteral("mode"),
                                 QCoreApplication::translate("WallLayout", "\"%1\" is not a mode (screens, canvas).").arg(mode.left(64)));
        if (!readScreens(screens) || !readCells(cells))
            return false;
        for (qsizetype i = 0; i < panels.size(); ++i) {
            if (!readPanel(panels.at(i), WallFields::item(QStringLiteral("panels"), i)))
                return false;
        }
        return true;
    }

    bool readScreens(const QJsonObject &o)
    {
        const QString at = QStringLiteral("screens");
        int width = m_layout.screenSize.width();
        int height = m_layout.screenSize.height();
        QJsonArray placement;
        if (!m_fields.known(o, at, {"rows", "columns", "width", "height", "placement"})
            || !m_fields.integer(o, u"rows", at, false, m_layout.screenRows, 1, 8)
            || !m_fields.integer(o, u"columns", at, false, m_layout.screenColumns, 1, 8)
            || !m_fields.integer(o, u"width", at, false, width, 320, 16384)
            || !m_fields.integer(o, u"height", at, false, height, 240, 16384)
            || !m_fields.array(o, u"placement", at, false, placement, 1, 64))
            return false;
        m_layout.screenSize = QSize(width, height);
        const QSize canvas = m_layout.canvasSize();
        if (canvas.width() > 32768 || canvas.height() > 32768)
            return m_fields.fail("VALUE_OUT_OF_RANGE", at, QCoreApplication::translate("WallLayout", "the wall would be %1×%2 pixels; it may be at most 32768 each way.")
                                                               .arg(canvas.width()).arg(canvas.height()));
        for (int r = 0; r < m_layout.screenRows; ++r) {
            for (int c = 0; c < m_layout.screenColumns; ++c)
                m_layout.screens.append(WallScreen{r, c, {}, r * m_layout.screenColumns + c});
        }
        if (placement.isEmpty())
            return true;
        const QString placementAt = WallFields::member(at, u"placement");
        const bool canvasMode = m_layout.mode == WallLayout::Mode::Canvas;
        if (canvasMode && placement.size() != 1)
            return m_fields.fail("VALUE_INVALID", placementAt, QCoreApplication::translate("WallLayout", "a canvas is one display: place it with one entry."));
        if (!canvasMode && placement.size() != m_layout.screens.size())
            return m_fields.fail("VALUE_INVALID", placementAt, QCoreApplication::translate("WallLayout", "has %1 entries for %2 screens.")
                                                                  .arg(placement.size()).arg(m_layout.screens.size()));
        QList<qsizetype> placedBy(m_layout.screens.size(), -1);
        for (qsizetype i = 0; i < placement.size(); ++i) {
            const QString itemAt = WallFields::item(placementAt, i);
            if (!placement.at(i).isObject())
                return m_fields.fail("TYPE_MISMATCH", itemAt, QCoreApplication::translate("WallFile", "must be %1.").arg(QCoreApplication::translate("WallFile", "an object")));
            const QJsonObject p = placement.at(i).toObject();
            WallScreen s;
            s.index = -1;
            if (!m_fields.known(p, itemAt, {"row", "column", "name", "index"})
                || !m_fields.integer(p, u"row", itemAt, true, s.row, 0, canvasMode ? 0 : m_layout.screenRows - 1)
                || !m_fields.integer(p, u"column", itemAt, true, s.column, 0, canvasMode ? 0 : m_layout.screenColumns - 1)
                || !m_fields.text(p, u"name", itemAt, false, s.name)
                || !m_fields.integer(p, u"index", itemAt, false, s.index, 0, 63))
                return false;
            if (s.name.isEmpty() && s.index < 0)
                return m_fields.fail("MEMBER_MISSING", itemAt, QCoreApplication::translate("WallLayout", "names no screen: give \"name\" or \"index\"."));
            const qsizetype slot = qsizetype(s.row) * m_layout.screenColumns + s.column;
            if (placedBy[slot] >= 0)
                return m_fields.fail("PLACEMENT_DUPLICATE", itemAt, QCoreApplication::translate("WallLayout", "row %1, column %2 is already placed by placement[%3].")
                                                                        .arg(s.row).arg(s.column).arg(placedBy[slot]), Error::Code::Conflict);
            placedBy[slot] = i;
            m_layout.screens[slot] = s;
        }
        return true;
    }

    bool readCells(const QJsonObject &o)
    {
        const QString at = QStringLiteral("cells");
        return m_fields.known(o, at, {"rows", "columns"})
               && m_fields.integer(o, u"rows", at, false, m_layout.cellRows, 1, 24)
               && m_fields.integer(o, u"columns", at, false, m_layout.cellColumns, 1, 24);
    }

    bool scope(const QJsonObject &o, const QString &path, QString &out)
    {
        if (!m_fields.text(o, u"scope", path, false, out, &WallFields::scopePattern(), 32))
            return false;
        if (out.isEmpty() || !m_registry || m_registry->find(out))
            return true;
        return m_fields.fail("SCOPE_UNKNOWN", WallFields::member(path, u"scope"),
                             QCoreApplication::translate("WallLayout", "\"%1\" is not a unit or ministry code.").arg(out), Error::Code::NotFound);
    }

    // [a, b] of whole numbers, each at least `min`.
    bool pair(const QJsonObject &o, QStringView key, const QString &path, bool required, int min, QPoint &out)
    {
        const QString at = WallFields::member(path, key);
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return !required || m_fields.fail("MEMBER_MISSING", at, QCoreApplication::translate("WallFile", "is missing."));
        const QJsonArray a = v.toArray();
        const auto whole = [](const QJsonValue &x) { return x.isDouble() && x.toDouble() == std::floor(x.toDouble()) && std::abs(x.toDouble()) < 1e6; };
        if (!v.isArray() || a.size() != 2 || !whole(a.at(0)) || !whole(a.at(1)))
            return m_fields.fail("TYPE_MISMATCH", at, QCoreApplication::translate("WallLayout", "must be [rows, columns], two whole numbers."));
        out = QPoint(a.at(1).toInt(), a.at(0).toInt());
        if (out.x() < min || out.y() < min)
            return m_fields.fail("VALUE_OUT_OF_RANGE", at, QCoreApplication::translate("WallLayout", "[%1, %2]: each must be at least %3.")
                                                               .arg(out.y()).arg(out.x()).arg(min));
        return true;
    }

    bool readPanel(const QJsonValue &value, const QString &at)
    {
        if (!value.isObject())
            return m_fields.fail("TYPE_MISMATCH", at, QCoreApplication::translate("WallFile", "must be %1.").arg(QCoreApplication::translate("WallFile", "an object")));
        const QJsonObject o = value.toObject();
        WallPanel p;
        QString kindName;
        if (!m_fields.known(o, at, {"id", "kind", "cell", "span", "indicator", "indicators", "scope", "period", "map", "title", "text", "options"})
            || !m_fields.text(o, u"id", at, true, p.id, &WallFields::idPattern(), 64)
            || !m_fields.text(o, u"kind", at, true, kindName))
            return false;
        const std::optional<WallPanel::Kind> kind = wallPanelKindFromName(kindName);
        if (!kind) {
            QStringList names;
            for (const KindInfo &k : kinds)
                names.append(QString::fromLatin1(k.name));
            return m_fields.fail("KIND_UNKNOWN", WallFields::member(at, u"kind"),
                                 QCoreApplication::translate("WallLayout", "\"%1\" is not a kind of panel (%2).").arg(kindName.left(64), names.join(u", ")));
        }
        p.kind = *kind;
        if (const auto it = m_ids.constFind(p.id); it != m_ids.cend())
            return m_fields.fail("ID_DUPLICATE", WallFields::member(at, u"id"),
                                 QCoreApplication::translate("WallLayout", "\"%1\" is already the id of panels[%2].").arg(p.id).arg(*it), Error::Code::Conflict);
        m_ids.insert(p.id, m_layout.panels.size());
        if (!place(o, at, p) || !content(o, at, p) || !options(o, at, p))
            return false;
        m_layout.panels.append(std::move(p));
        return true;
    }

    bool place(const QJsonObject &o, const QString &at, WallPanel &p)
    {
        QPoint cell;
        QPoint span(1, 1);
        if (!pair(o, u"cell", at, true, 0, cell) || !pair(o, u"span", at, false, 1, span))
            return false;
        const int rows = m_layout.totalRows();
        const int columns = m_layout.totalColumns();
        if (cell.y() >= rows || cell.x() >= columns)
            return m_fields.fail("PANEL_OUTSIDE", WallFields::member(at, u"cell"),
                                 QCoreApplication::translate("WallLayout", "[%1, %2] is outside the wall's %3×%4 cells (rows × columns, counted from 0).")
                                     .arg(cell.y()).arg(cell.x()).arg(rows).arg(columns));
        if (cell.y() + span.y() > rows || cell.x() + span.x() > columns)
            return m_fields.fail("PANEL_OUTSIDE", WallFields::member(at, u"span"),
                                 QCoreApplication::translate("WallLayout", "[%1, %2] from [%3, %4] runs past the wall's %5×%6 cells.")
                                     .arg(span.y()).arg(span.x()).arg(cell.y()).arg(cell.x()).arg(rows).arg(columns));
        p.cells = QRect(cell.x(), cell.y(), span.x(), span.y());
        for (const WallPanel &other : std::as_const(m_layout.panels)) {
            if (other.cells.intersects(p.cells))
                return m_fields.fail("PANEL_OVERLAP", WallFields::member(at, u"cell"),
                                     QCoreApplication::translate("WallLayout", "the panel overlaps \"%1\".").arg(other.id), Error::Code::Conflict);
        }
        return true;
    }

    bool content(const QJsonObject &o, const QString &at, WallPanel &p)
    {
        const KindInfo &k = info(p.kind);
        const QString kindName = QString::fromLatin1(k.name);
        const auto refuse = [&](QStringView key) {
            return m_fields.fail("MEMBER_UNUSED", WallFields::member(at, key),
                                 QCoreApplication::translate("WallLayout", "a %1 panel does not use it.").arg(kindName));
        };
        if (!k.needsIndicator && o.contains(u"indicator"))
            return refuse(u"indicator");
        if (p.kind != WallPanel::Kind::KpiTiles && o.contains(u"indicators"))
            return refuse(u"indicators");
        if (p.kind != WallPanel::Kind::Text && o.contains(u"text"))
            return refuse(u"text");
        if (p.kind != WallPanel::Kind::Map && p.kind != WallPanel::Kind::Ranking && o.contains(u"map"))
            return refuse(u"map");
        if (!k.showsData && (o.contains(u"period") || o.contains(u"scope")))
            return refuse(o.contains(u"period") ? u"period" : u"scope");
        if (k.needsIndicator && !o.contains(u"indicator"))
            return m_fields.fail("INDICATOR_MISSING", WallFields::member(at, u"indicator"),
                                 QCoreApplication::translate("WallLayout", "a %1 panel needs an indicator.").arg(kindName));
        if (p.kind == WallPanel::Kind::Text && !o.contains(u"text"))
            return m_fields.fail("MEMBER_MISSING", WallFields::member(at, u"text"), QCoreApplication::translate("WallFile", "is missing."));
        QJsonArray indicators;
        if (!m_fields.text(o, u"indicator", at, false, p.indicator, &WallFields::idPattern(), 64)
            || !m_fields.array(o, u"indicators", at, false, indicators, 1, 24)
            || !(o.value(u"title").isObject() ? m_fields.localized(o, u"title", at, false, p.title, p.titleEn)
                                              : m_fields.text(o, u"title", at, false, p.title))
            || !m_fields.text(o, u"text", at, false, p.text, nullptr, 2000)
            || !m_fields.text(o, u"period", at, false, p.period) || !scope(o, at, p.scope))
            return false;
        for (qsizetype i = 0; i < indicators.size(); ++i) {
            const QString itemAt = WallFields::item(WallFields::member(at, u"indicators"), i);
            const QString code = indicators.at(i).toString();
            if (!indicators.at(i).isString() || !WallFields::idPattern().match(code).hasMatch() || code.size() > 64)
                return m_fields.fail("VALUE_INVALID", itemAt, QCoreApplication::translate("WallLayout", "must be an indicator code such as \"cpi.yoy\"."));
            if (p.indicators.contains(code))
                return m_fields.fail("VALUE_INVALID", itemAt, QCoreApplication::translate("WallLayout", "\"%1\" is listed twice.").arg(code));
            p.indicators.append(code);
        }
        if (!p.period.isEmpty() && !Period::parse(p.period))
            return m_fields.fail("VALUE_INVALID", WallFields::member(at, u"period"),
                                 QCoreApplication::translate("WallLayout", "\"%1\" is not a period (e.g. 2026-03, 2026-Q1, 2025).").arg(p.period.left(64)));
        p.followsPage = p.scope.isEmpty();
        if (p.followsPage)
            p.scope = m_layout.scope;
        if (o.contains(u"map")) {
            const QJsonValue map = o.value(u"map");
            if (map != QJsonValue(34) && map != QJsonValue(63))
                return m_fields.fail("VALUE_INVALID", WallFields::member(at, u"map"), QCoreApplication::translate("WallLayout", "must be 34 or 63."));
            p.map34 = map.toInt() == 34;
        }
        return true;
    }

    // A tile's own title, for names too long for the wall's type ("Tăng trưởng GRDP" for "Tốc độ
    // tăng GRDP/GDP so với cùng kỳ năm trước"): by indicator code, one of the panel's; a text or
    // {"vi", "en"}.
    bool titles(const QJsonObject &o, const QString &key, const QString &at, const WallPanel &p)
    {
        QJsonObject titles;
        if (!m_fields.object(o, key, at, true, titles))
            return false;
        const QString titlesAt = WallFields::member(at, key);
        for (auto it = titles.begin(); it != titles.end(); ++it) {
            QString vi;
            QString en;
            if (it.value().isObject() ? !m_fields.localized(titles, it.key(), titlesAt, true, vi, en)
                                      : !m_fields.text(titles, it.key(), titlesAt, true, vi, nullptr, 64))
                return false;
            if (!p.indicators.isEmpty() && !p.indicators.contains(it.key()))
                return m_fields.fail("VALUE_INVALID", WallFields::member(titlesAt, it.key()),
                                     QCoreApplication::translate("WallLayout", "is not one of the panel's indicators."));
        }
        return true;
    }

    bool options(const QJsonObject &o, const QString &at, WallPanel &p)
    {
        const QString optionsAt = WallFields::member(at, u"options");
        if (!m_fields.object(o, u"options", at, false, p.options))
            return false;
        for (auto it = p.options.begin(); it != p.options.end(); ++it) {
            const QString itemAt = WallFields::member(optionsAt, it.key());
            const OptionSpec *spec = nullptr;
            QStringList names;
            for (const OptionSpec &s : optionSpecs) {
                if (s.kind != p.kind)
                    continue;
                names.append(QString::fromLatin1(s.name));
                if (it.key() == QLatin1String(s.name))
                    spec = &s;
            }
            if (!spec)
                return m_fields.fail("MEMBER_UNKNOWN", itemAt,
                                     names.isEmpty() ? QCoreApplication::translate("WallLayout", "a %1 panel takes no options.").arg(QString::fromLatin1(info(p.kind).name))
                                                     : QCoreApplication::translate("WallFile", "is not a member here (these are: %1).").arg(names.join(u", ")));
            int number = 0;
            bool flag = false;
            QString text;
            const QJsonObject one{{it.key(), it.value()}};
            switch (spec->type) {
            case OptionSpec::Integer:
                if (!m_fields.integer(one, it.key(), optionsAt, true, number, spec->min, spec->max))
                    return false;
                break;
            case OptionSpec::Boolean:
                if (!m_fields.boolean(one, it.key(), optionsAt, true, flag))
                    return false;
                break;
            case OptionSpec::Text:
                if (!m_fields.text(one, it.key(), optionsAt, true, text, &WallFields::idPattern(), 64))
                    return false;
                break;
            case OptionSpec::Titles:
                if (!titles(one, it.key(), optionsAt, p))
                    return false;
                break;
            case OptionSpec::Choice: {
                const QStringList choices = QString::fromLatin1(spec->choices).split(u'|');
                if (!m_fields.text(one, it.key(), optionsAt, true, text))
                    return false;
                if (!choices.contains(text))
                    return m_fields.fail("VALUE_INVALID", itemAt, QCoreApplication::translate("WallLayout", "\"%1\" is not one of %2.").arg(text.left(64), choices.join(u", ")));
                break;
            }
            }
        }
        return true;
    }

    WallFields m_fields;
    const UnitRegistry *m_registry;
    WallLayout m_layout;
    QHash<QString, qsizetype> m_ids;
};

} // namespace

QString wallPanelKindName(WallPanel::Kind kind)
{
    return QString::fromLatin1(info(kind).name);
}

std::optional<WallPanel::Kind> wallPanelKindFromName(QStringView name)
{
    for (const KindInfo &k : kinds) {
        if (name == QLatin1String(k.name))
            return k.kind;
    }
    return std::nullopt;
}

Result<WallLayout> readWallLayout(const QByteArray &json, const QString &fileName, const UnitRegistry *registry)
{
    return LayoutReader(json, fileName, registry).read();
}

} // namespace dh
