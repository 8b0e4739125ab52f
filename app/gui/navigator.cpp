#include "navigator.h"

namespace dh {

namespace {

constexpr qsizetype kMaxHistory = 200;

} // namespace

QJsonObject ViewState::toJson() const
{
    const char *name = page == Page::Indicator ? "indicator" : page == Page::Catalogue ? "catalog" : "home";
    return {{QStringLiteral("page"), QLatin1StringView(name)}, {QStringLiteral("indicator"), indicator},
            {QStringLiteral("scope"), scope}};
}

ViewState ViewState::fromJson(const QJsonObject &json)
{
    ViewState s;
    const QString page = json.value(u"page").toString();
    s.page = page == u"indicator" ? Page::Indicator : page == u"catalog" ? Page::Catalogue : Page::Home;
    s.indicator = json.value(u"indicator").toString();
    s.scope = json.value(u"scope").toString(QStringLiteral("VN"));
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
    if (parts.first() == u"catalog" && parts.size() == 1) {
        s.page = Page::Catalogue;
        return s;
    }
    if (parts.first() == u"indicator" && (parts.size() == 2 || parts.size() == 3) && !parts.at(1).isEmpty()) {
        s.page = Page::Indicator;
        s.indicator = parts.at(1);
        if (parts.size() == 3)
            s.scope = parts.at(2);
        return s;
    }
    return std::nullopt;
}

Navigator::Navigator(QObject *parent)
    : QObject(parent)
{
}

void Navigator::go(const ViewState &state)
{
    if (state == current())
        return;
    m_history.resize(m_position + 1);
    m_history.append(state);
    if (m_history.size() > kMaxHistory)
        m_history.removeFirst();
    m_position = m_history.size() - 1;
    emit currentChanged(current());
}

void Navigator::back()
{
    if (!canGoBack())
        return;
    --m_position;
    emit currentChanged(current());
}

void Navigator::forward()
{
    if (!canGoForward())
        return;
    ++m_position;
    emit currentChanged(current());
}

} // namespace dh
