#include "wallcontroldock.h"

#include "core/clock.h"
#include "models/presenterfollower.h"
#include "models/syncmonitor.h"
#include "models/viewcontroller.h"
#include "sync/credentials.h"
#include "sync/wallcontrolclient.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QLineEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QStringListModel>
#include <QVBoxLayout>

namespace dh {

namespace {

// A reporting endpoint names the hub's API; wall control lives beside it.
QUrl hubOf(QUrl url)
{
    QString path = url.path();
    if (path.endsWith(u"/v1/"))
        path.chop(3);
    else if (path.endsWith(u"/v1"))
        path.chop(2);
    url.setPath(path.isEmpty() ? u"/"_qs : path);
    return url;
}

} // namespace

WallControlDock::WallControlDock(ViewController &controller, const SyncMonitor &sync, QWidget *parent)
    : QDockWidget(parent)
    , m_controller(controller)
    , m_sync(sync)
    , m_pages(new QStringListModel(this))
{
    setObjectName(u"wallControl"_qs);
    auto *body = new QWidget(this);
    m_hubs = new QComboBox(body);
    m_hubs->setEditable(true);
    m_connect = new QPushButton(body);
    m_walls = new QComboBox(body);
    m_pageList = new QListView(body);
    m_pageList->setModel(m_pages);
    m_pageList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previous = new QPushButton(body);
    m_next = new QPushButton(body);
    m_goTo = new QPushButton(body);
    m_pause = new QCheckBox(body);
    m_black = new QCheckBox(body);
    m_follow = new QCheckBox(body);
    m_message = new QLabel(body);
    m_message->setWordWrap(true);

    auto *hubRow = new QHBoxLayout;
    hubRow->addWidget(m_hubs, 1);
    hubRow->addWidget(m_connect);
    auto *moves = new QHBoxLayout;
    for (QPushButton *button : {m_previous, m_goTo, m_next})
        moves->addWidget(button);
    auto *layout = new QVBoxLayout(body);
    layout->addLayout(hubRow);
    layout->addWidget(m_walls);
    layout->addWidget(m_pageList, 1);
    layout->addLayout(moves);
    for (QWidget *w : {static_cast<QWidget *>(m_pause), static_cast<QWidget *>(m_black), static_cast<QWidget *>(m_follow), static_cast<QWidget *>(m_message)})
        layout->addWidget(w);
    setWidget(body);

    using Kind = WallCommand::Kind;
    connect(m_connect, &QPushButton::clicked, this, &WallControlDock::connectChosenHub);
    connect(m_walls, &QComboBox::activated, this, [this](int index) { chooseWall(m_walls->itemText(index)); });
    connect(m_previous, &QPushButton::clicked, this, [this] { send(WallCommand::of(Kind::Previous)); });
    connect(m_next, &QPushButton::clicked, this, [this] { send(WallCommand::of(Kind::Next)); });
    const auto goToChosen = [this] {
        if (const QModelIndex index = m_pageList->currentIndex(); index.isValid())
            send(WallCommand::goTo(index.row()));
    };
    connect(m_goTo, &QPushButton::clicked, this, goToChosen);
    connect(m_pageList, &QListView::activated, this, goToChosen);
    // Clicks, not toggles: the boxes also show the wall's status as it comes back.
    connect(m_pause, &QCheckBox::clicked, this, [this](bool on) { send(WallCommand::of(on ? Kind::Pause : Kind::Resume)); });
    connect(m_black, &QCheckBox::clicked, this, [this](bool on) { send(WallCommand::of(on ? Kind::Black : Kind::Unblack)); });
    m_follower = std::make_unique<PresenterFollower>([this](const WallCommand &command) { send(command); });
    connect(&m_controller, &ViewController::viewChanged, m_follower.get(), &PresenterFollower::viewChanged);
    connect(m_follow, &QCheckBox::toggled, this, [this](bool on) {
        m_follower->viewChanged(m_controller.current());
        m_follower->setFollowing(on);
    });
    fillHubs();
    retranslate();
    showStatus({}, false);
}

WallControlDock::~WallControlDock() = default;

void WallControlDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

void WallControlDock::retranslate()
{
    setWindowTitle(tr("Wall control"));
    m_hubs->lineEdit()->setPlaceholderText(tr("Hub URL, e.g. https://hub:8787/"));
    m_connect->setText(tr("Connect"));
    m_walls->setPlaceholderText(tr("Choose a wall"));
    m_previous->setText(tr("◀ Previous"));
    m_goTo->setText(tr("Show this page"));
    m_next->setText(tr("Next ▶"));
    m_pause->setText(tr("Pause the playlist"));
    m_black->setText(tr("Black screen"));
    m_follow->setText(tr("Follow me: the wall shows what this window shows"));
}

void WallControlDock::fillHubs()
{
    for (const Endpoint &endpoint : m_sync.file().endpoints) {
        if (endpoint.format == u"reporting")
            m_hubs->addItem(endpoint.labelIn(u"vi"_qs), endpoint.id);
    }
}

void WallControlDock::connectChosenHub()
{
    const int index = m_hubs->currentIndex();
    const QString text = m_hubs->currentText();
    for (const Endpoint &endpoint : m_sync.file().endpoints) {
        if (index >= 0 && m_hubs->itemText(index) == text && endpoint.id == m_hubs->itemData(index).toString()) {
            auto token = endpoint.auth.kind == EndpointAuth::Kind::Bearer ? Credentials::bearerToken(endpoint.auth) : Result<QByteArray>(QByteArray());
            if (!token)
                return say(token.error().message);
            m_token = *token;
            connectToHub(hubOf(endpoint.url));
            return;
        }
    }
    const QUrl url = QUrl::fromUserInput(text);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https"))
        return say(tr("%1 is not a hub's http:// or https:// URL.").arg(text));
    auto endpoint = WallControlEndpoint::withControlToken(url, QString());
    if (!endpoint)
        return say(endpoint.error().message);
    m_token = endpoint->token;
    connectToHub(url);
}

void WallControlDock::connectToHub(const QUrl &hub)
{
    m_hub = hub;
    if (m_token.isEmpty()) {
        auto endpoint = WallControlEndpoint::withControlToken(hub, QString());
        if (!endpoint)
            return say(endpoint.error().message);
        m_token = endpoint->token;
    }
    m_client = clientFor(QString());
    connect(m_client.get(), &WallControlClient::wallsListed, this, [this](const QJsonArray &walls) {
        const QString chosen = m_walls->currentText();
        m_walls->clear();
        for (const QJsonValue &wall : walls)
            m_walls->addItem(wall.toObject().value(u"wall").toString());
        say(walls.isEmpty() ? tr("No wall has reached this hub yet.") : tr("%n wall(s) on this hub.", nullptr, int(walls.size())));
        const int again = m_walls->findText(chosen);
        if (again >= 0 || m_walls->count() == 1)
            chooseWall(m_walls->itemText(std::max(again, 0)));
    });
    m_client->listWalls();
}

void WallControlDock::chooseWall(const QString &wall)
{
    m_walls->setCurrentText(wall);
    m_client = clientFor(wall);
    connect(m_client.get(), &WallControlClient::statusReceived, this, &WallControlDock::showStatus);
    connect(m_client.get(), &WallControlClient::connectionChanged, this, [this](bool connected, const QDateTime &lost) {
        if (!connected)
            say(tr("The hub cannot be reached since %1.").arg(QLocale().toString(lost.toLocalTime().time(), u"HH:mm"_qs)));
    });
    m_client->watchStatus();
}

std::unique_ptr<WallControlClient> WallControlDock::clientFor(const QString &wall)
{
    auto client = std::make_unique<WallControlClient>(WallControlEndpoint{m_hub, wall, m_token, {}}, Clock::system());
    connect(client.get(), &WallControlClient::failed, this, [this](const Error &error) { say(error.message); });
    return client;
}

void WallControlDock::showStatus(const WallStatus &status, bool online)
{
    m_status = status;
    if (m_pages->stringList() != status.pages)
        m_pages->setStringList(status.pages);
    if (status.page < m_pages->rowCount())
        m_pageList->setCurrentIndex(m_pages->index(status.page));
    m_pause->setChecked(status.paused);
    m_black->setChecked(status.black);
    const bool ready = m_client && !m_client->endpoint().wall.isEmpty();
    for (QWidget *w : {static_cast<QWidget *>(m_previous), static_cast<QWidget *>(m_next), static_cast<QWidget *>(m_goTo),
                       static_cast<QWidget *>(m_pause), static_cast<QWidget *>(m_black), static_cast<QWidget *>(m_follow)})
        w->setEnabled(ready);
    if (ready) {
        say(online ? tr("Page %1 of %2 on the wall.").arg(status.page + 1).arg(status.pages.size())
                   : tr("The wall has not been heard from lately: it may be off."));
    }
}

void WallControlDock::send(const WallCommand &command)
{
    if (m_client && !m_client->endpoint().wall.isEmpty())
        m_client->send(command);
}

void WallControlDock::say(const QString &message)
{
    m_message->setText(message);
}

} // namespace dh
