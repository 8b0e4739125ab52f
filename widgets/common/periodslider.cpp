#include "periodslider.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace dh {

PeriodSlider::PeriodSlider(QWidget *parent)
    : QWidget(parent)
    , m_play(new QToolButton(this))
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_label(new QLabel(this))
    , m_timer(new QTimer(this))
{
    m_play->setCheckable(true);
    m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_slider->setPageStep(12);
    m_slider->setFocusPolicy(Qt::StrongFocus);
    m_label->setObjectName(QStringLiteral("panelTitle"));
    QFont heading;
    heading.setWeight(QFont::DemiBold);
    m_label->setFont(heading);
    m_timer->setInterval(700);
    connect(m_timer, &QTimer::timeout, this, &PeriodSlider::advance);
    connect(m_play, &QToolButton::toggled, this, [this](bool on) { on ? play() : pause(); });
    connect(m_slider, &QSlider::valueChanged, this, [this](int index) {
        m_label->setText(m_names.value(index));
        emit currentIndexChanged(index);
    });
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_play);
    row->addWidget(m_slider, 1);
    row->addWidget(m_label);
    retranslate();
}

void PeriodSlider::setSteps(const QStringList &names)
{
    // A drill-down keeps the periods: measuring every name again would find the same width.
    if (names == m_names)
        return;
    const QString current = m_names.value(m_slider->value());
    m_names = names;
    const qsizetype keep = names.indexOf(current);
    const QSignalBlocker block(m_slider);
    m_slider->setRange(0, std::max<int>(0, int(names.size()) - 1));
    m_slider->setValue(keep >= 0 ? int(keep) : int(names.size()) - 1);
    m_label->setText(names.value(m_slider->value()));
    fitLabel();
    setEnabled(names.size() > 1);
}

int PeriodSlider::currentIndex() const
{
    return m_names.isEmpty() ? -1 : m_slider->value();
}

void PeriodSlider::setCurrentIndex(int index)
{
    m_slider->setValue(index);
}

void PeriodSlider::play()
{
    if (m_names.size() < 2)
        return;
    // Playing from the end starts again from the beginning.
    if (m_slider->value() == m_slider->maximum())
        m_slider->setValue(0);
    m_timer->start();
    const QSignalBlocker block(m_play);
    m_play->setChecked(true);
    m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPause));
}

void PeriodSlider::pause()
{
    m_timer->stop();
    const QSignalBlocker block(m_play);
    m_play->setChecked(false);
    m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
}

void PeriodSlider::advance()
{
    if (m_slider->value() >= m_slider->maximum()) {
        pause();
        return;
    }
    m_slider->setValue(m_slider->value() + 1);
}

void PeriodSlider::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::FontChange) {
        // The button grows with the type, so it stays a target on a wall.
        const int side = QFontMetrics(font()).height();
        m_play->setIconSize(QSize(side, side));
        fitLabel();
    }
    QWidget::changeEvent(event);
}

// Wide enough for the longest usual name in bold, so the slider does not jump as it plays.
void PeriodSlider::fitLabel()
{
    QFont bold = font();
    bold.setBold(true);
    qreal widest = QFontMetricsF(bold).horizontalAdvance(QStringLiteral("tháng 12/2026"));
    for (const QString &name : std::as_const(m_names))
        widest = std::max(widest, QFontMetricsF(bold).horizontalAdvance(name));
    m_label->setMinimumWidth(int(widest) + QFontMetrics(bold).averageCharWidth());
}

void PeriodSlider::retranslate()
{
    m_play->setToolTip(tr("Play through the periods"));
    m_slider->setAccessibleName(tr("Period"));
}

} // namespace dh
