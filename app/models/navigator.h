#pragma once

#include "viewstate.h"

#include <QList>
#include <QObject>

namespace dh {

// Back / forward history of view states, like a browser's: going to a new state drops the states
// ahead of the current one.
class Navigator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Navigator)

public:
    explicit Navigator(QObject *parent = nullptr);

    const ViewState &current() const { return m_history.at(m_position); }
    bool canGoBack() const { return m_position > 0; }
    bool canGoForward() const { return m_position + 1 < m_history.size(); }

public slots:
    void go(const dh::ViewState &state);
    void back();
    void forward();

signals:
    void currentChanged(const dh::ViewState &state);

private:
    QList<ViewState> m_history{ViewState()};
    qsizetype m_position = 0;
};

} // namespace dh

