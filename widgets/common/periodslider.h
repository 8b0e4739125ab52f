#pragma once

#include <QWidget>

class QLabel;
class QSlider;
class QTimer;
class QToolButton;

namespace dh {

// A slider over a list of named steps (the periods of a series) with a play button that walks
// through them, so a map or a ranking can be animated through time. It knows nothing of periods:
// the caller names the steps.
class PeriodSlider final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeriodSlider)

public:
    explicit PeriodSlider(QWidget *parent = nullptr);

    // Keeps the current step when the same name is among the new ones, else goes to the last.
    void setSteps(const QStringList &names);
    QStringList steps() const { return m_names; }
    int currentIndex() const;
    void setCurrentIndex(int index);

public slots:
    void play();
    void pause();

signals:
    void currentIndexChanged(int index);

protected:
    void changeEvent(QEvent *event) override;

private:
    void advance();
    void fitLabel();
    void retranslate();

    QToolButton *m_play;
    QSlider *m_slider;
    QLabel *m_label;
    QTimer *m_timer;
    QStringList m_names;
};

} // namespace dh
