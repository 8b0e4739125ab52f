#pragma once

#include "wallpanelcontent.h"
#include "wallpanelpainter.h"

#include "models/walllayout.h"
#include "sync/endpointfile.h"

#include <QDate>
#include <QHash>
#include <QImage>
#include <QLocale>
#include <QObject>

#include <memory>
#include <optional>

namespace dh {

class CacheService;
class Clock;
class TaskLoader;
class ViewController;

// What every panel of a wall shares: the cache service, the clock, the language, the size of type,
// and the schedules that say when an indicator's figures are stale.
struct WallContext
{
    CacheService *service = nullptr;
    const Clock *clock = nullptr;
    QLocale locale { QLocale::Vietnamese, QLocale::Vietnam };
    int minText = 112;                              // em pixels on the wall's screens
    QHash<QString, EndpointSchedule> schedules;     // by indicator; none known: never stale
};

// One panel of a wall page: it drives its own ViewController on the shared service, turns what it
// delivers into a WallPanelContent and paints that into an image of its rectangle on the canvas,
// which the windows copy. When the cache changes, the controller asks again; the image is painted
// anew only if the content differs, and the number of paints is counted for tests. A request that
// fails paints the panel's own error; the other panels do not notice.
class WallPanelItem final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WallPanelItem)

public:
    enum class State { Waiting, Ready, Failed };

    WallPanelItem(const WallPanel &panel, const QString &pageScope, const QRect &rect, const WallContext &context,
                  QObject *parent = nullptr);
    ~WallPanelItem() override;

    const WallPanel &panel() const { return m_panel; }
    QRect rect() const { return m_rect; }
    State state() const { return m_state; }
    const WallPanelContent &content() const { return m_content; }
    const QImage &image() const { return m_image; }
    int repaintCount() const { return m_repaints; }
    // Contents delivered (first, after a change of the cache, on a tick), painted or not.
    int deliveryCount() const { return m_deliveries; }
    const WallPanelPainter::Report &report() const { return m_painter.report(); }
    ViewController *controller() const { return m_controller.get(); }

    // Asks for the data (on the service's cache, open now or when it opens).
    void start();
    // The time moved on: the clock's text, and the stale marks, are looked at again.
    void tick();
    // The stale marks are looked at again against these.
    void setSchedules(const QHash<QString, EndpointSchedule> &schedules);

signals:
    // The first content, or an error, is in.
    void settled();
    // The image changed (canvas coordinates).
    void repainted(const QRect &rect);

private:
    void take(WallPanelContent content);
    void fail(const QString &message);
    WallPanelContent clockContent() const;
    // The task summary of the panel's scope at today's date in Hà Nội.
    void requestTasks();

    WallPanel m_panel;
    QString m_scope;
    QRect m_rect;
    WallContext m_context;
    std::unique_ptr<ViewController> m_controller;
    std::unique_ptr<TaskLoader> m_tasks;
    QDate m_taskDay; // the day the task summary was asked for
    WallPanelPainter m_painter;
    WallPanelContent m_content;
    QByteArray m_signature;
    QImage m_image;
    State m_state = State::Waiting;
    int m_repaints = 0;
    int m_deliveries = 0;
};

} // namespace dh
