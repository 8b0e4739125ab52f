#pragma once

#include <QLocale>
#include <QWidget>

class QLabel;
class QProgressBar;

namespace dh {

class SyncMonitor;

// The sync in the window's status bar: while one runs, "Sync: <endpoint> — page 3/10" over a thin
// progress bar; otherwise the last run's result and time, a failure in the theme's error colour
// with its reason as tooltip. Clicking it asks for the sync page.
class SyncStatusWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncStatusWidget)

public:
    explicit SyncStatusWidget(SyncMonitor &monitor, QWidget *parent = nullptr);

    void setLocale(const QLocale &locale);
    QString text() const;
    QProgressBar *bar() const { return m_bar; }

signals:
    void clicked();

protected:
    void changeEvent(QEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void showState();

    SyncMonitor &m_monitor;
    QLabel *m_label;
    QProgressBar *m_bar;
    QLocale m_locale;
};

} // namespace dh
