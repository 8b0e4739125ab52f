#pragma once

#include "catalogentry.h"

#include "core/period.h"
#include "core/result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dh {

class UnitRegistry;

// One page of a briefing pack as the file gives it: a view with its scope, period and options, a
// page of text, a province atlas (which prints as one page per province), or the task summary at
// the pack's as-of date.
struct BriefingPage
{
    enum class Kind { Home, Indicator, Map, Ranking, Breakdown, Text, Atlas, Tasks };

    Kind kind = Kind::Home;
    QString title;                       // empty: the view's own title
    QString indicator;                   // indicator, map, ranking, breakdown
    QString scope = QStringLiteral("VN"); // home, indicator, breakdown, tasks: the nation, a ministry or a province
    QString period;                      // canonical text (2026-10, 2026-Q3); empty = the latest by the as-of date
    std::optional<Period::Kind> periodKind; // indicator, breakdown: coarser than the indicator's own
    std::optional<bool> cumulative;      // year to date instead of in-period
    QString dimension;                   // breakdown: the disaggregation dimension; empty = the first
    bool map34 = true;                   // map, ranking, atlas: 34 provinces (from July 2025) or 63
    QString text;                        // text page: paragraphs, "- " bullets, "# " headings
    QStringList indicators;              // atlas: the headline indicators; empty = the home layout's first eight

    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(QStringView name);
    friend bool operator==(const BriefingPage &, const BriefingPage &) = default;
};

// A briefing pack for a meeting (resources/schemas/briefing-pack.md): its title and date, the date
// its data is stated as of, the paper, and the ordered pages. Read from and written to JSON;
// every error names the file, the line and the field.
struct BriefingPack
{
    enum class Paper { A4Landscape, Slides16x9 };

    QString title;
    QDate date;
    QDate asOf;
    Paper paper = Paper::A4Landscape;
    QString language = QStringLiteral("vi");
    QList<BriefingPage> pages;

    // Pages as printed: an atlas counts one per province of its map.
    int printedPageCount() const;

    // fileName is only for the messages.
    static Result<BriefingPack> fromJson(const QByteArray &json, const QString &fileName = QString());
    static Result<BriefingPack> load(const QString &path);
    QByteArray toJson() const;
    Result<void> save(const QString &path) const;

    // Every indicator the pages name is in the catalogue and every scope is the nation, a ministry
    // or a province of the registry (errors name the page and field; with the file and line when
    // the pack came from a file).
    Result<void> validate(const QList<CatalogEntry> &catalog, const UnitRegistry &registry) const;

    friend bool operator==(const BriefingPack &a, const BriefingPack &b)
    {
        return a.title == b.title && a.date == b.date && a.asOf == b.asOf && a.paper == b.paper && a.language == b.language
            && a.pages == b.pages;
    }

private:
    QString m_fileName;
    QHash<QString, int> m_lines; // "pages[2].indicator" → line in the file it was read from
};

} // namespace dh
