#include "navigator.h"

namespace dh {

namespace {

constexpr qsizetype kMaxHistory = 200;

} // namespace

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
