#include "headerbar.h"

#include "theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace dh {

HeaderBar::HeaderBar(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_asOf(new QLabel(this))
    , m_badge(new BoxLabel(this))
{
    setObjectName(QStringLiteral("header"));
    setAutoFillBackground(true);
    QPalette band = palette();
    band.setColor(QPalette::Window, theme::headerBackground());
    band.setColor(QPalette::WindowText, theme::headerText());
    setPalette(band);
    theme::setRole(m_title, theme::Role::WindowTitle);
    m_subtitle->setObjectName(QStringLiteral("subtitle"));
    QPalette muted = band;
    muted.setColor(QPalette::WindowText, theme::headerSubtitle());
    m_subtitle->setPalette(muted);
    m_badge->setObjectName(QStringLiteral("syntheticBadge"));
    m_badge->setLook(theme::badgeLook());
    // In the page titles' type: prominent, and a font the window has loaded already.
    theme::setRole(m_badge, theme::Role::PageTitle);
    m_asOf->setObjectName(QStringLiteral("asOf"));
    // The date and the badge are never squeezed: the subtitle gives way first.
    m_asOf->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    m_badge->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    m_subtitle->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_badge->hide();
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 10, 16, 10);
    layout->addLayout(titles, 1);
    layout->addWidget(m_asOf);
    layout->addSpacing(12);
    layout->addWidget(m_badge);
    retranslate();
    setMessage(tr("Opening the cache…"));
}

void HeaderBar::setSummary(const CacheSummary &s, const QLocale &locale)
{
    // The first summary has no counts and no dates yet (they need queries); they follow the first
    // paint.
    if (!s.counted) {
        m_subtitle->setText(tr("%n indicator(s)", nullptr, int(s.indicators)));
        m_asOf->clear();
    } else if (!s.lastDate.isValid()) {
        m_subtitle->setText(tr("%1 indicators · no data yet").arg(locale.toString(s.indicators)));
        m_asOf->clear();
    } else {
        const QString range = tr("%1 to %2").arg(locale.toString(s.firstDate, QStringLiteral("MM/yyyy")),
                                                 locale.toString(s.lastDate, QStringLiteral("MM/yyyy")));
        m_subtitle->setText(tr("%1 indicators · %2 observations · %3")
                                .arg(locale.toString(s.indicators), locale.toString(s.observations), range));
        m_asOf->setText(tr("Data through %1").arg(Period::containing(Period::Kind::Month, s.lastDate).label(locale)));
    }
    m_badge->setVisible(s.synthetic);
}

void HeaderBar::setMessage(const QString &message)
{
    m_subtitle->setText(message);
}

void HeaderBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void HeaderBar::retranslate()
{
    m_title->setText(tr("Điều hành — socio-economic indicators"));
    // The badge reads the same in every language: it is the sample's name, set by the project.
    m_badge->setText(QStringLiteral("Dữ liệu mẫu — mô phỏng"));
    m_badge->setToolTip(tr("This cache holds the synthetic sample: simulated figures made by the project's generator, "
                           "not official statistics. Series marked \"real\" carry their source."));
}

} // namespace dh
