#include "viewstate.h"

#include "core/period.h"

namespace dh {

namespace {

const char *pageName(ViewState::Page page)
{
    switch (page) {
    case ViewState::Page::Home: return "home";
    case ViewState::Page::Indicator: return "indicator";
    case ViewState::Page::Map: return "map";
    case ViewState::Page::Catalogue: return "catalog";
    case ViewState::Page::Sync: return "sync";
    case ViewState::Page::Tasks: return "tasks";
    }
    return "home";
}

} // namespace

QJsonObject ViewState::toJson() const
{
    QJsonObject json{{QStringLiteral("page"), QLatin1StringView(pageName(page))}, {QStringLiteral("indicator"), indicator},
                     {QStringLiteral("scope"), scope}};
    if (!period.isEmpty())
        json.insert(QStringLiteral("period"), period);
    return json;
}

ViewState ViewState::fromJson(const QJsonObject &json)
{
    ViewState s;
    const QString page = json.value(u"page").toString();
    for (Page p : {Page::Home, Page::Indicator, Page::Map, Page::Catalogue, Page::Sync, Page::Tasks}) {
        if (page == QLatin1StringView(pageName(p)))
            s.page = p;
    }
    s.indicator = json.value(u"indicator").toString();
    s.scope = json.value(u"scope").toString(QStringLiteral("VN"));
    s.period = json.value(u"period").toString();
    return s;
}

std::optional<ViewState> ViewState::parse(const QString &text)
{
    const QStringList parts = text.split(u':');
    ViewState s;
    if (parts.first() == u"home" && parts.size() <= 2) {
        if (parts.size() == 2)
            s.scope = parts.at(1);
        return s;
    }
    if (parts.first() == u"tasks" && parts.size() <= 2) {
        s.page = Page::Tasks;
        if (parts.size() == 2 && !parts.at(1).isEmpty())
            s.scope = parts.at(1);
        else if (parts.size() == 2)
            return std::nullopt;
        return s;
    }
    if (parts.first() == u"catalog" && parts.size() == 1) {
        s.page = Page::Catalogue;
        return s;
    }
    if (parts.first() == u"sync" && parts.size() == 1) {
        s.page = Page::Sync;
        return s;
    }
    if (parts.first() == u"indicator" && (parts.size() == 2 || parts.size() == 3) && !parts.at(1).isEmpty()) {
        s.page = Page::Indicator;
        s.indicator = parts.at(1);
        if (parts.size() == 3)
            s.scope = parts.at(2);
        return s;
    }
    if (parts.first() == u"map" && parts.size() >= 2 && parts.size() <= 4 && !parts.at(1).isEmpty()) {
        s.page = Page::Map;
        s.indicator = parts.at(1);
        for (const QString &part : parts.mid(2)) {
            if (part == u"34" || part == u"63") {
                if (s.map34)
                    return std::nullopt;
                s.map34 = part == u"34";
            } else if (s.period.isEmpty() && !s.map34 && Period::parse(part)) {
                s.period = Period::parse(part)->toString();
            } else {
                return std::nullopt;
            }
        }
        return s;
    }
    return std::nullopt;
}

} // namespace dh
