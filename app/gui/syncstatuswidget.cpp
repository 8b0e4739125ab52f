#include "syncstatuswidget.h"

#include "theme.h"

#include "models/syncmonitor.h"
#include "models/syncprogresstext.h"


#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QProgressBar>

namespace dh {

SyncStatusWidget::SyncStatusWidget(SyncMonitor &monitor, QWidget *parent)
    : QWidget(parent)
    , m_monitor(monitor)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
{
    setObjectName(QStringLiteral("syncStatus"));
    setCursor(Qt::PointingHandCursor);
    m_bar->setTextVisible(false);
    m_bar->setFixedSize(120, 6);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(8, 0, 8, 0);
    row->addWidget(m_label);
    row->addWidget(m_bar);
    connect(&monitor, &SyncMonitor::progressChanged, this, &SyncStatusWidget::showState);
    connect(&monitor, &SyncMonitor::runFinished, this, &SyncStatusWidget::showState);
    connect(&monitor, &SyncMonitor::statusesLoaded, this, &SyncStatusWidget::showState);
    connect(&monitor, &SyncMonitor::endpointsChanged, this, &SyncStatusWidget::showState);
    showState();
}

void SyncStatusWidget::setLocale(const QLocale &locale)
{
    m_locale = locale;
    showState();
}

QString SyncStatusWidget::text() const
{
    return m_label->text();
}

void SyncStatusWidget::showState()
{
    QPalette palette = m_label->palette();
    palette.setColor(QPalette::WindowText, QWidget::palette().color(QPalette::WindowText));
    if (const auto &p = m_monitor.running()) {
        const QString name = m_monitor.labelOf(p->endpoint);
        if (p->stage == SyncProgress::Stage::Fetching && p->page > 0 && p->pages > 0)
            m_label->setText(tr("Sync: %1 — page %2/%3").arg(name).arg(p->page).arg(p->pages));
        else
            m_label->setText(tr("Sync: %1 — %2").arg(name, SyncProgressText::stage(*p, m_locale)));
        if (p->pages > 0) {
            m_bar->setRange(0, p->pages);
            m_bar->setValue(p->page);
        } else if (p->totalBytes > 0) {
            m_bar->setRange(0, 1000);
            m_bar->setValue(int(p->bytes * 1000 / p->totalBytes));
        } else {
            m_bar->setRange(0, 0); // busy, without a measure
        }
        m_bar->show();
        m_label->setToolTip(QString());
    } else if (const auto &run = m_monitor.lastRun()) {
        m_bar->hide();
        const QString when = SyncProgressText::time(run->finishedAt, QDateTime(), m_locale);
        const QString name = m_monitor.labelOf(run->endpoint);
        switch (run->outcome) {
        case SyncRun::Outcome::Ok: m_label->setText(tr("Last sync: %1, %2").arg(name, when)); break;
        case SyncRun::Outcome::NotModified: m_label->setText(tr("Last sync: %1, nothing new, %2").arg(name, when)); break;
        case SyncRun::Outcome::Cancelled: m_label->setText(tr("Sync cancelled: %1, %2").arg(name, when)); break;
        case SyncRun::Outcome::Failed:
            m_label->setText(tr("✕ Sync failed: %1, %2").arg(name, when));
            palette.setColor(QPalette::WindowText, theme::errorText());
            break;
        }
        m_label->setToolTip(run->error);
    } else {
        m_bar->hide();
        m_label->setText(m_monitor.fileState() == SyncMonitor::FileState::Read ? tr("Not synced yet") : tr("No endpoints to sync"));
        m_label->setToolTip(QString());
    }
    m_label->setPalette(palette);
}

void SyncStatusWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit clicked();
    QWidget::mouseReleaseEvent(event);
}

void SyncStatusWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        showState();
    QWidget::changeEvent(event);
}

} // namespace dh
