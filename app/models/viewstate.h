#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

namespace dh {

// Where the user is: a page, the indicator it shows (if any), and the scope — the nation, a
// ministry or a province. On the tasks page the scope is the assignee whose list is shown, or the
// nation for the national summary.
struct ViewState
{
    enum class Page { Home, Indicator, Map, Catalogue, Sync, Tasks };

    Page page = Page::Home;
    QString indicator;
    QString scope = QStringLiteral("VN");
    QString period;              // indicator and map: the period shown; empty = the latest
    std::optional<bool> map34;   // the province map a --view option asks for; unset = the window's

    friend bool operator==(const ViewState &, const ViewState &) = default;

    QJsonObject toJson() const;
    static ViewState fromJson(const QJsonObject &json);
    // "home[:UNIT]", "indicator:CODE[:UNIT]", "map:CODE[:PERIOD][:34|63]", "catalog", "sync",
    // "tasks[:UNIT]" — the --view option of the command line.
    static std::optional<ViewState> parse(const QString &text);
};

} // namespace dh

Q_DECLARE_METATYPE(dh::ViewState)
