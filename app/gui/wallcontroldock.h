#pragma once

#include "core/wallcommand.h"

#include <QDockWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QListView;
class QPushButton;
class QStringListModel;

namespace dh {

class PresenterFollower;
class SyncMonitor;
class ViewController;
class WallControlClient;

// The presenter's side of wall control, non-modal: choose a hub (a reporting endpoint of the
// endpoints file, or a URL typed in) and one of the walls it has seen, see the wall's pages and
// the one shown, go to the previous, next or a chosen page, pause, black the wall out, or let it
// follow this window's view ("Follow me"). Problems are said in the dock, never in a dialog.
class WallControlDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WallControlDock)

public:
    WallControlDock(ViewController &controller, const SyncMonitor &sync, QWidget *parent = nullptr);
    ~WallControlDock() override;

    // The hub typed or chosen, as a URL; the wall chosen.
    void connectToHub(const QUrl &hub);
    void chooseWall(const QString &wall);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillHubs();
    void connectChosenHub();
    void showStatus(const WallStatus &status, bool online);
    void send(const WallCommand &command);
    void say(const QString &message);
    std::unique_ptr<WallControlClient> clientFor(const QString &wall);

    ViewController &m_controller;
    const SyncMonitor &m_sync;
    QUrl m_hub;
    QByteArray m_token;
    std::unique_ptr<WallControlClient> m_client;
    std::unique_ptr<PresenterFollower> m_follower;
    QStringListModel *m_pages;
    QComboBox *m_hubs;
    QPushButton *m_connect;
    QComboBox *m_walls;
    QListView *m_pageList;
    QPushButton *m_previous;
    QPushButton *m_next;
    QPushButton *m_goTo;
    QCheckBox *m_pause;
    QCheckBox *m_black;
    QCheckBox *m_follow;
    QLabel *m_message;
    WallStatus m_status;
};

} // namespace dh
