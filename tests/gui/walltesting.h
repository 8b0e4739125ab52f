#pragma once

#include "models/walllayout.h"

namespace dh::test {

// A 4K briefing wall built in code, on one screen of 2 × 2 cells (at the wall's type, a 4K screen holds about four panels), for
// tests that must not depend on the example files.
inline WallLayout briefingWall()
{
    WallLayout l;
    l.id = QStringLiteral("test-briefing");
    l.screenSize = QSize(3840, 2160);
    l.cellRows = 2;
    l.cellColumns = 2;
    auto panel = [&](const char *id, WallPanel::Kind kind, QRect cells, const char *indicator = "") {
        WallPanel p;
        p.id = QLatin1String(id);
        p.kind = kind;
        p.cells = cells;
        p.indicator = QLatin1String(indicator);
        l.panels.append(p);
        return &l.panels.last();
    };
    panel("tiles", WallPanel::Kind::KpiTiles, QRect(0, 0, 2, 1))->indicators
        = QStringList{QStringLiteral("grdp.growth"), QStringLiteral("budget.revenue"), QStringLiteral("exports")};
    panel("map", WallPanel::Kind::Map, QRect(0, 1, 1, 1), "budget.revenue")->title = QStringLiteral("Thu ngân sách");
    panel("chart", WallPanel::Kind::Chart, QRect(1, 1, 1, 1), "exports")->title = QStringLiteral("Xuất khẩu");
    return l;
}

// The kinds the briefing wall leaves out, on a second page of the same grid.
inline WallLayout secondWall()
{
    WallLayout l = briefingWall();
    l.id = QStringLiteral("test-second");
    l.panels.clear();
    auto panel = [&](const char *id, WallPanel::Kind kind, QRect cells, const char *indicator = "") {
        WallPanel p;
        p.id = QLatin1String(id);
        p.kind = kind;
        p.cells = cells;
        p.indicator = QLatin1String(indicator);
        l.panels.append(p);
        return &l.panels.last();
    };
    panel("growth", WallPanel::Kind::BigKpi, QRect(0, 0, 1, 1), "cpi.yoy")->title = QStringLiteral("CPI");
    panel("clock", WallPanel::Kind::Clock, QRect(1, 0, 1, 1));
    panel("ranking", WallPanel::Kind::Ranking, QRect(0, 1, 1, 1), "budget.revenue")->title = QStringLiteral("Thu ngân sách");
    panel("breakdown", WallPanel::Kind::Breakdown, QRect(1, 1, 1, 1), "budget.revenue")->title = QStringLiteral("Thu NSNN theo cấp");
    return l;
}

// A headline over the scope's whole dashboard (sixteen tiles when the layout names none).
inline WallLayout headlineWall()
{
    WallLayout l = briefingWall();
    l.id = QStringLiteral("test-headline");
    l.panels.clear();
    WallPanel headline;
    headline.id = QStringLiteral("headline");
    headline.kind = WallPanel::Kind::Text;
    headline.cells = QRect(0, 0, 2, 1);
    headline.text = QStringLiteral("Phiên họp Chính phủ thường kỳ tháng 11/2026");
    l.panels.append(headline);
    WallPanel tiles;
    tiles.id = QStringLiteral("dashboard");
    tiles.kind = WallPanel::Kind::KpiTiles;
    tiles.cells = QRect(0, 1, 2, 1);
    l.panels.append(tiles);
    return l;
}

inline WallPage pageOf(const WallLayout &layout, const QString &scope = {})
{
    WallPage page;
    page.layout = layout;
    page.scope = scope;
    page.label = layout.id;
    return page;
}

} // namespace dh::test
