#pragma once

#include <QObject>

namespace dh {

class ViewController;

// The mouse's back and forward buttons move through the view history wherever the pointer is:
// installed on the application, it catches them before any widget does.
class HistoryButtons final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryButtons)

public:
    explicit HistoryButtons(ViewController &controller, QObject *parent = nullptr);
    ~HistoryButtons() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ViewController &m_controller;
};

} // namespace dh
