#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>

#include <optional>

namespace dh {

// Where the user is: a page, the indicator it shows (if any), and the scope — the nation, a
// ministry or a province.
struct ViewState
{
    enum class Page { Home, Indicator, Map, Catalogue };

    Page page = Page::Home;
    QString indicator;
    QString scope = QStringLiteral("VN");
    QString period;              // indicator and map: the period shown; empty = the latest
    std::optional<bool> map34;   // the province map a --view option asks for; unset = the window's

    friend bool operator==(const ViewState &, const ViewState &) = default;

    QJsonObject toJson() const;
    static ViewState fromJson(const QJsonObject &json);
    // "home[:UNIT]", "indicator:CODE[:UNIT]", "map:CODE[:PERIOD][:34|63]", "catalog" — the --view
    // option of the command line.
    static std::optional<ViewState> parse(const QString &text);
};

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

Q_DECLARE_METATYPE(dh::ViewState)
