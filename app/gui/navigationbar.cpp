#include "navigationbar.h"

#include "breadcrumb.h"
#include "theme.h"

#include "common/arrowicon.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QPainter>
#include <QToolButton>

namespace dh {

NavigationBar::NavigationBar(QWidget *parent)
    : QWidget(parent)
    , m_back(new QToolButton(this))
    , m_forward(new QToolButton(this))
    , m_home(new QToolButton(this))
    , m_catalogue(new QToolButton(this))
    , m_tasks(new QToolButton(this))
    , m_sync(new QToolButton(this))
    , m_breadcrumb(new Breadcrumb(this))
    , m_ministry(new QComboBox(this))
    , m_map(new QComboBox(this))
{
    setObjectName(QStringLiteral("navigation"));
    // Icons, not arrow types: the style draws those at a fixed size, tiny on a wall.
    m_back->setIcon(arrowIcon(Qt::LeftArrow));
    m_forward->setIcon(arrowIcon(Qt::RightArrow));
    m_back->setShortcut(QKeySequence::Back);
    m_forward->setShortcut(QKeySequence::Forward);
    // Sized by a typical name, not by measuring all thirty ministries' names before the first frame.
    m_ministry->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ministry->setMinimumContentsLength(24);
    m_home->setCheckable(true);
    m_catalogue->setCheckable(true);
    m_tasks->setCheckable(true);
    m_sync->setCheckable(true);
    connect(m_back, &QToolButton::clicked, this, &NavigationBar::backClicked);
    connect(m_forward, &QToolButton::clicked, this, &NavigationBar::forwardClicked);
    connect(m_home, &QToolButton::clicked, this, &NavigationBar::homeClicked);
    connect(m_catalogue, &QToolButton::clicked, this, &NavigationBar::catalogueClicked);
    connect(m_tasks, &QToolButton::clicked, this, &NavigationBar::tasksClicked);
    connect(m_sync, &QToolButton::clicked, this, &NavigationBar::syncClicked);
    connect(m_breadcrumb, &Breadcrumb::stepClicked, this, &NavigationBar::stepClicked);
    connect(m_ministry, &QComboBox::activated, this, [this](int index) {
        const QString code = m_ministry->itemData(index).toString();
        if (!code.isEmpty())
            emit ministryChosen(code);
    });
    connect(m_map, &QComboBox::activated, this, [this](int index) { emit mapChosen(m_map->itemData(index).toBool()); });

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(12, 6, 12, 6);
    row->addWidget(m_back);
    row->addWidget(m_forward);
    row->addSpacing(8);
    row->addWidget(m_home);
    row->addWidget(m_catalogue);
    row->addWidget(m_tasks);
    row->addWidget(m_sync);
    row->addSpacing(16);
    row->addWidget(m_breadcrumb, 1);
    row->addWidget(m_ministry);
    row->addWidget(m_map);
    retranslate();
}

void NavigationBar::setHistory(bool canGoBack, bool canGoForward)
{
    m_back->setEnabled(canGoBack);
    m_forward->setEnabled(canGoForward);
}

void NavigationBar::setPage(Page page)
{
    m_home->setChecked(page == Page::Home);
    m_catalogue->setChecked(page == Page::Catalogue);
    m_tasks->setChecked(page == Page::Tasks);
    m_sync->setChecked(page == Page::Sync);
}

void NavigationBar::setSteps(const QStringList &steps)
{
    m_breadcrumb->setSteps(steps);
}

void NavigationBar::setMinistries(const QList<const AdminUnit *> &ministries, bool english)
{
    m_ministries = ministries;
    m_english = english;
    m_ministry->clear();
    m_ministry->addItem(tr("Ministry or agency…"), QString());
    for (const AdminUnit *m : ministries)
        m_ministry->addItem(english ? m->nameEn : m->nameVi, m->code);
}

void NavigationBar::setMap34(bool map34)
{
    m_map34 = map34;
    m_map->setCurrentIndex(m_map->findData(map34));
}

void NavigationBar::setIconPixels(int pixels)
{
    m_back->setIconSize(QSize(pixels, pixels));
    m_forward->setIconSize(QSize(pixels, pixels));
}

void NavigationBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), theme::barBackground());
    painter.fillRect(QRect(0, height() - 1, width(), 1), theme::barBorder());
}

void NavigationBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void NavigationBar::retranslate()
{
    m_back->setToolTip(tr("Back (Alt+Left)"));
    m_forward->setToolTip(tr("Forward (Alt+Right)"));
    m_home->setText(tr("Overview"));
    m_catalogue->setText(tr("Indicator catalogue"));
    m_tasks->setText(tr("Tasks"));
    m_sync->setText(tr("Synchronisation"));
    m_map->clear();
    m_map->addItem(tr("34 tỉnh, thành (từ 1/7/2025)"), true);
    m_map->addItem(tr("63 tỉnh, thành (trước 1/7/2025)"), false);
    m_map->setCurrentIndex(m_map->findData(m_map34));
    setMinistries(m_ministries, m_english);
}

} // namespace dh
