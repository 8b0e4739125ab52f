#include "historybuttons.h"

#include "models/viewcontroller.h"

#include <QCoreApplication>
#include <QMouseEvent>

namespace dh {

HistoryButtons::HistoryButtons(ViewController &controller, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
{
    QCoreApplication::instance()->installEventFilter(this);
}

HistoryButtons::~HistoryButtons()
{
    QCoreApplication::instance()->removeEventFilter(this);
}

bool HistoryButtons::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonPress) {
        const auto button = static_cast<QMouseEvent *>(event)->button();
        if (button == Qt::BackButton || button == Qt::ForwardButton) {
            button == Qt::BackButton ? m_controller.back() : m_controller.forward();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace dh
