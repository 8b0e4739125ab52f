#include "walllayout.h"

#include "walllayoutreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace dh {

ViewState WallPanel::viewState(const QString &pageScope) const
{
    ViewState v;
    switch (kind) {
    case Kind::Map: v.page = ViewState::Page::Map; break;
    case Kind::BigKpi:
    case Kind::Chart:
    case Kind::Ranking:
    case Kind::Breakdown: v.page = ViewState::Page::Indicator; break;
    case Kind::KpiTiles:
    case Kind::Clock:
    case Kind::Text:
    case Kind::TaskSummary: v.page = ViewState::Page::Home; break;
    }
    v.indicator = indicator;
    if (followsPage && !pageScope.isEmpty())
        v.scope = pageScope;
    else if (!scope.isEmpty())
        v.scope = scope;
    v.period = period;
    v.map34 = map34;
    return v;
}

QRect WallLayout::screenRect(int row, int column) const
{
    return QRect(QPoint(column * screenSize.width(), row * screenSize.height()), screenSize);
}

WallLayout WallLayout::withScope(const QString &pageScope) const
{
    WallLayout copy = *this;
    if (pageScope.isEmpty())
        return copy;
    copy.scope = pageScope;
    for (WallPanel &p : copy.panels) {
        if (p.followsPage)
            p.scope = pageScope;
    }
    return copy;
}

QByteArray WallLayout::toJson() const
{
    QJsonObject o{{QStringLiteral("version"), 1}, {QStringLiteral("id"), id}};
    QJsonObject title{{QStringLiteral("vi"), titleVi}};
    if (!titleEn.isEmpty())
        title.insert(QStringLiteral("en"), titleEn);
    o.insert(QStringLiteral("title"), title);
    o.insert(QStringLiteral("mode"), mode == Mode::Canvas ? QStringLiteral("canvas") : QStringLiteral("screens"));
    if (!scope.isEmpty())
        o.insert(QStringLiteral("scope"), scope);
    QJsonObject screensJson{{QStringLiteral("rows"), screenRows}, {QStringLiteral("columns"), screenColumns},
                            {QStringLiteral("width"), screenSize.width()}, {QStringLiteral("height"), screenSize.height()}};
    // A placement names every screen (a canvas: its one display) or none, when all are the default.
    const auto isDefault = [&](const WallScreen &s) { return s.name.isEmpty() && s.index == s.row * screenColumns + s.column; };
    const qsizetype placed = mode == Mode::Canvas ? std::min<qsizetype>(screens.size(), 1) : screens.size();
    QJsonArray placement;
    if (!std::all_of(screens.cbegin(), screens.cbegin() + placed, isDefault)) {
        for (qsizetype i = 0; i < placed; ++i) {
            const WallScreen &s = screens.at(i);
            QJsonObject p{{QStringLiteral("row"), s.row}, {QStringLiteral("column"), s.column}};
            if (!s.name.isEmpty())
                p.insert(QStringLiteral("name"), s.name);
            if (s.index >= 0)
                p.insert(QStringLiteral("index"), s.index);
            placement.append(p);
        }
    }
    if (!placement.isEmpty())
        screensJson.insert(QStringLiteral("placement"), placement);
    o.insert(QStringLiteral("screens"), screensJson);
    o.insert(QStringLiteral("cells"), QJsonObject{{QStringLiteral("rows"), cellRows}, {QStringLiteral("columns"), cellColumns}});
    QJsonArray panelsJson;
    for (const WallPanel &p : panels) {
        QJsonObject j{{QStringLiteral("id"), p.id}, {QStringLiteral("kind"), wallPanelKindName(p.kind)},
                      {QStringLiteral("cell"), QJsonArray{p.cells.y(), p.cells.x()}}};
        if (p.cells.size() != QSize(1, 1))
            j.insert(QStringLiteral("span"), QJsonArray{p.cells.height(), p.cells.width()});
        if (!p.indicator.isEmpty())
            j.insert(QStringLiteral("indicator"), p.indicator);
        if (!p.indicators.isEmpty())
            j.insert(QStringLiteral("indicators"), QJsonArray::fromStringList(p.indicators));
        if (!p.followsPage)
            j.insert(QStringLiteral("scope"), p.scope);
        if (!p.period.isEmpty())
            j.insert(QStringLiteral("period"), p.period);
        if (p.map34)
            j.insert(QStringLiteral("map"), *p.map34 ? 34 : 63);
        if (!p.titleEn.isEmpty())
            j.insert(QStringLiteral("title"), QJsonObject{{QStringLiteral("vi"), p.title}, {QStringLiteral("en"), p.titleEn}});
        else if (!p.title.isEmpty())
            j.insert(QStringLiteral("title"), p.title);
        if (!p.text.isEmpty())
            j.insert(QStringLiteral("text"), p.text);
        if (!p.options.isEmpty())
            j.insert(QStringLiteral("options"), p.options);
        panelsJson.append(j);
    }
    o.insert(QStringLiteral("panels"), panelsJson);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<WallLayout> WallLayout::fromJson(const QByteArray &json, const QString &fileName, const UnitRegistry *registry)
{
    return readWallLayout(json, fileName, registry);
}

Result<WallLayout> WallLayout::load(const QString &path, const UnitRegistry *registry)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Code::NotFound, QCoreApplication::translate("WallLayout", "%1: cannot be read: %2.").arg(path, file.errorString()),
                     QStringLiteral("FILE_UNREADABLE")};
    return fromJson(file.readAll(), path, registry);
}

} // namespace dh
