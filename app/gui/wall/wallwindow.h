#pragma once

#include <QPointer>
#include <QWidget>

namespace dh {

class WallPageHost;

// One window of a wall: it shows its rectangle of the canvas of the page on screen, scaled to its
// size, and the wall's overlays on top — the playlist's progress, the "offline since" banner and
// the black screen. It paints only what the page has already painted; it never waits for data.
class WallWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WallWindow)

public:
    // source: the rectangle of the canvas this window shows.
    explicit WallWindow(const QRect &source, QWidget *parent = nullptr);

    QRect source() const { return m_source; }
    // The screen the layout places it on: a QScreen name, or an index; a window whose screen has
    // gone is hidden until it comes back.
    QString screenName() const { return m_screenName; }
    void setScreenName(const QString &name) { m_screenName = name; }
    int screenIndex() const { return m_screenIndex; }
    void setScreenIndex(int index) { m_screenIndex = index; }

    void setPage(WallPageHost *page);
    WallPageHost *page() const { return m_page; }
    // 0–1, the share of the page's time gone; negative hides the bar.
    void setProgress(double progress);
    void setBlack(bool black);
    bool isBlack() const { return m_black; }
    // Empty hides the banner.
    void setBanner(const QString &text);
    QString banner() const { return m_banner; }
    // Paint events served, for tests.
    int paintCount() const { return m_paints; }

signals:
    void keyPressed(int key);

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void pageRepainted(const QRect &canvasRect);
    QRect toWidget(const QRect &canvasRect) const;

    QRect m_source;
    QString m_screenName;
    int m_screenIndex = -1;
    QPointer<WallPageHost> m_page;
    QMetaObject::Connection m_repaints;
    double m_progress = -1.0;
    bool m_black = false;
    QString m_banner;
    int m_paints = 0;
};

} // namespace dh
